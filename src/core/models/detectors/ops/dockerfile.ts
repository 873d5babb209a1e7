// Dockerfiles and Containerfiles: models fetched or served by RUN, CMD and ENTRYPOINT, and model
// variables set by ENV and ARG.
import type { ParseProblem } from '../../../ecosystems/ecosystem';
import { parseJson, stringContent } from '../../../text/json';
import type { LineIndex } from '../../../text/lineIndex';
import type { ModelReference } from '../../detector';
import { textSpan } from '../config/reference';
import { CommandModels } from './commands';
import { shellCommands, type Word } from './shellWords';

interface Instruction {
  readonly keyword: string;
  /** Offsets of the arguments: from after the keyword to the end of the last continued line. */
  readonly start: number;
  readonly end: number;
}

export function findDockerfileModels(text: string, lines: LineIndex): { references: ModelReference[]; problems: ParseProblem[] } {
  const models = new CommandModels(lines);
  const problems: ParseProblem[] = [];
  /** The commands of an instruction in shell form, any number. */
  const shellForm = (instruction: Instruction): readonly (readonly Word[])[] => {
    const shell = shellCommands(text, lines, instruction.start, instruction.end);
    problems.push(...shell.problems);
    return shell.commands;
  };
  /** The commands of an instruction given its exec form (one command), if it has one. */
  const commands = (instruction: Instruction, exec: Word[] | undefined) => (exec ? [exec] : shellForm(instruction));
  const run = (name: string) => `variable ${name}`;
  // What CMD's arguments follow: the stage's ENTRYPOINT, else the base image's own server.
  let image: string | undefined;
  let entrypoint: readonly string[] | undefined;
  for (const instruction of instructions(text)) {
    switch (instruction.keyword) {
      case 'FROM':
        image = shellCommands(text, lines, instruction.start, instruction.end).commands[0]?.find((w) => !w.value.startsWith('--'))?.value;
        entrypoint = undefined;
        break;
      case 'RUN':
        for (const words of commands(instruction, execForm(text, instruction))) models.command(words, run);
        break;
      case 'ENTRYPOINT': {
        const exec = execForm(text, instruction);
        entrypoint = exec?.map((w) => w.value) ?? [];
        for (const words of commands(instruction, exec)) models.command(words, run);
        break;
      }
      case 'CMD': {
        const exec = execForm(text, instruction);
        if (exec) models.command(exec, run, entrypoint ?? (image ? [image] : []));
        else for (const words of shellForm(instruction)) models.command(words, run);
        break;
      }
      case 'ENV':
      case 'ARG': {
        const words = shellCommands(text, lines, instruction.start, instruction.end).commands.flat();
        const via = (name: string) => `Dockerfile ${instruction.keyword} ${name}`;
        // The legacy form `ENV MODEL llama3.1` sets one variable to the rest of the line.
        if (instruction.keyword === 'ENV' && words.length === 2 && !words[0].assignment) models.variable(words[0].value, words[1], via(words[0].value));
        else for (const { assignment } of words) if (assignment) models.variable(assignment.name, assignment.value, via(assignment.name));
        break;
      }
    }
  }
  return { references: models.references, problems };
}

/** The instructions of a Dockerfile, with continuation lines, comment lines inside them and heredocs joined. */
function instructions(text: string): Instruction[] {
  const out: Instruction[] = [];
  let pos = 0;
  while (pos < text.length) {
    const lineEnd = endOfLine(text, pos);
    const keyword = /^[ \t]*([A-Za-z]+)/.exec(text.slice(pos, lineEnd));
    if (!keyword) {
      pos = lineEnd + 1; // blank lines, comments and parser directives
      continue;
    }
    const start = pos + keyword[0].length;
    let end = lineEnd;
    const heredoc = /<<-?[ \t]*(["']?)([A-Za-z_][A-Za-z0-9_]*)\1/.exec(text.slice(start, lineEnd));
    if (heredoc) {
      const terminator = heredoc[2];
      while (end < text.length && text.slice(end + 1, endOfLine(text, end + 1)).trim() !== terminator) end = endOfLine(text, end + 1);
      end = Math.min(text.length, endOfLine(text, end + 1));
    } else {
      while (end < text.length && /\\[ \t]*\r?$/.test(text.slice(pos, end))) {
        pos = end + 1;
        end = endOfLine(text, pos);
        // Comment and blank lines inside a continued instruction are dropped, not the end of it.
        while (end < text.length && /^[ \t]*(#.*)?\r?$/.test(text.slice(pos, end))) {
          pos = end + 1;
          end = endOfLine(text, pos);
        }
      }
    }
    out.push({ keyword: keyword[1].toUpperCase(), start, end });
    pos = end + 1;
  }
  return out;
}

function endOfLine(text: string, pos: number): number {
  const end = text.indexOf('\n', pos);
  return end === -1 ? text.length : end;
}

/** The words of the JSON exec form `["vllm", "serve", "…"]`; undefined for the shell form (as Docker decides). */
function execForm(text: string, instruction: Instruction): Word[] | undefined {
  const args = text.slice(instruction.start, instruction.end);
  const offset = instruction.start + args.length - args.trimStart().length;
  if (!args.trimStart().startsWith('[')) return undefined;
  const { root, problem } = parseJson(args.trim());
  if (problem || root?.type !== 'array') return undefined;
  const words: Word[] = [];
  for (const node of root.children ?? []) {
    if (node.type !== 'string') return undefined;
    const { start, end } = stringContent(node);
    words.push(textSpan(text, node.value as string, offset + start, offset + end));
  }
  return words;
}
