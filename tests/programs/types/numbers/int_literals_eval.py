# Numeric literals through eval/compile: underscores, prefixes, limits, precedence.
srcs = ["1_000_000", "0_0", "0xDEAD_BEEF", "0o_17", "0b_1010", "0B11", "0O7", "0XfF", "00", "0e0", "09.5", "09j", "09e1", "1.e5", ".5e-3",
        "1_1.1_1e1_1", "1e309", "-1e309", "1e-400", "0.1e1_0", "1.5J", "0j", "1j * 1j", "100000000000000000000000000000000000000000000",
        "-2 ** 2", "(-2) ** 2", "2 ** -1", "-2 ** -1", "2 ** 3 ** 2", "~-1", "-~1", "10 - - 5", "+-+5", "7 // -2 * 3", "2 * 3 % 4",
        "1 << 2 + 1", "1 & 3 | 4 ^ 5", "not 1 + 1", "1 < 2 == 2 > 1", "2 ** 0.5 ** 2", "-1 ** 0.5", "(-1) ** 0.5", "1 .real", "1..real",
        "1 + 2j * 3", "(1 + 2j) * 3", "divmod(-7, 2) + divmod(7, -2)", "True + True * 2", "0x10 + 0o10 + 0b10 + 10"]
for s in srcs:
    print(s, "=>", repr(eval(s)))
bad = ["1__2", "1_", "0_x1", "0777", "0b102", "0o8", "0x", "0b_", "1e", "1_e5", "1e_5", "1j_", "1_j", "0x_", "1._5", "1_.5"]
for s in bad:
    try:
        eval(s)
        print(s, "no error")
    except SyntaxError as e:
        print(s, "SyntaxError", e.msg)
try:
    eval("1" * 4301)
except (SyntaxError, ValueError) as e:
    print(type(e).__name__, str(e)[:150])
print(eval("0x" + "f" * 5000) % 1000003, eval("0b" + "1" * 5000) % 1000003, eval("0o" + "7" * 4000) % 1000003)
print(eval("1" * 4300) % 1000003, eval("1" * 20 + "." + "1" * 20), eval("1" * 400 + ".0"), eval("1" * 5000 + "j").imag)
code = compile("a = 2 ** 64\nb = -a\nc = a * 1.0\nd = 3j ** 2", "<numbers>", "exec")
ns = {}
exec(code, ns)
print(ns["a"], ns["b"], ns["c"], ns["d"])
print(0.1 + 0.2, 1.1 + 2.2, 1e22 + 1, 1e16 + 1.0, 2 ** 63, -2 ** 63, 2 ** 64 - 1, 1 / 3, 10 ** 20 / 3)
