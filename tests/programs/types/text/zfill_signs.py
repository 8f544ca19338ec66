# zfill keeps a leading sign in front of the zeros
for s in ['42', '-42', '+42', '--42', '-', '+', '', 'abc', '-abc', ' 42', '4-2', '3.14', '-3.14', '+0', '٣', '-٣', '😀', '-😀', '−5']:
    print(repr(s), [s.zfill(w) for w in (0, 1, 2, 3, 5)])
print('12'.zfill(-3), '12'.zfill(True))
for bad in ['5', 5.0, None]:
    try:
        '1'.zfill(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    '1'.zfill()
except Exception as e:
    print(type(e).__name__, e)
try:
    '1'.zfill(1, 2)
except Exception as e:
    print(type(e).__name__, e)
try:
    '1'.zfill(width=5)
except Exception as e:
    print(type(e).__name__, e)

class S(str):
    pass
for r in [S('12').zfill(1), S('12').zfill(4)]:
    print(type(r).__name__, repr(r))
print(format(-42, '05'), '-42'.zfill(5), str(-42).rjust(5, '0'))
