// time.strptime in the C locale, as CPython's Lib/_strptime.py does it: the format becomes a
// regular expression (one group per directive, matched without regard to case), and the
// groups become a struct tm, with the missing fields filled in from the calendar.
import type { PyValue } from '../../objects/object';
import { typeError, valueError } from '../../objects/exceptions';
import { repr } from '../../objects/ops/repr';
import { typeOf } from '../../objects/ops/typeof';
import { runtimeWarn } from '../../objects/runtime-warning';
import { type BrokenDownTime, civilFromDays, daysFromCivil, isLeapYear } from './calendar';

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const escapeRegex = (text: string): string => text.replace(/[\\.^$*+?(){}[\]|/]/g, '\\$&');

function alternatives(values: Iterable<string>, group: string): string {
  const sorted = [...values].sort((a, b) => b.length - a.length);
  if (sorted.every((v) => v === '')) return '';
  return `(?<${group}>${sorted.map(escapeRegex).join('|')})`;
}

function directivePatterns(tzname: readonly [string, string], daylight: boolean): Map<string, string> {
  const noSaving = new Set(['utc', 'gmt', tzname[0].toLowerCase()]);
  const saving = daylight ? [tzname[1].toLowerCase()] : [];
  const patterns = new Map<string, string>([
    ['d', '(?<d>3[0-1]|[1-2]\\d|0[1-9]|[1-9]| [1-9])'],
    ['f', '(?<f>[0-9]{1,6})'],
    ['H', '(?<H>2[0-3]|[0-1]\\d|\\d)'],
    ['I', '(?<I>1[0-2]|0[1-9]|[1-9])'],
    ['G', '(?<G>\\d\\d\\d\\d)'],
    ['j', '(?<j>36[0-6]|3[0-5]\\d|[1-2]\\d\\d|0[1-9]\\d|00[1-9]|[1-9]\\d|0[1-9]|[1-9])'],
    ['m', '(?<m>1[0-2]|0[1-9]|[1-9])'],
    ['M', '(?<M>[0-5]\\d|\\d)'],
    ['S', '(?<S>6[0-1]|[0-5]\\d|\\d)'],
    ['U', '(?<U>5[0-3]|[0-4]\\d|\\d)'],
    ['W', '(?<W>5[0-3]|[0-4]\\d|\\d)'],
    ['w', '(?<w>[0-6])'],
    ['u', '(?<u>[1-7])'],
    ['V', '(?<V>5[0-3]|0[1-9]|[1-4]\\d|\\d)'],
    ['y', '(?<y>\\d\\d)'],
    ['Y', '(?<Y>\\d\\d\\d\\d)'],
    // CPython matches the "Z" case-sensitively; a lowercase "z" is refused after matching.
    ['z', '(?<z>[+-]\\d\\d:?[0-5]\\d(:?[0-5]\\d(\\.\\d{1,6})?)?|Z)'],
    ['A', alternatives(WEEKDAYS, 'A')],
    ['a', alternatives(WEEKDAYS.map((d) => d.slice(0, 3)), 'a')],
    ['B', alternatives(MONTHS, 'B')],
    ['b', alternatives(MONTHS.map((m) => m.slice(0, 3)), 'b')],
    ['p', alternatives(['am', 'pm'], 'p')],
    ['Z', alternatives([...noSaving, ...saving], 'Z')],
    ['%', '%'],
  ]);
  return patterns;
}

function badDirective(directive: string, format: string): never {
  throw valueError(`'${directive}' is a bad directive in format '${format}'`);
}

/** The regular expression for a format (TimeRE.pattern): literal text escaped, whitespace runs as \s+. */
function formatPattern(format: string, patterns: Map<string, string>, original: string): string {
  let out = '';
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c === '%') {
      if (i + 1 >= format.length) throw valueError(`stray % in format '${original}'`);
      const directive = format[++i];
      if (/\s/.test(directive) || /[\\.^$*+?(){}[\]|]/.test(directive)) badDirective('%', original);
      const expanded = directive === 'c' ? formatPattern('%a %b %d %H:%M:%S %Y', patterns, original)
        : directive === 'x' ? formatPattern('%m/%d/%y', patterns, original)
        : directive === 'X' ? formatPattern('%H:%M:%S', patterns, original)
        : patterns.get(directive);
      if (expanded === undefined) badDirective(directive, original);
      out += expanded;
    } else if (/\s/.test(c)) {
      while (i + 1 < format.length && /\s/.test(format[i + 1])) i++;
      out += '\\s+';
    } else out += escapeRegex(c);
  }
  return out;
}

/** A date's proleptic Gregorian ordinal (date.toordinal), checking the ranges datetime.date checks. */
function ordinal(year: number, month: number, day: number): number {
  if (year < 1 || year > 9999) throw valueError(`year ${year} is out of range`);
  if (month < 1 || month > 12) throw valueError('month must be in 1..12');
  const monthLength = [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  if (day < 1 || day > monthLength) throw valueError('day is out of range for month');
  return daysFromCivil(year, month, day) + 719163;
}

function fromOrdinal(n: number): [number, number, number] {
  if (n < 1) throw valueError('ordinal must be >= 1');
  const date = civilFromDays(n - 719163);
  if (date[0] > 9999) throw valueError(`year ${date[0]} is out of range`);
  return date;
}

/** date.fromisocalendar's date: the Monday of week 1 is the one of the week holding January 4. */
function fromIsoCalendar(year: number, week: number, day: number): [number, number, number] {
  if (year < 1 || year > 9999) throw valueError(`Year is out of range: ${year}`);
  const jan4 = ordinal(year, 1, 4);
  const week1Monday = jan4 - ((jan4 + 6) % 7);
  if (week <= 0 || week >= 53) {
    // A year has a week 53 when it starts on a Thursday, or on a Wednesday in a leap year.
    const jan1Weekday = (ordinal(year, 1, 1) + 6) % 7;
    const longYear = week === 53 && (jan1Weekday === 3 || (jan1Weekday === 2 && isLeapYear(year)));
    if (!longYear) throw valueError(`Invalid week: ${week}`);
  }
  if (day <= 0 || day > 7) throw valueError(`Invalid weekday: ${day} (range is [1, 7])`);
  return fromOrdinal(week1Monday + (week - 1) * 7 + (day - 1));
}

function julianFromWeek(year: number, week: number, weekday: number, weekStartsMonday: boolean): number {
  let firstWeekday = (ordinal(year, 1, 1) + 6) % 7;
  if (!weekStartsMonday) {
    firstWeekday = (firstWeekday + 1) % 7;
    weekday = (weekday + 1) % 7;
  }
  if (week === 0) return 1 + weekday - firstWeekday;
  return 1 + ((7 - firstWeekday) % 7) + 7 * (week - 1) + weekday;
}

export function strptime(data: PyValue, format: PyValue, tzname: readonly [string, string], daylight = false): BrokenDownTime {
  [data, format].forEach((arg, index) => {
    if (typeof arg !== 'string') throw typeError(`strptime() argument ${index} must be str, not <class '${typeOf(arg).name}'>`);
  });
  const text = data as string;
  const fmt = format as string;
  const regex = new RegExp(formatPattern(fmt, directivePatterns(tzname, daylight), fmt), 'iy');
  warnIfDayWithoutYear(fmt);
  const found = regex.exec(text);
  if (found === null || found.groups?.z === 'z') throw valueError(`time data ${repr(text)} does not match format ${repr(fmt)}`);
  if (found[0].length !== text.length) throw valueError(`unconverted data remains: ${text.slice(found[0].length)}`);
  const g = found.groups ?? {};
  const has = (key: string): boolean => g[key] !== undefined;

  let year: number | null = null;
  let isoYear: number | null = null;
  let month = 1;
  let day = 1;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let isdst = -1;
  let gmtoff: number | null = null;
  let isoWeek: number | null = null;
  let weekOfYear: number | null = null;
  let weekStartsMonday = false;
  let weekday: number | null = null;
  let julian: number | null = null;

  if (has('y')) {
    year = Number(g.y);
    year += year <= 68 ? 2000 : 1900;
  }
  if (has('Y')) year = Number(g.Y);
  if (has('G')) isoYear = Number(g.G);
  if (has('m')) month = Number(g.m);
  if (has('B')) month = MONTHS.indexOf(g.B.toLowerCase()) + 1;
  if (has('b')) month = MONTHS.findIndex((m) => m.slice(0, 3) === g.b.toLowerCase()) + 1;
  if (has('d')) day = Number(g.d);
  if (has('H')) hour = Number(g.H);
  if (has('I')) {
    hour = Number(g.I);
    const ampm = (g.p ?? '').toLowerCase();
    if (ampm === '' || ampm === 'am') {
      if (hour === 12) hour = 0;
    } else if (hour !== 12) hour += 12;
  }
  if (has('M')) minute = Number(g.M);
  if (has('S')) second = Number(g.S);
  if (has('A')) weekday = WEEKDAYS.indexOf(g.A.toLowerCase());
  if (has('a')) weekday = WEEKDAYS.findIndex((d) => d.slice(0, 3) === g.a.toLowerCase());
  if (has('w')) weekday = (Number(g.w) + 6) % 7;
  if (has('u')) weekday = Number(g.u) - 1;
  if (has('j')) julian = Number(g.j);
  if (has('U') || has('W')) {
    weekOfYear = Number(g.U ?? g.W);
    weekStartsMonday = has('W');
  }
  if (has('V')) isoWeek = Number(g.V);
  if (has('z')) gmtoff = zoneOffset(g.z);
  if (has('Z')) {
    const zone = g.Z.toLowerCase();
    const ambiguous = tzname[0] === tzname[1] && daylight && zone !== 'utc' && zone !== 'gmt';
    if (!ambiguous) {
      if (zone === 'utc' || zone === 'gmt' || zone === tzname[0].toLowerCase()) isdst = 0;
      else if (daylight && zone === tzname[1].toLowerCase()) isdst = 1;
    }
  }

  if (isoYear !== null) {
    if (julian !== null) {
      throw valueError("Day of the year directive '%j' is not compatible with ISO year directive '%G'. Use '%Y' instead.");
    }
    if (isoWeek === null || weekday === null) {
      throw valueError("ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday directive ('%A', '%a', '%w', or '%u').");
    }
  } else if (isoWeek !== null) {
    if (year === null || weekday === null) {
      throw valueError("ISO week directive '%V' must be used with the ISO year directive '%G' and a weekday directive ('%A', '%a', '%w', or '%u').");
    }
    throw valueError("ISO week directive '%V' is incompatible with the year directive '%Y'. Use the ISO year '%G' instead.");
  }

  let leapYearFix = false;
  if (year === null) {
    // Without a year, February 29 needs a leap year to be valid; 1900 is reported in the end.
    leapYearFix = month === 2 && day === 29;
    year = leapYearFix ? 1904 : 1900;
  }
  if (julian === null && weekday !== null) {
    if (weekOfYear !== null) julian = julianFromWeek(year, weekOfYear, weekday, weekStartsMonday);
    else if (isoYear !== null && isoWeek !== null) [year, month, day] = fromIsoCalendar(isoYear, isoWeek, weekday + 1);
    if (julian !== null && julian <= 0) {
      year -= 1;
      julian += isLeapYear(year) ? 366 : 365;
    }
  }
  if (julian === null) julian = ordinal(year, month, day) - ordinal(year, 1, 1) + 1;
  else [year, month, day] = fromOrdinal(julian - 1 + ordinal(year, 1, 1));
  if (weekday === null) weekday = (ordinal(year, month, day) + 6) % 7;
  if (leapYearFix) year = 1900;
  return { year, month, day, hour, minute, second, weekday, yearday: julian, isdst, zone: g.Z ?? null, gmtoff };
}

/** CPython 3.13 deprecates parsing a day of the month without a year (gh-70647). */
function warnIfDayWithoutYear(format: string): void {
  const directives = [...format.matchAll(/%(.)/gs)].map((m) => m[1]);
  if (directives.includes('d') && !directives.some((d) => d === 'Y' || d === 'y' || d === 'G')) {
    runtimeWarn(
      'DeprecationWarning',
      'Parsing dates involving a day of month without a year specified is ambiguious\n' +
        'and fails to parse leap day. The default behavior will change in Python 3.15\n' +
        'to either always raise an exception or to use a different default year (TBD).\n' +
        'To avoid trouble, add a specific year to the input & format.\n' +
        'See https://github.com/python/cpython/issues/70647.',
    );
  }
}

/** %z's offset in seconds: "Z", or ±HH[:]MM[[:]SS[.ffffff]]. */
function zoneOffset(z: string): number {
  if (z === 'Z') return 0;
  let digits = z;
  if (digits[3] === ':') {
    digits = digits.slice(0, 3) + digits.slice(4);
    if (digits.length > 5) {
      if (digits[5] !== ':') throw valueError(`Inconsistent use of : in ${z}`);
      digits = digits.slice(0, 5) + digits.slice(6);
    }
  }
  const seconds = Number(digits.slice(1, 3)) * 3600 + Number(digits.slice(3, 5)) * 60 + Number(digits.slice(5, 7) || '0');
  return digits.startsWith('-') ? -seconds : seconds;
}
