// Runs the mocha suites inside code-server's remote extension host (the Node one, with the full
// `vscode` API). The browser only hosts the workbench. The workbench reports the host's console
// through window.codeAutomationLog and the result through window.codeAutomationExit — the protocol
// @vscode/test-web uses.
import { format } from 'node:util';
import { openBrowser, workbenchUrl } from './codeServer.mjs';

// The workbench's own chatter, hidden unless VERBOSE=1.
const QUIET = /^(Resolving connection token|Resolved connection token|Creating a socket|Updating additional builtin|\[Service Worker\]|ChatSessionStore|getaddrinfo ENOTFOUND|\[driver\]|%c)/;

/** Resolves to { code, passing, failing }: mocha's counts, read from its report. */
export async function runHostTests({ base, folder, developmentPath, testsPath, runDir, env, timeoutMs = 300_000 }) {
  const counts = { passing: 0, failing: 0 };
  const browser = await openBrowser(runDir, env);
  try {
    const page = browser.pages()[0] ?? (await browser.newPage());
    let finish;
    const finished = new Promise((resolve) => (finish = resolve));
    await page.exposeFunction('codeAutomationExit', (code) => finish(code));
    await page.exposeFunction('codeAutomationLog', (level, args) => {
      const parts = Array.isArray(args) ? args : [args];
      // Mocha logs printf-style: ('  %d passing (%s)', 10, '8s').
      const summary = /^\s*(\d+) (passing|failing)/.exec(format(...parts));
      if (summary) counts[summary[2]] = Number(summary[1]);
      if (!process.env.VERBOSE && QUIET.test(String(parts[0]))) return;
      (level === 'error' ? console.error : console.log)(...parts);
    });
    await page.goto(workbenchUrl(base, folder, { developmentPath, testsPath }));
    const code = await Promise.race([finished, new Promise((resolve) => setTimeout(() => resolve('timeout'), timeoutMs))]);
    if (code === 'timeout') {
      console.error(`extension tests did not finish within ${timeoutMs / 1000} s`);
      return { code: 1, ...counts };
    }
    return { code, ...counts };
  } finally {
    await browser.close();
  }
}
