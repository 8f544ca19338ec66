# add_note() and __notes__.

def validate_row(i, row):
    try:
        name, age = row
        age = int(age)
        if age < 0:
            raise ValueError(f"age must be non-negative, got {age}")
        return name, age
    except ValueError as e:
        e.add_note(f"while validating row {i}: {row!r}")
        raise

rows = [("ann", "31"), ("bob", "x"), ("cid", "-4"), ("too", "many", "values")]
for i, row in enumerate(rows):
    try:
        print(validate_row(i, row))
    except ValueError as e:
        print(f"{type(e).__name__}: {e}")
        for note in e.__notes__:
            print("  note:", note)

e = RuntimeError("base")
print(hasattr(e, "__notes__"))
e.add_note("first")
e.add_note("second")
print(e.__notes__, e.args, str(e))

try:
    e.add_note(42)
except TypeError as err:
    print(type(err).__name__, err)

# __notes__ is a plain list attribute and can be replaced or mutated
e.__notes__.append("appended directly")
print(e.__notes__)
e.__notes__ = ["replaced"]
e.add_note("after replace")
print(e.__notes__)

# Notes on exception groups and their members
eg = ExceptionGroup("batch", [ValueError("a"), KeyError("b")])
eg.add_note("batch 7 failed")
eg.exceptions[0].add_note("row 3")
m, rest = eg.split(ValueError)
print(m.__notes__, m.exceptions[0].__notes__, rest.__notes__)

# Notes are kept across re-raising and chaining
def load():
    try:
        {}["cfg"]
    except KeyError as err:
        err.add_note("config file: settings.toml")
        raise LookupError("could not load") from err

try:
    load()
except LookupError as err:
    print(err, "| cause notes:", err.__cause__.__notes__, "| own notes:", getattr(err, "__notes__", None))

# Adding a note if __notes__ is not a list
weird = ValueError("w")
weird.__notes__ = "not a list"
try:
    weird.add_note("x")
except TypeError as err:
    print(type(err).__name__, err)
