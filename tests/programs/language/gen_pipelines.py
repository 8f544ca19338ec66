# Log-processing pipeline built from generator stages.

LOG = """\
2024-01-01 10:00:01 INFO  user=ann action=login
2024-01-01 10:00:05 WARN  user=bob action=login failed=1
2024-01-01 10:01:00 INFO  user=ann action=view page=/home
# comment line
2024-01-01 10:02:10 ERROR user=cid action=upload size=9000000
2024-01-01 10:02:11 INFO  user=bob action=login
2024-01-01 10:03:00 INFO  user=ann action=logout

2024-01-01 10:04:30 ERROR user=bob action=view page=/admin
"""

def lines(text):
    for line in text.splitlines():
        yield line

def non_blank(src):
    for line in src:
        if line.strip() and not line.startswith("#"):
            yield line

def parse(src):
    for line in src:
        date, time, level, *fields = line.split()
        record = {"time": time, "level": level}
        for field in fields:
            key, _, value = field.partition("=")
            record[key] = int(value) if value.isdigit() else value
        yield record

def where(src, **conditions):
    for rec in src:
        if all(rec.get(k) == v for k, v in conditions.items()):
            yield rec

def select(src, *keys):
    for rec in src:
        yield tuple(rec.get(k) for k in keys)

records = list(parse(non_blank(lines(LOG))))
print(len(records), "records")
for rec in records[:2]:
    print(rec)

print(list(select(where(parse(non_blank(lines(LOG))), level="ERROR"), "time", "user", "action")))
print(list(select(where(records, user="ann"), "action", "page")))

# Aggregation stage
def count_by(src, key):
    counts = {}
    for rec in src:
        counts[rec[key]] = counts.get(rec[key], 0) + 1
    return counts

print(count_by(records, "level"))
print(count_by(records, "user"))

# Stateful stage: sessions
def sessions(src):
    open_sessions = {}
    for rec in src:
        user = rec["user"]
        if rec["action"] == "login" and not rec.get("failed"):
            open_sessions[user] = rec["time"]
        elif rec["action"] == "logout" and user in open_sessions:
            yield user, open_sessions.pop(user), rec["time"]
    for user, start in open_sessions.items():
        yield user, start, None

for s in sessions(records):
    print("session", s)

# Batching stage
def batched(src, n):
    batch = []
    for item in src:
        batch.append(item)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch

print([[r["time"] for r in b] for b in batched(records, 3)])
