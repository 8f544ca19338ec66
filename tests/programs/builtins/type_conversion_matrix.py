# Convert a variety of values with each builtin constructor
values = [0, 7, -3.75, 2 + 0j, True, "", "42", " 3.5 ", "abc", b"12", b"ab", [], [1, 2], (3, 4), {}, {"k": 1}, set(), {5}, range(3), None]
ctors = [int, float, complex, str, bool, list, tuple, set, bytes]
for v in values:
    row = []
    for c in ctors:
        try:
            r = c(v)
            if isinstance(r, set):
                r = sorted(r, key=repr)
            row.append(repr(r))
        except Exception as e:
            row.append(type(e).__name__)
    print(repr(v).ljust(10), " ; ".join(row))
print(dict([("a", 1)]), dict(a=1), dict(zip([1, 2], "xy")), dict([[1, 2]]), dict(((1, 2),)))
for bad in [[1], ["ab", "cd", "e"], [(1, 2, 3)], 5]:
    try:
        print(dict(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
