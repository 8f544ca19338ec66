# Methods on long strings stay correct (and fast) on BMP and astral text
n = 200000
a = 'abcdefghij' * (n // 10)
e = ('x😀' * (n // 2))
print(len(a), len(e), a[123456], e[123457], e[-1], a[-5:], e[99999:100003])
print(a.count('a'), a.count('abc'), e.count('😀'), e.count('x😀x'), a.find('jab', 1000), e.find('😀', 1001), e.rfind('x', 0, 5000))
print(a.replace('abc', 'X')[:20], len(a.replace('a', '')), len(e.replace('😀', '--')), e.replace('x', '', 3)[:5])
parts = a.split('j')
print(len(parts), parts[0], repr(parts[-1]), len(e.split('😀')), len(a.split('j', 1000)))
words = ' '.join(['w%d' % i for i in range(50000)])
print(len(words), len(words.split()), words.split()[-1], len(words.rsplit(None, 10)), words.rsplit(None, 2)[-2:])
lines = '\n'.join(str(i) for i in range(30000))
print(len(lines.splitlines()), lines.splitlines()[12345], sum(1 for ln in lines.splitlines(True) if ln.endswith('\n')))
print(len(a.upper()), a.upper()[:12], e.upper()[:4], len(e.lower()), a.title()[:12], a.swapcase()[-3:])
print(a.startswith('abc', 100000), e.endswith('😀'), a.index('j', 99990), e.index('x', 99999))
big = '😀' * 1000 + 'é' * 1000 + 'a' * 1000
print(len(big), big[999:1002], big[::500], len(big[::-1]), big[::-1][:2], big.center(3010, '*')[:6])
print(len(big.encode()), len(big.encode('utf-16')), big.encode()[3998:4002], len(big.encode('latin-1', 'replace')))
rev = ''.join(reversed(e))
print(rev[:4], rev == e[::-1], len(set(e)), sorted(set(a))[:3])
acc = []
for i in range(20000):
    acc.append(chr(0x1f600 + i % 80))
joined = ''.join(acc)
print(len(joined), joined[79], joined[80] == joined[0], joined.count(chr(0x1f600)))
s = ''
for i in range(20000):
    s += 'ab'[i % 2]
print(len(s), s[:6], s.count('ab'))
t = 'a' * 100000
print(t.find('b'), t.rfind('a'), t.count('aa'), len(t.strip('a')), len(t.zfill(100001)), t.expandtabs() is t or len(t.expandtabs()))
print(hash(a) == hash('abcdefghij' * (n // 10)), a == 'abcdefghij' * (n // 10), a < a + 'a', e > a)
