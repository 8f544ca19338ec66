# !r, !s and !a conversions in f-strings and str.format.

class Thing:
    def __repr__(self):
        return "Thing<repr>"
    def __str__(self):
        return "Thing<str>"
    def __format__(self, spec):
        return f"Thing<format:{spec}>"

t = Thing()
print(f"{t} {t!s} {t!r} {t!a} {t:xyz} {t!s:>12} {t!r:*^15}")
print("{} {!s} {!r} {!a} {:spec}".format(t, t, t, t, t))

samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "back\\slash",
           "café", "naïve ☃", "emoji 🐍", "\x00\x7f\x80", "\u200b", "日本語"]
for s in samples:
    print(f"{s!r:<22} {s!a}")

# !a on containers
print(f"{['é', 'x']!a} {({'ß': 1})!a} {('ü',)!r}")

# ascii() and repr() builtins give the same
print(ascii("ñ") == f"{'ñ'!a}", repr("ñ") == f"{'ñ'!r}")

# Conversions on numbers and None
print(f"{3!r} {3.0!s} {None!r} {True!a} {b'bytes'!r} {b'\xff'!s}")

# Conversion followed by a format spec applies the spec to the converted string
print(f"[{3.14159!r:>12}] [{'x'!r:^7}] [{None!s:.2}]")

# str() of containers uses repr() of the elements
print(str(["a", 1, None, "b'c"]), str({"k": "v"}), str(("x",)))
print([t], (t,), {t: t})
