# format_map takes any mapping (no copy) and supports __missing__
class Default(dict):
    def __missing__(self, key):
        return '<' + key + '>'
print('{name} is {age}'.format_map(Default(name='Ann')))
print('{a}{b}'.format_map({'a': 1, 'b': 2}))

class Mapping:
    def __init__(self):
        self.seen = []
    def __getitem__(self, key):
        self.seen.append(key)
        return key.upper()
m = Mapping()
print('{x}-{yy}-{x}'.format_map(m), m.seen)
try:
    '{0}'.format_map({'0': 'str zero'})
except Exception as e:
    print(type(e).__name__, e)
try:
    '{}'.format_map({})
except Exception as e:
    print(type(e).__name__, e)
try:
    '{missing}'.format_map({})
except Exception as e:
    print(type(e).__name__, repr(e))
try:
    '{a}'.format_map(5)
except Exception as e:
    print(type(e).__name__, e)
try:
    '{a}'.format_map([])
except Exception as e:
    print(type(e).__name__, e)
print('no fields'.format_map(5))
try:
    'x'.format_map()
except Exception as e:
    print(type(e).__name__, e)
try:
    'x'.format_map({}, {})
except Exception as e:
    print(type(e).__name__, e)
print('{a.real}{b[0]}'.format_map({'a': 5, 'b': 'xyz'}))
print('{k:>5}|'.format_map({'k': 'v'}))

class Raising:
    def __getitem__(self, key):
        raise LookupError('nope: ' + key)
try:
    '{q}'.format_map(Raising())
except Exception as e:
    print(type(e).__name__, e)
try:
    '{q}'.format(**{})
except KeyError as e:
    print('KeyError', e, e.args)
