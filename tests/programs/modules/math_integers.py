# The math module's integer functions: exact results, argument types and error messages.
import math

print(math.gcd(), math.gcd(12), math.gcd(-12, 18), math.gcd(0, 0), math.gcd(12, 18, 27), math.gcd(2**100, 6**50))
print(math.lcm(), math.lcm(4), math.lcm(4, 6), math.lcm(-4, 6, 10), math.lcm(0, 5), math.lcm(2**64, 3**40))
print([math.isqrt(n) for n in (0, 1, 3, 4, 15, 16, 17, 10**20, 10**21, 2**127 - 1)])
print([math.factorial(n) for n in range(0, 21, 4)], math.factorial(30), math.factorial(True))
print(len(str(math.factorial(1000))), math.factorial(100) % (10**9 + 7))
print([math.comb(10, k) for k in range(12)], math.comb(100, 50), math.comb(5, 7), math.comb(0, 0))
print([math.perm(6, k) for k in range(8)], math.perm(5), math.perm(5, None), math.perm(50, 10))
print(math.comb(10**20, 3), math.perm(2**70, 2))
for call in ['math.factorial(-1)', 'math.factorial(2.0)', 'math.factorial("3")', 'math.isqrt(-1)', 'math.isqrt(4.0)',
             'math.comb(-1, 2)', 'math.comb(2, -1)', 'math.comb(5)', 'math.comb(5.0, 2)', 'math.perm(5, -1)', 'math.perm()',
             'math.perm(1, 2, 3)', 'math.gcd(1.5)', 'math.gcd(4, "6")', 'math.lcm(2, 2.0)', 'math.gcd(a=1)',
             'math.factorial(10**20)', 'math.factorial()', 'math.isqrt(1, 2)']:
    try:
        print(call, '->', eval(call))
    except Exception as e:
        print(call, '!!', type(e).__name__, e)


class Seven:
    def __index__(self):
        return 7


print(math.gcd(Seven(), 21), math.isqrt(Seven()), math.factorial(Seven()), math.comb(Seven(), 2), type(math.gcd(True, 4)))
print(math.floor(3.7), math.floor(-3.2), math.ceil(3.2), math.ceil(-3.7), math.trunc(-3.7), math.trunc(3.7))
print(math.floor(5), math.ceil(True), math.trunc(-0.0), math.floor(1e20), math.ceil(2.0**60 + 0.5))
print(type(math.floor(2.5)).__name__, type(math.trunc(2)).__name__)


class Rounds:
    def __floor__(self):
        return 'floor!'

    def __ceil__(self):
        return 'ceil!'

    def __trunc__(self):
        return 'trunc!'


class Real:
    def __float__(self):
        return 2.5


print(math.floor(Rounds()), math.ceil(Rounds()), math.trunc(Rounds()), math.floor(Real()), math.ceil(Real()))
for call in ['math.floor(float("inf"))', 'math.ceil(float("nan"))', 'math.trunc(float("-inf"))', 'math.floor("1")',
             'math.trunc("1")', 'math.trunc(Real())', 'math.floor()', 'math.ceil(1, 2)']:
    try:
        print(call, '->', eval(call))
    except Exception as e:
        print(call, '!!', type(e).__name__, e)
