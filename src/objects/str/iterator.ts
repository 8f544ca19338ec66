// Iterators over strs: 'str_ascii_iterator' for ASCII strings and 'str_iterator' otherwise
// (CPython's two types), each yielding one code point at a time.
import type { PyValue } from '../object';
import { NativeIterator, registerFastIter } from '../ops/iter';
import { StrType } from '../builtin-types';
import { newIteratorType } from '../iterator-type';
import { StrSubclassValue } from '../boxes';
import { isAscii, strLength } from './codepoints';

export const StrAsciiIteratorType = newIteratorType('str_ascii_iterator');
export const StrIteratorType = newIteratorType('str_iterator');

export class StrIterator extends NativeIterator {
  private pos = 0;
  private left: number;
  constructor(private s: string | null) {
    const ascii = isAscii(s!);
    super(ascii ? StrAsciiIteratorType : StrIteratorType);
    this.left = ascii ? s!.length : strLength(s!);
  }
  next(): PyValue | undefined {
    const s = this.s;
    if (s === null) return undefined;
    const i = this.pos;
    if (i >= s.length) {
      this.s = null;
      this.left = 0;
      return undefined;
    }
    const c = s.charCodeAt(i);
    this.left--;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        this.pos = i + 2;
        return s.slice(i, i + 2);
      }
    }
    this.pos = i + 1;
    return s[i];
  }
  lengthHint(): number {
    return this.left;
  }
}

export function strIter(v: PyValue): StrIterator {
  return new StrIterator(typeof v === 'string' ? v : (v as StrSubclassValue).value);
}

registerFastIter(StrType, strIter);
