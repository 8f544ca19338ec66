# dict subclasses: __missing__, overriding methods
class DefaultDict(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory
    def __missing__(self, key):
        value = self.factory()
        self[key] = value
        return value
groups = DefaultDict(list)
for word in "apple avocado banana blueberry cherry cranberry apricot".split():
    groups[word[0]].append(word)
print(groups, len(groups), "z" in groups, groups.get("z"))
counter = DefaultDict(int)
for ch in "hello world":
    counter[ch] += 1
print(sorted(counter.items()))
class Missing(dict):
    def __missing__(self, key):
        return "<%s missing>" % key
m = Missing(a=1)
print(m["a"], m["b"], m.get("b"), "b" in m, m)
class LowerDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
    def __getitem__(self, key):
        return super().__getitem__(key.lower())
ld = LowerDict()
ld["Hello"] = 1
ld["WORLD"] = 2
print(ld, ld["HELLO"], ld["world"], type(ld).__name__, isinstance(ld, dict))
ld2 = LowerDict(MiXeD=3)
print(ld2)
class Counter(dict):
    def __init__(self, iterable=()):
        super().__init__()
        for x in iterable:
            self[x] = self.get(x, 0) + 1
    def most_common(self, n=None):
        items = sorted(self.items(), key=lambda kv: -kv[1])
        return items if n is None else items[:n]
    def __add__(self, other):
        result = Counter()
        for k in list(self) + list(other):
            result[k] = self.get(k, 0) + other.get(k, 0)
        return result
    def __repr__(self):
        return "Counter(%s)" % dict.__repr__(self)
c = Counter("abracadabra")
print(c, c.most_common(2), c.most_common())
print(c + Counter("bad"))
class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None
    def __setattr__(self, name, value):
        self[name] = value
ad = AttrDict(x=1)
ad.y = 2
print(ad, ad.x, ad.y, hasattr(ad, "z"))
try:
    ad.z
except AttributeError as e:
    print("AttributeError", e)
print(dict(ad), ad | {"w": 0}, type(ad | {"w": 0}).__name__, type(ad.copy()).__name__)
