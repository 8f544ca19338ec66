// Proleptic Gregorian calendar arithmetic on plain numbers, for any time_t: the broken-down
// time (C's struct tm, with Python's field conventions) of a count of seconds and back.

/** A broken-down time with Python's conventions: month 1–12, weekday 0 = Monday, yearday 1–366. */
export interface BrokenDownTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
  yearday: number;
  isdst: number;
  /** tm_zone and tm_gmtoff; null when unknown (a struct_time built from a 9-tuple). */
  zone: string | null;
  gmtoff: number | null;
}

export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

export function dayOfYear(year: number, month: number, day: number): number {
  return DAYS_BEFORE_MONTH[month - 1] + day + (month > 2 && isLeapYear(year) ? 1 : 0);
}

/** Days from 1970-01-01 to a date; month may be any integer (it carries into the year). */
export function daysFromCivil(year: number, month: number, day: number): number {
  year += Math.floor((month - 1) / 12);
  month = ((((month - 1) % 12) + 12) % 12) + 1;
  // Count from March so that the leap day ends the year (H. Hinnant's algorithm).
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYearFromMarch = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYearFromMarch;
  return era * 146097 + dayOfEra - 719468;
}

export function civilFromDays(days: number): [year: number, month: number, day: number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYearFromMarch = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYearFromMarch + 2) / 153);
  const day = dayOfYearFromMarch - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

/** The broken-down UTC time of a whole number of seconds since the epoch (gmtime). */
export function utcFields(seconds: number | bigint): BrokenDownTime {
  let days: number;
  let rest: number;
  if (typeof seconds === 'bigint') {
    // Past 2**53 a double cannot hold every second: split exactly first.
    const wholeDays = seconds / 86400n - (seconds % 86400n < 0n ? 1n : 0n);
    days = Number(wholeDays);
    rest = Number(seconds - wholeDays * 86400n);
  } else {
    days = Math.floor(seconds / 86400);
    rest = seconds - days * 86400;
  }
  const [year, month, day] = civilFromDays(days);
  const hour = Math.floor(rest / 3600);
  rest -= hour * 3600;
  const minute = Math.floor(rest / 60);
  return {
    year,
    month,
    day,
    hour,
    minute,
    second: rest - minute * 60,
    weekday: (((days + 3) % 7) + 7) % 7,
    yearday: dayOfYear(year, month, day),
    isdst: 0,
    zone: 'GMT',
    gmtoff: 0,
  };
}

/** Seconds since the epoch of fields read as UTC, each of which may be out of its range (timegm). */
export function secondsFromFields(year: number, month: number, day: number, hour: number, minute: number, second: number): number {
  return daysFromCivil(year, month, 1) * 86400 + (day - 1) * 86400 + hour * 3600 + minute * 60 + second;
}
