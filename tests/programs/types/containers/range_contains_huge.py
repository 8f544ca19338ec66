# range containment (ints and non-ints), huge ranges with big ints, OverflowError for len.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

r = range(0, 100, 7)
print(14 in r, 15 in r, 98 in r, 105 in r, -7 in r, 0 in r)
print(14.0 in r, 14.5 in r, True in range(2), False in range(1, 3), '1' in r, None in r)
class E:
    def __eq__(self, other):
        return other == 21
    __hash__ = None
print(E() in r, E() in range(0))
class IntSub(int):
    pass
print(IntSub(21) in r, IntSub(22) in r)
neg = range(10, -10, -3)
print(list(neg), 4 in neg, 5 in neg, -8 in neg, -9 in neg, 10 in neg, -10 in neg)
big = range(10**20, 10**21, 10**19)
print(len(big), big[3], big[-1], 10**20 + 5 * 10**19 in big, 10**20 + 1 in big)
print(big.index(10**20 + 2 * 10**19), big.count(10**20))
print(big[::-1], big[2:5], big[10**10:])
huge = range(2**64)
show('len huge', lambda: len(huge))
print(huge[2**63], huge[-1], 2**63 in huge, huge[::2**32])
show('bool huge', lambda: bool(huge))
print(huge.__len__ is not None)
print(range(-2**70, 2**70, 2**60)[5])
show('idx huge out', lambda: huge[2**64])
show('idx huge out neg', lambda: huge[-2**64 - 1])
print(repr(range(-10**25, 10**25, 3 * 10**24)))
print(list(range(-10**25, 10**25, 3 * 10**24))[:3])
print(range(2**64, 0, -2**62))
print(list(range(2**64, 0, -2**62)))
print(range(0, 2**63 - 1) == range(0, 2**63 - 1), hash(range(2**70)) == hash(range(0, 2**70)))
show('len sys.maxsize+1', lambda: len(range(2**63)))
print(len(range(2**63 - 1)))
show('len neg huge', lambda: len(range(0, -2**64, -1)))
print(range(2**100).__reversed__().__next__())
it = iter(range(2**64 - 3, 2**64))
print(list(it))
print(sum(range(10**6, 10**6 + 10)))
print(range(5)[-5], range(5)[4])
show('hash', lambda: hash(range(3)) == hash(range(0, 3, 1)))
print(range(3).__contains__(2), range(3).__getitem__(slice(1, None)))
