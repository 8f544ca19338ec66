# complex ** : integer exponents, zero bases, overflow, and errors.
print((1 + 1j) ** 2, (1 + 1j) ** 0, (1 + 1j) ** -1, (2j) ** 3, (1 + 2j) ** 10, 1j ** 4, 1j ** 1.0, (-1 + 0j) ** 0.5)
print((1 + 1j) ** (1 + 1j), 2 ** 1j, 2.0 ** (1 + 1j), (-8) ** (1 / 3 + 0j), 1j ** 1j, (0.5j) ** 100)
print(0j ** 0, 0j ** 0j, 0j ** 1, 0j ** 2.5, 0j ** (2 + 0j), 0j ** 1.0, pow(0j, 0))
for e in [-1, -1.0, 1j, -2 + 1j, complex(0, 0.5), complex(-0.5, 0)]:
    try:
        print(e, 0j ** e)
    except ZeroDivisionError as err:
        print(e, "ZeroDivisionError", err)
for base, e in [(1e200 + 1e200j, 2), (10 + 10j, 400), (1e155j, 2), ((1 + 1j), 10**6)]:
    try:
        print(base ** e)
    except OverflowError as err:
        print("OverflowError", err)
try:
    pow(1j, 2, 3)
except ValueError as err:
    print("ValueError", err)
except TypeError as err:
    print("TypeError", err)
for k in range(-4, 5):
    print(k, (1 + 2j) ** k, (0.5 - 1.5j) ** k)
print(pow(1j, 2), pow(2, 0.5j), pow(1j, -1), (3 + 4j) ** 0.5)
print((1 + 0j) ** 1e20, (1 + 0j) ** 1000000, (-1 + 0j) ** 101, (-1 + 0j) ** 100)
try:
    1j ** "2"
except TypeError as err:
    print("TypeError", err)
