# time's clocks, sleep, get_clock_info and the clock_* functions; values are checked by their
# relations, not printed.
import time


def attempt(f, *args, **kwargs):
    try:
        return repr(f(*args, **kwargs))
    except Exception as e:
        return f"{type(e).__name__}: {e}"


for name in ['time', 'monotonic', 'perf_counter', 'process_time', 'thread_time']:
    f = getattr(time, name)
    f_ns = getattr(time, name + '_ns')
    a, b = f(), f_ns()
    print(name, type(a).__name__, type(b).__name__, a >= 0, b >= 0, abs(a - b / 1e9) < 5)
    print(attempt(f, 1), attempt(f_ns, 1))
    info = time.get_clock_info(name)
    print(type(info).__name__, sorted(vars(info)), info.monotonic, info.adjustable, info.resolution > 0)

print(time.time() > 1.7e9, time.time_ns() > 1.7e18)
t0 = time.monotonic()
p0 = time.perf_counter_ns()
print(time.sleep(0.05))
time.sleep(0)
time.sleep(1e-6)
time.sleep(False)
t1 = time.monotonic()
p1 = time.perf_counter_ns()
print(0.04 < t1 - t0 < 60, 40_000_000 < p1 - p0 < 60_000_000_000)
print(attempt(time.sleep, -1))
print(attempt(time.sleep, -0.5))
print(attempt(time.sleep, 'x'))
print(attempt(time.sleep, None))
print(attempt(time.sleep, float('nan')))
print(attempt(time.sleep, 2**70))
print(attempt(time.sleep, 1e300))
print(attempt(time.sleep, float('inf')))
print(attempt(time.sleep))
print(attempt(time.sleep, secs=1))
print(attempt(time.get_clock_info, 'x'))
print(attempt(time.get_clock_info))
print(attempt(time.get_clock_info, 5))

print(time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, time.CLOCK_PROCESS_CPUTIME_ID, time.CLOCK_THREAD_CPUTIME_ID)
print(abs(time.clock_gettime(time.CLOCK_REALTIME) - time.time()) < 1)
print(abs(time.clock_gettime_ns(time.CLOCK_MONOTONIC) - time.monotonic_ns()) < 10**9)
print(time.clock_getres(time.CLOCK_REALTIME), type(time.clock_gettime(time.CLOCK_MONOTONIC)).__name__)
print(attempt(time.clock_gettime, 99))
print(attempt(time.clock_gettime))
print(attempt(time.clock_getres, 0, 1))
print(attempt(time.clock_gettime, 'x'))

print(isinstance(time.timezone, int), isinstance(time.altzone, int), time.daylight in (0, 1))
print(type(time.tzname).__name__, len(time.tzname), all(isinstance(n, str) for n in time.tzname))
print(time.tzset(), isinstance(time.timezone, int))
print(time._STRUCT_TM_ITEMS)
print(sorted(n for n in dir(time) if not n.startswith('_') and n not in ('pthread_getcpuclockid',)))
