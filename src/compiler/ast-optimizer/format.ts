// optimize_format (Python/ast_opt.c): `'…%s…%r…%a…' % (x, y, z)` with a literal format and a
// tuple display becomes an f-string, `f'…{x!s}…{y!r}…{z!a}…'`, when every conversion is %s, %r or
// %a with at most a two-digit width and precision, and the format uses exactly the tuple's items.
// The literal pieces and format specs it makes have no position (-1 everywhere).
import * as ast from '../../generated/ast';
import { codePoints, fromCodePoints } from './strings';
import type { PyStr } from './values';

/** MAXDIGITS: a width or precision of this many digits is not converted. */
const MAX_DIGITS = 3;

const PERCENT = 0x25;

function unplacedConstant(value: PyStr): ast.Constant {
  return new ast.Constant(value, null, -1, -1, -1, -1);
}

/**
 * parse_literal: the text from pos to the next lone '%' (or the end), with each '%%' made '%';
 * null when it is empty. Returns the position after it.
 */
function parseLiteral(fmt: readonly number[], pos: number): { lit: ast.Constant | null; pos: number } {
  const start = pos;
  let percents = false;
  while (pos < fmt.length) {
    if (fmt[pos] !== PERCENT) pos++;
    else if (pos + 1 < fmt.length && fmt[pos + 1] === PERCENT) {
      percents = true;
      pos += 2;
    } else break;
  }
  if (pos === start) return { lit: null, pos };
  let text = fmt.slice(start, pos);
  if (percents) {
    const out: number[] = [];
    for (let i = 0; i < text.length; i++) {
      out.push(text[i]);
      if (text[i] === PERCENT && text[i + 1] === PERCENT) i++;
    }
    text = out;
  }
  return { lit: unplacedConstant(fromCodePoints(text)), pos };
}

interface FormatUnit {
  readonly spec: number;
  /** Whether the '-' flag was given (the other flags are read and ignored). */
  readonly leftJustify: boolean;
  readonly width: number;
  readonly prec: number;
  readonly pos: number;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/**
 * simple_format_arg_parse: flags, a width and a precision of at most two digits each, and the
 * conversion character, starting after the '%'. Null when the text ends first or a number is
 * too long.
 */
function parseFormatUnit(fmt: readonly number[], pos: number): FormatUnit | null {
  let ch = 0;
  const next = (): boolean => {
    if (pos >= fmt.length) return false;
    ch = fmt[pos++];
    return true;
  };
  let leftJustify = false;
  for (;;) {
    if (!next()) return null;
    if (ch === 0x2d) leftJustify = true; // '-'
    else if (ch !== 0x2b && ch !== 0x20 && ch !== 0x23 && ch !== 0x30) break; // '+', ' ', '#', '0'
  }
  let width = -1;
  let prec = -1;
  if (isDigit(ch)) {
    width = 0;
    let digits = 0;
    while (isDigit(ch)) {
      width = width * 10 + (ch - 0x30);
      if (!next()) return null;
      if (++digits >= MAX_DIGITS) return null;
    }
  }
  if (ch === 0x2e) {
    // '.'
    if (!next()) return null;
    prec = 0;
    if (isDigit(ch)) {
      let digits = 0;
      while (isDigit(ch)) {
        prec = prec * 10 + (ch - 0x30);
        if (!next()) return null;
        if (++digits >= MAX_DIGITS) return null;
      }
    }
  }
  return { spec: ch, leftJustify, width, prec, pos };
}

/**
 * parse_format: a %s, %r or %a unit as a FormattedValue of the argument (with the argument's
 * position) converted by !s, !r or !a, its width right-aligned unless '-' was given; null for
 * any other conversion.
 */
function formattedValue(unit: FormatUnit, arg: ast.expr): ast.FormattedValue | null {
  const spec = unit.spec;
  if (spec !== 0x73 && spec !== 0x72 && spec !== 0x61) return null; // 's', 'r', 'a'
  let text = '';
  if (!unit.leftJustify && unit.width > 0) text += '>';
  if (unit.width >= 0) text += String(unit.width);
  if (unit.prec >= 0) text += '.' + String(unit.prec);
  const formatSpec = text === '' ? null : unplacedConstant(text);
  return new ast.FormattedValue(arg, spec, formatSpec, arg.lineno, arg.col_offset, arg.end_lineno, arg.end_col_offset);
}

/**
 * optimize_format for `node` = `fmt % (elts…)`: the JoinedStr that replaces it (with the node's
 * position), or the node itself when the format does not qualify.
 */
export function optimizeFormat(node: ast.BinOp, fmtValue: PyStr, elts: readonly ast.expr[]): ast.expr {
  const fmt = codePoints(fmtValue);
  const values: ast.expr[] = [];
  let pos = 0;
  let count = 0;
  for (;;) {
    const literal = parseLiteral(fmt, pos);
    pos = literal.pos;
    if (literal.lit !== null) values.push(literal.lit);
    if (pos >= fmt.length) break;
    if (count >= elts.length) return node; // more format units than items
    const unit = parseFormatUnit(fmt, pos + 1); // after the '%'
    if (unit === null) return node;
    const value = formattedValue(unit, elts[count]);
    count++;
    if (value === null) return node;
    pos = unit.pos;
    values.push(value);
  }
  if (count < elts.length) return node; // more items than format units
  return new ast.JoinedStr(values, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset);
}
