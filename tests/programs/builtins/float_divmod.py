# Float % and // sign rules and division errors
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (5.0, 0.1), (1.0, 0.3), (-1.0, 0.3),
         (0.0, 5.0), (-0.0, 5.0), (1e300, 7.0), (3.0, float('inf')), (-3.0, float('inf')),
         (10, 2.5), (2 ** 60, 0.75)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
for a, b in [(1.0, 0.0), (1, 0.0), (0.0, 0), (5.5, -0.0)]:
    for op in ('/', '//', '%', 'divmod'):
        try:
            if op == '/':
                r = a / b
            elif op == '//':
                r = a // b
            elif op == '%':
                r = a % b
            else:
                r = divmod(a, b)
            print(a, op, b, r)
        except ZeroDivisionError as e:
            print(a, op, b, "ZeroDivisionError:", e)
print(-1e-20 % 1.0, 1e-20 % -1.0, -0.0 % 1.0, 0.0 % -1.0)
print(float('inf') % 3.0 if False else "skip", 6.0 % 4, -6.0 % 4, 6 % -4.0)
try:
    float('inf') // 1.0
    print(float('inf') // 1.0)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(float('inf') % 2.0)
except Exception as e:
    print(type(e).__name__, e)
print(2 ** 1023 * 2.0 if False else 2.0 ** 1023)
try:
    print(2 ** 1024 * 1.0)
except OverflowError as e:
    print("OverflowError", e)
try:
    print(10 ** 400 * 1.5)
except OverflowError as e:
    print("OverflowError", e)
try:
    print(10 ** 400 / 3)
except OverflowError as e:
    print("OverflowError", e)
print(10 ** 400 // 3 % 1000, (10 ** 400) / (10 ** 390))
print(7 / 7, 0 / 5, -0 / 5, 0 / -5.0)
