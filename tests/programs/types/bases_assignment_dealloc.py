# __bases__ assignment checks the old and new best bases as CPython's compatible_for_assignment
# does: a class whose base is object cannot take a Python class as base (and back), because
# their instances are freed differently; classes with compatible layouts can swap bases.
class A:
    pass


class B:
    pass


class C(A):
    pass


for target, bases in ((A, (B,)), (C, (object,)), (C, (B,)), (C, (A, B)), (A, (object,)), (A, (int,)), (C, (int,))):
    try:
        target.__bases__ = bases
        print('ok', target.__name__, [b.__name__ for b in target.__bases__])
    except TypeError as e:
        print('TypeError:', e)


class I(int):
    pass


class J(int):
    pass


for bases in ((J,), (object,), (int,)):
    try:
        I.__bases__ = bases
        print('ok', [b.__name__ for b in I.__bases__])
    except TypeError as e:
        print('TypeError:', e)
o = A()
try:
    o.__class__ = object
except TypeError as e:
    print('TypeError:', e)
o.__class__ = B
print(type(o).__name__)
