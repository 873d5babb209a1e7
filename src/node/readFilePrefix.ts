// The first bytes of a file on this machine's disk, without reading the rest (model files are gigabytes).
import { open } from 'node:fs/promises';

export async function readFilePrefix(path: string, length: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
