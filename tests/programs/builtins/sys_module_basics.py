# Commonly used attributes of sys
import sys
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, -sys.maxsize - 1)
print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 8), tuple(sys.version_info)[:2])
print(sys.byteorder, sys.getrecursionlimit())
fi = sys.float_info
print(fi.max, fi.min, fi.epsilon, fi.dig, fi.mant_dig, fi.max_exp, fi.min_exp, fi.radix)
print(1.0 + fi.epsilon > 1.0, 1.0 + fi.epsilon / 2 == 1.0, fi.max * 2, fi.min / 2 > 0)
hi = sys.hash_info
print(hi.modulus, hi.inf, hi.width, hi.modulus == 2 ** 61 - 1, hash(2 ** 61 - 1), hash(hi.modulus + 5))
print(sys.int_info.bits_per_digit in (15, 30), sys.get_int_max_str_digits())
print(type(sys.argv).__name__, len(sys.argv), sys.argv[0].endswith("sys_module_basics.py"))
print(type(sys.modules).__name__, "sys" in sys.modules, sys.modules["sys"] is sys)
print(sys.stdout.write("x\n"), sys.stderr is not sys.stdout)
print(callable(sys.exit), sys.exc_info())
try:
    raise ValueError("inside")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, type(sys.exception()).__name__)
print(sys.exc_info(), sys.exception())
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth(0)
print(500 < d <= 1000)
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
def count_down(n):
    return 0 if n == 0 else 1 + count_down(n - 1)
print(count_down(1500))
sys.setrecursionlimit(1000)
try:
    count_down(5000)
except RecursionError as e:
    print("RecursionError", e)
print(sys.intern("abc") == "abc", isinstance(sys.path, list))
