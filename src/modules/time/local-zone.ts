// The host's local time zone, through the JS Date and Intl APIs (which read TZ and the
// system's zone database, as C's localtime does).
import { type BrokenDownTime, utcFields } from './calendar';

/** The range of a JS Date, in seconds: instants beyond it use the zone's offset at its ends. */
const DATE_LIMIT_SECONDS = 8.64e12;

function clampToDateRange(seconds: number): number {
  return Math.max(-DATE_LIMIT_SECONDS, Math.min(DATE_LIMIT_SECONDS, seconds));
}

/** Seconds east of UTC at an instant (tm_gmtoff). */
export function utcOffsetAt(seconds: number): number {
  const offsetMinutes = new Date(clampToDateRange(seconds) * 1000).getTimezoneOffset();
  return offsetMinutes === 0 ? 0 : -offsetMinutes * 60;
}

/**
 * ICU names a zone by the abbreviation its locale uses, or "GMT+1" where the locale has none:
 * C's tzdata names (CET, AEST, IST, JST…) are the first alphabetic one among English-speaking
 * locales and the zone's own; tzdata names the rest by their offset ("+09", "-0330").
 */
const NAMING_LOCALES = ['en-US', 'en-GB', 'en-AU', 'en-IN', 'en-NZ', 'en-CA', 'en-IE', 'en-ZA', 'ja-JP', 'ko-KR'];
let zoneNameFormats: Intl.DateTimeFormat[] | null = null;
const zoneNames = new Map<string, string>();

function icuZoneNames(date: Date): string[] {
  zoneNameFormats ??= NAMING_LOCALES.map((locale) => new Intl.DateTimeFormat(locale, { timeZoneName: 'short' }));
  return zoneNameFormats.map((f) => f.formatToParts(date).find((p) => p.type === 'timeZoneName')?.value ?? '');
}

function offsetName(offsetSeconds: number): string {
  const sign = offsetSeconds < 0 ? '-' : '+';
  const minutes = Math.floor(Math.abs(offsetSeconds) / 60);
  const hours = String(Math.floor(minutes / 60)).padStart(2, '0');
  return minutes % 60 === 0 ? sign + hours : sign + hours + String(minutes % 60).padStart(2, '0');
}

/** The zone's short name at an instant ("UTC", "EST", "CET", "+09"…). */
export function zoneNameAt(seconds: number): string {
  const date = new Date(clampToDateRange(seconds) * 1000);
  const offset = utcOffsetAt(seconds);
  const key = `${offset}/${date.getUTCFullYear()}/${date.getUTCMonth()}`;
  let name = zoneNames.get(key);
  if (name === undefined) {
    name = alphabeticName(date, offset) ?? alphabeticNameThisYear(offset) ?? offsetName(offset);
    zoneNames.set(key, name);
  }
  return name;
}

function alphabeticName(date: Date, offset: number): string | null {
  const names = icuZoneNames(date);
  return names.find((n) => /^[A-Z]{2,5}$/.test(n) && n !== 'GMT') ?? (offset === 0 && names.includes('GMT') ? 'GMT' : null);
}

/** ICU knows few abbreviations of the past: an old instant borrows the one its offset has now. */
function alphabeticNameThisYear(offset: number): string | null {
  const year = new Date().getUTCFullYear();
  for (const month of [0, 6]) {
    const date = new Date(Date.UTC(year, month, 1));
    if (-date.getTimezoneOffset() * 60 === offset) {
      const name = alphabeticName(date, offset);
      if (name !== null) return name;
    }
  }
  return null;
}

export interface ZoneSummary {
  /** Seconds west of UTC in standard time, and in daylight saving time (time.timezone, time.altzone). */
  timezone: number;
  altzone: number;
  daylight: number;
  tzname: [string, string];
}

const summaries = new Map<number, ZoneSummary>();

/** Forgets what was learned of the zone (time.tzset, after TZ changed). */
export function forgetZone(): void {
  summaries.clear();
  zoneNames.clear();
  zoneNameFormats = null;
}

/** time.timezone and friends, from January and July of the year of `now` (as CPython's init_timezone). */
export function zoneSummary(now: number): ZoneSummary {
  const year = utcFields(Math.floor(now)).year;
  let summary = summaries.get(year);
  if (summary === undefined) {
    summary = summarizeYear(year);
    summaries.set(year, summary);
  }
  return summary;
}

function summarizeYear(year: number): ZoneSummary {
  const january = Date.UTC(year, 0, 1) / 1000;
  const july = Date.UTC(year, 6, 1) / 1000;
  const januaryWest = -utcOffsetAt(january);
  const julyWest = -utcOffsetAt(july);
  const januaryName = zoneNameAt(january);
  const julyName = zoneNameAt(july);
  if (januaryWest < julyWest) {
    // Daylight saving time in January: the southern hemisphere.
    return { timezone: julyWest, altzone: januaryWest, daylight: 1, tzname: [julyName, januaryName] };
  }
  return { timezone: januaryWest, altzone: julyWest, daylight: januaryWest !== julyWest ? 1 : 0, tzname: [januaryName, julyName] };
}

/** The broken-down local time of a whole number of seconds (localtime). */
export function localFields(seconds: number | bigint): BrokenDownTime {
  const approx = Number(seconds);
  const offset = utcOffsetAt(approx);
  const fields = utcFields(typeof seconds === 'bigint' ? seconds + BigInt(offset) : seconds + offset);
  const summary = zoneSummary(approx);
  fields.gmtoff = offset;
  fields.isdst = summary.daylight !== 0 && offset === -summary.altzone ? 1 : 0;
  fields.zone = zoneNameAt(approx);
  return fields;
}
