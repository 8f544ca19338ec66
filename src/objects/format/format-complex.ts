// complex.__format__ with a non-empty spec (Python/formatter_unicode.c, format_complex_internal):
// both parts formatted as floats, the imaginary one always signed unless the real part is left
// out; the default type writes like str() (parentheses, no real part when it is +0).
import { valueError } from '../exceptions';
import { doubleToString } from './double-to-string';
import { layoutNumber, padding, splitNumber } from './number-layout';
import { parseFormatSpec, unknownCode, type FormatSpec } from './spec';
import { floatConversion } from './format-float';

/** format(z, spec) for a complex (of the type named `typeName`), spec not empty. */
export function formatComplex(re: number, im: number, spec: string, typeName: string): string {
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
      break;
    default:
      throw unknownCode(f.type, typeName);
  }
  if (f.fill === '0') throw valueError('Zero padding is not allowed in complex format specifier');
  if (f.align === '=') throw valueError("'=' alignment flag is not allowed in complex format specifier");
  const { code, precision, flags } = floatConversion(f, true);
  let skipReal = false;
  let parens = false;
  if (f.type === '') {
    if (re === 0 && 1 / re > 0) skipReal = true;
    else parens = true;
  }
  // The parts are laid out without padding; the whole is padded afterwards.
  const bare: FormatSpec = { ...f, fill: ' ', align: '<', width: -1 };
  const reText = doubleToString(re, code, precision, flags);
  const imText = doubleToString(im, code, precision, flags);
  const part = (text: string, spec: FormatSpec): string => {
    const negative = text.charCodeAt(0) === 0x2d;
    return layoutNumber(splitNumber(negative, negative ? text.slice(1) : text), spec);
  };
  const realPart = skipReal ? '' : part(reText, bare);
  const imagPart = part(imText, skipReal ? bare : { ...bare, sign: '+' });
  const body = (parens ? '(' : '') + realPart + imagPart + 'j' + (parens ? ')' : '');
  const [left, right] = padding(body.length, f.width, f.align);
  return f.fill.repeat(left) + body + f.fill.repeat(right);
}
