# callable() on many kinds of objects

class WithCall:
    def __call__(self):
        return "called"

class NoCall:
    pass

class CallAttrInstance:
    pass

obj = CallAttrInstance()
obj.__call__ = lambda: 1

class Meta(type):
    def __call__(cls, *a):
        return "meta-call"

class M(metaclass=Meta):
    pass

class CallIsNone:
    __call__ = None

class Prop:
    @property
    def __call__(self):
        return lambda: "via property"

tests = [
    ("function", lambda: 0),
    ("builtin", len),
    ("method", [].append),
    ("class", int),
    ("instance with __call__", WithCall()),
    ("instance without", NoCall()),
    ("instance attr __call__", obj),
    ("meta class", M),
    ("int", 1),
    ("str", "abc"),
    ("None", None),
    ("type", type),
    ("object()", object()),
    ("staticmethod", staticmethod(len)),
    ("classmethod", classmethod(len)),
    ("property", property()),
    ("__call__ = None", CallIsNone()),
    ("property __call__", Prop()),
    ("generator", (x for x in ())),
    ("bound method of class", WithCall().__call__),
]
for label, v in tests:
    print(label, callable(v))

print(M())
print(Prop()())
try:
    CallIsNone()()
except TypeError as e:
    print(type(e).__name__, e)
try:
    obj()
except TypeError as e:
    print(type(e).__name__, e)
try:
    callable()
except TypeError as e:
    print(type(e).__name__, e)
try:
    callable(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1)()
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc"()
except TypeError as e:
    print(type(e).__name__, e)
try:
    NoCall()()
except TypeError as e:
    print(type(e).__name__, e)

# adding __call__ to a class later makes instances callable
n = NoCall()
print(callable(n))
NoCall.__call__ = lambda self: "late"
print(callable(n), n())
del NoCall.__call__
print(callable(n))
