// Splitting and stripping of strs: split/rsplit (whitespace runs when sep is None),
// splitlines (every line boundary Python knows), partition/rpartition, strip family.
// Whitespace and line boundaries are all in the BMP, so scanning UTF-16 units is exact.
import { valueError } from '../exceptions';
import { isSpaceCp } from './unicode';
import { codePoints } from './codepoints';
import { indexOfWhole, lastIndexOfWhole } from './search';

/** s.split(None, maxsplit): runs of whitespace separate; maxsplit < 0 means no limit. */
export function splitWhitespace(s: string, maxsplit: number, isSpace: (c: number) => boolean = isSpaceCp): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSpace(s.charCodeAt(i))) i++;
    if (i === n) break;
    if (maxsplit >= 0 && out.length === maxsplit) {
      out.push(s.slice(i));
      return out;
    }
    let j = i;
    while (j < n && !isSpace(s.charCodeAt(j))) j++;
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}

/** s.rsplit(None, maxsplit). */
export function rsplitWhitespace(s: string, maxsplit: number, isSpace: (c: number) => boolean = isSpaceCp): string[] {
  const out: string[] = [];
  let j = s.length;
  while (j > 0) {
    while (j > 0 && isSpace(s.charCodeAt(j - 1))) j--;
    if (j === 0) break;
    if (maxsplit >= 0 && out.length === maxsplit) {
      out.push(s.slice(0, j));
      break;
    }
    let i = j;
    while (i > 0 && !isSpace(s.charCodeAt(i - 1))) i--;
    out.push(s.slice(i, j));
    j = i;
  }
  return out.reverse();
}

/** s.split(sep, maxsplit) for a non-empty sep. */
export function splitSep(s: string, sep: string, maxsplit: number): string[] {
  if (sep.length === 0) throw valueError('empty separator');
  if (maxsplit < 0 && !isSurrogate(sep.charCodeAt(0)) && !isSurrogate(sep.charCodeAt(sep.length - 1))) return s.split(sep);
  if (maxsplit < 0) maxsplit = Number.MAX_SAFE_INTEGER;
  const out: string[] = [];
  let from = 0;
  while (out.length < maxsplit) {
    const i = indexOfWhole(s, sep, from);
    if (i < 0) break;
    out.push(s.slice(from, i));
    from = i + sep.length;
  }
  out.push(s.slice(from));
  return out;
}

/** s.rsplit(sep, maxsplit) for a non-empty sep. */
export function rsplitSep(s: string, sep: string, maxsplit: number): string[] {
  if (sep.length === 0) throw valueError('empty separator');
  // Matches found from the right differ from JS's left-to-right split when sep can overlap itself.
  if (maxsplit < 0 && sep.length === 1 && !isSurrogate(sep.charCodeAt(0))) return s.split(sep);
  if (maxsplit < 0) maxsplit = Number.MAX_SAFE_INTEGER;
  const out: string[] = [];
  let end = s.length;
  while (out.length < maxsplit) {
    if (end - sep.length < 0) break;
    const i = lastIndexOfWhole(s, sep, end - sep.length);
    if (i < 0) break;
    out.push(s.slice(i + sep.length, end));
    end = i;
  }
  out.push(s.slice(0, end));
  return out.reverse();
}

function isSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdfff;
}

function isLineBreak(c: number): boolean {
  return (c >= 0x0a && c <= 0x0d) || (c >= 0x1c && c <= 0x1e) || c === 0x85 || c === 0x2028 || c === 0x2029;
}

/** The line boundaries of bytes: \n and \r only. */
export function isByteLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d;
}

/** s.splitlines(keepends). */
export function splitLines(s: string, keepends: boolean, isBreak: (c: number) => boolean = isLineBreak): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    let j = i;
    while (j < n && !isBreak(s.charCodeAt(j))) j++;
    let eol = j;
    if (j < n) {
      eol = s.charCodeAt(j) === 0x0d && j + 1 < n && s.charCodeAt(j + 1) === 0x0a ? j + 2 : j + 1;
    }
    out.push(s.slice(i, keepends ? eol : j));
    i = eol;
  }
  return out;
}

/** Whitespace strip: which 1 = left, 2 = right, 3 = both. */
export function stripWhitespace(s: string, which: number, isSpace: (c: number) => boolean = isSpaceCp): string {
  let i = 0;
  let j = s.length;
  if (which & 1) while (i < j && isSpace(s.charCodeAt(i))) i++;
  if (which & 2) while (j > i && isSpace(s.charCodeAt(j - 1))) j--;
  return i === 0 && j === s.length ? s : s.slice(i, j);
}

/** Strip of the code points in chars. */
export function stripChars(s: string, chars: string, which: number): string {
  if (chars.length === 0) return s;
  const set = new Set(codePoints(chars));
  let i = 0;
  let j = s.length;
  if (which & 1) {
    while (i < j) {
      const cp = s.codePointAt(i)!;
      if (!set.has(cp)) break;
      i += cp > 0xffff ? 2 : 1;
    }
  }
  if (which & 2) {
    while (j > i) {
      let k = j - 1;
      const lo = s.charCodeAt(k);
      if (lo >= 0xdc00 && lo <= 0xdfff && k > i) {
        const hi = s.charCodeAt(k - 1);
        if (hi >= 0xd800 && hi <= 0xdbff) k--;
      }
      if (!set.has(s.codePointAt(k)!)) break;
      j = k;
    }
  }
  return i === 0 && j === s.length ? s : s.slice(i, j);
}

/** partition (reverse false) / rpartition (reverse true). */
export function partitionStr(s: string, sep: string, reverse: boolean): [string, string, string] {
  if (sep.length === 0) throw valueError('empty separator');
  const i = reverse ? lastIndexOfWhole(s, sep, s.length - sep.length) : indexOfWhole(s, sep, 0);
  if (i < 0) return reverse ? ['', '', s] : [s, '', ''];
  return [s.slice(0, i), sep, s.slice(i + sep.length)];
}
