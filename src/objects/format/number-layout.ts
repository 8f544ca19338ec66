// How a formatted number is laid out (Python/formatter_unicode.c, calc_number_widths and
// fill_number; the digit grouping of _PyUnicode_InsertThousandsGrouping):
//   <lpadding> <sign> <prefix> <spadding> <grouped digits> <decimal point> <remainder> <rpadding>
// where '0' padding with '=' alignment becomes leading zeros inside the grouped digits.
import { strLength } from '../str-length';
import type { FormatSpec } from './spec';

/** A number written without sign and padding, cut where the layout needs it. */
export interface NumberText {
  /** The number is negative (its '-' is written by the layout). */
  negative: boolean;
  /** '0x', '0o', '0b' or ''. */
  prefix: string;
  /** The digits before the point or exponent: the ones that are grouped. */
  digits: string;
  /** Whether a decimal point follows the digits. */
  point: boolean;
  /** Whatever follows: fraction, exponent, '%', or the whole text of inf, nan and %c. */
  remainder: string;
}

/** Splits a number written by doubleToString (no sign) into its digits, point and remainder. */
export function splitNumber(negative: boolean, text: string): NumberText {
  let i = 0;
  while (i < text.length && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) i++;
  const point = text[i] === '.';
  return { negative, prefix: '', digits: text.slice(0, i), point, remainder: text.slice(point ? i + 1 : i) };
}

/**
 * The digits with a separator between groups of `size` (0: no grouping), first padded with
 * zeros to at least `minWidth` characters counting the separators.
 */
export function groupDigits(digits: string, minWidth: number, separator: string, size: number): string {
  let remaining = digits.length;
  if (size === 0) {
    const len = Math.max(remaining, minWidth, 1);
    return '0'.repeat(Math.max(0, len - remaining)) + digits;
  }
  let out = '';
  let first = true;
  for (;;) {
    const len = Math.min(size, Math.max(remaining, minWidth, 1));
    const zeros = Math.max(0, len - remaining);
    const chars = Math.max(0, Math.min(remaining, len));
    out = '0'.repeat(zeros) + digits.slice(remaining - chars, remaining) + (first ? '' : separator) + out;
    first = false;
    remaining -= chars;
    minWidth -= len;
    if (remaining <= 0 && minWidth <= 0) return out;
    minWidth -= separator.length;
  }
}

/** The grouping a spec asks for: [separator, group size]; type 'n' uses the C locale's (none). */
export function groupingOf(spec: FormatSpec): [string, number] {
  if (spec.type === 'n' || spec.grouping === '') return ['', 0];
  if (spec.grouping === ',') return [',', 3];
  const four = spec.type === 'b' || spec.type === 'o' || spec.type === 'x' || spec.type === 'X';
  return ['_', four ? 4 : 3];
}

/** The sign calc_number_widths writes for a spec's sign option. */
export function signOf(negative: boolean, sign: string): string {
  if (negative) return '-';
  return sign === '+' ? '+' : sign === ' ' ? ' ' : '';
}

/**
 * calc_number_widths + fill_number: the number padded to the spec's width by its fill and
 * alignment. `upper` upper-cases the prefix and digits (type 'X').
 */
export function layoutNumber(n: NumberText, spec: FormatSpec, upper = false): string {
  const sign = signOf(n.negative, spec.sign);
  const [separator, size] = groupingOf(spec);
  // Widths count code points: the remainder may be an astral character (format type 'c').
  const fixed = sign.length + n.prefix.length + (n.point ? 1 : 0) + strLength(n.remainder);
  const minWidth = spec.fill === '0' && spec.align === '=' ? spec.width - fixed : 0;
  let grouped = n.digits.length === 0 ? '' : groupDigits(n.digits, minWidth, separator, size);
  let prefix = n.prefix;
  if (upper) {
    grouped = grouped.toUpperCase();
    prefix = prefix.toUpperCase();
  }
  const body = grouped + (n.point ? '.' : '') + n.remainder;
  const padding = spec.width - (fixed + grouped.length);
  if (padding <= 0) return sign + prefix + body;
  const fill = (k: number): string => spec.fill.repeat(k);
  switch (spec.align) {
    case '<':
      return sign + prefix + body + fill(padding);
    case '^': {
      const left = padding >> 1;
      return fill(left) + sign + prefix + body + fill(padding - left);
    }
    case '=':
      return sign + prefix + fill(padding) + body;
    default:
      return fill(padding) + sign + prefix + body;
  }
}

/** calc_padding for text of `length` code points: [left, right] padding. */
export function padding(length: number, width: number, align: string): [number, number] {
  const total = width > length ? width : length;
  const extra = total - length;
  const left = align === '>' ? extra : align === '^' ? extra >> 1 : 0;
  return [left, extra - left];
}
