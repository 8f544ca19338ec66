# Elevator controller simulation using the SCAN algorithm with a tick-based clock
class Elevator:
    def __init__(self, floors, capacity=4):
        self.floor = 0
        self.direction = 0
        self.floors = floors
        self.capacity = capacity
        self.riders = []
        self.moved = 0
        self.log = []

    def targets(self, waiting):
        t = {r[1] for r in self.riders}
        if len(self.riders) < self.capacity:
            t |= {f for f, people in waiting.items() if people}
        return t

    def step(self, tick, waiting, delivered):
        leaving = [r for r in self.riders if r[1] == self.floor]
        for r in leaving:
            self.riders.remove(r)
            delivered.append((r[0], r[2], tick))
        boarded = []
        queue = waiting.get(self.floor, [])
        while queue and len(self.riders) < self.capacity:
            person = queue.pop(0)
            self.riders.append(person)
            boarded.append(person[0])
        if leaving or boarded:
            self.log.append(f"t={tick:>2} floor {self.floor}: out {[r[0] for r in leaving]} in {boarded}")
        targets = self.targets(waiting)
        if not targets:
            self.direction = 0
            return
        if self.direction == 0:
            nearest = min(targets, key=lambda f: (abs(f - self.floor), f))
            self.direction = 1 if nearest > self.floor else -1 if nearest < self.floor else 0
        ahead = [f for f in targets if (f - self.floor) * self.direction > 0]
        if not ahead:
            self.direction = -self.direction
        if any((f - self.floor) * self.direction > 0 for f in targets):
            self.floor += self.direction
            self.moved += 1

requests = [(0, "ann", 0, 7), (0, "bob", 3, 1), (1, "cid", 5, 0), (2, "dee", 7, 2), (2, "eve", 0, 4),
            (4, "fay", 2, 9), (6, "gus", 9, 0), (6, "hal", 9, 1), (7, "ivy", 4, 8), (7, "jon", 4, 8),
            (7, "kim", 4, 8), (7, "lee", 4, 8), (7, "max", 4, 8), (12, "ned", 1, 6)]
waiting = {}
delivered = []
lift = Elevator(10)
arrivals = {}
tick = 0
pending = list(requests)
while (pending or any(waiting.values()) or lift.riders) and tick < 200:
    while pending and pending[0][0] == tick:
        t, name, src, dst = pending.pop(0)
        waiting.setdefault(src, []).append((name, dst, t))
        arrivals[name] = t
    lift.step(tick, waiting, delivered)
    tick += 1
print("\n".join(lift.log))
print("finished at tick", tick, "floors travelled", lift.moved)
total_time = 0
for name, t0, t1 in sorted(delivered):
    total_time += t1 - t0
    print(f"{name}: requested t={t0:>2}, arrived t={t1:>2}, trip {t1 - t0:>2} ticks")
print("average trip: %.2f ticks" % (total_time / len(delivered)), "| delivered:", len(delivered), "of", len(requests))
