// str.__format__ (Python/formatter_unicode.c, format_string_internal): fill, alignment, width
// and precision (the most code points kept); no sign, 'z', '#' or '=' alignment.
import { valueError } from '../exceptions';
import { strLength } from '../str-length';
import { padding } from './number-layout';
import { parseFormatSpec, unknownCode } from './spec';

/** format(s, spec) for a str (or a str subclass named `typeName`). */
export function formatStr(s: string, spec: string, typeName = 'str'): string {
  if (spec === '') return s;
  const f = parseFormatSpec(spec, typeName, 's', '<');
  if (f.type !== 's') throw unknownCode(f.type, typeName);
  if (f.sign !== '') {
    throw valueError(f.sign === ' ' ? 'Space not allowed in string format specifier' : 'Sign not allowed in string format specifier');
  }
  if (f.noNegZero) throw valueError('Negative zero coercion (z) not allowed in string format specifier');
  if (f.alternate) throw valueError('Alternate form (#) not allowed in string format specifier');
  if (f.align === '=') throw valueError("'=' alignment not allowed in string format specifier");
  let len = strLength(s);
  if (f.precision >= 0 && len > f.precision) {
    s = truncate(s, f.precision);
    len = f.precision;
  }
  if (f.width <= len) return s;
  const [left, right] = padding(len, f.width, f.align);
  return f.fill.repeat(left) + s + f.fill.repeat(right);
}

/** The first n code points of s. */
function truncate(s: string, n: number): string {
  if (s.length === strLength(s)) return s.slice(0, n);
  let i = 0;
  for (let k = 0; k < n; k++) {
    const c = s.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return s.slice(0, i);
}
