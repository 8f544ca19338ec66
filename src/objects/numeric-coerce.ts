// The operands the numeric types accept from each other, as Objects/longobject.c,
// floatobject.c and complexobject.c take them: an int-like value (int, bool, an int subclass),
// CONVERT_TO_DOUBLE (float, or int made a double) and TO_COMPLEX (complex, float or int). An
// operand of any other type makes the dunder return NotImplemented.
import type { PyInt, PyValue } from './object';
import { IntSubclassValue, PyComplex, PyFloat } from './boxes';
import { newException, MemoryError, overflowError } from './exceptions';
import { intToDouble } from './int-arith';
import type { C } from './complex-arith';

/** The int an int, bool or int-subclass instance stands for; undefined for anything else. */
export function intOf(v: PyValue): PyInt | undefined {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return v;
    case 'boolean':
      return v ? 1 : 0;
  }
  return v instanceof IntSubclassValue ? v.value : undefined;
}

/** PyLong_AsDouble: OverflowError for an int beyond the largest double. */
export function intAsDouble(v: PyInt): number {
  if (typeof v === 'number') return v;
  const x = intToDouble(v);
  if (x === Infinity || x === -Infinity) throw overflowError('int too large to convert to float');
  return x;
}

/** CONVERT_TO_DOUBLE: a float's value, an int's as a double; undefined for other types. */
export function doubleOf(v: PyValue): number | undefined {
  if (v instanceof PyFloat) return v.value;
  const i = intOf(v);
  return i === undefined ? undefined : intAsDouble(i);
}

/** TO_COMPLEX: a complex's parts, a float or int as (x, 0.0); undefined for other types. */
export function complexOf(v: PyValue): C | undefined {
  if (v instanceof PyComplex) return { re: v.real, im: v.imag };
  const x = doubleOf(v);
  return x === undefined ? undefined : { re: x, im: 0 };
}

/**
 * Runs an int operation whose result may be too large for a JS bigint (V8 refuses past about
 * 2^30 bits with a RangeError), which CPython reports as MemoryError.
 */
export function withBigIntLimit<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof RangeError) throw newException(MemoryError);
    throw e;
  }
}
