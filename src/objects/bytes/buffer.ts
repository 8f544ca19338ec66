// The buffer protocol, as far as Taipan has one: bytes, bytearray, memoryview and the native
// objects that extend PyBufferExporter (array.array) expose their bytes; anything else is not
// bytes-like. Also the memoryview object itself (its type's methods live in memoryview.ts).
import type { PyValue } from '../object';
import { PyObject } from '../object';
import { PyByteArray, PyBytes } from '../boxes';
import { newBuiltinType, ObjectType } from '../builtin-types';
import { valueError } from '../exceptions';

export const MemoryViewType = newBuiltinType('memoryview', ObjectType, { baseType: false });

/** struct formats a memoryview can cast to: item size (native sizes, little-endian). */
export const ITEM_SIZES: Record<string, number> = {
  B: 1, b: 1, c: 1, '?': 1, H: 2, h: 2, I: 4, i: 4, L: 8, l: 8, Q: 8, q: 8, N: 8, n: 8, P: 8, f: 4, d: 8, e: 2,
};

/** Formats a buffer may have that are no struct format: their item size (a view cannot read their items). */
export const OPAQUE_ITEM_SIZES: Record<string, number> = { w: 4 };

/**
 * A native object other than bytes and bytearray whose storage is a writable buffer of items of
 * one struct format. Views read `bytes` afresh at each access, so the object may replace it as
 * it grows. (CPython refuses to resize an object while views of it exist; Taipan, which cannot
 * tell when a view is dropped, does not.)
 */
export abstract class PyBufferExporter extends PyObject {
  /** The storage; its first `nbytes` bytes are in use. */
  abstract get bytes(): Uint8Array;
  abstract get nbytes(): number;
  /** The struct format of an item ('i', 'd', …), as memoryview's format shows it. */
  abstract get bufferFormat(): string;
}

export class PyMemoryView extends PyObject {
  released = false;
  constructor(
    /** The object whose bytes are viewed. */
    readonly obj: PyBytes | PyByteArray | PyBufferExporter,
    /** Byte offset of the first item in the object's bytes. */
    readonly start: number,
    /** Number of items. */
    readonly length: number,
    /** Bytes from one item to the next (negative for a reversed slice). */
    readonly stride: number,
    /** The struct format of an item as given to cast ('B' unless cast; maybe '@'-prefixed). */
    readonly format: string = 'B',
    /** Read-only even over a bytearray (toreadonly()). */
    readonly forcedReadonly = false,
  ) {
    super(MemoryViewType);
  }

  /** The format without its optional native '@' prefix. */
  get code(): string {
    return this.format.charCodeAt(0) === 0x40 ? this.format.slice(1) : this.format;
  }

  get itemsize(): number {
    return ITEM_SIZES[this.code] ?? OPAQUE_ITEM_SIZES[this.code];
  }

  get readonly(): boolean {
    return this.forcedReadonly || this.obj instanceof PyBytes;
  }

  get contiguous(): boolean {
    return this.stride === this.itemsize || this.length <= 1;
  }

  /** The viewed bytes, copied when the view is not contiguous. */
  data(): Uint8Array {
    if (this.released) throw valueError('operation forbidden on released memoryview object');
    const src = this.obj.bytes;
    const size = this.itemsize;
    if (this.stride === size) return src.subarray(this.start, this.start + this.length * size);
    const out = new Uint8Array(this.length * size);
    for (let i = 0; i < this.length; i++) {
      for (let k = 0; k < size; k++) out[i * size + k] = src[this.start + i * this.stride + k];
    }
    return out;
  }
}

/** The bytes of a bytes-like object (a view, not a copy, when it can be), or null. */
export function bytesLike(v: PyValue): Uint8Array | null {
  if (v instanceof PyBytes) return v.bytes;
  if (v instanceof PyByteArray) return v.bytes.subarray(0, v.length);
  if (v instanceof PyMemoryView) return v.data();
  if (v instanceof PyBufferExporter) return v.bytes.subarray(0, v.nbytes);
  return null;
}

/** Bytes as a JS string of char codes 0..255 (for reusing the str algorithms on bytes). */
export function latin1(b: Uint8Array): string {
  let out = '';
  const CHUNK = 8192;
  for (let i = 0; i < b.length; i += CHUNK) {
    out += String.fromCharCode.apply(null, b.subarray(i, Math.min(b.length, i + CHUNK)) as unknown as number[]);
  }
  return out;
}

/** A JS string of char codes 0..255 back to bytes. */
export function fromLatin1(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}
