// The host's clocks, in nanoseconds as bigints: the wall clock, a monotonic clock and the
// process's CPU time. Node gives nanosecond counters; a browser, performance.now().

const hrtime = typeof process !== 'undefined' && typeof process.hrtime?.bigint === 'function' ? process.hrtime.bigint : null;

/** The wall clock at the moment the monotonic clock read `monotonicAtStart`, in ns. */
const wallAtStart = BigInt(Date.now()) * 1_000_000n;
const monotonicAtStart = monotonicNanoseconds();

export function monotonicNanoseconds(): bigint {
  if (hrtime !== null) return hrtime();
  return BigInt(Math.round(performance.now() * 1e6));
}

/** Wall-clock time since the epoch: Date.now() has only milliseconds, so it is read once and advanced by the monotonic clock. */
export function wallNanoseconds(): bigint {
  return wallAtStart + (monotonicNanoseconds() - monotonicAtStart);
}

export function processNanoseconds(): bigint {
  if (typeof process !== 'undefined' && typeof process.cpuUsage === 'function') {
    const usage = process.cpuUsage();
    return BigInt(usage.user + usage.system) * 1000n;
  }
  return monotonicNanoseconds();
}

/** Seconds as a float from nanoseconds, as CPython's _PyTime_AsSecondsDouble rounds them. */
export function secondsOf(ns: bigint): number {
  if (ns % 1_000_000_000n === 0n) return Number(ns / 1_000_000_000n);
  return Number(ns) / 1e9;
}

let sleeper: Int32Array | null = null;

/** Blocks the thread: the program runs synchronously, so a sleep is a real wait. */
export function sleepMilliseconds(ms: number): void {
  sleeper ??= new Int32Array(new SharedArrayBuffer(4));
  // Atomics.wait takes at most ~2**31 ms at once on some engines; loop for longer sleeps.
  let remaining = ms;
  while (remaining > 0) {
    const step = Math.min(remaining, 2 ** 30);
    Atomics.wait(sleeper, 0, 0, step);
    remaining -= step;
  }
}
