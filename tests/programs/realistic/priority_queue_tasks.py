# A task scheduler built on a hand-written heap with stable ordering and cancellation
class PriorityQueue:
    def __init__(self):
        self._heap = []
        self._index = {}
        self._counter = 0

    def _swap(self, i, j):
        h = self._heap
        h[i], h[j] = h[j], h[i]
        self._index[h[i][2]] = i
        self._index[h[j][2]] = j

    def _up(self, i):
        while i and self._heap[i][:2] < self._heap[(i - 1) // 2][:2]:
            self._swap(i, (i - 1) // 2)
            i = (i - 1) // 2

    def _down(self, i):
        h = self._heap
        while True:
            m = i
            for c in (2 * i + 1, 2 * i + 2):
                if c < len(h) and h[c][:2] < h[m][:2]:
                    m = c
            if m == i:
                return
            self._swap(i, m)
            i = m

    def push(self, name, priority):
        if name in self._index:
            raise KeyError(f"task {name!r} already queued")
        self._heap.append([priority, self._counter, name])
        self._counter += 1
        self._index[name] = len(self._heap) - 1
        self._up(len(self._heap) - 1)

    def change(self, name, priority):
        i = self._index[name]
        old = self._heap[i][0]
        self._heap[i][0] = priority
        if priority < old:
            self._up(i)
        else:
            self._down(i)

    def remove(self, name):
        i = self._index.pop(name)
        last = self._heap.pop()
        if i < len(self._heap):
            self._heap[i] = last
            self._index[last[2]] = i
            self._up(i)
            self._down(self._index[last[2]])

    def pop(self):
        if not self._heap:
            raise IndexError("pop from empty queue")
        self._swap(0, len(self._heap) - 1)
        prio, _, name = self._heap.pop()
        del self._index[name]
        if self._heap:
            self._down(0)
        return name, prio

    def __len__(self):
        return len(self._heap)

    def __bool__(self):
        return bool(self._heap)

pq = PriorityQueue()
tasks = [("write report", 3), ("fix bug #12", 1), ("lunch", 5), ("code review", 2), ("email", 4),
         ("deploy", 1), ("standup", 2), ("refactor", 4), ("coffee", 0)]
for name, p in tasks:
    pq.push(name, p)
try:
    pq.push("lunch", 9)
except KeyError as e:
    print("KeyError", e)
pq.change("refactor", 0)
pq.change("coffee", 6)
pq.remove("email")
print("queued:", len(pq))
clock = 9 * 60
durations = {"write report": 90, "fix bug #12": 45, "lunch": 60, "code review": 30, "deploy": 20,
             "standup": 15, "refactor": 120, "coffee": 10}
while pq:
    name, prio = pq.pop()
    start = clock
    clock += durations[name]
    print(f"{start // 60:02d}:{start % 60:02d}-{clock // 60:02d}:{clock % 60:02d}  p{prio}  {name}")
try:
    pq.pop()
except IndexError as e:
    print("IndexError", e)
big = PriorityQueue()
for i in range(200):
    big.push(f"t{i}", (i * 37) % 11)
for i in range(0, 200, 3):
    big.remove(f"t{i}")
out = [big.pop() for _ in range(10)]
print(out, len(big))
