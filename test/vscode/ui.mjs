// What a user sees, checked in the real workbench through Chromium: the status-bar summary, the
// Problems panel's entries on the right lines, a hover card, and the command palette's scan.
import fs from 'node:fs';
import path from 'node:path';
import { openBrowser, workbenchUrl } from './codeServer.mjs';

const wait = (ms) => ({ timeout: ms });

/** 1-based line of the first occurrence of `needle` in a file. */
function lineOf(file, needle) {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const index = lines.findIndex((l) => l.includes(needle));
  if (index < 0) throw new Error(`${needle} not in ${file}`);
  return index + 1;
}

export async function runUiChecks({ base, folder, runDir, env, screenshots, expected }) {
  const results = [];
  const check = async (name, fn) => {
    const t0 = Date.now();
    try {
      await fn();
      results.push({ name, ok: true });
      console.log(`  ✔ ${name} (${Date.now() - t0} ms)`);
    } catch (error) {
      results.push({ name, ok: false });
      console.log(`  ✘ ${name}: ${String(error.message ?? error).split('\n')[0]}`);
    }
  };
  const browser = await openBrowser(runDir, env);
  const page = browser.pages()[0] ?? (await browser.newPage());
  const shot = (name) => page.screenshot({ path: path.join(screenshots, name) }).catch(() => undefined);
  try {
    await page.goto(workbenchUrl(base, folder), wait(60_000));
    await page.locator('.monaco-workbench').waitFor(wait(60_000));

    const status = page.locator('.statusbar-item', { hasText: /\d+% open/ }).first();
    await check('status bar shows the openness summary of the workspace', async () => {
      await status.waitFor(wait(60_000));
      const text = (await status.innerText()).replace(/\s+/g, ' ').trim();
      if (!text.startsWith(`${expected.percentOpen}% open`)) throw new Error(`status bar says "${text}", expected ${expected.percentOpen}% open`);
      if (!text.includes(`${expected.closed} closed`)) throw new Error(`status bar says "${text}", expected ${expected.closed} closed`);
      if (!text.includes(`${expected.models} models`)) throw new Error(`status bar says "${text}", expected ${expected.models} models counted apart`);
    });

    await check('the status bar tooltip breaks the verdicts down', async () => {
      await status.hover();
      const tooltip = page.locator('.monaco-hover', { hasText: 'Restricted' }).first();
      await tooltip.waitFor({ state: 'visible', timeout: 15_000 });
      const text = await tooltip.innerText();
      if (!/Packages/.test(text) || !/AI models/.test(text)) throw new Error(`tooltip: ${text}`);
      await page.mouse.move(700, 300);
    });

    // Open package.json through Quick Open, as a user would.
    await page.locator('.monaco-workbench').click({ position: { x: 700, y: 400 } }).catch(() => undefined);
    await page.keyboard.press('Control+P');
    const quickInput = page.locator('.quick-input-widget input');
    await quickInput.waitFor(wait(10_000));
    await quickInput.fill('package.json');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'package.json' }).first().waitFor(wait(15_000));
    await page.keyboard.press('Enter');
    await page.locator('.monaco-editor .view-line', { hasText: 'acme-telemetry' }).first().waitFor(wait(15_000));

    const manifest = path.join(folder, 'package.json');
    await check('Problems panel lists the restricted dependency on its line', async () => {
      await page.keyboard.press('Control+Shift+M');
      const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'acme-telemetry 2.3.0 is source-available (BUSL-1.1)' }).first();
      await row.waitFor(wait(30_000));
      const text = await row.innerText();
      const line = lineOf(manifest, '"acme-telemetry"');
      if (!text.includes(`Ln ${line}`)) throw new Error(`row "${text.replace(/\s+/g, ' ')}" is not on line ${line}`);
      if (!text.includes('Openness')) throw new Error('row does not name Openness as its source');
    });

    await check('Problems panel lists the closed dependency on its line', async () => {
      const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'internal-billing 0.9.1 is proprietary' }).first();
      await row.waitFor(wait(15_000));
      const line = lineOf(manifest, '"internal-billing"');
      if (!(await row.innerText()).includes(`Ln ${line}`)) throw new Error(`not on line ${line}`);
    });

    await check('the editor underlines the restricted dependency', () => page.locator('.monaco-editor .squiggly-warning').first().waitFor(wait(15_000)));

    await check('hovering a dependency shows its verdict, licence and evidence', async () => {
      const word = page.locator('.monaco-editor .view-line span', { hasText: /^"?acme-telemetry"?$/ }).first();
      await word.hover();
      const hover = page.locator('.monaco-hover', { hasText: 'BUSL-1.1' }).first();
      await hover.waitFor({ state: 'visible', timeout: 15_000 });
      const text = await hover.innerText();
      for (const needle of ['Restricted', 'source-available', 'node_modules/acme-telemetry/package.json']) {
        if (!text.includes(needle)) throw new Error(`hover lacks "${needle}": ${text.slice(0, 300)}`);
      }
      await page.waitForTimeout(500);
      await shot('hover.png');
    });
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');

    await check('hovering a model in Python shows its openness table and open alternatives', async () => {
      await page.keyboard.press('Control+P');
      await quickInput.waitFor(wait(10_000));
      await quickInput.fill('app.py');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'app.py' }).first().waitFor(wait(15_000));
      await page.keyboard.press('Enter');
      const literal = page.locator('.monaco-editor .view-line span', { hasText: /^"gpt-4o"$/ }).first();
      await literal.waitFor(wait(15_000));
      await page.locator('.monaco-editor .squiggly-warning').first().waitFor(wait(15_000));
      await literal.hover();
      const hover = page.locator('.monaco-hover', { hasText: 'Weights' }).first();
      await hover.waitFor({ state: 'visible', timeout: 15_000 });
      const text = await hover.innerText();
      for (const needle of ['Closed', 'Open Source AI Definition', 'Open alternatives']) {
        if (!text.includes(needle)) throw new Error(`model hover lacks "${needle}": ${text.slice(0, 300)}`);
      }
      await page.waitForTimeout(500); // let the hover finish fading in
      await shot('model-hover.png');
      await page.mouse.move(5, 5);
      await page.keyboard.press('Escape');
    });

    await check('"Openness: Scan Workspace" runs from the command palette and reports', async () => {
      await page.keyboard.press('F1');
      await quickInput.waitFor(wait(10_000));
      await quickInput.fill('>Openness: Scan Workspace');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Openness: Scan Workspace' }).first().waitFor(wait(15_000));
      await page.keyboard.press('Enter');
      const toast = page.locator('.notifications-toasts', { hasText: /Openness: \d+ packages/ }).first();
      await toast.waitFor(wait(60_000));
      await shot('workbench.png');
    });
  } catch (error) {
    results.push({ name: 'UI session', ok: false });
    console.log(`  ✘ UI session: ${error.message}`);
    await shot('error.png');
  } finally {
    await browser.close();
  }
  return results;
}
