# True division of big ints is correctly rounded
pairs = [(1, 3), (2, 3), (10 ** 30, 3), (10 ** 30 + 1, 10 ** 15), (2 ** 100, 2 ** 47 - 1), (3 ** 200, 7 ** 90),
         (10 ** 400, 10 ** 399), (1, 10 ** 400), (-(10 ** 50), 7), (2 ** 53 + 1, 1), (2 ** 54 + 3, 2), (123456789123456789, 1000),
         (-1, 2 ** 1100), (10 ** 320, 10 ** 10), (1, 3 ** 600)]
for a, b in pairs:
    try:
        print(a / b if len(str(a)) < 50 else "big", end=" ")
        print(repr(a / b))
    except OverflowError as e:
        print("OverflowError", e)
for n in [2 ** 53, 2 ** 53 + 1, 2 ** 53 + 2, 2 ** 53 + 3, 2 ** 54 + 2, 2 ** 54 + 6, 2 ** 63 - 1, 2 ** 64 + 2 ** 11, 2 ** 64 + 2 ** 11 + 1, 10 ** 23, 2 ** 1023 * 3 // 2]:
    print(n, float(n), int(float(n)) - n)
try:
    float(2 ** 1024)
except OverflowError as e:
    print("OverflowError", e)
print(float(2 ** 1024 - 2 ** 971), float(2 ** 1024 - 2 ** 971 - 1))
try:
    print(float(2 ** 1024 - 2 ** 970 - 1))
    float(2 ** 1024 - 2 ** 970)
except OverflowError as e:
    print("OverflowError", e)
print((10 ** 20) / (10 ** 19), 1 / 2 ** 1074, 1 / 2 ** 1075, 3 / 2 ** 1076)
print(7 / 1, -7 / 1, 0 / -1, 6 / 4, 1e16 / 3, (2 ** 70) / (2 ** 69))
