# Format many ints with many presentation types
values = [0, 1, -1, 7, 42, -42, 255, 1000, -1000, 65535, 10 ** 6, -(10 ** 9) - 7, 2 ** 63, -(2 ** 64)]
specs = ["", "d", "5d", "<5", "^6", "05", "+", " ", "x", "#x", "X", "#X", "o", "#o", "b", "#b", ",", "_", "_x", "#_b", "+08,", "e", ".2f", "%"]
for v in values:
    print(str(v).rjust(21), "|".join(format(v, s) for s in specs))
print("%5d|%-5d|%05d|%+5d|% d|%x|%o|%X|%#x|%#o" % (42, 42, 42, 42, 42, 42, 42, 42, 42, 42))
print("{:*^11,}".format(1234567), "{:=+10}".format(-42), "{:0=10}".format(-42), "{:>+10}".format(-42))
for base_fmt in ("b", "o", "x"):
    print(base_fmt, [format(i, base_fmt) for i in range(-3, 18)])
for width in (1, 5, 10):
    for align in "<^>=":
        print(f"[{-42:{align}{width}}] [{42:0{align}{width}}] [{'s':{align if align != '=' else '<'}{width}}]", end=" ")
    print()
print([f"{n:,}" for n in (0, 999, 1000, 999999, -1234567, 10 ** 12)])
print([f"{n:_b}" for n in (0, 15, 16, 255, 256)], [f"{n:#_o}" for n in (8, 4096)], [f"{n:_X}" for n in (0xABCDEF, 2 ** 40)])
print(f"{2 ** 100:,}", f"{-(2 ** 70):_x}", f"{3 ** 40:e}", f"{7:08.3f}", f"{True:+d}", f"{False:#x}")
print(f"{65:c}{66:c}{9731:c}", f"{0x1F40D:c}", f"{12:x<4}|{12:x>4}|{12:x^5}|")
print(format(10 ** 23, ".3e"), format(-(10 ** 23) - 1, ",d"), format(255, "#010_b"), format(-255, "#010_b"))
for n in (0, 1, 127, 128, 255, 256, 65535, 65536):
    print(f"{n:>6} {n:#06x} {n:#011b} {n:#o} {n:08_b} {n:,} {n:e} {n:.1%}")
