# The 4300-digit limit for int<->str conversion
import sys
print(sys.get_int_max_str_digits())
x = 10 ** 4299
print(len(str(x)))
y = 10 ** 4300
try:
    s = str(y)
    print("no error", len(s))
except ValueError as e:
    print("ValueError", e)
try:
    int("1" * 4301)
except ValueError as e:
    print("ValueError", e)
print(int("1" * 4300) % 1000)
print(hex(y)[:10], len(hex(y)))
print(int("f" * 5000, 16) % 1000)
sys.set_int_max_str_digits(0)
print(len(str(y)))
sys.set_int_max_str_digits(5000)
print(sys.get_int_max_str_digits())
print(len(str(10 ** 4999)))
try:
    str(10 ** 5000)
except ValueError as e:
    print("ValueError", e)
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print("ValueError", e)
sys.set_int_max_str_digits(640)
try:
    print(2 ** 3000)
except ValueError as e:
    print("ValueError", e)
print(f"{2 ** 2000:x}"[:16])
