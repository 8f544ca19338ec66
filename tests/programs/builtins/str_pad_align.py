# center / ljust / rjust / zfill / expandtabs
for w in ["a", "ab", "abc", "abcd", "", "日本"]:
    print("[" + w.center(5) + "]", "[" + w.center(6, "*") + "]", "[" + w.ljust(5, ".") + "]", "[" + w.rjust(5, "-") + "]")
print("x".center(0), "xyz".center(2), "xyz".ljust(-1), "ab".center(7, "é"))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError", e)
for v in ["42", "-42", "+42", "", "abc", "-", "3.14", "-0.5", "+-1", "1234567"]:
    print(repr(v), v.zfill(6), v.zfill(1))
t = "a\tbc\tdef\tghij\tk"
print(t.expandtabs())
print(t.expandtabs(4))
print(t.expandtabs(1))
print(t.expandtabs(0))
print("12345678\t|".expandtabs(), "\t|".expandtabs(3), "ab\ncd\tx\r\te".expandtabs(4))
print(repr("x\ty".expandtabs(tabsize=2)))
rows = [("Name", "Qty", "Price"), ("apple", "3", "1.25"), ("watermelon", "12", "10.5"), ("kiwi", "100", "0.3")]
widths = [max(len(r[i]) for r in rows) for i in range(3)]
for r in rows:
    print("| " + r[0].ljust(widths[0]) + " | " + r[1].rjust(widths[1]) + " | " + r[2].center(widths[2] + 2) + " |")
print(b"ab".center(6, b"-"), b"7".zfill(3), b"-7".zfill(4), bytearray(b"x").rjust(3), b"a\tb".expandtabs(4))
