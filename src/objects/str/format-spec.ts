// format(s, spec) for a str: the standard format-spec grammar
// [[fill]align][sign][z][#][0][width][grouping][.precision][type] and the rules for strings
// (only type 's', no sign, no '#', no '='). Kept here until src/objects/format/ exports its
// `formatStr`, which owns the mini-language for every type.
import { valueError } from '../exceptions';
import { decimalValue } from './unicode';
import { codePoints, cpSlice, strLength } from './codepoints';

export interface FormatSpec {
  fill: string;
  fillSpecified: boolean;
  align: string;
  alignSpecified: boolean;
  sign: string;
  noNegZero: boolean;
  alternate: boolean;
  width: number;
  grouping: string;
  precision: number;
  type: string;
}

function isAlign(c: number | undefined): boolean {
  return c === 0x3c || c === 0x3e || c === 0x3d || c === 0x5e;
}

/** Parses a spec over its code points; `typeName` is for the "Invalid format specifier" message. */
export function parseFormatSpec(spec: string, defaultType: string, defaultAlign: string, typeName: string): FormatSpec {
  const cps = codePoints(spec);
  const end = cps.length;
  const f: FormatSpec = {
    fill: ' ',
    fillSpecified: false,
    align: defaultAlign,
    alignSpecified: false,
    sign: '',
    noNegZero: false,
    alternate: false,
    width: -1,
    grouping: '',
    precision: -1,
    type: defaultType,
  };
  let pos = 0;
  if (end - pos >= 2 && isAlign(cps[pos + 1])) {
    f.fill = String.fromCodePoint(cps[pos]);
    f.align = String.fromCharCode(cps[pos + 1]);
    f.fillSpecified = f.alignSpecified = true;
    pos += 2;
  } else if (end - pos >= 1 && isAlign(cps[pos])) {
    f.align = String.fromCharCode(cps[pos]);
    f.alignSpecified = true;
    pos++;
  }
  if (pos < end && (cps[pos] === 0x2b || cps[pos] === 0x2d || cps[pos] === 0x20)) f.sign = String.fromCharCode(cps[pos++]);
  if (pos < end && cps[pos] === 0x7a) {
    f.noNegZero = true;
    pos++;
  }
  if (pos < end && cps[pos] === 0x23) {
    f.alternate = true;
    pos++;
  }
  if (!f.fillSpecified && pos < end && cps[pos] === 0x30) {
    f.fill = '0';
    if (!f.alignSpecified && defaultAlign === '>') f.align = '=';
    pos++;
  }
  const readInt = (): number => {
    let n = 0;
    let k = 0;
    while (pos < end) {
      const d = decimalValue(cps[pos]);
      if (d < 0) break;
      if (n > (Number.MAX_SAFE_INTEGER - d) / 10) throw valueError('Too many decimal digits in format string');
      n = n * 10 + d;
      pos++;
      k++;
    }
    return k === 0 ? -1 : n;
  };
  f.width = readInt();
  if (pos < end && cps[pos] === 0x2c) {
    f.grouping = ',';
    pos++;
  }
  if (pos < end && cps[pos] === 0x5f) {
    if (f.grouping !== '') throw valueError("Cannot specify both ',' and '_'.");
    f.grouping = '_';
    pos++;
  }
  if (pos < end && cps[pos] === 0x2c && f.grouping === '_') throw valueError("Cannot specify both ',' and '_'.");
  if (pos < end && cps[pos] === 0x2e) {
    pos++;
    f.precision = readInt();
    if (f.precision < 0) throw valueError('Format specifier missing precision');
  }
  if (end - pos > 1) throw valueError(`Invalid format specifier '${spec}' for object of type '${typeName}'`);
  if (end - pos === 1) f.type = String.fromCodePoint(cps[pos]);
  if (f.grouping !== '') {
    const t = f.type;
    const ok = 'defgEGF%'.includes(t) || t === '' || (f.grouping === '_' && 'boxX'.includes(t));
    if (!ok) throw valueError(`Cannot specify '${f.grouping}' with '${t}'.`);
  }
  return f;
}

/** Pads `body` (already converted) to the spec's width with its fill and alignment. */
export function pad(body: string, f: FormatSpec, defaultAlign: string): string {
  const len = strLength(body);
  if (f.width <= len) return body;
  const total = f.width - len;
  const align = f.alignSpecified ? f.align : defaultAlign;
  let left = 0;
  if (align === '>') left = total;
  else if (align === '^') left = Math.floor(total / 2);
  return f.fill.repeat(left) + body + f.fill.repeat(total - left);
}

/** format(s, spec) for a str value. */
export function formatStrSpec(s: string, spec: string, typeName = 'str'): string {
  if (spec === '') return s;
  const f = parseFormatSpec(spec, 's', '<', typeName);
  if (f.type !== 's') {
    const t = f.type;
    const shown = t.codePointAt(0)! > 32 && t.codePointAt(0)! < 128 ? `'${t}'` : `'\\x${t.codePointAt(0)!.toString(16)}'`;
    throw valueError(`Unknown format code ${shown} for object of type '${typeName}'`);
  }
  if (f.sign === ' ') throw valueError('Space not allowed in string format specifier');
  if (f.sign !== '') throw valueError('Sign not allowed in string format specifier');
  if (f.noNegZero) throw valueError('Negative zero coercion (z) not allowed in string format specifier');
  if (f.alternate) throw valueError('Alternate form (#) not allowed in string format specifier');
  if (f.align === '=') throw valueError("'=' alignment not allowed in string format specifier");
  let body = s;
  if (f.precision >= 0 && strLength(s) > f.precision) body = cpSlice(s, 0, f.precision);
  return pad(body, f, '<');
}
