# A deterministic genetic algorithm evolving a target string, using a hand-rolled PRNG
class XorShift:
    def __init__(self, seed):
        self.s = seed & 0xFFFFFFFFFFFFFFFF or 1
    def next(self):
        x = self.s
        x ^= (x << 13) & 0xFFFFFFFFFFFFFFFF
        x ^= x >> 7
        x ^= (x << 17) & 0xFFFFFFFFFFFFFFFF
        self.s = x
        return x
    def randint(self, n):
        return self.next() % n
    def random(self):
        return (self.next() >> 11) / float(1 << 53)
    def choice(self, seq):
        return seq[self.randint(len(seq))]

TARGET = "HELLO TAIPAN, HELLO PYTHON!"
ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ ,!"
rng = XorShift(20240601)

def fitness(s):
    return sum(a == b for a, b in zip(s, TARGET))

def random_individual():
    return "".join(rng.choice(ALPHABET) for _ in TARGET)

def crossover(a, b):
    cut = rng.randint(len(a))
    return a[:cut] + b[cut:]

def mutate(s, rate):
    return "".join(rng.choice(ALPHABET) if rng.random() < rate else c for c in s)

def tournament(pop, k=3):
    best = None
    for _ in range(k):
        cand = rng.choice(pop)
        if best is None or cand[0] > best[0]:
            best = cand
    return best[1]

pop = [(fitness(s), s) for s in (random_individual() for _ in range(120))]
history = []
for gen in range(300):
    pop.sort(key=lambda p: (-p[0], p[1]))
    best_fit, best = pop[0]
    history.append(best_fit)
    if gen % 10 == 0 or best_fit == len(TARGET):
        avg = sum(f for f, _ in pop) / len(pop)
        print(f"gen {gen:>3} best {best_fit:>2}/{len(TARGET)} avg {avg:5.2f} {best!r}")
    if best_fit == len(TARGET):
        break
    elite = pop[:6]
    children = []
    while len(children) < len(pop) - len(elite):
        child = mutate(crossover(tournament(pop), tournament(pop)), 0.02)
        children.append((fitness(child), child))
    pop = elite + children
print("generations:", len(history), "| monotone best:", all(a <= b for a, b in zip(history, history[1:])))
print("first random draws:", [XorShift(1).next() for _ in range(1)], [round(XorShift(7).random(), 6) for _ in range(1)])
