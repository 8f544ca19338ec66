// strftime as glibc's does it in the C locale: conversions, the flags _ - 0 ^ #, a field
// width, and the E and O modifiers (which the C locale ignores). Anything else is copied.
import { type BrokenDownTime, isLeapYear } from './calendar';
import { cWeekday } from './struct-time';

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const weekdayAbbreviation = (cDay: number): string => WEEKDAY_NAMES[cDay].slice(0, 3);
export const monthAbbreviation = (month: number): string => MONTH_NAMES[month - 1].slice(0, 3);

/** What strftime needs beyond the fields: the zone's names, and mktime for %s. */
export interface FormatContext {
  tzname: readonly [string, string];
  secondsSinceEpoch(t: BrokenDownTime): number;
}

interface Spec {
  pad: '' | '_' | '-' | '0';
  upcase: boolean;
  swapCase: boolean;
  width: number;
}

const E_MODIFIABLE = new Set('cCxXyY');
const O_MODIFIABLE = new Set('deHImMSuUVwWy');

function padded(text: string, width: number, fill: string): string {
  return text.length >= width ? text : fill.repeat(width - text.length) + text;
}

/** A number: `digits` wide with zeros (or spaces when `spaceDefault`), unless the flags say otherwise. */
function formatNumber(value: number, digits: number, spec: Spec, spaceDefault = false): string {
  const negative = value < 0;
  const body = String(Math.abs(value));
  let fill = spaceDefault ? ' ' : '0';
  if (spec.pad === '_') fill = ' ';
  else if (spec.pad === '0') fill = '0';
  let width = spec.pad === '-' ? 0 : digits;
  if (spec.width > 0) width = spec.width;
  const sign = negative ? '-' : '';
  if (spec.pad === '-' && spec.width > 0) return padded(sign + body, spec.width, ' ');
  if (fill === ' ') return padded(sign + body, width, ' ');
  return sign + padded(body, width - sign.length, '0');
}

/** A year-like number, which glibc pads only when asked. */
function formatYearish(value: number, spec: Spec): string {
  return formatNumber(value, 1, spec);
}

function formatText(text: string, spec: Spec, caseSwappable: boolean, swapLower = false): string {
  if (spec.upcase) text = text.toUpperCase();
  else if (spec.swapCase && caseSwappable) text = swapLower ? text.toLowerCase() : text.toUpperCase();
  return padded(text, spec.width, spec.pad === '0' ? '0' : ' ');
}

/** Days of the ISO week-based year before the Monday of its week 1, from yearday and weekday (0-based yday, C wday). */
function isoWeekDays(yday: number, wday: number): number {
  const bigMultipleOf7 = (Math.floor(366 / 7) + 2) * 7;
  return yday - ((yday - wday + 4 + bigMultipleOf7) % 7) + 3;
}

function isoWeek(t: BrokenDownTime): [year: number, week: number] {
  const yday = t.yearday - 1;
  const wday = cWeekday(t);
  let year = t.year;
  let days = isoWeekDays(yday, wday);
  if (days < 0) {
    year--;
    days = isoWeekDays(yday + (isLeapYear(year) ? 366 : 365), wday);
  } else {
    const next = isoWeekDays(yday - (isLeapYear(year) ? 366 : 365), wday);
    if (next >= 0) {
      year++;
      days = next;
    }
  }
  return [year, Math.floor(days / 7) + 1];
}

const floorDiv = (a: number, b: number): number => Math.floor(a / b);
const mod = (a: number, b: number): number => ((a % b) + b) % b;

function convert(letter: string, t: BrokenDownTime, spec: Spec, context: FormatContext): string | null {
  const wday = cWeekday(t);
  const hour12 = t.hour % 12 === 0 ? 12 : t.hour % 12;
  const sub = (format: string): string => formatText(strftime(format, t, context), spec, true);
  switch (letter) {
    case 'a':
      return formatText(weekdayAbbreviation(wday), spec, true);
    case 'A':
      return formatText(WEEKDAY_NAMES[wday], spec, true);
    case 'b':
    case 'h':
      return formatText(monthAbbreviation(t.month), spec, true);
    case 'B':
      return formatText(MONTH_NAMES[t.month - 1], spec, true);
    case 'c':
      return sub('%a %b %e %H:%M:%S %Y');
    case 'C':
      return formatYearish(floorDiv(t.year, 100), spec);
    case 'd':
      return formatNumber(t.day, 2, spec);
    case 'D':
    case 'x':
      return sub('%m/%d/%y');
    case 'e':
      return formatNumber(t.day, 2, spec, true);
    case 'F':
      return sub('%Y-%m-%d');
    case 'g':
      return formatNumber(mod(isoWeek(t)[0], 100), 2, spec);
    case 'G':
      return formatYearish(isoWeek(t)[0], spec);
    case 'H':
      return formatNumber(t.hour, 2, spec);
    case 'I':
      return formatNumber(hour12, 2, spec);
    case 'j':
      return formatNumber(t.yearday, 3, spec);
    case 'k':
      return formatNumber(t.hour, 2, spec, true);
    case 'l':
      return formatNumber(hour12, 2, spec, true);
    case 'm':
      return formatNumber(t.month, 2, spec);
    case 'M':
      return formatNumber(t.minute, 2, spec);
    case 'n':
      return formatText('\n', spec, false);
    case 'p':
      return formatText(t.hour >= 12 ? 'PM' : 'AM', spec, true, true);
    case 'P':
      return formatText(t.hour >= 12 ? 'pm' : 'am', { ...spec, upcase: false }, false);
    case 'r':
      return sub('%I:%M:%S %p');
    case 'R':
      return sub('%H:%M');
    case 's':
      return formatNumber(context.secondsSinceEpoch(t), 1, spec);
    case 'S':
      return formatNumber(t.second, 2, spec);
    case 't':
      return formatText('\t', spec, false);
    case 'T':
    case 'X':
      return sub('%H:%M:%S');
    case 'u':
      return formatNumber(wday === 0 ? 7 : wday, 1, spec);
    case 'U':
      return formatNumber(floorDiv(t.yearday - 1 - wday + 7, 7), 2, spec);
    case 'V':
      return formatNumber(isoWeek(t)[1], 2, spec);
    case 'w':
      return formatNumber(wday, 1, spec);
    case 'W':
      return formatNumber(floorDiv(t.yearday - 1 - ((wday + 6) % 7) + 7, 7), 2, spec);
    case 'y':
      return formatNumber(mod(t.year, 100), 2, spec);
    case 'Y':
      return formatYearish(t.year, spec);
    case 'z': {
      if (t.isdst < 0) return '';
      const offset = t.gmtoff ?? 0;
      const minutes = Math.floor(Math.abs(offset) / 60);
      const value = Math.floor(minutes / 60) * 100 + (minutes % 60);
      const sign = offset < 0 ? '-' : '+';
      return sign + formatNumber(value, 4, { ...spec, width: spec.width > 0 ? spec.width - 1 : 0 });
    }
    case 'Z': {
      const zone = t.zone ?? (t.isdst < 0 ? '' : context.tzname[t.isdst > 0 ? 1 : 0]);
      return formatText(zone, spec, true, true);
    }
    case '%':
      return formatText('%', spec, false);
    default:
      return null;
  }
}

/** Formats `t` (already checked by checkTimeFields) as C's strftime does in the C locale. */
export function strftime(format: string, t: BrokenDownTime, context: FormatContext): string {
  let out = '';
  let i = 0;
  while (i < format.length) {
    const percent = format.indexOf('%', i);
    if (percent < 0) {
      out += format.slice(i);
      break;
    }
    out += format.slice(i, percent);
    let j = percent + 1;
    const spec: Spec = { pad: '', upcase: false, swapCase: false, width: 0 };
    for (; j < format.length; j++) {
      const c = format[j];
      if (c === '_' || c === '-' || c === '0') spec.pad = c;
      else if (c === '^') spec.upcase = true;
      else if (c === '#') spec.swapCase = true;
      else break;
    }
    while (j < format.length && format[j] >= '0' && format[j] <= '9') spec.width = spec.width * 10 + Number(format[j++]);
    let modifier = '';
    if (format[j] === 'E' || format[j] === 'O') modifier = format[j++];
    if (j >= format.length) {
      // A conversion cut off by the end of the format is copied as it stands.
      out += padded(format.slice(percent), spec.width, ' ');
      break;
    }
    const letter = format[j];
    const allowed = modifier === '' || (modifier === 'E' ? E_MODIFIABLE : O_MODIFIABLE).has(letter) || letter === 'z';
    const converted = allowed ? convert(letter, t, spec, context) : null;
    out += converted ?? padded(format.slice(percent, j + 1), spec.width, ' ');
    i = j + 1;
  }
  return out;
}
