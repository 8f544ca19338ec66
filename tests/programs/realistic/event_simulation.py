# Discrete-event simulation of a bank with tellers, using a deterministic LCG
class LCG:
    def __init__(self, seed):
        self.state = seed
    def next(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        return self.state >> 33
    def uniform(self, lo, hi):
        return lo + (hi - lo) * (self.next() / 2 ** 31)
    def expo(self, mean):
        u = self.next() / 2 ** 31
        x, term, k = 1 - u, 1 - u, 1
        y = 0.0
        t = (x - 1) / (x + 1)
        term, k = t, 1
        while abs(term) > 1e-15:
            y += term / k
            term *= t * t
            k += 2
        return -2 * y * mean

class Event:
    __slots__ = ("time", "seq", "kind", "customer")
    def __init__(self, time, seq, kind, customer):
        self.time, self.seq, self.kind, self.customer = time, seq, kind, customer
    def __lt__(self, other):
        return (self.time, self.seq) < (other.time, other.seq)

def simulate(tellers, customers, seed):
    rng = LCG(seed)
    events, seq = [], 0
    t = 0.0
    for cid in range(customers):
        t += rng.expo(2.0)
        events.append(Event(t, seq, "arrive", cid)); seq += 1
    queue, free = [], tellers
    arrived, waits, served, max_q = {}, [], 0, 0
    busy_time = 0.0
    log = []
    while events:
        events.sort(reverse=True)
        ev = events.pop()
        if ev.kind == "arrive":
            arrived[ev.customer] = ev.time
            queue.append(ev.customer)
        else:
            free += 1
            served += 1
        while free and queue:
            cid = queue.pop(0)
            free -= 1
            wait = ev.time - arrived[cid]
            waits.append(wait)
            service = rng.uniform(1.0, 7.0)
            busy_time += service
            events.append(Event(ev.time + service, seq, "depart", cid)); seq += 1
            if len(log) < 6:
                log.append(f"t={ev.time:7.3f} customer {cid:3d} waited {wait:6.3f} service {service:5.3f}")
        max_q = max(max_q, len(queue))
        end = ev.time
    return {"served": served, "avg_wait": sum(waits) / len(waits), "max_wait": max(waits),
            "max_queue": max_q, "utilization": busy_time / (end * tellers), "end": end, "log": log}

rng = LCG(42)
print([rng.next() % 100 for _ in range(10)], round(rng.uniform(5, 6), 6), round(rng.expo(1.0), 6))
for tellers in (1, 2, 3, 4):
    r = simulate(tellers, 300, seed=2024)
    print(f"tellers={tellers} served={r['served']} avg_wait={r['avg_wait']:8.3f} max_wait={r['max_wait']:8.3f} "
          f"max_queue={r['max_queue']:3d} util={r['utilization']:.3f} end={r['end']:.2f}")
    if tellers == 2:
        print("\n".join("   " + line for line in r["log"]))
