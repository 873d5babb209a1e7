// The esbuild options every Openness bundle shares: the shipped ones (scripts/build.mjs) and the
// benchmark's harnesses (bench/lib/builds.mjs), so that what the benchmark measures is bundled as
// what ships.
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

export const BUNDLE_OPTIONS = {
  define: { OPENNESS_VERSION: JSON.stringify(version) },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // jsonc-parser's UMD build requires its parts dynamically, which a bundle cannot follow; its ES build can be bundled.
  mainFields: ['module', 'main'],
};
