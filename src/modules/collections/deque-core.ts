// The storage of collections.deque: a ring buffer whose capacity is a power of two, so that
// both ends grow and shrink in O(1). `state` counts mutations, which iterators and searches
// compare to notice a deque changed under them (CPython's deque->state).
import { PyObject, type PyValue } from '../../objects/object';
import type { PyType } from '../../objects/type';

const INITIAL_CAPACITY = 8;

export class PyDeque extends PyObject {
  private buf: (PyValue | undefined)[] = new Array(INITIAL_CAPACITY);
  private head = 0;
  size = 0;
  /** The bound on the length, or null for an unbounded deque. */
  maxlen: number | null = null;
  state = 0;

  constructor(type: PyType) {
    super(type);
  }

  at(i: number): PyValue {
    return this.buf[(this.head + i) & (this.buf.length - 1)]!;
  }

  setAt(i: number, v: PyValue): void {
    this.buf[(this.head + i) & (this.buf.length - 1)] = v;
  }

  /** Appends on the right, dropping from the left to stay within maxlen. */
  pushRight(v: PyValue): void {
    if (this.size === this.buf.length) this.grow();
    this.buf[(this.head + this.size) & (this.buf.length - 1)] = v;
    this.size++;
    this.state++;
    if (this.maxlen !== null && this.size > this.maxlen) this.popLeft();
  }

  /** Appends on the left, dropping from the right to stay within maxlen. */
  pushLeft(v: PyValue): void {
    if (this.size === this.buf.length) this.grow();
    this.head = (this.head - 1) & (this.buf.length - 1);
    this.buf[this.head] = v;
    this.size++;
    this.state++;
    if (this.maxlen !== null && this.size > this.maxlen) this.popRight();
  }

  /** Removes and returns the rightmost item; the deque must not be empty. */
  popRight(): PyValue {
    this.size--;
    const i = (this.head + this.size) & (this.buf.length - 1);
    const v = this.buf[i]!;
    this.buf[i] = undefined;
    this.state++;
    return v;
  }

  /** Removes and returns the leftmost item; the deque must not be empty. */
  popLeft(): PyValue {
    const v = this.buf[this.head]!;
    this.buf[this.head] = undefined;
    this.head = (this.head + 1) & (this.buf.length - 1);
    this.size--;
    this.state++;
    return v;
  }

  clear(): void {
    this.buf = new Array(INITIAL_CAPACITY);
    this.head = 0;
    this.size = 0;
    this.state++;
  }

  toArray(): PyValue[] {
    const out = new Array<PyValue>(this.size);
    for (let i = 0; i < this.size; i++) out[i] = this.at(i);
    return out;
  }

  /** Replaces the contents by `items` (already within maxlen). */
  replaceAll(items: readonly PyValue[]): void {
    let capacity = INITIAL_CAPACITY;
    while (capacity < items.length) capacity *= 2;
    this.buf = new Array(capacity);
    for (let i = 0; i < items.length; i++) this.buf[i] = items[i];
    this.head = 0;
    this.size = items.length;
    this.state++;
  }

  /** Rotates right by n steps (left when negative), moving the fewer items. */
  rotate(n: number): void {
    const len = this.size;
    if (len <= 1) return;
    let steps = n % len;
    if (steps < 0) steps += len;
    if (steps === 0) return;
    this.state++;
    if (steps <= len / 2) {
      for (let k = 0; k < steps; k++) this.moveRightToLeft();
    } else {
      for (let k = steps; k < len; k++) this.moveLeftToRight();
    }
  }

  private moveRightToLeft(): void {
    const mask = this.buf.length - 1;
    const last = (this.head + this.size - 1) & mask;
    const v = this.buf[last];
    this.buf[last] = undefined;
    this.head = (this.head - 1) & mask;
    this.buf[this.head] = v;
  }

  private moveLeftToRight(): void {
    const mask = this.buf.length - 1;
    const v = this.buf[this.head];
    this.buf[this.head] = undefined;
    this.buf[(this.head + this.size) & mask] = v;
    this.head = (this.head + 1) & mask;
  }

  private grow(): void {
    const items = this.toArray();
    this.buf = new Array(this.buf.length * 2);
    for (let i = 0; i < items.length; i++) this.buf[i] = items[i];
    this.head = 0;
  }
}
