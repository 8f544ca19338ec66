# Expressions inside f-strings: quotes, dicts, calls, multi-line and escapes.

user = {"name": "ann", "roles": ["admin", "dev"], "age": 31}
print(f"{user['name']} is {user['age']} and has roles {', '.join(user['roles'])}")
print(f"{user["name"]!r}")                    # same-quote reuse (3.12+)
print(f'{"double" + 'single'}')
print(f"{'nested ' + f'{1 + 1}' + ' levels'}")
print(f"{f'{f"{42}"}'}")

# Braces
print(f"{{literal}} {{{1 + 1}}} }}{{")
print(f"{ {'a': 1}['a'] }", f"{ {1, 2} }", f"{({1: 2})}")

# Calls, methods, comprehensions, lambdas
print(f"{max(3, 9, 4)} {'-'.join(str(i) for i in range(4))} {[c.upper() for c in 'ab']}")
print(f"{(lambda a, b: a * b)(6, 7)}")
print(f"{sorted({3, 1, 2})!r:>12}")

# Conditional expressions and walrus need parentheses only for walrus
n = 5
print(f"{'odd' if n % 2 else 'even'} {(m := n * 2)} {m}")

# Multi-line f-string expressions
total = f"{
    sum(
        x * x
        for x in range(10)
    )
}"
print(total)

# Backslashes allowed in expressions since 3.12
words = ["a", "b"]
print(f"{'\n'.join(words)}")
print(f"{'\t'.join(words)!r}")

# Comments inside multi-line replacement fields (3.12+)
print(f"{n  # the count
    + 1}")

# Escapes in the literal part
print(f"tab:\t| newline-escaped:\\n | unicode:\u00e9 \N{GREEK SMALL LETTER ALPHA} | hex:\x41")
print(rf"raw {n}\n stays", fr"\d+{n}")

# Concatenation of f-strings and plain strings
value = 3
print("plain " f"{value} " 'more ' f'{value + 1}' "")

# Objects with __format__ in nested contexts
width = 7
print(f"{'|'}{value:^{width}}{'|'}")
print(f"{value!r:{'>' if value > 0 else '<'}{width}}")

# Format spec containing colons and literal text
import sys
print(f"{sys.version_info[0]:d}.x", f"{12:{'0'}{4}}")
print(f"{'a:b':>6}", f"{'{}':^6}")
