# A hand-written @contextmanager decorator built on generators.

class GeneratorContextManager:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None
    def __exit__(self, et, ev, tb):
        if et is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(ev)
        except StopIteration:
            return True           # generator swallowed the exception
        except BaseException as e:
            if e is ev:
                return False      # re-raised the same exception: let it propagate
            raise
        raise RuntimeError("generator didn't stop after throw()")

def contextmanager(fn):
    def helper(*args, **kwargs):
        return GeneratorContextManager(fn(*args, **kwargs))
    helper.__name__ = fn.__name__
    return helper

@contextmanager
def tag(name):
    print(f"<{name}>")
    yield name.upper()
    print(f"</{name}>")

with tag("div") as t:
    print("  inside", t)
    with tag("span"):
        print("    nested")

@contextmanager
def suppressing(*types):
    try:
        yield
    except types as e:
        print(f"  suppressed {type(e).__name__}: {e}")

with suppressing(KeyError, ZeroDivisionError):
    {}["missing"]
with suppressing(ZeroDivisionError):
    1 / 0
try:
    with suppressing(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("propagated:", e)

@contextmanager
def cleanup(label):
    print(f"  setup {label}")
    try:
        yield label
    finally:
        print(f"  teardown {label}")

try:
    with cleanup("A") as a, cleanup("B") as b:
        print(f"  using {a} and {b}")
        raise RuntimeError("failure inside")
except RuntimeError as e:
    print("caught:", e)

@contextmanager
def translating():
    try:
        yield
    except KeyError as e:
        raise LookupError(f"translated {e}") from e

try:
    with translating():
        {}["k"]
except LookupError as e:
    print(repr(e), "cause:", repr(e.__cause__))

@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)

@contextmanager
def two_yields():
    yield 1
    yield 2
try:
    with two_yields():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)
