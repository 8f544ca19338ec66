# Interval merging and meeting-room scheduling with minutes-since-midnight arithmetic
def to_min(hhmm):
    h, m = hhmm.split(":")
    h, m = int(h), int(m)
    if not (0 <= h < 24 and 0 <= m < 60):
        raise ValueError(f"bad time {hhmm!r}")
    return h * 60 + m

def to_hhmm(minutes):
    return f"{minutes // 60:02d}:{minutes % 60:02d}"

def merge(intervals):
    out = []
    for s, e in sorted(intervals):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [tuple(x) for x in out]

def free_slots(busy, day_start, day_end, min_len):
    slots, cur = [], day_start
    for s, e in merge(busy):
        if s - cur >= min_len:
            slots.append((cur, s))
        cur = max(cur, e)
    if day_end - cur >= min_len:
        slots.append((cur, day_end))
    return slots

calendars = {
    "ana": ["09:00-10:30", "12:00-13:00", "15:45-16:15"],
    "ben": ["08:30-09:15", "10:00-11:00", "13:30-14:00", "16:00-17:30"],
    "chi": ["09:45-10:15", "11:30-12:30", "14:00-15:00"],
}
busy = {p: [tuple(map(to_min, slot.split("-"))) for slot in slots] for p, slots in calendars.items()}
for p, b in busy.items():
    print(p, [f"{to_hhmm(s)}-{to_hhmm(e)}" for s, e in merge(b)])
everyone = [iv for b in busy.values() for iv in b]
print("merged busy:", [f"{to_hhmm(s)}-{to_hhmm(e)}" for s, e in merge(everyone)])
for length in (15, 30, 45, 60):
    slots = free_slots(everyone, to_min("08:00"), to_min("18:00"), length)
    print(f"{length:>3} min slots:", [f"{to_hhmm(s)}-{to_hhmm(e)}" for s, e in slots])

requests = [("standup", "09:00", "09:15"), ("design", "09:10", "10:40"), ("1:1", "10:00", "10:30"),
            ("lunch talk", "12:00", "13:00"), ("review", "10:30", "11:30"), ("sync", "12:30", "13:15"),
            ("retro", "16:00", "17:00"), ("planning", "11:00", "12:15")]
events = sorted((to_min(s), to_min(e), name) for name, s, e in requests)
rooms = []
assignment = {}
for s, e, name in events:
    for i, room_end in enumerate(rooms):
        if room_end <= s:
            rooms[i] = e
            assignment[name] = i
            break
    else:
        rooms.append(e)
        assignment[name] = len(rooms) - 1
print("rooms needed:", len(rooms))
for room in range(len(rooms)):
    names = [n for s, e, n in events if assignment[n] == room]
    print(f"  room {room}: {names}")
points = sorted([(s, 1) for s, _, _ in events] + [(e, -1) for _, e, _ in events])
level = peak = 0
peak_time = None
for t, d in points:
    level += d
    if level > peak:
        peak, peak_time = level, t
print("peak concurrency:", peak, "at", to_hhmm(peak_time))
total = sum(e - s for s, e in merge([(s, e) for s, e, _ in events]))
print("minutes with at least one meeting:", total, "=", to_hhmm(total))
for bad in ["25:00", "12:60", "noon"]:
    try:
        to_min(bad)
    except ValueError as e:
        print("ValueError:", e)
