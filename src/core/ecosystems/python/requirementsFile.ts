// pip requirements and constraints files, read as pip reads them: `\` joins lines, `#` after a space
// starts a comment, per-requirement options (`--hash=…`) are dropped, option lines (`--index-url`) are
// ignored, `-r`/`-c` name other files (scanned as files of their own when their names say so).
// pip-compile output is a lock: its `# via` notes say which entries are only there for others.
import type { DeclaredDependency, ParsedManifest, ParseProblem, SourceFile } from '../ecosystem';
import type { DependencyScope, SourceRange } from '../../types';
import { basename, dirname, joinPath } from '../../fs/paths';
import { LineIndex } from '../../text/lineIndex';
import { scopeFromName } from './names';
import { readLineRequirement } from './requirementLine';
import { pythonFileKind } from './roles';

/** A line as pip sees it after joining `\` continuations, mapped back to source offsets. */
class LogicalLine {
  text = '';
  private readonly pieces: { at: number; offset: number }[] = [];

  append(text: string, offset: number): void {
    this.pieces.push({ at: this.text.length, offset });
    this.text += text;
  }

  /** Source offset of character `index` of the joined text. */
  offset(index: number): number {
    let k = this.pieces.length - 1;
    while (k > 0 && this.pieces[k].at > index) k--;
    return this.pieces[k].offset + index - this.pieces[k].at;
  }
}

const COMMENT_LINE = /^\s*#/;

function* logicalLines(text: string): Generator<LogicalLine> {
  let pending: LogicalLine | undefined;
  const lineBreak = /\r?\n/g;
  for (let start = 0; start <= text.length; ) {
    lineBreak.lastIndex = start;
    const m = lineBreak.exec(text);
    const end = m ? m.index : text.length;
    const line = text.slice(start, end);
    const isComment = COMMENT_LINE.test(line);
    if (!isComment && line.endsWith('\\')) {
      (pending ??= new LogicalLine()).append(line.slice(0, -1), start);
    } else if (pending && !isComment) {
      pending.append(line, start);
      yield pending;
      pending = undefined;
    } else {
      // pip ends a continuation at a comment line.
      if (pending) yield pending;
      pending = undefined;
      const single = new LogicalLine();
      single.append(line, start);
      yield single;
    }
    if (!m) break;
    start = m.index + m[0].length;
  }
  if (pending) yield pending;
}

interface Entry {
  readonly name: string;
  readonly spec: string | null;
  readonly range: SourceRange;
  readonly via: string[];
}

const OPTION = /^\s*(--[A-Za-z-]+|-[A-Za-z])(?:=|\s*)(\S*)/;
/** pip: `#` at the start of a line or after white space starts a comment. */
const COMMENT = /(?:^|\s)#/;
const VIA = /^via\b(.*)$/;
/** Per-requirement options (`--hash=…`, `--config-settings …`) start at the first word beginning with `-`. */
const REQUIREMENT_OPTIONS = /\s-/;
const INCLUDES = new Set(['-r', '--requirement', '-c', '--constraint']);
const EDITABLE = new Set(['-e', '--editable']);

export function parseRequirementsFile(file: SourceFile, kind: 'requirements' | 'constraints'): ParsedManifest {
  const lines = new LineIndex(file.text);
  const scope = scopeOfFile(file.path);
  const entries: Entry[] = [];
  const problems: ParseProblem[] = [];
  /** The entry of the last requirement line, which `# via` notes below it describe. */
  let last: Entry | undefined;
  let viaOpen = false;
  let compiled = false;

  const rangeOf = (line: LogicalLine, start: number, end: number) => ({
    start: lines.position(line.offset(start)),
    end: lines.position(line.offset(Math.max(start, end - 1)) + (end > start ? 1 : 0)),
  });

  const addRequirement = (line: LogicalLine, text: string, at: number): Entry | undefined => {
    const requirement = readLineRequirement(text);
    if (requirement.kind === 'local') return undefined;
    if (requirement.kind === 'error') {
      problems.push({ range: rangeOf(line, at + requirement.start, at + requirement.end), message: requirement.message });
      return undefined;
    }
    const entry: Entry = { name: requirement.name, spec: requirement.spec, range: rangeOf(line, at + requirement.nameStart, at + requirement.nameEnd), via: [] };
    entries.push(entry);
    return entry;
  };

  for (const line of logicalLines(file.text)) {
    const hash = COMMENT.exec(line.text);
    const content = hash ? line.text.slice(0, hash.index) : line.text;
    const comment = hash ? line.text.slice(hash.index).trimStart().slice(1).trim() : '';

    if (!content.trim()) {
      const via = VIA.exec(comment);
      if (via && last) {
        compiled = viaOpen = true;
        last.via.push(...splitVia(via[1]));
      } else if (viaOpen && last && comment) {
        last.via.push(comment);
      } else {
        viaOpen = false;
      }
      continue;
    }
    viaOpen = false;

    const option = OPTION.exec(content);
    if (option) {
      const [, name, value] = option;
      const valueAt = option.index + option[0].length - value.length;
      last = EDITABLE.has(name) && value ? addRequirement(line, value, valueAt) : undefined;
      if (INCLUDES.has(name) && value) {
        const problem = includeProblem(file.path, value);
        if (problem) problems.push({ range: rangeOf(line, valueAt, valueAt + value.length), message: problem });
      }
      continue;
    }

    const options = REQUIREMENT_OPTIONS.exec(content);
    last = addRequirement(line, options ? content.slice(0, options.index) : content, 0);
    const inlineVia = VIA.exec(comment);
    if (inlineVia && last) {
      compiled = true;
      last.via.push(...splitVia(inlineVia[1]));
    }
  }

  const dependencies = entries.map(({ name, spec, range, via }): DeclaredDependency => ({
    name,
    spec,
    range,
    scope,
    direct: kind === 'requirements' && (!compiled || !via.length || via.some(isProjectFile)),
  }));
  return { dependencies, problems };
}

function splitVia(rest: string): string[] {
  return rest.split(',').map((s) => s.trim()).filter(Boolean);
}

/** `-r requirements.in`, `my-project (pyproject.toml)`: the project asked for it, not another package. */
function isProjectFile(via: string): boolean {
  return via.startsWith('-') || via.includes('(');
}

/** `requirements/dev.txt`, `requirements-test.txt`: the file name tells the scope. */
function scopeOfFile(path: string): DependencyScope {
  return scopeFromName(basename(path).replace(/\.(?:txt|in)$/i, ''), 'runtime');
}

/** Included files are scanned as files of their own, when they can be. */
function includeProblem(from: string, target: string): string | undefined {
  if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(target)) return `Openness does not follow "${target}": it reads files on disk only`;
  const path = target.startsWith('/') ? target : joinPath(dirname(from), target);
  if (pythonFileKind(path)) return undefined;
  return `"${target}" is not scanned (Openness reads requirements*.txt, requirements/*.txt, requirements*.in and constraints*.txt): its dependencies are not checked`;
}
