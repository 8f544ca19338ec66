// float.__format__ with a non-empty spec (Python/formatter_unicode.c, format_float_internal):
// types e E f F g G n % and the default, which is repr's layout without a precision and 'g'
// with at least one digit after the point with one.
import { valueError } from '../exceptions';
import { doubleToString, DTSF_ADD_DOT_0, DTSF_ALT, DTSF_NO_NEG_0 } from './double-to-string';
import { layoutNumber, splitNumber } from './number-layout';
import { parseFormatSpec, unknownCode, type FormatSpec } from './spec';

const INT_MAX = 2 ** 31 - 1;

/** format(x, spec) for a float (of the type named `typeName`), spec not empty. */
export function formatFloat(x: number, spec: string, typeName: string): string {
  const f = parseFormatSpec(spec, typeName, '', '>');
  switch (f.type) {
    case '':
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case 'n':
    case '%':
      return formatFloatSpec(x, f);
    default:
      throw unknownCode(f.type, typeName);
  }
}

/** The double-to-string code, precision and flags a spec asks for, after format_float_internal. */
export function floatConversion(f: FormatSpec, complex: boolean): { code: string; precision: number; flags: number } {
  if (f.precision > INT_MAX) throw valueError('precision too big');
  let flags = 0;
  if (f.alternate) flags |= DTSF_ALT;
  if (f.noNegZero) flags |= DTSF_NO_NEG_0;
  let code = f.type;
  let defaultPrecision = 6;
  if (code === '') {
    if (!complex) flags |= DTSF_ADD_DOT_0;
    code = 'r';
    defaultPrecision = 0;
  } else if (code === 'n') code = 'g';
  let precision = f.precision;
  if (precision < 0) precision = defaultPrecision;
  else if (code === 'r') code = 'g';
  return { code, precision, flags };
}

/** format_float_internal: x laid out by an already parsed spec. */
export function formatFloatSpec(x: number, f: FormatSpec): string {
  let { code, precision, flags } = floatConversion(f, false);
  let percent = false;
  if (code === '%') {
    code = 'f';
    x *= 100;
    percent = true;
  }
  let text = doubleToString(x, code, precision, flags);
  if (percent) text += '%';
  const negative = text.charCodeAt(0) === 0x2d;
  return layoutNumber(splitNumber(negative, negative ? text.slice(1) : text), f);
}
