# str() with an encoding decodes bytes-like objects; without one it gives repr
print(str(b'abc'))
print(str(b'caf\xc3\xa9', 'utf-8'))
print(str(b'caf\xc3\xa9', encoding='utf-8'))
print(str(b'caf\xe9', 'latin-1'))
print(str(bytearray(b'xyz'), 'ascii'))
print(str(memoryview(b'mem'), 'ascii'))
print(str(b'\xff\xfe', 'utf-8', 'replace'))
print(str(b'a\xffb', 'utf-8', 'ignore'))
print(str(b'a\xffb', 'utf-8', 'backslashreplace'))
print(str(b'a\xffb', errors='replace'))
print(repr(str(b'', 'utf-8')))
print(repr(str(object='x')))
print(repr(str()))
try:
    str(b'\xff', 'utf-8')
except Exception as e:
    print(type(e).__name__, e)
try:
    str(b'\xe9', 'ascii')
except Exception as e:
    print(type(e).__name__, e)
try:
    str('abc', 'utf-8')
except Exception as e:
    print(type(e).__name__, e)
try:
    str(5, 'utf-8')
except Exception as e:
    print(type(e).__name__, e)
try:
    str([1], errors='strict')
except Exception as e:
    print(type(e).__name__, e)
try:
    str(b'x', 'bogus-enc')
except Exception as e:
    print(type(e).__name__, e)
try:
    str(b'x', 1)
except Exception as e:
    print(type(e).__name__, e)
try:
    str(b'x', 'utf-8', 'strict', 4)
except Exception as e:
    print(type(e).__name__, e)
try:
    str(b'x', foo=1)
except Exception as e:
    print(type(e).__name__, e)
print(str(b'x'), str(bytearray(b'y')), str(None), str(1.5), str([1, 'a']), str((1,)))
print(str(b'\xc3\xa9\xf0\x9f\x98\x80', 'utf-8'), len(str(b'\xf0\x9f\x98\x80', 'utf-8')))
print(str(b'\xed\xa0\x80', 'utf-8', 'replace'))
print(str(b'\xf0\x9f\x98', 'utf-8', 'replace'))
print(str(b'\xc0\xaf', 'utf-8', 'replace'))
try:
    str(b'ab\xf0\x9f\x98', 'utf-8')
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
try:
    str(b'\x80abc', 'utf-8')
except UnicodeDecodeError as e:
    print(e)
