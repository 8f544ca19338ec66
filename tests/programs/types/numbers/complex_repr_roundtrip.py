# complex repr -> complex() round trips exactly, including signed zeros, inf and nan components.
seed = 5
def rnd():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return seed
def rfloat():
    return float.fromhex("%s0x1.%013xp%d" % ("-" if rnd() % 2 else "", rnd() >> 12, rnd() % 400 - 200))
for i in range(40):
    z = complex(rfloat(), rfloat())
    r = repr(z)
    back = complex(r)
    print(r, back == z, repr(back) == r)
inf, nan = float("inf"), float("nan")
for re in [0.0, -0.0, 1.5, inf, -inf, nan]:
    for im in [0.0, -0.0, -2.5, inf, -inf, nan]:
        z = complex(re, im)
        r = repr(z)
        try:
            back = complex(r)
            print(r, repr(back))
        except ValueError as e:
            print(r, "ValueError", e)
print(complex("1e500+1e500j"), complex("-1e-500-1e-500j"), complex("infj"), complex("-nanj"), complex("+0.0-0.0j"), complex("-0.0+0.0j"))
