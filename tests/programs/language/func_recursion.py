# Recursion: classic algorithms and mutual recursion.
import sys

def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((n, src, dst))
    hanoi(n - 1, via, dst, src, moves)

moves = []
hanoi(3, "A", "C", "B", moves)
print(len(moves))
for m in moves:
    print("move disk %d from %s to %s" % m)

def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    out = []
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            out.append([x] + rest)
    return out

print(permutations([1, 2, 3]))

def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

print([is_even(n) for n in range(6)], is_odd(7))

def flatten(x):
    if isinstance(x, list):
        result = []
        for item in x:
            result.extend(flatten(item))
        return result
    return [x]

print(flatten([1, [2, [3, [4, [5]]]], [], [[6, 7]]]))

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

print([ackermann(2, n) for n in range(5)])

def depth(tree):
    if not tree:
        return 0
    return 1 + max(depth(child) for child in tree)

print(depth([[[], [[]]], []]))

def power_set(s):
    if not s:
        return [[]]
    rest = power_set(s[1:])
    return rest + [[s[0]] + r for r in rest]

print(power_set("abc"))

# deep-ish recursion within the default limit
def count_down(n):
    return 0 if n == 0 else 1 + count_down(n - 1)
print(count_down(900))
print(sys.getrecursionlimit())
