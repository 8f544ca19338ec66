// The ASCII-only character rules of bytes and bytearray methods (Py_ISSPACE, Py_ISALPHA…,
// Py_TOUPPER), applied to the latin-1 image of the bytes.

export function isSpaceByte(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}
function isLowerByte(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}
function isUpperByte(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}
function isAlphaByte(c: number): boolean {
  return isLowerByte(c) || isUpperByte(c);
}
function isDigitByte(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function all(s: string, pred: (c: number) => boolean): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) if (!pred(s.charCodeAt(i))) return false;
  return true;
}

export const isAlpha = (s: string): boolean => all(s, isAlphaByte);
export const isDigit = (s: string): boolean => all(s, isDigitByte);
export const isAlnum = (s: string): boolean => all(s, (c) => isAlphaByte(c) || isDigitByte(c));
export const isSpace = (s: string): boolean => all(s, isSpaceByte);
export const isAscii = (s: string): boolean => /^[\x00-\x7f]*$/.test(s);

export function isLower(s: string): boolean {
  let cased = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isUpperByte(c)) return false;
    if (isLowerByte(c)) cased = true;
  }
  return cased;
}

export function isUpper(s: string): boolean {
  let cased = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isLowerByte(c)) return false;
    if (isUpperByte(c)) cased = true;
  }
  return cased;
}

export function isTitle(s: string): boolean {
  let cased = false;
  let prev = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isUpperByte(c)) {
      if (prev) return false;
      prev = cased = true;
    } else if (isLowerByte(c)) {
      if (!prev) return false;
      prev = cased = true;
    } else prev = false;
  }
  return cased;
}

function mapBytes(s: string, f: (c: number, i: number) => number): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += String.fromCharCode(f(s.charCodeAt(i), i));
  return out;
}

const up = (c: number): number => (isLowerByte(c) ? c - 32 : c);
const down = (c: number): number => (isUpperByte(c) ? c + 32 : c);

export const upper = (s: string): string => mapBytes(s, up);
export const lower = (s: string): string => mapBytes(s, down);
export const swapcase = (s: string): string => mapBytes(s, (c) => (isLowerByte(c) ? c - 32 : isUpperByte(c) ? c + 32 : c));
export const capitalize = (s: string): string => mapBytes(s, (c, i) => (i === 0 ? up(c) : down(c)));

export function title(s: string): string {
  let prev = false;
  return mapBytes(s, (c) => {
    const r = prev ? down(c) : up(c);
    prev = isAlphaByte(c);
    return r;
  });
}
