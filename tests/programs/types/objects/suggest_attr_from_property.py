# An AttributeError escaping a property gets the name/obj of the lookup, so the uncaught
# error is augmented with a suggestion computed from the attribute that was asked for.

class Lazy:
    def __init__(self):
        self._cache = {}
        self.loaded = False

    @property
    def data(self):
        raise AttributeError("data not loaded yet")

    @property
    def size(self):
        return len(self._cache)

obj = Lazy()
print(obj.size, obj.loaded)

try:
    obj.data
except AttributeError as e:
    print(str(e), e.name, e.obj is obj)

# an AttributeError that already names something keeps it
class Named:
    @property
    def prop(self):
        raise AttributeError("explicit", name="other_name", obj=None)
try:
    Named().prop
except AttributeError as e:
    print(str(e), e.name, e.obj)

# getattr with default swallows it
print(getattr(obj, "data", "fallback"), hasattr(obj, "data"))

# __getattr__ receives the name after the property fails
class WithFallback(Lazy):
    def __getattr__(self, name):
        return f"fallback for {name}"
print(WithFallback().data)

class Holder:
    def __init__(self):
        self.database = "db"
    @property
    def handle(self):
        return self.databse

print(Holder().database)
print(Holder().handle)
