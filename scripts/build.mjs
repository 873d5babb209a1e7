#!/usr/bin/env node
// Builds the bundles (extension, CLI) and the data files they load on demand.
//   node scripts/build.mjs [--production] [--watch]
import * as esbuild from 'esbuild';
import { mkdirSync } from 'node:fs';
import { BUNDLE_OPTIONS } from './bundleOptions.mjs';
import { buildLicenseTexts } from './data/license-texts.mjs';
import { buildModels } from './data/models.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

mkdirSync('dist/data', { recursive: true });
await buildLicenseTexts('dist/data/license-texts.json');
await buildModels('dist/data/models.json');

const common = { ...BUNDLE_OPTIONS, sourcemap: !production, minify: production, logLevel: 'warning' };
// The extension's entry stays small for a fast activation; it requires the engine bundle on first use.
const engineOnDemand = {
  name: 'engine-on-demand',
  setup(build) {
    build.onResolve({ filter: /^\.\/engine$/ }, () => ({ path: './engine.js', external: true }));
  },
};
const builds = [
  { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'], plugins: [engineOnDemand] },
  { ...common, entryPoints: ['src/extension/engine.ts'], outfile: 'dist/engine.js', external: ['vscode'] },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];
if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
