// Starts code-server (VS Code 1.100 in a browser) on 127.0.0.1 with throwaway state, and opens it in
// Debian's Chromium through playwright-core. Nothing here reaches the internet.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const REPO = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const CODE_SERVER_DIR = process.env.CODE_SERVER_DIR ?? path.join(REPO, '.vscode-test/code-server');
const ENTRY = path.join(CODE_SERVER_DIR, 'node_modules/code-server/out/node/entry.js');

const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'chat.disableAIFeatures': true,
  'workbench.colorTheme': 'Default Dark Modern',
};

/** A folder for one run: its own HOME, XDG dirs and TMPDIR, so nothing touches the real ones. */
export function isolatedEnv(runDir) {
  const home = path.join(runDir, 'home');
  const tmp = path.join(runDir, 'tmp');
  fs.mkdirSync(home, { recursive: true });
  fs.mkdirSync(tmp, { recursive: true });
  return { ...process.env, HOME: home, XDG_CONFIG_HOME: `${home}/.config`, XDG_DATA_HOME: `${home}/.local/share`, XDG_CACHE_HOME: `${home}/.cache`, TMPDIR: tmp };
}

function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Installs a VSIX into an extensions folder, as a user would. */
export function installVsix(vsix, extensionsDir, env) {
  const result = spawnSync(process.execPath, [ENTRY, '--extensions-dir', extensionsDir, '--install-extension', vsix], { env, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`code-server --install-extension failed:\n${result.stdout}\n${result.stderr}`);
}

/**
 * Starts code-server. Resolves to { url, stop } once it answers its health check.
 * `extensionsDir` holds installed extensions; the user data folder gets quiet default settings.
 */
export async function startCodeServer({ runDir, extensionsDir, env }) {
  if (!fs.existsSync(ENTRY)) throw new Error(`code-server is not installed in ${CODE_SERVER_DIR}: run test/vscode/setup.sh`);
  const userDataDir = path.join(runDir, 'user-data');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'User/settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  const port = await freePort();
  const config = path.join(runDir, 'code-server.yaml');
  fs.writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const log = fs.openSync(path.join(runDir, 'code-server.log'), 'a');
  const server = spawn(process.execPath, [
    ENTRY, '--config', config, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    '--ignore-last-opened', '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir,
  ], { env, detached: true, stdio: ['ignore', log, log] });
  const url = `http://127.0.0.1:${port}`;
  const stop = () => {
    try {
      process.kill(-server.pid, 'SIGTERM'); // its own process group: the extension host and watchers too
    } catch {
      /* already gone */
    }
  };
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      /* not up yet */
    }
    if (i > 300 || server.exitCode !== null) {
      stop();
      throw new Error(`code-server did not start; see ${path.join(runDir, 'code-server.log')}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, stop };
}

/** Opens a headless Chromium with a fresh profile. */
export async function openBrowser(runDir, env) {
  return chromium.launchPersistentContext(path.join(runDir, 'chromium'), {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    env,
    viewport: { width: 1440, height: 900 },
    // Without the background-networking flags Chromium keeps dialling Google, which this network refuses.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** The URL of a workbench on `folder`, optionally running extension tests in the remote extension host. */
export function workbenchUrl(base, folder, { developmentPath, testsPath } = {}) {
  const remote = (p) => `vscode-remote://remote${p}`; // code-server's fixed remote authority
  let url = `${base}/?folder=${encodeURIComponent(folder)}`;
  if (developmentPath && testsPath) {
    const payload = [['extensionDevelopmentPath', remote(developmentPath)], ['extensionTestsPath', remote(testsPath)]];
    url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  }
  return url;
}
