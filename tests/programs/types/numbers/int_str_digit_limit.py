import sys
# The int <-> str conversion length limit (PEP-less CVE fix in 3.11).
print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
big = 10 ** 5000
try:
    str(big)
except ValueError as e:
    print("ValueError", e)
try:
    repr(-big)
except ValueError as e:
    print("ValueError", e)
try:
    int("1" * 4301)
except ValueError as e:
    print("ValueError", e)
try:
    f"{big}"
except ValueError as e:
    print("ValueError", e)
try:
    "%d" % big
except ValueError as e:
    print("ValueError", e)
print(len(str(10 ** 4299)), int("9" * 4300) % 1000)
print(len(hex(big)), len(bin(big)), int("f" * 5000, 16) % 97)
print(len(oct(big)), format(big, "x")[:10], len(format(big, "b")))
sys.set_int_max_str_digits(5001)
print(sys.get_int_max_str_digits(), len(str(big)))
sys.set_int_max_str_digits(0)
print(sys.get_int_max_str_digits(), len(str(10 ** 9000)), len(str(int("7" * 9000))))
for bad in [1, 639, -5]:
    try:
        sys.set_int_max_str_digits(bad)
    except ValueError as e:
        print("ValueError", e)
sys.set_int_max_str_digits(640)
print(sys.get_int_max_str_digits())
try:
    str(10 ** 640)
except ValueError as e:
    print("ValueError", e)
print(len(str(10 ** 639)))
try:
    int("5" * 641)
except ValueError as e:
    print("ValueError", e)
try:
    sys.set_int_max_str_digits("100")
except TypeError as e:
    print("TypeError", e)
try:
    sys.set_int_max_str_digits(maxdigits=700)
    print(sys.get_int_max_str_digits())
except TypeError as e:
    print("TypeError", e)
sys.set_int_max_str_digits(4300)
print(sys.flags.int_max_str_digits)
print(sys.int_info.bits_per_digit, sys.int_info.sizeof_digit)
