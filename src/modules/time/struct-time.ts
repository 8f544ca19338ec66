// time.struct_time, and the C struct tm that time's functions take from a 9-tuple (gettmarg)
// with CPython's argument checks.
import type { PyValue } from '../../objects/object';
import { IntSubclassValue, PyFloat, PyTuple } from '../../objects/boxes';
import { overflowError, typeError, valueError } from '../../objects/exceptions';
import { indexValue } from '../../objects/ops/index-value';
import { typeOf } from '../../objects/ops/typeof';
import { None } from '../../objects/singletons';
import { newStructSeq, newStructSeqType, StructSeqValue } from '../../objects/structseq';
import type { BrokenDownTime } from './calendar';

const FIELDS = ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst', 'tm_zone', 'tm_gmtoff'];

export const StructTimeType = newStructSeqType('time.struct_time', FIELDS, { sequenceFields: 9, constructible: true });
StructTimeType.ns.setStr(
  '__doc__',
  'The time value as returned by gmtime(), localtime(), and strptime(), and\n' +
    ' accepted by asctime(), mktime() and strftime().  May be considered as a\n' +
    ' sequence of 9 integers.\n\n' +
    " Note that several fields' values are not the same as those defined by\n" +
    ' the C language standard for struct tm.  For example, the value of the\n' +
    ' field tm_year is the actual year, not year - 1900.  See individual\n' +
    " fields' descriptions for details.",
);

export function structTime(t: BrokenDownTime): PyTuple {
  return newStructSeq(
    StructTimeType,
    [t.year, t.month, t.day, t.hour, t.minute, t.second, t.weekday, t.yearday, t.isdst, t.zone ?? None, t.gmtoff ?? None],
    9,
  );
}

const INT_MAX = 2147483647;
const INT_MIN = -2147483648;

/** The "i" converter of PyArg_ParseTuple: an int that fits a C int. */
function cInt(v: PyValue): number {
  if (v instanceof PyFloat) throw typeError("'float' object cannot be interpreted as an integer");
  const n = indexValue(v);
  if (n > INT_MAX) throw overflowError('signed integer is greater than maximum');
  if (n < INT_MIN) throw overflowError('signed integer is less than minimum');
  return Number(n);
}

/** A struct tm from a struct_time or 9-tuple (gettmarg); weekday and yearday kept as Python's. */
export function timeTupleArgument(v: PyValue, functionName: string): BrokenDownTime {
  if (!(v instanceof PyTuple)) throw typeError('Tuple or struct_time argument required');
  if (v.items.length !== 9) throw typeError(`${functionName}(): illegal time tuple argument`);
  const [year, month, day, hour, minute, second, weekday, yearday, isdst] = v.items.map(cInt);
  if (year < INT_MIN + 1900) throw overflowError('year out of range');
  let zone: string | null = null;
  let gmtoff: number | null = null;
  if (typeOf(v) === StructTimeType && v instanceof StructSeqValue) {
    const [zoneValue, gmtoffValue] = v.hiddenValues;
    if (zoneValue !== None) zone = typeof zoneValue === 'string' ? zoneValue : String(zoneValue);
    if (gmtoffValue !== None) gmtoff = Number(indexValue(gmtoffValue));
  }
  return { year, month, day, hour, minute, second, weekday, yearday, isdst, zone, gmtoff };
}

/**
 * checktm, for strftime and asctime: each field in the range its C table lookups need; a zero
 * month, day or yearday stands for the first one. The weekday check is on C's numbering.
 */
export function checkTimeFields(t: BrokenDownTime): void {
  if (t.month === 0) t.month = 1;
  else if (t.month < 0 || t.month > 12) throw valueError('month out of range');
  if (t.day === 0) t.day = 1;
  else if (t.day < 0 || t.day > 31) throw valueError('day of month out of range');
  if (t.hour < 0 || t.hour > 23) throw valueError('hour out of range');
  if (t.minute < 0 || t.minute > 59) throw valueError('minute out of range');
  if (t.second < 0 || t.second > 61) throw valueError('seconds out of range');
  if ((t.weekday + 1) % 7 < 0) throw valueError('day of week out of range');
  t.weekday = (((t.weekday % 7) + 7) % 7);
  if (t.yearday === 0) t.yearday = 1;
  else if (t.yearday < 0 || t.yearday > 366) throw valueError('day of year out of range');
}

/** C's weekday numbering (0 = Sunday) of a checked Python weekday. */
export function cWeekday(t: BrokenDownTime): number {
  return (t.weekday + 1) % 7;
}

export function isIntLike(v: PyValue): boolean {
  return typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || v instanceof IntSubclassValue;
}
