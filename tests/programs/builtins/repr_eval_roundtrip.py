# eval(repr(x)) == x for many builtin values
values = [0, -1, 10 ** 30, 1.5, -0.0, 1e-300, 1e300, 0.1, 1 / 3, 2j, -1.5 + 2.25j, "", "plain", "it's", 'say "hi"', "both ' \"",
          "\n\t\\", "\x00\x7f\x80", "é日😀", "\u200b\ufeff", b"", b"\x00\xff'\"", bytearray(b"xy"), [], [1, [2, [3]]], (), (1,), (1, 2),
          {}, {"a": [1, {"b": (2,)}]}, set(), {1, 2}, frozenset(), frozenset({3}), None, True, False, range(0), range(1, 10, 3),
          slice(1, None, 2), Ellipsis, [None, ..., True], {(1, 2): frozenset({"x"})}]
for v in values:
    r = repr(v)
    back = eval(r)
    same = back == v or (v != v)
    print(r, same, type(back).__name__)
print(repr(float("inf")), repr(float("nan")))
try:
    eval(repr(float("inf")))
except NameError as e:
    print("NameError", e)
big_list = list(range(50))
print(eval(repr(big_list)) == big_list, len(repr(big_list)))
nested = {"k%d" % i: [i, str(i), float(i), (i,)] for i in range(5)}
print(repr(nested))
print(eval(repr(nested)) == nested)
