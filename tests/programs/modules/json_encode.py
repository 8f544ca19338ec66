# json.dumps/dump and JSONEncoder: formatting options, key handling, floats, escapes and errors.
import json

values = [None, True, False, 0, -12, 10**30, 1.5, -0.0, 1e16, 1e-7, 0.1 + 0.2, float('nan'), float('inf'), float('-inf'),
          '', 'abc', 'é☃\U0001f600', '\x00\x1f\x7f"\\/\n\r\t\b\f', [], {}, (), [1, [2, [3]]], (1, 'a'),
          {'b': 1, 'a': [1, 2], 'c': {'d': None}}]
for v in values:
    print(json.dumps(v), json.dumps(v, ensure_ascii=False))
data = {'name': 'Ann', 'tags': ['x', 'y'], 'info': {'age': 31, 'ok': True, 'none': None, 'empty': [], 'blank': {}}}
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=0))
print(json.dumps(data, indent='--', sort_keys=True))
print(json.dumps(data, indent=-3))
print(json.dumps(data, separators=(',', ':')), json.dumps(data, separators=(' , ', ' : '), sort_keys=True))
print(json.dumps([1, 2], indent=4, separators=(';', '=')))
print(json.dumps({3: 1, 2.5: 2, True: 3, False: 4, None: 5, -1: 6, 1e20: 7, float('nan'): 8}))
print(json.dumps({(1, 2): 'x', 'ok': 1, frozenset(): 2}, skipkeys=True), json.dumps({'b': 1, 'a': 2, 'c': 3}, sort_keys=True))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def encode_point(o):
    if isinstance(o, Point):
        return {'x': o.x, 'y': o.y}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError(f'cannot encode {type(o).__name__}')


print(json.dumps([Point(1, 2), {3, 1, 2}], default=encode_point))


class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return [o.x, o.y]
        return super().default(o)


print(json.dumps({'p': Point(3, 4)}, cls=PointEncoder), PointEncoder(indent=1).encode([Point(5, 6)]))
print(list(json.JSONEncoder().iterencode({'a': [1, 2]})), json.JSONEncoder(sort_keys=True).encode({'z': 1, 'y': 2}))


class Sink:
    def __init__(self):
        self.chunks = []

    def write(self, s):
        self.chunks.append(s)


sink = Sink()
json.dump({'k': [1, 'two', 3.0]}, sink)
print(sink.chunks)
sink = Sink()
json.dump([1, {'a': None}], sink, indent=1)
print(sink.chunks)


class MyInt(int):
    def __repr__(self):
        return 'MyInt!'


class MyFloat(float):
    def __repr__(self):
        return 'MyFloat!'


class MyStr(str):
    pass


class MyDict(dict):
    pass


print(json.dumps([MyInt(5), MyFloat(2.5), MyStr('s'), MyDict(a=1)]), json.dumps({MyInt(1): MyStr('v')}))
a = []
a.append(a)
d = {}
d['self'] = d
for call in ['json.dumps(float("nan"), allow_nan=False)', 'json.dumps({"x": [float("inf")]}, allow_nan=False)',
             'json.dumps({float("inf"): 1}, allow_nan=False)', 'json.dumps({(1, 2): 3})', 'json.dumps(object())',
             'json.dumps(a)', 'json.dumps(d)', 'json.dumps({1: 1, "a": 2}, sort_keys=True)', 'json.dumps(b"x")',
             'json.dumps({1, 2})', 'json.dumps(1j)', 'json.dumps([1], foo=1)', 'json.dumps(Point(1, 2), cls=PointEncoder)',
             'json.dumps(set(), cls=PointEncoder)']:
    try:
        print(call, '->', eval(call))
    except Exception as e:
        print(call, '!!', type(e).__name__, e)
round_trip = {'list': [1, 2.5, 'three', None, True], 'nested': {'a': {'b': {'c': [[], {}]}}}, 'unicode': 'naïve ☕'}
print(json.loads(json.dumps(round_trip)) == round_trip, json.loads(json.dumps(round_trip, indent=3)) == round_trip)
print(sorted(json.__all__))
print(list(json.JSONEncoder(indent=2).iterencode([1, 'a', [None, {'k': 2.5}], {}, (True,)])))
print(list(json.JSONEncoder(default=lambda o: [o.x]).iterencode({'p': Point(7, 8), 'q': [Point(9, 0)]})))
print(list(json.JSONEncoder().iterencode('top')), list(json.JSONEncoder().iterencode(5)), list(json.JSONEncoder().iterencode([])))
