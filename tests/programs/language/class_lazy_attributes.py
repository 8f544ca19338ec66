# Lazy (cached) attributes via a non-data descriptor that writes into __dict__.

class cached:
    def __init__(self, fn):
        self.fn = fn
        self.__doc__ = fn.__doc__
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        print(f"  computing {self.name}")
        value = self.fn(obj)
        obj.__dict__[self.name] = value   # later lookups hit the instance dict
        return value

class Dataset:
    def __init__(self, values):
        self.values = values

    @cached
    def total(self):
        """Sum of values."""
        return sum(self.values)

    @cached
    def mean(self):
        return self.total / len(self.values)

    @cached
    def variance(self):
        m = self.mean
        return sum((v - m) ** 2 for v in self.values) / len(self.values)

ds = Dataset([2, 4, 4, 4, 5, 5, 7, 9])
print(ds.variance)
print(ds.variance, ds.mean, ds.total)
print(sorted(vars(ds)))
del ds.mean            # invalidate one cached value
print(ds.mean)
print(Dataset.total.__doc__, type(Dataset.mean).__name__)

# Lazy attribute via __getattr__
class Settings:
    defaults = {"color": "blue", "size": 10}
    def __init__(self):
        self.loaded = []
    def __getattr__(self, name):
        if name in self.defaults:
            self.loaded.append(name)
            value = self.defaults[name]
            setattr(self, name, value)
            return value
        raise AttributeError(f"no setting {name!r}")

s = Settings()
print(s.color, s.color, s.size, s.loaded)
try:
    s.weight
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(s, "weight", None))
