// int.__format__ with a non-empty spec (Python/formatter_unicode.c, format_long_internal):
// types d n b o x X c and the default d; e E f F g G % format the int as a float.
import type { PyInt } from '../object';
import { overflowError, valueError } from '../exceptions';
import { intRepr } from '../int-repr';
import { intToDouble } from '../int-arith';
import { layoutNumber } from './number-layout';
import { parseFormatSpec, unknownCode, type FormatSpec } from './spec';
import { formatFloatSpec } from './format-float';

const BASES: Record<string, number> = { b: 2, o: 8, x: 16, X: 16, d: 10, n: 10 };
const PREFIXES: Record<string, string> = { b: '0b', o: '0o', x: '0x', X: '0x' };

/** format(v, spec) for an int (of the type named `typeName`), spec not empty. */
export function formatInt(v: PyInt, spec: string, typeName: string): string {
  const f = parseFormatSpec(spec, typeName, 'd', '>');
  switch (f.type) {
    case 'b':
    case 'c':
    case 'd':
    case 'o':
    case 'x':
    case 'X':
    case 'n':
      return formatIntSpec(v, f);
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%': {
      const x = intToDouble(v);
      if (!Number.isFinite(x)) throw overflowError('int too large to convert to float');
      return formatFloatSpec(x, f);
    }
    default:
      throw unknownCode(f.type, typeName);
  }
}

function formatIntSpec(v: PyInt, f: FormatSpec): string {
  if (f.precision !== -1) throw valueError('Precision not allowed in integer format specifier');
  if (f.noNegZero) throw valueError('Negative zero coercion (z) not allowed in integer format specifier');
  if (f.type === 'c') {
    if (f.sign !== '') throw valueError("Sign not allowed with integer format specifier 'c'");
    if (f.alternate) throw valueError("Alternate form (#) not allowed with integer format specifier 'c'");
    if (typeof v === 'bigint') {
      if (v > 2n ** 63n - 1n || v < -(2n ** 63n)) throw overflowError('Python int too large to convert to C long');
      throw overflowError('%c arg not in range(0x110000)');
    }
    if (v < 0 || v > 0x10ffff) throw overflowError('%c arg not in range(0x110000)');
    return layoutNumber({ negative: false, prefix: '', digits: '', point: false, remainder: String.fromCodePoint(v) }, f);
  }
  const base = BASES[f.type];
  const negative = typeof v === 'number' ? v < 0 : v < 0n;
  const magnitude = negative ? (typeof v === 'number' ? -v : -v) : v;
  const digits = base === 10 ? intRepr(magnitude) : magnitude.toString(base);
  const prefix = f.alternate ? (PREFIXES[f.type] ?? '') : '';
  return layoutNumber({ negative, prefix, digits, point: false, remainder: '' }, f, f.type === 'X');
}
