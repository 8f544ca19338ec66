# set methods with set and non-set arguments.
def show(label, f):
    try:
        r = f()
        print(label, sorted(r) if isinstance(r, (set, frozenset)) else repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

s = {1, 2, 3}
show('union list', lambda: s.union([3, 4], (5,), 'ab'))
show('union none', lambda: s.union())
show('intersection', lambda: s.intersection([2, 3, 4], range(3)))
show('intersection none', lambda: s.intersection())
show('difference', lambda: s.difference([1], {2}))
show('symmetric_difference', lambda: s.symmetric_difference([3, 4, 4]))
show('sd two', lambda: s.symmetric_difference([1], [2]))
show('issubset', lambda: s.issubset(range(5)))
show('issuperset', lambda: s.issuperset([1, 1, 2]))
show('isdisjoint', lambda: s.isdisjoint('abc'))
show('isdisjoint gen', lambda: s.isdisjoint(x for x in [9, 3]))
show('union int', lambda: s.union(5))
show('issubset int', lambda: s.issubset(5))
show('| list', lambda: s | [4])
show('& list', lambda: s & [1])
show('- tuple', lambda: s - (1,))
show('^ frozenset', lambda: s ^ frozenset({1, 9}))
show('unhashable', lambda: s.union([[1]]))
show('unhashable int', lambda: s.intersection([[1]]))
show('contains list', lambda: [1] in s)
show('contains set', lambda: {1} in {frozenset({1})})
show('remove set', lambda: {frozenset({1})}.remove({1}))
show('discard set', lambda: {frozenset({1})}.discard({1}))
t = set()
t.add(1)
t.update([2, 3], 'ab', {4: 0})
print(sorted(t, key=str))
t.intersection_update([1, 2, 'a', 9], [1, 'a', 2])
print(sorted(t, key=str))
t.difference_update(['a'], [7])
print(t)
t.symmetric_difference_update([2, 5])
print(t)
show('sdu two args', lambda: t.symmetric_difference_update([1], [2]))
show('remove missing', lambda: t.remove(42))
show('remove missing tuple', lambda: t.remove((1, 2)))
show('remove missing str', lambda: t.remove('x'))
show('discard missing', lambda: t.discard(42))
show('pop', lambda: {7}.pop())
show('pop empty', lambda: set().pop())
show('add two', lambda: t.add(1, 2))
c = t.copy()
c.add(100)
print(t, c)
t.clear()
print(t, repr(t), repr(set()), repr(frozenset()))
u = {1, 2}
v = u
u |= {3}
u &= {1, 3, 5}
u -= {5}
u ^= {8}
print(u, v, u is v)
def ior_list():
    global u
    u |= [1]
show('|= list', ior_list)
def iand_list():
    global u
    u &= [1]
show('&= list', iand_list)
print({1, 2} == {2, 1}, {1, 2} == frozenset({1, 2}), {1} != {1.0}, {1, 2} < {1, 2, 3}, {1, 2} <= {1, 2})
print({1, 2} > {1}, {1} >= {1}, {1} < {2}, {1} > {2}, {1, 2} == [1, 2])
show('set < list', lambda: {1} < [1])
show('set <= int', lambda: {1} <= 1)
print(set('abc') == set(('a', 'b', 'c')), set() == frozenset(), set() == {})
print(len({1, 1.0, True}), {0, False, 0.0, -0.0}, {1.0, 1} , {True, 1})
show('set kwargs', lambda: set(a=1))
show('set 2 args', lambda: set([1], [2]))
show('set int', lambda: set(5))
x = {3, 4}
x.__init__([9])
print(x)
x.__init__()
print(x)
print(set.__hash__ is None, hash(frozenset()) == hash(frozenset([])))
print(s.__or__([1]), s.__and__(5), s.__sub__(frozenset()) == s)
print(s.__contains__(2), s.__len__(), s.__iand__({1}), s)
