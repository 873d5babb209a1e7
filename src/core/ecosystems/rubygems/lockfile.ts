// Gemfile.lock (and gems.locked): every gem Bundler resolved. Sections start at column 0; in GEM, GIT
// and PATH sections a spec is indented by 4 spaces (`    nokogiri (1.16.0-x86_64-linux)`), its own
// requirements by 6; DEPENDENCIES lists, by 2 spaces, what the Gemfile declares (`rails!` for a
// gem from a git or path source).
import { lineRange } from '../../text/lineIndex';
import type { DeclaredDependency, ParsedManifest, ParseProblem, SourceFile } from '../ecosystem';

const SPEC = /^ {4}([^\s(]+) \(([^)]+)\)$/;
const DEPENDENCY = /^ {2}([^\s(!]+)!?(?: \(.*\))?$/;
const REMOTE = /^ {2}remote: (.+)$/;
const SOURCE_SECTIONS = new Set(['GEM', 'GIT', 'PATH', 'PLUGIN SOURCE']);

export interface LockedGem {
  readonly name: string;
  readonly version: string;
  /** `x86_64-linux` for a platform-specific build. */
  readonly platform: string | undefined;
  readonly line: number;
  /** `path:<remote>` or `git:<remote>` for gems from a PATH or GIT section. */
  readonly locator: string | undefined;
}

/** `1.16.0-x86_64-linux` → version and platform (gem versions never hold a `-`). */
export function splitPlatform(written: string): { version: string; platform: string | undefined } {
  const dash = written.indexOf('-');
  return dash === -1 ? { version: written, platform: undefined } : { version: written.slice(0, dash), platform: written.slice(dash + 1) };
}

export interface ParsedLockfile {
  readonly gems: readonly LockedGem[];
  readonly direct: ReadonlySet<string>;
  readonly problems: readonly { readonly line: number; readonly length: number; readonly message: string }[];
}

export function readGemfileLock(text: string): ParsedLockfile {
  const gems: LockedGem[] = [];
  const direct = new Set<string>();
  const problems: { line: number; length: number; message: string }[] = [];
  let section = '';
  let remote: string | undefined;
  const rows = text.split('\n');
  for (let line = 0; line < rows.length; line++) {
    const row = rows[line]!.replace(/\r$/, '');
    if (/^(<{7}|={7}|>{7})/.test(row)) {
      problems.push({ line, length: row.length, message: 'Unresolved merge conflict in the lockfile' });
      continue;
    }
    if (!row.trim()) continue;
    if (!row.startsWith(' ')) {
      section = row.trim();
      remote = undefined;
      continue;
    }
    if (SOURCE_SECTIONS.has(section)) {
      const remoteMatch = REMOTE.exec(row);
      if (remoteMatch) remote = remoteMatch[1];
      if (!row.startsWith('    ') || row.startsWith('     ')) continue;
      const spec = SPEC.exec(row);
      if (!spec) {
        problems.push({ line, length: row.length, message: `Unexpected spec line in ${section}: "${row.trim()}"` });
        continue;
      }
      const { version, platform } = splitPlatform(spec[2]!);
      const locator = section === 'PATH' ? `path:${remote ?? '.'}` : section === 'GIT' && remote ? `git:${remote}` : undefined;
      gems.push({ name: spec[1]!, version, platform, line, locator });
    } else if (section === 'DEPENDENCIES') {
      const dependency = DEPENDENCY.exec(row);
      if (dependency) direct.add(dependency[1]!);
    }
  }
  return { gems, direct, problems };
}

export function parseGemfileLock(file: SourceFile): ParsedManifest {
  const { gems, direct, problems } = readGemfileLock(file.text);
  const dependencies: DeclaredDependency[] = [];
  // One gem built for several platforms is one dependency.
  const seen = new Set<string>();
  for (const gem of gems) {
    const key = `${gem.name}@${gem.version}`;
    if (seen.has(key)) continue;
    seen.add(key);
    dependencies.push({
      name: gem.name,
      spec: gem.version,
      range: lineRange(gem.line, 4, gem.name.length),
      // The lockfile does not record groups: what only the lockfile lists counts as runtime.
      scope: 'runtime',
      direct: direct.has(gem.name),
      ...(gem.locator ? { locator: gem.locator } : {}),
    });
  }
  const parseProblems: ParseProblem[] = problems.map((p) => ({ range: lineRange(p.line, 0, p.length), message: p.message }));
  return { dependencies, problems: parseProblems };
}
