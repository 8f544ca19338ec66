# Forms of raise: classes, instances, bad objects.

def attempt(label, fn):
    try:
        fn()
    except BaseException as e:
        print(f"{label:24} {type(e).__name__}: {e!r}")

def raise_class():
    raise ValueError

def raise_instance():
    raise ValueError("with message")

def raise_non_exception():
    raise 42

def raise_non_exception_class():
    raise int

def raise_string():
    raise "old style"

def raise_none():
    raise None

class NotAnException:
    pass

def raise_custom_non_exception():
    raise NotAnException()

class Weird(Exception):
    def __init__(self):
        super().__init__("made without args")

def raise_class_needing_no_args():
    raise Weird

class NeedsArgs(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)

def raise_class_needing_args():
    raise NeedsArgs

def raise_base_exception():
    raise BaseException("base")

def raise_keyboard_interrupt():
    raise KeyboardInterrupt

def raise_generator_exit():
    raise GeneratorExit("manual")

for label, fn in [
    ("class", raise_class),
    ("instance", raise_instance),
    ("int", raise_non_exception),
    ("int class", raise_non_exception_class),
    ("string", raise_string),
    ("None", raise_none),
    ("custom non-exception", raise_custom_non_exception),
    ("class w/o args", raise_class_needing_no_args),
    ("class needing args", raise_class_needing_args),
    ("BaseException", raise_base_exception),
    ("KeyboardInterrupt", raise_keyboard_interrupt),
    ("GeneratorExit", raise_generator_exit),
]:
    attempt(label, fn)

# raise inside a lambda via a helper, and raising exception stored in a variable
errors = {"missing": KeyError, "bad": ValueError}
def fail(kind, *args):
    raise errors[kind](*args)
attempt("from dict", lambda: fail("missing", "k"))
attempt("from dict 2", lambda: fail("bad", "v", 2))

# The same instance can be raised twice
shared = RuntimeError("shared")
for _ in range(2):
    try:
        raise shared
    except RuntimeError as e:
        print(e is shared, e.__traceback__.tb_next is None)

# raise in a conditional expression isn't allowed, but a helper works
def throw(e):
    raise e
value = None
try:
    result = value if value is not None else throw(LookupError("no value"))
except LookupError as e:
    print("helper raised:", e)
