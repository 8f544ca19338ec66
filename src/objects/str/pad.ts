// Padding of strs to a width in code points: ljust/rjust/center (CPython's split of an odd
// margin), zfill (the sign stays in front), expandtabs (columns restart after \n and \r).
import { overflowError } from '../exceptions';
import { strLength } from './codepoints';

function repeat(fill: string, n: number): string {
  if (n <= 0) return '';
  if (n * fill.length > 0x1fffffe8) throw overflowError('repeated string is too long');
  return fill.repeat(n);
}

export function ljust(s: string, width: number, fill: string): string {
  return s + repeat(fill, width - strLength(s));
}

export function rjust(s: string, width: number, fill: string): string {
  return repeat(fill, width - strLength(s)) + s;
}

export function center(s: string, width: number, fill: string): string {
  const marg = width - strLength(s);
  if (marg <= 0) return s;
  const left = Math.floor(marg / 2) + (marg & width & 1);
  return repeat(fill, left) + s + repeat(fill, marg - left);
}

export function zfill(s: string, width: number): string {
  const len = strLength(s);
  if (len >= width) return s;
  const zeros = repeat('0', width - len);
  const c = s.charAt(0);
  if (c === '+' || c === '-') return c + zeros + s.slice(1);
  return zeros + s;
}

export function expandtabs(s: string, tabsize: number): string {
  if (s.indexOf('\t') < 0) return s;
  let out = '';
  let col = 0;
  for (const ch of s) {
    if (ch === '\t') {
      if (tabsize > 0) {
        const n = tabsize - (col % tabsize);
        out += repeat(' ', n);
        col += n;
      }
    } else {
      out += ch;
      col++;
      if (ch === '\n' || ch === '\r') col = 0;
    }
  }
  return out;
}
