# dict.__init__ called again adds/updates without clearing; dict() copy semantics.
d = {'a': 1}
d.__init__({'b': 2}, c=3)
print(d)
d.__init__()
print(d)
d.__init__([('a', 100)])
print(d)
try:
    d.__init__(1)
except TypeError as e:
    print('TypeError', e, d)
try:
    d.__init__([('x', 1), (2,)])
except ValueError as e:
    print('ValueError', e, d)
try:
    d.__init__({}, {})
except TypeError as e:
    print('TypeError', e)
e = dict(d)
e['new'] = 1
print(d, e, e is d)
nested = {'l': [1]}
cp = dict(nested)
cp['l'].append(2)
print(nested)
cp2 = nested.copy()
cp2['l'] = 'replaced'
print(nested, cp2)
print(dict(**{'k': 1}), dict({}, **{}), dict(dict(a=1)))
try:
    dict(**{1: 2})
except TypeError as e:
    print('TypeError', e)
print(dict({1: 2}, **{'x': 3}))
try:
    dict([('a', 1)], a=2, **{'a': 3})
except TypeError as e:
    print('TypeError', e)
def kw(**k):
    return k
print(kw(a=1, **{'b': 2}), kw(**{'a': 1}, b=2))
try:
    kw(a=1, **{'a': 2})
except TypeError as e:
    print('TypeError', e)
try:
    kw(**{'a': 1}, **{'a': 2})
except TypeError as e:
    print('TypeError', e)
try:
    kw(**[1])
except TypeError as e:
    print('TypeError', e)
try:
    kw(**{1: 1})
except TypeError as e:
    print('TypeError', e)
print({**{'a': 1}, **{'a': 2}}, {'a': 0, **{'a': 1}, 'a': 2})
try:
    {**[1, 2]}
except TypeError as e:
    print('TypeError', e)
try:
    {**None}
except TypeError as e:
    print('TypeError', e)
print(dict.__init__({}, x=1), dict.__new__(dict), type(dict.__new__(dict)).__name__)
class Sub(dict):
    def __init__(self):
        pass
s = Sub()
print(s, len(s))
s2 = dict.__new__(Sub)
print(s2, type(s2).__name__)
