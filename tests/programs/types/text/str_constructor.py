# str(): __str__, __repr__ fallback, results that are subclasses, and bad results
class A:
    def __str__(self):
        return 'A-str'
class B:
    def __repr__(self):
        return 'B-repr'
class C:
    pass
print(str(A()), str(B()), repr(B()), str(C()).startswith('<__main__.C object at '))
print(str(1), str(-0.0), str(1e100), str(True), str(None), str(...), str(NotImplemented), str(1j), str(2**70))
print(str([B(), B()]), str((B(),)), str({'k': B()}), str({B()}))
print(str('x'), str(''), str(str), str(int), str(type(None)), str(len), str(A)[:16])

class S(str):
    pass
class ReturnsSub:
    def __str__(self):
        return S('sub-result')
r = str(ReturnsSub())
print(type(r).__name__, r)
class ReprSub:
    def __repr__(self):
        return S('repr-sub')
r = repr(ReprSub())
print(type(r).__name__, r, type(str(ReprSub())).__name__)
r = S(ReturnsSub())
print(type(r).__name__, r)
for bad in [5, None, b'bytes', ['l']]:
    class Bad:
        def __str__(self, v=bad):
            return v
    try:
        str(Bad())
    except Exception as e:
        print(type(e).__name__, e)
    try:
        '%s' % Bad()
    except Exception as e:
        print(type(e).__name__, e)
    try:
        print(Bad())
    except Exception as e:
        print(type(e).__name__, e)
class BadRepr:
    def __repr__(self):
        return 5
try:
    str(BadRepr())
except Exception as e:
    print(type(e).__name__, e)
class Raises:
    def __str__(self):
        raise ValueError('inside __str__')
try:
    str(Raises())
except Exception as e:
    print(type(e).__name__, e)
try:
    f'{Raises()}'
except Exception as e:
    print(type(e).__name__, e)
print(str(object='kw'), repr(str.__new__(str)), repr(str.__new__(S, 'x')), type(str.__new__(S, 'x')).__name__)
try:
    str.__new__(int)
except Exception as e:
    print(type(e).__name__, e)
try:
    str.__new__()
except Exception as e:
    print(type(e).__name__, e)
try:
    str(1, 2, 3, 4)
except Exception as e:
    print(type(e).__name__, e)
print(bool(''), bool(' '), bool('0'), bool('False'), not '', '' or 'default', 'x' and 'y')
