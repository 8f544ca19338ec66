# Exception vs BaseException: what `except Exception` does not catch.

def run(exc):
    try:
        try:
            raise exc
        except Exception as e:
            return f"except Exception caught {type(e).__name__}"
    except BaseException as e:
        return f"only BaseException caught {type(e).__name__}"

for exc in [ValueError(), KeyboardInterrupt(), SystemExit(1), GeneratorExit(), StopIteration(), ArithmeticError(),
            BaseExceptionGroup("g", [KeyboardInterrupt()]), ExceptionGroup("g", [ValueError()])]:
    print(f"{type(exc).__name__:20} -> {run(exc)}")

# SystemExit can be caught and inspected
import sys
try:
    sys.exit(4)
except SystemExit as e:
    print("caught SystemExit code", e.code, repr(e))
try:
    sys.exit("goodbye")
except SystemExit as e:
    print("caught SystemExit message", repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print("caught SystemExit default", e.code)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print("multiple args:", e.code, e.args)

# Custom BaseException subclass for non-error control flow
class StopProcessing(BaseException):
    pass

def process(items):
    done = []
    try:
        for item in items:
            try:
                if item == "stop":
                    raise StopProcessing
                if item == "bad":
                    raise ValueError(item)
                done.append(item)
            except Exception as e:
                done.append(f"<{type(e).__name__}>")
    except StopProcessing:
        done.append("stopped")
    return done
print(process(["a", "bad", "b", "stop", "c"]))

# Bare except catches everything, including SystemExit
try:
    raise SystemExit(0)
except:
    print("bare except caught", sys.exc_info()[0].__name__)

print(sorted(c.__name__ for c in BaseException.__subclasses__()))
