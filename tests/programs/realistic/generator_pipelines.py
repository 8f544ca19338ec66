# Generator pipelines for processing a log stream lazily
LOG = """\
2024-03-01T10:00:01 INFO  web  GET /index.html 200 512
2024-03-01T10:00:02 INFO  web  GET /about.html 200 1024
2024-03-01T10:00:02 WARN  db   slow query 1532ms
2024-03-01T10:00:03 ERROR web  GET /missing 404 0
2024-03-01T10:00:05 INFO  web  POST /login 302 64
malformed line here
2024-03-01T10:00:07 INFO  web  GET /index.html 200 512
2024-03-01T10:00:08 ERROR db   connection reset
2024-03-01T10:00:09 INFO  web  GET /img/logo.png 200 20480
2024-03-01T10:00:11 WARN  web  GET /old 301 0
2024-03-01T10:00:12 INFO  web  GET /index.html 304 0
2024-03-01T10:00:15 ERROR web  GET /api/data 500 128
"""
trace = []
def read_lines(text):
    for i, line in enumerate(text.splitlines(), 1):
        trace.append(f"read{i}")
        yield i, line

def parse(lines):
    for no, line in lines:
        parts = line.split(None, 3)
        if len(parts) < 4 or "T" not in parts[0]:
            print(f"  skipping line {no}: {line!r}")
            continue
        ts, level, source, msg = parts
        yield {"no": no, "time": ts[11:], "level": level, "source": source, "msg": msg}

def only(records, **criteria):
    for r in records:
        if all(r[k] == v for k, v in criteria.items()):
            yield r

def http(records):
    for r in records:
        f = r["msg"].split()
        if len(f) == 4 and f[0] in ("GET", "POST"):
            yield {**r, "method": f[0], "path": f[1], "status": int(f[2]), "bytes": int(f[3])}

def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x

first_two = list(take(2, parse(read_lines(LOG))))
print([r["time"] for r in first_two], trace)
trace.clear()
errors = [f"{r['time']} {r['source']}: {r['msg']}" for r in only(parse(read_lines(LOG)), level="ERROR")]
print(errors, len(trace))
reqs = list(http(parse(read_lines(LOG))))
print(len(reqs), "requests")
by_status = {}
for r in reqs:
    by_status.setdefault(r["status"] // 100 * 100, []).append(r["path"])
print(dict(sorted(by_status.items())))
total_bytes = sum(r["bytes"] for r in reqs if r["status"] == 200)
print("bytes served:", total_bytes, "| avg:", round(total_bytes / sum(1 for r in reqs if r["status"] == 200), 1))
hits = {}
for r in reqs:
    hits[r["path"]] = hits.get(r["path"], 0) + 1
print(sorted(hits.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
def window(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield tuple(buf)
levels = (r["level"] for r in parse(read_lines(LOG)))
print([w for w in window(levels, 3) if w.count("ERROR") + w.count("WARN") >= 2])
def running_stats(nums):
    n = total = 0
    lo = hi = None
    for x in nums:
        n += 1
        total += x
        lo = x if lo is None else min(lo, x)
        hi = x if hi is None else max(hi, x)
        yield n, total / n, lo, hi
for stats in running_stats(r["bytes"] for r in reqs):
    print("  n=%d mean=%.1f min=%d max=%d" % stats)
chained = (x for gen in (range(3), "ab", [None]) for x in gen)
print(list(chained))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(take(15, (f for f in fib() if f % 2 == 0))))
