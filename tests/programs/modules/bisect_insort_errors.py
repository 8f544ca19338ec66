# insort computes the index before looking up .insert (as CPython's C insort): a non-sequence
# fails on len(); bad lo, mixed types and short sequences fail as in CPython.
import bisect
for args in [(None, 1), ((1, 3), 2), ("ac", "b"), ([1, 3], "x"), ([1, 3], 2, -1), ([1, 3], 2, 0, 5)]:
    for f in (bisect.insort, bisect.insort_left, bisect.bisect, bisect.bisect_left):
        try:
            a = args[0]
            r = f(*args)
            print(f.__name__, r, a)
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
l = [1, 5]; bisect.insort(l, 3, key=lambda v: -v); print(l)
