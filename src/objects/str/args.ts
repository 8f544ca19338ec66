// Argument handling for the str and bytes methods, with the messages of CPython's Argument
// Clinic parsers (which differ by the kind of signature: METH_NOARGS, METH_O, positional-only
// with defaults, or keyword-capable).
import { unexpectedKeyword } from '../args';
import type { PyValue } from '../object';
import { StrSubclassValue } from '../boxes';
import { typeError } from '../exceptions';
import { typeOf } from '../ops/typeof';
import { None } from '../singletons';

/** The JS string of a str or str-subclass value, or null for anything else. */
export function asStr(v: PyValue): string | null {
  if (typeof v === 'string') return v;
  if (v instanceof StrSubclassValue) return v.value;
  return null;
}

/** `self` of a str method (the descriptor has checked that it is a str). */
export function selfStr(self: PyValue): string {
  return typeof self === 'string' ? self : (self as StrSubclassValue).value;
}

/** How Argument Clinic names the type of a bad argument: None is "None", not "NoneType". */
export function argTypeName(v: PyValue): string {
  return v === None ? 'None' : typeOf(v).name;
}

/** A str argument: "NAME() argument N must be str, not T". */
export function strArg(v: PyValue, fname: string, position: number | string): string {
  const s = asStr(v);
  if (s !== null) return s;
  const where = typeof position === 'number' ? `argument ${position}` : `argument '${position}'`;
  throw typeError(`${fname}() ${where} must be str, not ${argTypeName(v)}`);
}

/** METH_NOARGS: "str.upper() takes no arguments (1 given)". */
export function noArgs(qualname: string, args: readonly PyValue[], kwnames: readonly string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) throw typeError(`${qualname}() takes no keyword arguments`);
  if (args.length !== 0) throw typeError(`${qualname}() takes no arguments (${args.length} given)`);
}

/** METH_O: "str.join() takes exactly one argument (0 given)". */
export function oneArg(qualname: string, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  if (kwnames !== null && kwnames.length > 0) throw typeError(`${qualname}() takes no keyword arguments`);
  if (args.length !== 1) throw typeError(`${qualname}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

/** Positional-only with optional arguments: "center expected at least 1 argument, got 0". */
export function posArgs(
  qualname: string,
  args: readonly PyValue[],
  kwnames: readonly string[] | null,
  min: number,
  max: number,
): void {
  if (kwnames !== null && kwnames.length > 0) throw typeError(`${qualname}() takes no keyword arguments`);
  const n = args.length;
  if (n >= min && n <= max) return;
  const name = qualname.slice(qualname.lastIndexOf('.') + 1);
  const s = (k: number): string => (k === 1 ? '' : 's');
  if (n < min) throw typeError(`${name} expected ${min === max ? '' : 'at least '}${min} argument${s(min)}, got ${n}`);
  throw typeError(`${name} expected ${min === max ? '' : 'at most '}${max} argument${s(max)}, got ${n}`);
}

/**
 * Keyword-capable parameters after `positionalOnly` positional-only ones (clinic's
 * _PyArg_UnpackKeywords): one slot per parameter, undefined when not given.
 */
export function kwArgs(
  name: string,
  args: readonly PyValue[],
  kwnames: readonly string[] | null,
  params: readonly string[],
  required: number,
  positionalOnly: number,
): (PyValue | undefined)[] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  const max = params.length;
  if (npos + nkw > max) {
    throw typeError(`${name}() takes at most ${max} ${npos === 0 ? 'keyword ' : ''}argument${max === 1 ? '' : 's'} (${npos + nkw} given)`);
  }
  if (npos < required && npos < positionalOnly) {
    const minpos = Math.min(required, positionalOnly);
    throw typeError(
      `${name}() takes ${minpos < max ? 'at least' : 'exactly'} ${minpos} positional argument${minpos === 1 ? '' : 's'} (${npos} given)`,
    );
  }
  const out: (PyValue | undefined)[] = new Array(max).fill(undefined);
  for (let i = 0; i < npos; i++) out[i] = args[i];
  for (let k = 0; k < nkw; k++) {
    const kw = kwnames![k];
    const i = params.indexOf(kw);
    if (i < positionalOnly) {
      if (i < 0) throw unexpectedKeyword(name, kw, params.slice(positionalOnly));
      throw typeError(`${name}() got some positional-only arguments passed as keyword arguments: '${kw}'`);
    }
    if (out[i] !== undefined) throw typeError(`argument for ${name}() given by name ('${kw}') and position (${i + 1})`);
    out[i] = args[npos + k];
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === undefined) throw typeError(`${name}() missing required argument '${params[i]}' (pos ${i + 1})`);
  }
  return out;
}
