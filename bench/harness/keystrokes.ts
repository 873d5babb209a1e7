// Editing sessions, keystroke by keystroke: each element of a session is the document's whole text
// after one keystroke, as the editor hands it to Openness.

export type Keystrokes = string[];

/** Typing `typed` at `offset`, one character per keystroke. */
export function typing(text: string, offset: number, typed: string): Keystrokes {
  const out: Keystrokes = [];
  for (let i = 1; i <= typed.length; i++) out.push(text.slice(0, offset) + typed.slice(0, i) + text.slice(offset));
  return out;
}

/** Deleting the `length` characters before `end` one backspace at a time, then typing `replacement`. */
export function retyping(text: string, end: number, length: number, replacement: string): { keystrokes: Keystrokes; text: string } {
  const keystrokes: Keystrokes = [];
  for (let i = 1; i <= length; i++) keystrokes.push(text.slice(0, end - i) + text.slice(end));
  const base = text.slice(0, end - length) + text.slice(end);
  keystrokes.push(...typing(base, end - length, replacement));
  return { keystrokes, text: text.slice(0, end - length) + replacement + text.slice(end) };
}

const MODEL_IDS = ['gpt-4.1-mini', 'claude-3-5-haiku-latest', 'meta-llama/Llama-3.2-3B-Instruct', 'mistralai/Mistral-7B-Instruct-v0.3'];

/**
 * A new line with `comment` typed in the middle of the file (at most 60 % of the keystrokes), then the
 * model ids of the calls retyped one after another. `model` matches a call's model argument, its
 * first group being the id between quotes that end the match (`/model="([^"]+)"/g`).
 */
export function modelSession(text: string, count: number, comment: string, model: RegExp): Keystrokes {
  const lines = text.split('\n');
  const endOfLine = lines.slice(0, Math.floor(lines.length / 2)).join('\n').length;
  const keystrokes = typing(text, endOfLine, comment).slice(0, Math.ceil(count * 0.6));
  let current = keystrokes[keystrokes.length - 1]!;
  model.lastIndex = endOfLine;
  for (let i = 0; keystrokes.length < count; i++) {
    const m = model.exec(current) ?? ((model.lastIndex = 0), model.exec(current));
    if (!m) throw new Error(`no ${model} in the file`);
    const step = retyping(current, m.index + m[0].length - 1, m[1]!.length, MODEL_IDS[i % MODEL_IDS.length]!);
    keystrokes.push(...step.keystrokes);
    current = step.text;
  }
  return keystrokes.slice(0, count);
}
