# printf-style formatting: every conversion type
vals = [0, 42, -42, 255, 3.75, -0.5, 1e20, 2**64, True]
for conv in 'diouxXeEfFgGcrsa':
    out = []
    for v in vals:
        try:
            out.append(('%' + conv) % v)
        except Exception as e:
            out.append(type(e).__name__ + ':' + str(e))
    print(conv, out)
print('%s %r %a' % ('é', 'é', 'é'))
print('%c%c%c' % (72, 'i', 0x1f600))
print('%5s|%-5s|%.2s|%5.1s|' % ('abc', 'abc', 'abc', 'abc'))
print('%5r|%-8a|' % ('x', 'é'))
print('%%|' % ())
for fmt in ['%5%', '%-5%', '%.3%']:
    try:
        print(repr(fmt % ()))
    except Exception as e:
        print(type(e).__name__, e)
print('%#o %#x %#X %#.3g %#g %#.0f %#.0e' % (8, 255, 255, 1.0, 2.5, 3.0, 4.0))
print('%+d % d %+.1f % .1f %+x % o' % (5, 5, 2.5, 2.5, 255, 8))
print('%05d|%-05d|%05.1f|%+05d|%0+5d|%0-5d|' % (42, 42, 3.14, 7, 7, 7))
print('%.3d|%.0d|%5.3d|%-5.3x|' % (7, 0, -7, 10))
print('%x %X %o' % (-255, -255, -8))
print('%i %u' % (3.99, -3.99))
print('%s' % (None,), '%s' % [1, 2], '%s' % ((1, 2),), '%r' % ((1, 2),))
print('%s' % 'single', '%s' % b'bytes', '%d' % 2**100)
print('%e %E' % (0.0, 123456.789), '%g %G' % (1e-5, 1e16), '%.0g %.1e' % (12345, 9.96))
print('%f %F' % (float('inf'), float('-inf')), '%f' % float('nan'), '%5.1f|' % float('nan'))
print('%.15g %.17g %r' % (0.1, 0.1, 0.1))
class I:
    def __index__(self):
        return 65
    def __int__(self):
        return 66
print('%c %x %d' % (I(), I(), I()) if hasattr(I, '__index__') else '')
class F:
    def __float__(self):
        return 1.25
print('%f %e %g' % (F(), F(), F()))
