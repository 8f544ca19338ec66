// The adaptive counters of tier 1, packed into one 16-bit code unit as CPython's
// _Py_BackoffCounter packs them (Include/internal/pycore_backoff.h): a 12-bit value above a
// 4-bit backoff exponent. The generated loop counts the value down by one per execution of a
// family head (`-= 16`) and calls the specializer when it reaches zero (`< 16`).

const BACKOFF_BITS = 4;
const MAX_VALUE = (1 << 12) - 1;
/** The largest exponent a failure backs off to: 2^12 - 1 executions before the next attempt. */
export const MAX_BACKOFF = 12;

export function makeCounter(value: number, backoff: number): number {
  return (value << BACKOFF_BITS) | backoff;
}

export function counterValue(counter: number): number {
  return counter >> BACKOFF_BITS;
}

/** A fresh instruction specializes on its second execution (ADAPTIVE_WARMUP_VALUE 1, backoff 1). */
export const WARMUP_COUNTER = makeCounter(1, 1);

/** After a success, 53 misses before the member is specialized again (ADAPTIVE_COOLDOWN_VALUE 52). */
export const COOLDOWN_COUNTER = makeCounter(52, 0);

/** A counter that waits as long as a counter can: what specialization turned off sets. */
export const LONGEST_WAIT_COUNTER = makeCounter(MAX_VALUE, MAX_BACKOFF);

/** After a failure: wait 2^(backoff+1) - 1 executions, the exponent one higher, up to MAX_BACKOFF. */
export function restartCounter(counter: number): number {
  const backoff = Math.min((counter & ((1 << BACKOFF_BITS) - 1)) + 1, MAX_BACKOFF);
  return makeCounter((1 << backoff) - 1, backoff);
}
