// The storage of array.array: items packed in a byte buffer as C stores them, grown and shrunk
// by CPython's rule (array_resize) so that buffer_info, __sizeof__ and growth behave alike.
import type { PyValue } from '../../objects/object';
import type { PyType } from '../../objects/type';
import { PyBufferExporter } from '../../objects/bytes/buffer';
import type { ArrayKind, Raw } from './typecodes';

export class PyArray extends PyBufferExporter {
  /** The item storage: `allocated` items' worth of bytes, of which `length` items are in use. */
  private store: Uint8Array;
  private view: DataView;
  /** The number of items in use. */
  length = 0;
  /** The number of items the storage holds (CPython's data->allocated, for __sizeof__). */
  allocated = 0;

  constructor(
    type: PyType,
    /** The item type, fixed at creation. */
    readonly kind: ArrayKind,
    size = 0,
  ) {
    super(type);
    this.store = new Uint8Array(size * kind.itemsize);
    this.view = new DataView(this.store.buffer);
    this.length = size;
    this.allocated = size;
  }

  get bytes(): Uint8Array {
    return this.store;
  }

  get nbytes(): number {
    return this.length * this.kind.itemsize;
  }

  get bufferFormat(): string {
    return this.kind.format;
  }

  /** The items in use, as bytes (a view, not a copy). */
  data(): Uint8Array {
    return this.store.subarray(0, this.nbytes);
  }

  raw(i: number): Raw {
    return this.kind.read(this.view, i * this.kind.itemsize);
  }

  item(i: number): PyValue {
    return this.kind.box(this.raw(i));
  }

  setRaw(i: number, raw: Raw): void {
    this.kind.write(this.view, i * this.kind.itemsize, raw);
  }

  /**
   * array_resize: a new length, reallocating with mild over-allocation unless the storage holds
   * it and the array shrinks by fewer than 16 items.
   */
  resize(newLength: number): void {
    if (this.allocated >= newLength && this.length < newLength + 16 && this.allocated > 0) {
      this.length = newLength;
      return;
    }
    if (newLength === 0) {
      this.replaceStorage(0, 0);
      this.length = 0;
      return;
    }
    const capacity = (newLength >> 4) + (this.length < 8 ? 3 : 7) + newLength;
    this.replaceStorage(capacity, Math.min(this.length, newLength));
    this.length = newLength;
  }

  /** Replaces the storage by one of `capacity` items that keeps the first `keep` items. */
  private replaceStorage(capacity: number, keep: number): void {
    const size = this.kind.itemsize;
    const next = new Uint8Array(capacity * size);
    next.set(this.store.subarray(0, keep * size));
    this.store = next;
    this.view = new DataView(next.buffer);
    this.allocated = capacity;
  }

  /** Sets the storage to exactly these bytes (a whole number of items), as a new array's. */
  setBytes(bytes: Uint8Array): void {
    this.store = bytes.slice();
    this.view = new DataView(this.store.buffer);
    this.length = bytes.length / this.kind.itemsize;
    this.allocated = this.length;
  }

  /** Appends bytes (a whole number of items) through array_resize. */
  appendBytes(bytes: Uint8Array): void {
    const n = bytes.length / this.kind.itemsize;
    if (n === 0) return;
    const old = this.nbytes;
    const copy = bytes.slice(); // the source may be this array's own storage
    this.resize(this.length + n);
    this.store.set(copy, old);
  }

  /** Moves items [from, length) to start at `to` (a memmove within the storage). */
  moveTail(from: number, to: number): void {
    const size = this.kind.itemsize;
    this.store.copyWithin(to * size, from * size, this.length * size);
  }
}
