# The generator itself: seeding from every supported type, random(), getrandbits(),
# randbytes(), getstate()/setstate(), and their errors.
import random
import _random


def attempt(f, *args, **kwargs):
    try:
        return f(*args, **kwargs)
    except Exception as e:
        return f"{type(e).__name__}: {e}"


random.seed(42)
print([random.random() for _ in range(5)])

for seed in [0, 1, -1, 42, -42, 2**32 - 1, 2**32, 2**64 + 5, -(2**100), 10**50, True, False]:
    random.seed(seed)
    print(repr(seed)[:20], random.random(), random.getrandbits(32))

for seed in ["", "hello", "héllo wörld", "a" * 300, b"", b"bytes seed", bytearray(b"ba"), 3.0, 0.5, -2.75, 1e300]:
    random.seed(seed)
    print(repr(seed)[:20], random.random())

for seed in ["hello", b"hello", "xyz", b"\xff\x00"]:
    random.seed(seed, version=1)
    print("v1", repr(seed), random.random())

random.seed(12345)
print([random.getrandbits(k) for k in [0, 1, 2, 7, 8, 31, 32, 33, 52, 53, 54, 63, 64, 65, 100, 128, 200]])
print(random.getrandbits(1000) % 10**20)
print(random.randbytes(0), random.randbytes(1), random.randbytes(10))
print(len(random.randbytes(37)))

print(attempt(random.getrandbits, -1))
print(attempt(random.getrandbits, 1.5))
print(attempt(random.getrandbits, 2**40))
print(attempt(random.getrandbits))
print(attempt(random.random, 1))
print(attempt(random.randbytes, -1))
print(attempt(random.seed, [1, 2]))
print(attempt(random.seed, (1, 2)))
print(attempt(random.seed, {}))
print(attempt(random.seed, 1, 2, 3))

# getstate / setstate round trip, and the gauss cache travelling with the state.
random.seed(7)
random.gauss()
state = random.getstate()
print(state[0], len(state[1]), state[1][-1], state[1][:3], state[2])
after = [random.random() for _ in range(1000)], random.gauss()
random.setstate(state)
print(after == ([random.random() for _ in range(1000)], random.gauss()))
print(attempt(random.setstate, (4, (), None)))
print(attempt(random.setstate, (3, [0] * 625, None)))
print(attempt(random.setstate, (3, (0,) * 10, None)))
print(attempt(random.setstate, (3, (1,) * 624 + (625,), None)))
print(attempt(random.setstate, (3, (-1,) * 624 + (0,), None)))
print(attempt(random.setstate, (3, (1.5,) * 624 + (0,), None)))
print(attempt(random.setstate, (3, (1,) * 624 + (1.5,), None)))
random.setstate((3, (1,) * 624 + (624,), None))
print(random.random())
# Version 2 states hold signed words.
random.seed(99)
v3 = random.getstate()
random.setstate((2, tuple(w - 2**32 if w >= 2**31 else w for w in v3[1][:-1]) + (v3[1][-1],), None))
print(random.random(), random.getstate()[1][:3] == v3[1][:3])

# Independent generators.
a = random.Random(5)
b = random.Random(5)
print(a.random() == b.random(), a.getrandbits(70) == b.getrandbits(70))
c = random.Random()
c.seed(5)
print(c.random() == random.Random(5).random())
print(random.Random("seed").random(), random.Random(b"seed").random())
print(attempt(random.Random, 1, 2))

# The native base class.
r = _random.Random(3)
print(r.random(), r.getrandbits(40))
r2 = _random.Random()
r2.setstate(r.getstate())
print(r2.random() == r.random())
print(attempt(_random.Random, 1, 2))
print(attempt(_random.Random, x=1))
print(attempt(r.seed, x=1))
print(attempt(r.getstate, 1))
print(attempt(r.seed, []))
print(_random.Random.__doc__)
print(type(r).__name__, type(r).__module__, random.Random.__mro__[1])
r.seed(-5)
x = r.random()
r.seed(5)
print(x == r.random())

# Floats seed by their hash.
for f in [1.0, 1.5, -1.5, float("inf")]:
    r.seed(f)
    print(f, r.random())

# SystemRandom draws from entropy: only its shape is deterministic.
s = random.SystemRandom()
x = s.random()
print(0.0 <= x < 1.0, type(x).__name__)
print(0 <= s.getrandbits(10) < 1024, s.getrandbits(0), len(s.randbytes(5)))
print(0 <= s.randrange(10) < 10, s.choice([7]), sorted(s.sample(range(5), 5)))
print(s.seed(1), attempt(s.getstate), attempt(s.setstate, None), attempt(s.getrandbits, -1))
print(isinstance(s, random.Random))

# seed(None) and the unseeded module generator work.
random.seed()
print(0.0 <= random.random() < 1.0)
random.seed(None)
print(0 <= random.getrandbits(8) < 256)
print(sorted(random.__all__))
print(random.NV_MAGICCONST, random.LOG4, random.SG_MAGICCONST, random.BPF, random.RECIP_BPF, random.TWOPI)
