# Descriptor protocol: data vs non-data descriptors and the instance dict

class NonData:
    def __get__(self, obj, objtype=None):
        return f"nondata({obj is not None}, {objtype.__name__})"

class Data:
    def __get__(self, obj, objtype=None):
        return "data"
    def __set__(self, obj, value):
        print("Data.__set__", value)

class SetOnly:
    def __set__(self, obj, value):
        obj.__dict__["so"] = value * 10

class DeleteOnly:
    def __delete__(self, obj):
        print("DeleteOnly.__delete__")

class C:
    nd = NonData()
    d = Data()
    so = SetOnly()
    do = DeleteOnly()

c = C()
print(c.nd, C.nd)
c.__dict__["nd"] = "instance wins over non-data"
print(c.nd)
c.d = 5
c.__dict__["d"] = "instance loses to data"
print(c.d, C.d)
c.so = 2
print(c.so, type(C.so).__name__)
del c.do
try:
    c.do = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del c.d
except AttributeError as e:
    print(type(e).__name__, e)

# descriptors only work in the class, not the instance
c.__dict__["inst_desc"] = NonData()
print(type(c.inst_desc).__name__)

# __get__ called with None for class access; objtype passed
class Recorder:
    def __get__(self, *args):
        return len(args), [type(a).__name__ for a in args]
class H:
    r = Recorder()
print(H.r, H().r)
print(Recorder().__get__(1), Recorder().__get__(None, int))

# functions are non-data descriptors
def f(self):
    return "bound to " + type(self).__name__
print(f.__get__(c)(), f.__get__(None, C) is f, type(f.__get__(c)).__name__)
try:
    f.__get__(None, None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f.__get__()
except TypeError as e:
    print(type(e).__name__, e)

# a descriptor on the metaclass
class Meta(type):
    @property
    def meta_prop(cls):
        return "meta property of " + cls.__name__
class WithMeta(metaclass=Meta):
    pass
print(WithMeta.meta_prop)
try:
    WithMeta().meta_prop
except AttributeError as e:
    print(type(e).__name__, e)

# __get__ returning different things for class and instance
class Dual:
    def __get__(self, obj, owner):
        return "class" if obj is None else "instance"
class D:
    x = Dual()
print(D.x, D().x)

# replacing a descriptor on the class changes all instances
C.nd = "plain"
print(C().nd)

# __set_name__ + __set__ storing in the instance dict under a private name
class Typed:
    def __set_name__(self, owner, name):
        self.private = "_" + name
    def __get__(self, obj, owner):
        return getattr(obj, self.private, None) if obj else self
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.private[1:]} must be int, not {type(value).__name__}")
        setattr(obj, self.private, value)
class Point:
    x = Typed()
    y = Typed()
p = Point()
p.x = 1
print(p.x, p.y, vars(p))
try:
    p.y = "a"
except TypeError as e:
    print(type(e).__name__, e)
