// The time module (Modules/timemodule.c): clocks, sleep, struct_time conversions in UTC and
// local time, mktime, strftime, asctime/ctime, and the zone constants, as CPython on Linux.
import type { PyValue } from '../../objects/object';
import { PyModule } from '../../objects/module';
import { BuiltinFunction, type NativeFunction } from '../../objects/function';
import { PyFloat, PyTuple } from '../../objects/boxes';
import { OSError, overflowError, typeError, valueError } from '../../objects/exceptions';
import { checkArgs, noKeywords } from '../../objects/args';
import { indexValue } from '../../objects/ops/index-value';
import { call } from '../../objects/ops/call';
import { typeOf } from '../../objects/ops/typeof';
import { None } from '../../objects/singletons';
import { newNamespace } from '../../objects/namespace';
import type { Interpreter } from '../../vm/interpreter';
import { registerNativeModule } from '../registry';
import { type BrokenDownTime, secondsFromFields, utcFields } from './calendar';
import { forgetZone, localFields, utcOffsetAt, zoneSummary } from './local-zone';
import { monotonicNanoseconds, processNanoseconds, secondsOf, sleepMilliseconds, wallNanoseconds } from './clocks';
import { checkTimeFields, cWeekday, isIntLike, structTime, StructTimeType, timeTupleArgument } from './struct-time';
import { monthAbbreviation, strftime, weekdayAbbreviation } from './strftime';
import { strptime } from './strptime';

const TIME_T_MIN = -(2n ** 63n);
const TIME_T_MAX = 2n ** 63n - 1n;
const INT_MAX = 2147483647;

const nanValue = () => valueError('Invalid value NaN (not a number)');
const timeTOverflow = () => overflowError('timestamp out of range for platform time_t');

function osError(errno: number, message: string): never {
  throw call(OSError, [errno, message]);
}

/** A time_t from seconds, rounding floats toward minus infinity (_PyTime_ObjectToTime_t). */
function timeTArgument(v: PyValue): number | bigint {
  if (v instanceof PyFloat) {
    const x = v.value;
    if (Number.isNaN(x)) throw nanValue();
    const whole = Math.floor(x);
    if (!(whole >= -(2 ** 63) && whole < 2 ** 63)) throw timeTOverflow();
    return Number.isSafeInteger(whole) ? whole : BigInt(whole);
  }
  const n = indexValue(v);
  if (typeof n === 'bigint' && (n < TIME_T_MIN || n > TIME_T_MAX)) throw timeTOverflow();
  return n;
}

function nowSeconds(): number {
  return Math.floor(secondsOf(wallNanoseconds()));
}

/** glibc refuses a broken-down time whose year does not fit struct tm's int. */
function checkYearFits(t: BrokenDownTime): BrokenDownTime {
  if (t.year - 1900 > INT_MAX || t.year - 1900 < -INT_MAX - 1) osError(75, 'Value too large for defined data type');
  return t;
}

function gmtimeOf(arg: PyValue | undefined): BrokenDownTime {
  return checkYearFits(utcFields(arg === undefined || arg === None ? nowSeconds() : timeTArgument(arg)));
}

function localtimeOf(arg: PyValue | undefined): BrokenDownTime {
  return checkYearFits(localFields(arg === undefined || arg === None ? nowSeconds() : timeTArgument(arg)));
}

/**
 * mktime: local fields (each possibly out of range) to seconds. With tm_isdst unknown (-1) the
 * zone decides, and in the gap of a change to daylight saving time the offset from before the
 * change applies; a known tm_isdst picks the year's standard or daylight offset (standard plus
 * an hour where the zone has none), as glibc does.
 */
function mktimeSeconds(t: BrokenDownTime): number {
  const asUtc = secondsFromFields(t.year, t.month, t.day, t.hour, t.minute, t.second);
  if (t.isdst >= 0) {
    const summary = zoneSummary(asUtc);
    const standardOffset = -summary.timezone;
    const daylightOffset = summary.daylight !== 0 ? -summary.altzone : standardOffset + 3600;
    return asUtc - (t.isdst > 0 ? daylightOffset : standardOffset);
  }
  const firstOffset = utcOffsetAt(asUtc);
  const seconds = asUtc - firstOffset;
  const secondOffset = utcOffsetAt(seconds);
  if (secondOffset !== firstOffset && utcOffsetAt(asUtc - secondOffset) === secondOffset) return asUtc - secondOffset;
  return seconds;
}

const formatContext = {
  get tzname(): [string, string] {
    return zoneSummary(nowSeconds()).tzname;
  },
  secondsSinceEpoch: mktimeSeconds,
};

function asctimeText(t: BrokenDownTime): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${weekdayAbbreviation(cWeekday(t))} ${monthAbbreviation(t.month)}${String(t.day).padStart(3, ' ')} ${two(t.hour)}:${two(t.minute)}:${two(t.second)} ${t.year}`;
}

/** Seconds for time.sleep (_PyTime_FromSecondsObject): ints and floats, NaN and overflow refused. */
function sleepSeconds(v: PyValue): number {
  if (v instanceof PyFloat) {
    if (Number.isNaN(v.value)) throw nanValue();
    if (!(Math.abs(v.value) < 2 ** 63)) throw timeTOverflow();
    if (Math.abs(v.value) * 1e9 >= 2 ** 63) throw overflowError('timestamp too large to convert to C PyTime_t');
    return v.value;
  }
  const n = indexValue(v);
  if (typeof n === 'bigint' || Math.abs(n) * 1e9 >= 2 ** 63) throw overflowError('timestamp too large to convert to C PyTime_t');
  return n;
}

/** PyArg_ParseTuple's messages for a function of min..max positional arguments. */
function parseTupleArgs(name: string, args: PyValue[], kwnames: readonly string[] | null, min: number, max: number): void {
  noKeywords(name, kwnames);
  const n = args.length;
  if (n >= min && n <= max) return;
  const plural = (k: number) => `${k} argument${k === 1 ? '' : 's'}`;
  if (min === max) throw typeError(`${name}() takes exactly ${plural(min)} (${n} given)`);
  if (n < min) throw typeError(`${name}() takes at least ${plural(min)} (${n} given)`);
  throw typeError(`${name}() takes at most ${plural(max)} (${n} given)`);
}

interface ClockDescription {
  implementation: string;
  monotonic: boolean;
  adjustable: boolean;
  read(): bigint;
}

const CLOCKS: Record<string, ClockDescription> = {
  time: { implementation: 'clock_gettime(CLOCK_REALTIME)', monotonic: false, adjustable: true, read: wallNanoseconds },
  monotonic: { implementation: 'clock_gettime(CLOCK_MONOTONIC)', monotonic: true, adjustable: false, read: monotonicNanoseconds },
  perf_counter: { implementation: 'clock_gettime(CLOCK_MONOTONIC)', monotonic: true, adjustable: false, read: monotonicNanoseconds },
  process_time: { implementation: 'clock_gettime(CLOCK_PROCESS_CPUTIME_ID)', monotonic: true, adjustable: false, read: processNanoseconds },
  // Node has no per-thread CPU clock that every version offers: the process's stands in.
  thread_time: { implementation: 'clock_gettime(CLOCK_THREAD_CPUTIME_ID)', monotonic: true, adjustable: false, read: processNanoseconds },
};

/** Linux's clock ids, and the clock that answers for each. */
const CLOCK_IDS: [string, number, () => bigint][] = [
  ['CLOCK_REALTIME', 0, wallNanoseconds],
  ['CLOCK_MONOTONIC', 1, monotonicNanoseconds],
  ['CLOCK_PROCESS_CPUTIME_ID', 2, processNanoseconds],
  ['CLOCK_THREAD_CPUTIME_ID', 3, processNanoseconds],
  ['CLOCK_MONOTONIC_RAW', 4, monotonicNanoseconds],
  ['CLOCK_BOOTTIME', 7, monotonicNanoseconds],
  ['CLOCK_TAI', 11, () => wallNanoseconds() + 37_000_000_000n],
];

function clockById(v: PyValue): () => bigint {
  if (!isIntLike(v)) throw typeError(`clk_id should be integer, not ${typeOf(v).name}`);
  const id = indexValue(v);
  if (typeof id === 'bigint' || id > INT_MAX || id < -INT_MAX - 1) throw typeError('clk_id should be integer, not int');
  const entry = CLOCK_IDS.find(([, n]) => n === id);
  if (entry === undefined) osError(22, 'Invalid argument');
  return entry[2];
}

function setZoneAttributes(m: PyModule): void {
  const summary = zoneSummary(nowSeconds());
  m.dict.setStr('timezone', summary.timezone);
  m.dict.setStr('altzone', summary.altzone);
  m.dict.setStr('daylight', summary.daylight);
  m.dict.setStr('tzname', new PyTuple([...summary.tzname]));
}

export function makeTimeModule(_interp: Interpreter): PyModule {
  const m = new PyModule('time');
  m.dict.setStr('__doc__', 'This module provides various functions to manipulate time values.');
  const def = (name: string, fn: NativeFunction, doc: string | null = null): void => {
    m.dict.setStr(name, BuiltinFunction.ofModule('time', name, fn, doc));
  };
  const optionalArg = (name: string, args: PyValue[], kwnames: readonly string[] | null): PyValue | undefined => {
    parseTupleArgs(name, args, kwnames, 0, 1);
    return args[0];
  };

  const clockFunctions = (name: string, read: () => bigint): void => {
    def(name, (args, kwnames) => (checkArgs(`time.${name}`, args, kwnames, 0), new PyFloat(secondsOf(read()))));
    def(`${name}_ns`, (args, kwnames) => {
      checkArgs(`time.${name}_ns`, args, kwnames, 0);
      const ns = read();
      return Number.isSafeInteger(Number(ns)) ? Number(ns) : ns;
    });
  };
  clockFunctions('time', wallNanoseconds);
  clockFunctions('monotonic', monotonicNanoseconds);
  clockFunctions('perf_counter', monotonicNanoseconds);
  clockFunctions('process_time', processNanoseconds);
  clockFunctions('thread_time', processNanoseconds);

  def('sleep', (args, kwnames) => {
    checkArgs('time.sleep', args, kwnames, 1);
    const seconds = sleepSeconds(args[0]);
    if (seconds < 0) throw valueError('sleep length must be non-negative');
    sleepMilliseconds(seconds * 1000);
    return None;
  });

  def('gmtime', (args, kwnames) => structTime(gmtimeOf(optionalArg('gmtime', args, kwnames))));
  def('localtime', (args, kwnames) => structTime(localtimeOf(optionalArg('localtime', args, kwnames))));

  def('mktime', (args, kwnames) => {
    checkArgs('time.mktime', args, kwnames, 1);
    const t = timeTupleArgument(args[0], 'mktime');
    const seconds = mktimeSeconds(t);
    const year = utcFields(Math.floor(seconds)).year;
    if (!Number.isFinite(seconds) || year - 1900 > INT_MAX || year - 1900 < -INT_MAX - 1) throw overflowError('mktime argument out of range');
    return new PyFloat(seconds);
  });

  def('asctime', (args, kwnames) => {
    checkArgs('asctime', args, kwnames, 0, 1);
    const arg = args[0];
    let t: BrokenDownTime;
    if (arg === undefined) t = localtimeOf(undefined);
    else {
      t = timeTupleArgument(arg, 'asctime');
      checkTimeFields(t);
    }
    return asctimeText(t);
  });

  def('ctime', (args, kwnames) => asctimeText(localtimeOf(optionalArg('ctime', args, kwnames))));

  def('strftime', (args, kwnames) => {
    parseTupleArgs('strftime', args, kwnames, 1, 2);
    const format = args[0];
    if (typeof format !== 'string') throw typeError(`strftime() argument 1 must be str, not ${typeOf(format).name}`);
    let t: BrokenDownTime;
    if (args.length < 2) t = localtimeOf(undefined);
    else {
      t = timeTupleArgument(args[1], 'strftime');
      checkTimeFields(t);
      t.isdst = Math.max(-1, Math.min(1, t.isdst));
    }
    if (format.includes('\0')) throw valueError('embedded null character');
    return strftime(format, t, formatContext);
  });

  def('strptime', (args, kwnames) => {
    noKeywords('strptime', kwnames);
    if (args.length === 0) throw typeError("_strptime_time() missing 1 required positional argument: 'data_string'");
    if (args.length > 2) throw typeError(`_strptime_time() takes from 1 to 2 positional arguments but ${args.length} were given`);
    const summary = zoneSummary(nowSeconds());
    return structTime(strptime(args[0], args.length > 1 ? args[1] : '%a %b %d %H:%M:%S %Y', summary.tzname, summary.daylight !== 0));
  });

  def('get_clock_info', (args, kwnames) => {
    parseTupleArgs('get_clock_info', args, kwnames, 1, 1);
    const name = args[0];
    if (typeof name !== 'string') throw typeError(`get_clock_info() argument 1 must be str, not ${typeOf(name).name}`);
    const clock = Object.hasOwn(CLOCKS, name) ? CLOCKS[name] : undefined;
    if (clock === undefined) throw valueError('unknown clock');
    return newNamespace({
      implementation: clock.implementation,
      monotonic: clock.monotonic,
      adjustable: clock.adjustable,
      resolution: new PyFloat(1e-9),
    });
  });

  def('clock_gettime', (args, kwnames) => (checkArgs('time.clock_gettime', args, kwnames, 1), new PyFloat(secondsOf(clockById(args[0])()))));
  def('clock_gettime_ns', (args, kwnames) => {
    checkArgs('time.clock_gettime_ns', args, kwnames, 1);
    const ns = clockById(args[0])();
    return Number.isSafeInteger(Number(ns)) ? Number(ns) : ns;
  });
  def('clock_getres', (args, kwnames) => (parseTupleArgs('clock_getres', args, kwnames, 1, 1), clockById(args[0]), new PyFloat(1e-9)));
  const refuseSetting = (name: string): NativeFunction => (args, kwnames) => {
    parseTupleArgs(name, args, kwnames, 2, 2);
    clockById(args[0]);
    // The runtime does not own the host's clocks.
    return osError(1, 'Operation not permitted');
  };
  def('clock_settime', refuseSetting('clock_settime'));
  def('clock_settime_ns', refuseSetting('clock_settime_ns'));
  for (const [name, id] of CLOCK_IDS) m.dict.setStr(name, id);

  def('tzset', (args, kwnames) => {
    checkArgs('time.tzset', args, kwnames, 0);
    forgetZone();
    setZoneAttributes(m);
    return None;
  });
  setZoneAttributes(m);
  m.dict.setStr('struct_time', StructTimeType);
  m.dict.setStr('_STRUCT_TM_ITEMS', 11);
  return m;
}

registerNativeModule('time', makeTimeModule);
