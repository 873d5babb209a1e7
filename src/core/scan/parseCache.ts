// Parse results by file and content: an unchanged file is never parsed twice.
import { createHash } from 'node:crypto';

function digest(text: string): string {
  return createHash('sha1').update(text).digest('base64');
}

export class ParseCache {
  // The digest, not the text, is kept: a workspace's sources would otherwise stay in memory.
  private readonly entries = new Map<string, { digest: string; value: unknown }>();

  /** `key` names the parser and file; the entry is reused while the content is the same. */
  get<T>(key: string, text: string, parse: () => T): T {
    const hash = digest(text);
    const hit = this.entries.get(key);
    if (hit && hit.digest === hash) return hit.value as T;
    const value = parse();
    this.entries.set(key, { digest: hash, value });
    return value;
  }

  /** Forgets every parse of the file at `path`. */
  forget(path: string): void {
    for (const key of this.entries.keys()) if (key.endsWith(`:${path}`)) this.entries.delete(key);
  }
}
