# Handling conversion errors while cleaning messy input data.

raw_rows = [
    b"ann,31,1.75",
    b"bob,thirty,1.80",
    b"c\xe9cile,28,1.62",
    b"dee,40,",
    b"eve,22,1.7,extra",
    b"\xff\xfe,1,1",
    b"fay,-5,1.60",
]

def decode(raw):
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as e:
        print(f"  utf-8 failed at byte {e.start} ({raw[e.start:e.end]!r}): {e.reason}")
        return raw.decode("latin-1"), "latin-1"

clean = []
errors = []
for lineno, raw in enumerate(raw_rows, 1):
    text, enc = decode(raw)
    try:
        name, age, height = text.split(",")
        age = int(age)
        height = float(height)
        if age < 0:
            raise ValueError(f"negative age {age}")
    except ValueError as e:
        errors.append((lineno, type(e).__name__, str(e)))
        continue
    clean.append((name, age, height, enc))

for row in clean:
    print("ok   ", row)
for err in errors:
    print("error", err)

# Error attributes
try:
    "naïve".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason)
    print(str(e))
try:
    b"\x80abc".decode("ascii")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
try:
    int("١٢٣x")
except ValueError as e:
    print(e)
print(int("١٢٣"), float("  -1_000.5  "), int("0x1A", 16), int("-0b101", 0))
try:
    float("1__0")
except ValueError as e:
    print(e)
try:
    int("12", 1)
except ValueError as e:
    print(e)
try:
    "abc".index("d")
except ValueError as e:
    print(e)
try:
    [].index(None)
except ValueError as e:
    print(e)
try:
    dict([("a", 1), ("b",)])
except ValueError as e:
    print(e)
