# math's functions give glibc's doubles, last bit included: for these arguments glibc's exp,
# expm1 and log1p (and the sinh, cosh and tanh built on them) differ from the correctly rounded
# result, and CPython prints glibc's.
import math

for x in [1.9741954830086286, -2.7572793642292446, 14.873360783796123, -14.85697015714225, 0.12842006429699993,
          -8.380638216915457, 36.61516842470313, 709.7, -745.0, -708.9, 1e-300]:
    print('exp', x, repr(math.exp(x)))
for x in [-2.0609957940136, 17.578612351197158, 27.48254299918881, 7.7672947340414495, 21.99154006813334,
          24.50542385654898, 2.8727907251139406, 1.0574356460790866, -0.3, 1e-10]:
    print('expm1', x, repr(math.expm1(x)), repr(math.sinh(x)), repr(math.cosh(x)), repr(math.tanh(x)))
for x in [2.0609957940136, 23.45641379818875, 8.171071294620774, 29.59933128529933, 28.922190349449068,
          11.362292665316119, -0.2, 1e-5, 0.4, 1e300]:
    print('log1p', x, repr(math.log1p(x)), repr(math.asinh(x)), repr(math.atanh(min(x, 0.5))))
print(repr(math.atan2(1e-310, 2.0)), repr(math.atan2(-1e-310, 3.0)), repr(math.atan2(5e-324, 1e10)))
