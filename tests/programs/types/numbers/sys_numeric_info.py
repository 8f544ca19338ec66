import sys
# sys.float_info, sys.int_info, sys.hash_info, sys.maxsize: values and structseq behavior.
fi = sys.float_info
print(fi.max, fi.min, fi.epsilon, fi.dig, fi.mant_dig, fi.max_exp, fi.min_exp, fi.max_10_exp, fi.min_10_exp, fi.radix, fi.rounds)
print(len(fi), fi[0] == fi.max, fi[-1], type(fi).__name__, isinstance(fi, tuple), fi.max * 2, fi.min / 2 ** 52, fi.min / 2 ** 53)
print(1.0 + fi.epsilon > 1.0, 1.0 + fi.epsilon / 2 == 1.0, fi.max == 1.7976931348623157e308, fi.max.hex(), fi.min.hex(), fi.epsilon.hex())
ii = sys.int_info
print(ii.bits_per_digit, ii.sizeof_digit, ii.default_max_str_digits, ii.str_digits_check_threshold, len(ii), tuple(ii))
hi = sys.hash_info
print(hi.width, hi.modulus, hi.inf, hi.nan, hi.imag, hi.algorithm, hi.hash_bits, hi.seed_bits, hi.cutoff, len(hi))
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, -sys.maxsize - 1, sys.float_repr_style, type(sys.maxsize).__name__)
print(repr(fi)[:60])
print(repr(ii))
try:
    fi.max = 1.0
except AttributeError as e:
    print("AttributeError", e)
try:
    sys.float_info.__class__()
except TypeError as e:
    print("TypeError", e)
print(fi == tuple(fi), fi[:3], fi.count(53), fi.index(53), max(1, fi.dig), hash(fi) == hash(tuple(fi)))
a, b, *rest = fi
print(a, b, len(rest))
print(hi.modulus == 2 ** 61 - 1, hash(hi.modulus) == 0, hash(2 ** 61) == 1, hash(-(2 ** 61)) == -1 if False else hash(-(2 ** 61)))
print(float(sys.maxsize), int(float(sys.maxsize)) - sys.maxsize, sys.maxsize + 1, (sys.maxsize + 1).bit_length())
