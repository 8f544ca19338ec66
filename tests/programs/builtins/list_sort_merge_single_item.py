# Merges where one side has a single item left (timsort's merge_lo/merge_hi shortcut):
# a short last run after long sorted ones, and a single small item at the front.
import random

def check(name, data, **kw):
    s = sorted(data, **kw)
    ok = sorted(s, key=repr) == sorted(data, key=repr) and all(
        (kw.get('key') or (lambda x: x))(s[i]) <= (kw.get('key') or (lambda x: x))(s[i + 1])
        for i in range(len(s) - 1))
    print(name, len(data), ok, s[:3], s[-3:])

# n = 5001: minrun is 40, so the last run holds one item.
random.seed(1234)
data = [random.randrange(10**6) for _ in range(5001)]
check('random 5001', data)
print(sorted(data)[2500], sum(sorted(data)) == sum(data))

# Two sorted halves whose second half has one item smaller than all of the first.
data = list(range(100, 200)) + [5]
check('tail small', data)
data = [500] + list(range(100))
check('head big', data)
data = list(range(64)) + [63.5]
check('float tail', data)

# With a key function the values move with the keys.
words = ['w%04d' % i for i in range(300)] + ['a']
check('key', words, key=lambda w: w[::-1])
check('reverse', data, reverse=True)

# Runs of exactly minrun plus one item, for many sizes.
bad = []
for n in range(64, 600, 7):
    d = [(i * 7919) % 1000 for i in range(n)]
    if sorted(d) != sorted(d, key=lambda x: x):
        bad.append(n)
    s = sorted(d)
    if any(s[i] > s[i + 1] for i in range(n - 1)) or sum(s) != sum(d):
        bad.append(n)
print('bad sizes', bad)
