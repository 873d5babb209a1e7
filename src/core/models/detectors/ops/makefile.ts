// Makefiles: recipe lines are shell commands; `MODEL ?= llama3.1` sets a make variable.
import type { ParseProblem } from '../../../ecosystems/ecosystem';
import type { LineIndex } from '../../../text/lineIndex';
import type { ModelReference } from '../../detector';
import { CommandModels } from './commands';
import { shellCommands } from './shellWords';

const VARIABLE = /^((?:(?:export|override)[ \t]+)*([A-Za-z_][A-Za-z0-9_]*)[ \t]*(?:\?=|::?=|\+=|!=|=)[ \t]*)([^#\s]*)[ \t]*(#.*)?$/;

export function findMakefileModels(text: string, lines: LineIndex): { references: ModelReference[]; problems: ParseProblem[] } {
  const models = new CommandModels(lines);
  const problems: ParseProblem[] = [];
  for (let line = 0; line < lines.lineCount; line++) {
    const start = lines.lineStart(line);
    let end = line + 1 < lines.lineCount ? lines.lineStart(line + 1) - 1 : text.length;
    const content = text.slice(start, end).replace(/\r$/, '');
    if (content.startsWith('\t')) {
      // A recipe line, continued over the lines ending in a backslash; `@`, `-` and `+` are make's prefixes.
      while (/\\\r?$/.test(text.slice(start, end)) && line + 1 < lines.lineCount) {
        line++;
        end = line + 1 < lines.lineCount ? lines.lineStart(line + 1) - 1 : text.length;
      }
      const from = start + /^\t[@+\- \t]*/.exec(content)![0].length;
      const shell = shellCommands(text, lines, from, end);
      problems.push(...shell.problems);
      for (const words of shell.commands) models.command(words, (name) => `variable ${name}`);
      continue;
    }
    const variable = VARIABLE.exec(content);
    if (variable && variable[3]) {
      const value = { value: variable[3], start: start + variable[1].length, end: start + variable[1].length + variable[3].length, exact: true };
      models.variable(variable[2], value, `make variable ${variable[2]}`);
    }
  }
  return { references: models.references, problems };
}
