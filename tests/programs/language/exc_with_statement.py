# with statements and custom context managers; suppressing exceptions.

class Managed:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print(f"  enter {self.name}")
        return self
    def __exit__(self, exc_type, exc, tb):
        kind = exc_type.__name__ if exc_type else None
        print(f"  exit {self.name}: type={kind} value={exc!r} tb={'yes' if tb else None}")
        return self.suppress

print("normal:")
with Managed("a") as m:
    print("  body uses", m.name)

print("exception not suppressed:")
try:
    with Managed("b"):
        raise ValueError("boom")
except ValueError as e:
    print("  caught outside:", e)

print("exception suppressed:")
with Managed("c", suppress=True):
    raise KeyError("hidden")
print("  continued after with")

print("truthy non-bool return suppresses too:")
class Truthy(Managed):
    def __exit__(self, *exc):
        super().__exit__(*exc)
        return "yes"
with Truthy("d"):
    1 / 0
print("  suppressed by truthy value")

print("return inside with still calls __exit__:")
def early():
    with Managed("e"):
        return "returned"
print(" ", early())

print("break/continue inside with:")
for i in range(3):
    with Managed(f"loop{i}"):
        if i == 0:
            continue
        if i == 1:
            break
print("  loop done")

print("__enter__ return value is bound, not the manager:")
class Opener:
    def __enter__(self):
        return {"resource": 42}
    def __exit__(self, *exc):
        return False
with Opener() as res:
    print(" ", res)

print("exception in __enter__ skips __exit__:")
class BadEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *exc):
        print("  never")
try:
    with BadEnter():
        print("  never body")
except RuntimeError as e:
    print("  ", e)

print("exception in __exit__ replaces body exception:")
class BadExit:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        raise OSError("exit failed")
try:
    with BadExit():
        raise ValueError("body")
except OSError as e:
    print("  ", repr(e), "context:", repr(e.__context__))

print("missing protocol methods:")
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except TypeError as e:
    print("  ", type(e).__name__, e)
