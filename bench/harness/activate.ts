// Extension activation in a fresh Node process, with a fake `vscode` module: the time to load
// dist/extension.js (require) and the time activate() takes to return, measured apart.
//   node activate.cjs --extension <dist/extension.js> --package <package.json> --root <workspace folder>
import Module from 'node:module';
import { dirname, resolve } from 'node:path';
import { argument } from './args';
import { createFakeVscode } from './fakeVscode';

interface Extension {
  activate(context: unknown): unknown;
}

const loader = Module as unknown as { _load(request: string, parent: unknown, isMain: boolean): unknown };

function main(): void {
  const extensionFile = resolve(argument('extension'));
  const packageJson = resolve(argument('package'));
  const fake = createFakeVscode(resolve(argument('root')), packageJson);
  const load = loader._load;
  loader._load = function (request: string, parent: unknown, isMain: boolean) {
    return request === 'vscode' ? fake.module : load.call(this, request, parent, isMain);
  };
  const extensionRoot = dirname(packageJson);
  const memento = { get: () => undefined, update: () => Promise.resolve(), keys: () => [] };
  const context = {
    subscriptions: [] as unknown[],
    extensionPath: extensionRoot,
    extensionUri: { scheme: 'file', path: extensionRoot },
    asAbsolutePath: (relative: string) => resolve(extensionRoot, relative),
    globalState: { ...memento, setKeysForSync() {} },
    workspaceState: memento,
    extensionMode: 1,
    logUri: { scheme: 'file', path: '/tmp' },
    storageUri: undefined,
    globalStorageUri: { scheme: 'file', path: '/tmp' },
  };

  let started = performance.now();
  const extension = (Module.createRequire(__filename)(extensionFile)) as Extension;
  const requireMs = performance.now() - started;
  started = performance.now();
  extension.activate(context);
  const activateMs = performance.now() - started;
  process.stdout.write(JSON.stringify({ requireMs, activateMs, subscriptions: context.subscriptions.length, faked: [...fake.missing].sort() }) + '\n');
  // The first workspace scan starts after activation on a timer: not part of activation, so stop here.
  process.exit(0);
}

main();
