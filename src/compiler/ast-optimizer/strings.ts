// Python str as the optimizer folds it: code points (not UTF-16 units), so that lengths, indexes
// and repetition limits count what CPython counts (PyUnicode_GET_LENGTH), and results keep the
// AST's representation of a str (a JS string, or SplitSurrogateStr where a high and a low
// surrogate are two separate code points; see ast/constants.ts).
import { SplitSurrogateStr, concatStr, joinWouldPairSurrogates } from '../ast/constants';
import type { PyStr } from './values';

/** Whether a JS string holds any surrogate unit (paired or lone). */
function hasSurrogates(s: string): boolean {
  return /[\ud800-\udfff]/.test(s);
}

function pushCodePoints(s: string, out: number[]): void {
  for (let i = 0; i < s.length; i++) {
    const cp = s.codePointAt(i)!;
    out.push(cp);
    if (cp > 0xffff) i++;
  }
}

/** The code points of a str, as Python indexes them. */
export function codePoints(s: PyStr): number[] {
  const out: number[] = [];
  if (typeof s === 'string') pushCodePoints(s, out);
  else for (const part of s.parts) pushCodePoints(part, out);
  return out;
}

/** The str made of `cps[start:end]`, split where a high surrogate precedes a low one. */
export function fromCodePoints(cps: readonly number[], start = 0, end = cps.length): PyStr {
  const parts: string[] = [];
  let current = '';
  for (let i = start; i < end; i++) {
    const cp = cps[i];
    if (cp >= 0xdc00 && cp <= 0xdfff && i > start && cps[i - 1] >= 0xd800 && cps[i - 1] <= 0xdbff) {
      parts.push(current);
      current = '';
    }
    current += String.fromCodePoint(cp);
  }
  parts.push(current);
  return parts.length === 1 ? parts[0] : new SplitSurrogateStr(parts);
}

/** len(s): its number of code points. */
export function strLength(s: PyStr): number {
  if (typeof s === 'string' && !hasSurrogates(s)) return s.length;
  return codePoints(s).length;
}

/** s + t. */
export function strConcat(s: PyStr, t: PyStr): PyStr {
  return concatStr(s, t);
}

/** s * n for n > 0 (the caller has checked CPython's size limits). */
export function strRepeat(s: PyStr, n: number): PyStr {
  if (n <= 0) return '';
  if (typeof s === 'string' && !joinWouldPairSurrogates(s, s)) return s.repeat(n);
  let out: PyStr = s;
  for (let i = 1; i < n; i++) out = concatStr(out, s);
  return out;
}

/** The code point at index i (already in range) as a one-character str. */
export function strItem(s: PyStr, i: number): string {
  const cps = codePoints(s);
  return String.fromCodePoint(cps[i]);
}

/** Whether two strs hold the same code points. */
export function strEquals(a: PyStr, b: PyStr): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a === b;
  const x = codePoints(a);
  const y = codePoints(b);
  return x.length === y.length && x.every((cp, i) => cp === y[i]);
}
