// The bits of Python's str and textwrap behaviour the traceback display depends on, over code
// points (as Python indexes strings): splitlines, strip, dedent, indent, UTF-8 column
// conversion and terminal display width.
import { isPythonSpace } from '../../compiler/format-syntax-error';
import { WIDE_RANGES } from './wide-chars-data';

/** A string as an array of code points (one string each). */
export function codePoints(s: string): string[] {
  return Array.from(s);
}

const LINE_BREAKS = new Set(['\n', '\r', '\x0b', '\x0c', '\x1c', '\x1d', '\x1e', '\x85', '\u2028', '\u2029']);

/** str.splitlines(keepends). */
export function splitLines(s: string, keepEnds = false): string[] {
  const out: string[] = [];
  let start = 0;
  let i = 0;
  while (i < s.length) {
    const ch = s[i];
    if (LINE_BREAKS.has(ch)) {
      let end = i + 1;
      if (ch === '\r' && s[i + 1] === '\n') end++;
      out.push(s.slice(start, keepEnds ? end : i));
      start = i = end;
    } else i++;
  }
  if (start < s.length) out.push(s.slice(start));
  return out;
}

export function rstrip(s: string): string {
  const cps = codePoints(s);
  let end = cps.length;
  while (end > 0 && isPythonSpace(cps[end - 1])) end--;
  return cps.slice(0, end).join('');
}

export function lstrip(s: string): string {
  const cps = codePoints(s);
  let start = 0;
  while (start < cps.length && isPythonSpace(cps[start])) start++;
  return cps.slice(start).join('');
}

export function strip(s: string): string {
  return lstrip(rstrip(s));
}

/** textwrap.dedent: removes the longest run of spaces and tabs common to the start of every non-blank line. */
export function dedent(text: string): string {
  const lines = text.split('\n').map((l) => (/^[ \t]+$/.test(l) ? '' : l));
  let margin: string | null = null;
  for (const line of lines) {
    const m = /^([ \t]*)[^ \t]/.exec(line);
    if (m === null) continue;
    const indent = m[1];
    if (margin === null || margin.startsWith(indent)) margin = indent;
    else if (!indent.startsWith(margin)) {
      let i = 0;
      while (i < margin.length && i < indent.length && margin[i] === indent[i]) i++;
      margin = margin.slice(0, i);
    }
  }
  if (margin) {
    const m = margin;
    return lines.map((l) => (l.startsWith(m) ? l.slice(m.length) : l)).join('\n');
  }
  return lines.join('\n');
}

/** textwrap.indent with a predicate that accepts every line. */
export function indentAll(text: string, prefix: string): string {
  return splitLines(text, true)
    .map((l) => prefix + l)
    .join('');
}

function utf8Length(cp: number): number {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/**
 * How many characters the first `offset` UTF-8 bytes of `line` decode to, a character cut in
 * the middle counting as one (decoding with errors="replace").
 */
export function byteToCharOffset(line: string, offset: number): number {
  let bytes = 0;
  let chars = 0;
  for (const ch of line) {
    if (bytes >= offset) break;
    bytes += utf8Length(ch.codePointAt(0)!);
    chars++;
  }
  return chars;
}

function isWide(cp: number): boolean {
  let lo = 0;
  let hi = WIDE_RANGES.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < WIDE_RANGES[2 * mid]) hi = mid - 1;
    else if (cp > WIDE_RANGES[2 * mid + 1]) lo = mid + 1;
    else return true;
  }
  return false;
}

/** The columns the first `offset` characters of `line` take on a terminal (wide characters count two). */
export function displayWidth(line: string, offset?: number): number {
  const cps = codePoints(line);
  const n = offset ?? cps.length;
  if (!/[^\x00-\x7f]/.test(line)) return n;
  let width = 0;
  for (let i = 0; i < Math.min(n, cps.length); i++) width += isWide(cps[i].codePointAt(0)!) ? 2 : 1;
  return width;
}
