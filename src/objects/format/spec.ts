// The standard format specifier, [[fill]align][sign][z][#][0][width][grouping][.precision][type]
// (Python/formatter_unicode.c, parse_internal_render_format_spec), with CPython's errors.
import { valueError } from '../exceptions';
import { decimalValue } from '../numeric-text';

export interface FormatSpec {
  /** One code point; ' ' unless given. */
  fill: string;
  /** '<', '>', '^' or '='; the type's default when not given. */
  align: string;
  alignGiven: boolean;
  /** '+', '-', ' ', or '' when not given. */
  sign: string;
  /** 'z': negative zero written as zero. */
  noNegZero: boolean;
  /** '#'. */
  alternate: boolean;
  /** -1 when not given. */
  width: number;
  /** ',' or '_' between groups of digits (of four for b, o, x, X), or ''. */
  grouping: '' | ',' | '_';
  /** -1 when not given. */
  precision: number;
  /** The presentation type: one code point, or the type's default when not given. */
  type: string;
}

/** A format code as messages show it: the character when printable ASCII, else '\x..'. */
export function showCode(code: string): string {
  const cp = code.codePointAt(0)!;
  return cp > 32 && cp < 128 ? code : '\\x' + cp.toString(16);
}

/** "Unknown format code 'q' for object of type 'int'". */
export function unknownCode(type: string, typeName: string): unknown {
  return valueError(`Unknown format code '${showCode(type)}' for object of type '${typeName}'`);
}

/** Py_ssize_t's largest value: a width or precision past it has too many digits. */
const SSIZE_MAX = 2n ** 63n - 1n;

function isAlign(c: string | undefined): boolean {
  return c === '<' || c === '>' || c === '=' || c === '^';
}

/**
 * Parses `spec` for a value of type `typeName` (named in the errors) whose presentation type
 * and alignment default to `defaultType` and `defaultAlign`.
 */
export function parseFormatSpec(spec: string, typeName: string, defaultType: string, defaultAlign: string): FormatSpec {
  const cps = Array.from(spec);
  const n = cps.length;
  let pos = 0;
  const out: FormatSpec = {
    fill: ' ',
    align: defaultAlign,
    alignGiven: false,
    sign: '',
    noNegZero: false,
    alternate: false,
    width: -1,
    grouping: '',
    precision: -1,
    type: defaultType,
  };
  let fillGiven = false;
  if (n >= 2 && isAlign(cps[1])) {
    out.align = cps[1];
    out.fill = cps[0];
    fillGiven = true;
    out.alignGiven = true;
    pos = 2;
  } else if (n >= 1 && isAlign(cps[0])) {
    out.align = cps[0];
    out.alignGiven = true;
    pos = 1;
  }
  if (cps[pos] === '+' || cps[pos] === '-' || cps[pos] === ' ') out.sign = cps[pos++];
  if (cps[pos] === 'z') {
    out.noNegZero = true;
    pos++;
  }
  if (cps[pos] === '#') {
    out.alternate = true;
    pos++;
  }
  if (!fillGiven && cps[pos] === '0') {
    out.fill = '0';
    if (!out.alignGiven && defaultAlign === '>') out.align = '=';
    pos++;
  }
  const width = readInteger(cps, pos);
  pos = width.end;
  if (width.value >= 0) out.width = width.value;
  if (cps[pos] === ',') {
    out.grouping = ',';
    pos++;
  }
  if (cps[pos] === '_') {
    if (out.grouping !== '') throw valueError("Cannot specify both ',' and '_'.");
    out.grouping = '_';
    pos++;
  }
  if (cps[pos] === ',' && out.grouping === '_') throw valueError("Cannot specify both ',' and '_'.");
  if (cps[pos] === '.') {
    const precision = readInteger(cps, pos + 1);
    if (precision.value < 0) throw valueError('Format specifier missing precision');
    out.precision = precision.value;
    pos = precision.end;
  }
  if (n - pos > 1) throw valueError(`Invalid format specifier '${spec}' for object of type '${typeName}'`);
  // CPython keeps "no type" as the code NUL, so an explicit NUL means "no type" to the types
  // whose default is none (float, complex) and is an unknown code to the others.
  if (n - pos === 1) out.type = cps[pos] === '\0' && defaultType === '' ? '' : cps[pos];
  if (out.grouping !== '' && !groupingAllowed(out.grouping, out.type)) {
    throw valueError(`Cannot specify '${out.grouping}' with '${showCode(out.type)}'.`);
  }
  return out;
}

/** PEP 378 allows ',' and '_' with d e f g E G % F and the default; PEP 515 '_' with b o x X. */
function groupingAllowed(grouping: string, type: string): boolean {
  switch (type) {
    case 'd':
    case 'e':
    case 'f':
    case 'g':
    case 'E':
    case 'G':
    case '%':
    case 'F':
    case '':
    case '\0':
      return true;
    case 'b':
    case 'o':
    case 'x':
    case 'X':
      return grouping === '_';
    default:
      return false;
  }
}

/** get_integer: decimal digits from `pos` (-1 when there are none), and where they end. */
function readInteger(cps: string[], pos: number): { value: number; end: number } {
  let text = '';
  for (; pos < cps.length; pos++) {
    const d = decimalValue(cps[pos].codePointAt(0)!);
    if (d < 0) break;
    text += d;
  }
  if (text === '') return { value: -1, end: pos };
  if (text.length > 18 && BigInt(text) > SSIZE_MAX) throw valueError('Too many decimal digits in format string');
  return { value: Number(text), end: pos };
}
