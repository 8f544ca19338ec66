# Binary operators on ints and floats that fit in a double, mixed int and float, bit operators and
# shifts around 32 and 53 bits, the in-place forms, and their errors: the fast paths agree with
# the general method dispatch everywhere.
import itertools
vals = [0, 1, -1, 5, -5, 7, 2**31-1, -2**31, 2**31, -2**31-1, 2**52, -2**53, 2**53-1, 2**63, -(2**70), 0.0, -0.0, 1.5, -2.25, 1e308, float('inf'), float('-inf'), float('nan'), True]
shifts = [0, 1, 5, 31, 32, 33, 52, 53, 63, 64, 65, 100, 1100]
ops = ['+', '-', '*', '/', '&', '|', '^']
for a, b in itertools.product(vals, vals):
    for op in ops:
        try:
            r = eval(f'a {op} b')
        except Exception as e:
            r = type(e).__name__ + ': ' + str(e)
        print(repr(a), op, repr(b), '=', repr(r))
for a in vals:
    if isinstance(a, float): continue
    for s in shifts + [-1]:
        for op in ['<<', '>>']:
            try:
                r = eval(f'a {op} s')
            except Exception as e:
                r = type(e).__name__ + ': ' + str(e)
            if isinstance(r, int) and r.bit_length() > 200: r = ('big', r.bit_length(), r % 1000003)
            print(repr(a), op, s, '=', repr(r))
x = 10
x >>= 1; x <<= 3; x &= 12; x |= 3; x ^= 5; print(x)
y = 2.5; y += 1; y -= 2; y *= 3; y /= 2; print(y)
