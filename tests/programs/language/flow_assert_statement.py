# assert with and without messages.

def mean(values):
    assert values, "mean() of empty sequence"
    assert all(isinstance(v, (int, float)) for v in values), f"non-numeric in {values!r}"
    return sum(values) / len(values)

print(mean([1, 2, 3, 4]))
for bad in ([], [1, "2"]):
    try:
        mean(bad)
    except AssertionError as e:
        print(type(e).__name__, e, e.args)

try:
    assert 1 + 1 == 3
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)

# The message expression is evaluated only on failure
calls = []
def msg():
    calls.append("msg")
    return "computed message"
assert True, msg()
print(calls)
try:
    assert False, msg()
except AssertionError as e:
    print(e, calls)

# Non-string messages
try:
    assert 0, {"code": 42}
except AssertionError as e:
    print(e.args[0]["code"], str(e))
try:
    assert [], ["a", "list"]
except AssertionError as e:
    print(e)

# Assert with a tuple is always true (and CPython warns at compile time; we avoid it)
cond = (False, "msg")
assert cond
print("tuple is truthy")

# AssertionError is a normal exception
print(issubclass(AssertionError, Exception), AssertionError.__mro__[1].__name__)
try:
    raise AssertionError("raised manually")
except AssertionError as e:
    print(e)

# Assertions as invariants in a class
class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        before = len(self.items)
        self.items.append(x)
        assert len(self.items) == before + 1
    def pop(self):
        assert self.items, "pop from empty stack"
        return self.items.pop()

s = Stack()
s.push(1)
print(s.pop())
try:
    s.pop()
except AssertionError as e:
    print("invariant:", e)
print(__debug__)
