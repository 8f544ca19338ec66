// How the math module takes its arguments and reports C library errors (Modules/mathmodule.c):
// PyFloat_AsDouble for real arguments, math_1/math_2's rules for turning a NaN or infinite
// result into ValueError or OverflowError, and Argument Clinic's messages for the functions
// that take keywords.
import type { PyValue } from '../../objects/object';
import { IntSubclassValue, PyFloat } from '../../objects/boxes';
import { overflowError, typeError, valueError } from '../../objects/exceptions';
import { intAsDouble } from '../../objects/numeric-coerce';
import { indexValue } from '../../objects/ops/index-value';
import { callMethodDescriptor } from '../../objects/ops/call';
import { typeOf } from '../../objects/ops/typeof';

/** PyFloat_AsDouble: a float's value, or what __float__ (else __index__) gives. */
export function asDouble(v: PyValue): number {
  if (typeof v === 'number') return v;
  if (v instanceof PyFloat) return v.value;
  if (typeof v === 'bigint') return intAsDouble(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  const type = typeOf(v);
  const floatMethod = type.lookup('__float__');
  if (floatMethod !== undefined) {
    const r = callMethodDescriptor(floatMethod, v, []);
    if (r instanceof PyFloat) return r.value;
    throw typeError(`${type.name}.__float__ returned non-float (type ${typeOf(r).name})`);
  }
  if (v instanceof IntSubclassValue || type.lookup('__index__') !== undefined) return intAsDouble(indexValue(v));
  throw typeError(`must be real number, not ${type.name}`);
}

export const domainError = (): ReturnType<typeof valueError> => valueError('math domain error');
export const rangeError = (): ReturnType<typeof overflowError> => overflowError('math range error');

/** math_1: a NaN from a non-NaN argument is a domain error; an infinity from a finite one a range (or domain) error. */
export function checkUnary(x: number, r: number, canOverflow: boolean): number {
  if (r !== r && x === x) throw domainError();
  if ((r === Infinity || r === -Infinity) && Number.isFinite(x)) throw canOverflow ? rangeError() : domainError();
  return r;
}

/** math_2: the same rules for two arguments; an underflow is no error. */
export function checkBinary(x: number, y: number, r: number): number {
  if (r !== r) {
    if (x === x && y === y) throw domainError();
  } else if ((r === Infinity || r === -Infinity) && Number.isFinite(x) && Number.isFinite(y)) {
    throw rangeError();
  }
  return r;
}

/**
 * Argument Clinic's binding for N positional parameters (positional-only, or not) followed by
 * keyword-only ones, with its "takes exactly N positional arguments" message.
 */
export function bindPositionalThenKeywords(
  name: string,
  args: readonly PyValue[],
  kwnames: readonly string[] | null,
  positional: readonly string[],
  keywords: readonly string[],
  positionalOnly: boolean,
): (PyValue | undefined)[] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  const want = positional.length;
  if (npos > want || (npos < want && positionalOnly)) {
    throw typeError(`${name}() takes exactly ${want} positional argument${want === 1 ? '' : 's'} (${npos} given)`);
  }
  const out: (PyValue | undefined)[] = new Array(want + keywords.length).fill(undefined);
  for (let i = 0; i < npos; i++) out[i] = args[i];
  for (let k = 0; k < nkw; k++) {
    const kw = kwnames![k];
    const i = keywords.indexOf(kw);
    const p = positionalOnly ? -1 : positional.indexOf(kw);
    if (i >= 0) out[want + i] = args[npos + k];
    else if (p >= npos) out[p] = args[npos + k];
    else if (p >= 0) throw typeError(`argument for ${name}() given by name ('${kw}') and position (${p + 1})`);
    else throw typeError(`${name}() got an unexpected keyword argument '${kw}'`);
  }
  for (let i = 0; i < want; i++) {
    if (out[i] === undefined) throw typeError(`${name}() missing required argument '${positional[i]}' (pos ${i + 1})`);
  }
  return out;
}
