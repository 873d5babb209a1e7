// Reads the metadata at the start of a GGUF file (github.com/ggml-org/ggml/blob/master/docs/gguf.md):
// magic `GGUF`, version, tensor count, metadata count, then typed key/value pairs. Only a prefix of the
// file is given, so reading stops quietly where the prefix ends: `general.*` keys come first in practice.

/** The scalar metadata read (arrays are skipped: tokenizer vocabularies, tags). */
export type GgufMetadata = ReadonlyMap<string, string | number | bigint | boolean>;

export type GgufRead =
  | {
      readonly ok: true;
      readonly version: number;
      readonly metadata: GgufMetadata;
      /** How many key/value pairs the header declares. */
      readonly declared: number;
      /** How many were read: fewer than declared when the bytes ran out. */
      readonly pairs: number;
    }
  | { readonly ok: false; readonly reason: string };

const enum ValueType {
  Uint8 = 0, Int8, Uint16, Int16, Uint32, Int32, Float32, Bool, String, Array, Uint64, Int64, Float64,
}

const FIXED_SIZES: Readonly<Record<number, number>> = {
  [ValueType.Uint8]: 1, [ValueType.Int8]: 1, [ValueType.Bool]: 1, [ValueType.Uint16]: 2, [ValueType.Int16]: 2,
  [ValueType.Uint32]: 4, [ValueType.Int32]: 4, [ValueType.Float32]: 4, [ValueType.Uint64]: 8, [ValueType.Int64]: 8,
  [ValueType.Float64]: 8,
};

/** More pairs than any real model has: the count is garbage. */
const MAX_PAIRS = 1_000_000;
const MAX_KEY_LENGTH = 65_535;
/** Real files nest no arrays; a deep nest is crafted to exhaust the stack. */
const MAX_ARRAY_DEPTH = 8;

/** The bytes ran out (the prefix, or a truncated file). */
class OutOfBytes extends Error {}
class Corrupt extends Error {}

const decoder = new TextDecoder('utf-8');

export function readGgufHeader(bytes: Uint8Array): GgufRead {
  if (bytes.length < 4) return { ok: false, reason: bytes.length ? 'too short to be a GGUF file' : 'the file is empty' };
  if (decoder.decode(bytes.subarray(0, 4)) !== 'GGUF') {
    if (decoder.decode(bytes.subarray(0, 24)).startsWith('version https://git-lfs')) {
      return { ok: false, reason: 'a Git LFS pointer, not the model file itself (the model was not fetched)' };
    }
    return { ok: false, reason: 'not a GGUF file (it does not start with "GGUF")' };
  }
  const reader = new Reader(bytes);
  try {
    reader.skip(4);
    let version = reader.u32();
    if (version !== 2 && version !== 3) {
      // A big-endian file reads its version byte-swapped.
      const swapped = byteSwap32(version);
      if (swapped !== 2 && swapped !== 3) return { ok: false, reason: `unsupported GGUF version ${version}` };
      reader.littleEndian = false;
      version = swapped;
    }
    reader.u64(); // tensor count
    const declared = reader.u64();
    if (declared > MAX_PAIRS) return { ok: false, reason: `corrupt GGUF header: ${declared} metadata entries` };
    const metadata = new Map<string, string | number | bigint | boolean>();
    let pairs = 0;
    try {
      for (; pairs < declared; pairs++) {
        const key = reader.string(MAX_KEY_LENGTH);
        const value = reader.value(reader.u32(), key);
        if (value !== undefined) metadata.set(key, value);
      }
    } catch (error) {
      if (!(error instanceof OutOfBytes)) throw error;
    }
    return { ok: true, version, metadata, declared, pairs };
  } catch (error) {
    if (error instanceof OutOfBytes) return { ok: false, reason: 'the GGUF header is cut short before its metadata' };
    if (error instanceof Corrupt) return { ok: false, reason: `corrupt GGUF header: ${error.message}` };
    throw error;
  }
}

function byteSwap32(value: number): number {
  return (((value & 0xff) << 24) | ((value & 0xff00) << 8) | ((value >>> 8) & 0xff00) | (value >>> 24)) >>> 0;
}

class Reader {
  private pos = 0;
  littleEndian = true;
  private readonly view: DataView;

  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  skip(length: number): void {
    if (length > this.bytes.length - this.pos) throw new OutOfBytes();
    this.pos += length;
  }

  u32(): number {
    this.skip(4);
    return this.view.getUint32(this.pos - 4, this.littleEndian);
  }

  /** A 64-bit count or length; beyond 2^53 it can only be corruption. */
  u64(): number {
    this.skip(8);
    const value = this.view.getBigUint64(this.pos - 8, this.littleEndian);
    if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new Corrupt(`impossible length ${value}`);
    return Number(value);
  }

  string(maxLength = Number.MAX_SAFE_INTEGER): string {
    const length = this.u64();
    if (length > maxLength) throw new Corrupt(`a key ${length} bytes long`);
    this.skip(length);
    return decoder.decode(this.bytes.subarray(this.pos - length, this.pos));
  }

  /** Reads a value of `type`; arrays are skipped (undefined). */
  value(type: number, key: string): string | number | bigint | boolean | undefined {
    if (type === ValueType.String) return this.string();
    if (type === ValueType.Array) {
      this.skipArray(key, 1);
      return undefined;
    }
    const size = FIXED_SIZES[type];
    if (size === undefined) throw new Corrupt(`unknown value type ${type} for "${key}"`);
    this.skip(size);
    const at = this.pos - size;
    const v = this.view;
    const le = this.littleEndian;
    switch (type) {
      case ValueType.Uint8: return v.getUint8(at);
      case ValueType.Int8: return v.getInt8(at);
      case ValueType.Bool: return v.getUint8(at) !== 0;
      case ValueType.Uint16: return v.getUint16(at, le);
      case ValueType.Int16: return v.getInt16(at, le);
      case ValueType.Uint32: return v.getUint32(at, le);
      case ValueType.Int32: return v.getInt32(at, le);
      case ValueType.Float32: return v.getFloat32(at, le);
      case ValueType.Uint64: return v.getBigUint64(at, le);
      case ValueType.Int64: return v.getBigInt64(at, le);
      default: return v.getFloat64(at, le);
    }
  }

  private skipArray(key: string, depth: number): void {
    if (depth > MAX_ARRAY_DEPTH) throw new Corrupt(`arrays nested ${depth} deep in "${key}"`);
    const type = this.u32();
    const count = this.u64();
    const size = FIXED_SIZES[type];
    if (size !== undefined) {
      this.skip(count * size);
      return;
    }
    if (type !== ValueType.String && type !== ValueType.Array) throw new Corrupt(`unknown array type ${type} for "${key}"`);
    for (let i = 0; i < count; i++) {
      if (type === ValueType.String) this.skip(this.u64());
      else this.skipArray(key, depth + 1);
    }
  }
}
