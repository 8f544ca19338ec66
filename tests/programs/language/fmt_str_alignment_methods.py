# str methods for alignment and padding compared with format specs.

words = ["a", "abc", "abcdef", "", "naïve"]
for w in words:
    print(f"[{w.ljust(8)}] [{w.rjust(8, '.')}] [{w.center(8, '*')}] [{w.zfill(8)}]")
    assert w.ljust(8) == f"{w:<8}" and w.rjust(8, ".") == f"{w:.>8}"

# center() puts the extra padding on the right when the length is odd... mostly
for width in range(4, 9):
    print(width, repr("ab".center(width)), repr(f"{'ab':^{width}}"), repr("abc".center(width)))

# zfill handles signs
for s in ["42", "-42", "+42", "3.14", "-0", "abc", "", "--1"]:
    print(repr(s), "->", repr(s.zfill(6)))

# expandtabs
text = "a\tbb\tccc\tdddd\te"
print(repr(text.expandtabs()))
print(repr(text.expandtabs(4)))
print(repr("x\ty\n\tz".expandtabs(3)))

# Padding with wide or combining characters counts code points, not display width
print(f"[{'日本':<6}] [{'e\u0301':>4}]")

# Building a boxed message
def box(lines, pad=1):
    width = max(len(l) for l in lines) + 2 * pad
    top = "+" + "-" * width + "+"
    body = ["|" + " " * pad + l.ljust(width - 2 * pad) + " " * pad + "|" for l in lines]
    return "\n".join([top, *body, top])
print(box(["Taipan", "a Python runtime", "in TypeScript"]))
print(box(["x"], pad=3))

# Errors
try:
    "x".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x".ljust("5")
except TypeError as e:
    print(type(e).__name__, e)
print(repr("x".rjust(-3)), repr("abc".center(2)))
