# Format spec: width, fill and alignment for strings and numbers.

word = "py"
for spec in ["", "5", "<5", ">5", "^5", "^6", "*<5", "*>5", "*^5", "-^7", "0>5", ".^1", " ^4", "=>3", "1", "<0"]:
    print(f"[{spec:>5}] -> [{word:{spec}}]")

n = 42
for spec in ["6", "<6", ">6", "^6", "=6", "+=6", "0=6", "*=+8", "_^9", "06", "+06", " 6", "-6"]:
    print(f"[{spec:>5}] -> [{n:{spec}}]")

neg = -42
for spec in ["6", "=6", "06", "*=6", "<6", "^7"]:
    print(f"[{spec:>5}] -> [{neg:{spec}}]")

x = 3.14159
for spec in ["10", "<10", "^10", "=+10", "010.2f", "*^12.3f", "x<8.1f"]:
    print(f"[{spec:>7}] -> [{x:{spec}}]")

# Width smaller than content doesn't truncate; precision on strings does
print(f"[{'overflowing':5}] [{'truncate me':.5}] [{'truncate me':>8.3}] [{'ab':^7.1}]")

# Fill characters that look like align or sign characters
print(f"[{7:<<5}] [{7:>>5}] [{7:^^5}] [{7:==5}] [{7:+>5}] [{7: >5}] [{7:+^+5}] [{-7:-^-5}]")

# Unicode fill and content
print(f"[{'é':*^5}] [{'日本':-^6}] [{'x':→>4}]")

# Table with computed widths
rows = [("Name", "Qty", "Price"), ("widget", 3, 2.5), ("gadget", 12, 10.0), ("thingamajig", 1, 0.333)]
w0 = max(len(str(r[0])) for r in rows)
for name, qty, price in rows:
    if isinstance(qty, str):
        print(f"{name:<{w0}} | {qty:>4} | {price:>8}")
        print("-" * (w0 + 18))
    else:
        print(f"{name:<{w0}} | {qty:>4d} | {price:>8.2f}")

# Same specs via format() and str.format
print(format("abc", "^9"), "{:*>6}".format("r"), "{0:_<4}{1:_>4}".format("L", "R"))
