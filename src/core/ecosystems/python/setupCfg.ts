// setup.cfg, read as setuptools reads it (configparser): `[options]` install_requires, setup_requires
// and tests_require, `[options.extras_require]` one key per extra. A value continues on indented
// lines; whole-line `#`/`;` comments are skipped; a one-line value is split on `;` (setuptools'
// list-semi), a multi-line value on lines (so markers after `;` survive).
import type { DeclaredDependency, ParsedManifest, ParseProblem, SourceFile } from '../ecosystem';
import type { DependencyScope } from '../../types';
import { LineIndex } from '../../text/lineIndex';
import { scopeFromName } from './names';
import { readLineRequirement } from './requirementLine';

/** One line of a value: its text and where it starts in the file. */
interface ValueLine {
  readonly text: string;
  readonly offset: number;
}

interface Option {
  readonly section: string;
  readonly key: string;
  readonly lines: ValueLine[];
}

const OPTIONS: Readonly<Record<string, DependencyScope>> = {
  install_requires: 'runtime',
  setup_requires: 'build',
  tests_require: 'test',
};

export function parseSetupCfg(file: SourceFile): ParsedManifest {
  const lines = new LineIndex(file.text);
  const dependencies: DeclaredDependency[] = [];
  const problems: ParseProblem[] = [];
  for (const option of readIni(file.text, lines, problems)) {
    const scope =
      option.section === 'options' ? OPTIONS[option.key] : option.section === 'options.extras_require' ? scopeFromName(option.key, 'optional') : undefined;
    if (!scope) continue;
    for (const item of requirementItems(option.lines)) {
      if (item.text.startsWith('file:')) continue;
      const requirement = readLineRequirement(item.text);
      if (requirement.kind === 'local') continue;
      if (requirement.kind === 'error') {
        problems.push({ range: lines.range(item.offset + requirement.start, requirement.end - requirement.start), message: requirement.message });
        continue;
      }
      dependencies.push({
        name: requirement.name,
        spec: requirement.spec,
        range: lines.range(item.offset + requirement.nameStart, requirement.nameEnd - requirement.nameStart),
        scope,
        direct: true,
      });
    }
  }
  return { dependencies, problems };
}

/** The requirements of a value: one per line, or `;`-separated when it is all on the key's line. */
function requirementItems(valueLines: readonly ValueLine[]): ValueLine[] {
  const pieces = valueLines.length === 1 ? splitOn(valueLines[0], ';') : valueLines;
  return pieces.flatMap((piece) => {
    const lead = piece.text.length - piece.text.trimStart().length;
    const text = piece.text.trim();
    return text && !text.startsWith('#') ? [{ text, offset: piece.offset + lead }] : [];
  });
}

function splitOn(line: ValueLine, separator: string): ValueLine[] {
  const out: ValueLine[] = [];
  let at = 0;
  for (const part of line.text.split(separator)) {
    out.push({ text: part, offset: line.offset + at });
    at += part.length + separator.length;
  }
  return out;
}

/** configparser's reading of sections and (lower-cased) keys, with each value line's offset. */
function readIni(text: string, lines: LineIndex, problems: ParseProblem[]): Option[] {
  const options: Option[] = [];
  let section: string | undefined;
  let current: Option | undefined;
  const lineBreak = /\r?\n/g;
  for (let start = 0; start < text.length; ) {
    lineBreak.lastIndex = start;
    const m = lineBreak.exec(text);
    const end = m ? m.index : text.length;
    const line = text.slice(start, end);
    const trimmed = line.trim();
    const indented = /^[ \t]/.test(line);
    if (!trimmed || trimmed.startsWith('#') || trimmed.startsWith(';')) {
      // Comments and blank lines, which do not end a value.
    } else if (indented && current) {
      current.lines.push({ text: line, offset: start });
    } else if (trimmed.startsWith('[')) {
      const close = trimmed.indexOf(']');
      if (close === -1) problems.push({ range: lines.range(start, line.length), message: 'Unclosed section header "["' });
      section = close === -1 ? undefined : trimmed.slice(1, close).trim();
      current = undefined;
    } else {
      const delimiter = /[=:]/.exec(line);
      if (!delimiter || section === undefined) {
        const message = section === undefined ? 'A key outside any [section]' : 'Expected "key = value"';
        problems.push({ range: lines.range(start + line.length - line.trimStart().length, trimmed.length), message });
        current = undefined;
      } else {
        current = { section, key: line.slice(0, delimiter.index).trim().toLowerCase(), lines: [] };
        current.lines.push({ text: line.slice(delimiter.index + 1), offset: start + delimiter.index + 1 });
        options.push(current);
      }
    }
    if (!m) break;
    start = m.index + m[0].length;
  }
  return options;
}
