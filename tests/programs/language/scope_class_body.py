# Class body scoping: names defined in the class body are not visible in methods.

size = "module size"

class Widget:
    size = "class size"
    doubled = size * 2          # class-body code sees class names
    label = f"<{size}>"

    def get_size(self):
        return size             # resolves to the module global, not the class attribute

    def get_class_size(self):
        return self.size, type(self).size, Widget.size

    def uses_default(self, s=size):   # defaults are evaluated in the class body
        return s

w = Widget()
print(Widget.doubled)
print(Widget.label)
print(w.get_size())
print(w.get_class_size())
print(w.uses_default())

# Class bodies can read enclosing function locals (closures)
def make_class(prefix):
    class Tagged:
        tag = prefix + "-tag"
        def show(self):
            return prefix + " from method"
    return Tagged
T = make_class("outer")
print(T.tag, T().show())

# A class-level name shadows the enclosing function's name inside the class body only
def shadowing():
    x = "function x"
    class C:
        x = "class x"
        y = x
        def m(self):
            return x
    return C.y, C().m()
print(shadowing())

# Methods referencing other class attributes need self/cls
class Counter:
    start = 10
    def bad(self):
        try:
            return start
        except NameError as e:
            return f"NameError: {e}"
    def good(self):
        return self.start
print(Counter().bad(), Counter().good())

# Nested classes cannot see the outer class body
class Outer:
    value = 1
    class Inner:
        try:
            v = value
        except NameError as e:
            v = f"NameError: {e}"
print(Outer.Inner.v)

# The class body executes once, top to bottom, like a function
order = []
class Ordered:
    order.append("first")
    a = 1
    order.append("second")
    def method(self):
        pass
    order.append("third")
    b = a + 1
print(order, Ordered.b)

# del inside a class body
class Temp:
    helper = 5
    result = helper * 2
    del helper
print(hasattr(Temp, "helper"), Temp.result)

# __qualname__ and __module__ are set in the class namespace
class Named:
    seen = (__qualname__, __module__)
print(Named.seen)
