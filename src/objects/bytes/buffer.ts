// The buffer protocol, as far as Taipan has one: bytes, bytearray and memoryview expose their
// bytes; anything else is not bytes-like. Also the memoryview object itself (its type's
// methods live in memoryview.ts).
import type { PyValue } from '../object';
import { PyObject } from '../object';
import { PyByteArray, PyBytes } from '../boxes';
import { newBuiltinType, ObjectType } from '../builtin-types';
import { valueError } from '../exceptions';

export const MemoryViewType = newBuiltinType('memoryview', ObjectType, { baseType: false });

export class PyMemoryView extends PyObject {
  released = false;
  constructor(
    /** The object whose bytes are viewed (bytes, bytearray or another view's object). */
    readonly obj: PyBytes | PyByteArray,
    /** The viewed range: start offset, item count and step in the underlying bytes. */
    readonly start: number,
    readonly length: number,
    readonly step: number,
  ) {
    super(MemoryViewType);
  }

  get readonly(): boolean {
    return this.obj instanceof PyBytes;
  }

  /** The viewed bytes, copied when the view is not contiguous. */
  data(): Uint8Array {
    if (this.released) throw valueError('operation forbidden on released memoryview object');
    const src = this.obj.bytes;
    if (this.step === 1) return src.subarray(this.start, this.start + this.length);
    const out = new Uint8Array(this.length);
    for (let i = 0; i < this.length; i++) out[i] = src[this.start + i * this.step];
    return out;
  }
}

/** The bytes of a bytes-like object (a view, not a copy, when it can be), or null. */
export function bytesLike(v: PyValue): Uint8Array | null {
  if (v instanceof PyBytes) return v.bytes;
  if (v instanceof PyByteArray) return v.bytes.subarray(0, v.length);
  if (v instanceof PyMemoryView) return v.data();
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
