# format() of int, bool, float and complex against many valid and invalid specs (incl. a NUL type code).
vals = [5, -5, True, 2.5, -0.0, 1+2j]
specs = ["s", "r", "a", "q", "_n", ",n", ",_", "_,", "#c", "+c", " c", "z", "zd", "zx", "z%", ".1c", ".2", ".2d", ".2x", "=", "0", "=5", "05", "#", "##", "++", "-+", "+-",
         " +", "z-", "-z", ",,", "__", ".", ".,", ".f", "5.", ".e", "%.", "10.3.", "x5", "5x5", "<^", "<<", "0<", "00", "01", "#0", "0#",
         "\x00", "\U0001F600>5", "{", "}", ",.2", "_.2f", ".2,f", ".2_f", ".,f", "._f", ",.f", ",.2n", "._2f", ".2_%", "_X", ",x", ",b", ",o", "_e", ",e", ",g", ",%", "_c",
         "#e", "#%", "#n", "#s", "#r", "=s", "^s", "<c", "c", "b", "o", "%"]
for spec in specs:
    row = []
    for v in vals:
        try:
            row.append(repr(format(v, spec)))
        except Exception as e:
            row.append(type(e).__name__ + ":" + str(e))
    print(repr(spec), " | ".join(row))
for v in [1, 1.5, "x", 1j]:
    for spec in [",\x00", "_\x00", ".2\x00", "5\x00", "\x00"]:
        try:
            print(repr(format(v, spec)))
        except ValueError as e:
            print("ValueError", e)
