# The character arrays: 'w' (UCS-4) and the deprecated 'u' (wchar_t, 4 bytes on Linux, which
# warns on creation): construction from str, items, methods and their errors.
import array


def attempt(f):
    try:
        r = f()
    except Exception as e:
        return f'{type(e).__name__}: {e}'
    return repr(r)


for code in 'uw':
    a = array.array(code, 'añ€\U0001F600')
    print(code, a, len(a), a.itemsize, a[1], a[-1], a[1:3], a[::-1], a.tolist(), a.tounicode())
    a.append('z')
    a.insert(0, 'A')
    a.extend('xy')
    a.extend(array.array(code, 'Q'))
    a.fromunicode('!?')
    a[2] = 'B'
    print(a, a.index('z'), a.count('x'), 'x' in a, 'xy' in a, a.pop(), a.tobytes()[:8])
    print(attempt(lambda: a.append('ab')), attempt(lambda: a.append(65)), attempt(lambda: a.extend(['ab'])),
          attempt(lambda: a.__setitem__(0, '')), attempt(lambda: a.fromunicode(5)), attempt(lambda: a.fromlist(['a', 1])))
    print(a == array.array(code, a.tounicode()), a < array.array(code, 'B'), repr(array.array(code)), str(array.array(code, "it's")))
    print(memoryview(a).format, memoryview(a).itemsize, bytes(array.array(code, 'hi')))
print(array.array('u', 'abc') == array.array('w', 'abc'), array.array('w', array.array('u', 'ab')), array.array('u', b'a\x00\x00\x00'))
print(attempt(lambda: array.array('i', array.array('u', 'a'))), attempt(lambda: array.array('b', 'x')))
print(array.array('u', 'ab').__reduce_ex__(3)[1][1:], array.array('u', 'ab').__reduce_ex__(2)[1])
