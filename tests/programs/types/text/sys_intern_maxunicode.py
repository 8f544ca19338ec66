# sys.intern and sys.maxunicode
import sys
print(sys.maxunicode, hex(sys.maxunicode), chr(sys.maxunicode) == '\U0010ffff')
a = sys.intern('hello world!')
b = sys.intern('hello ' + 'world!')
print(a == b, a is b, sys.intern(a) is a)
s = ''.join(['dyn', 'amic'])
print(sys.intern(s) is sys.intern('dynamic'))
for bad in [1, None, b'x']:
    try:
        sys.intern(bad)
    except Exception as e:
        print(type(e).__name__, e)

class S(str):
    pass
try:
    sys.intern(S('sub'))
except Exception as e:
    print(type(e).__name__, e)
try:
    sys.intern()
except Exception as e:
    print(type(e).__name__, e)
try:
    sys.intern('a', 'b')
except Exception as e:
    print(type(e).__name__, e)
try:
    chr(sys.maxunicode + 1)
except Exception as e:
    print(type(e).__name__, e)
print(sys.getdefaultencoding(), sys.getfilesystemencoding())
print(type(sys.stdout.write('write returns the length\n')).__name__)
n = sys.stdout.write('😀\n')
print(n)
print('é', '😀', '\u2028'.encode('utf-8'), sep='|')
