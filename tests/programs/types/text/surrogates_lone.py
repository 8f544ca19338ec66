# Lone surrogates are ordinary code points in a str
s = 'a\ud800b\udfffc'
print(len(s), repr(s), ascii(s), [hex(ord(c)) for c in s])
print(s[1] == '\ud800', s.find('\udfff'), s.count('\ud800'), s.index('b'), repr(s.upper()), s.isprintable())
print('\ud800'.isalpha(), '\ud800'.isspace(), '\udc00'.isidentifier(), '\ud800'.islower(), '\ud800'.isascii())
print(s.encode('utf-8', 'replace'), s.encode('utf-8', 'ignore'), s.encode('utf-8', 'backslashreplace'))
print(s.encode('utf-8', 'surrogatepass'), s.encode('utf-8', 'surrogatepass').decode('utf-8', 'surrogatepass') == s)
print(s.encode('ascii', 'xmlcharrefreplace'), s.encode('latin-1', 'replace'))
try:
    s.encode('utf-8')
except UnicodeEncodeError as e:
    print(e.start, e.end, e.reason, e)
esc = b'abc\xff\xfe'.decode('utf-8', 'surrogateescape')
print(repr(esc), len(esc), esc.encode('utf-8', 'surrogateescape'))
print(sorted(['\ud800', '\uffff', '\ue000', 'z', '\U00010000']) == ['z', '\ud800', '\ue000', '\uffff', '\U00010000'])
print('\ud800' < '\ue000', '\udfff' < '\U00010000', '\ud800' > 'z')
print(repr('\ud800'.center(5, '*')))
print(repr(s[::-1]), repr(s.replace('\ud800', 'X')), repr(s.split('\ud800')))
print(repr(str(s)), repr(f'{s}'), repr('%s' % s), repr('{}'.format(s)))
print(hash('\ud800') == hash('\ud800'), {'\ud800': 1}['\ud800'], '\ud800' in s, '\udfff' in 'x\udfff')
print(repr(chr(0xd800) + 'x'), repr('x' + chr(0xdfff)))
for c in ['\ud800', '\udbff', '\udc00', '\udfff']:
    print(repr(c), ord(c), c.encode('utf-16-le', 'surrogatepass'), c.encode('utf-32-be', 'surrogatepass'))
