# re's module functions and the Pattern and Match APIs: groups, spans, templates, pos/endpos, bytes.
import re
print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'me@home you@work'), re.subn('a', 'b', 'aaa', count=2))
print(re.sub(r'\d', lambda m: str(int(m.group()) * 2), 'a1b2c3'), re.sub('(?P<x>a)', r'[\g<x>]', 'bab'))
print(re.split(r'(,)\s*', 'a, b,c'), re.split(r',', 'a,b,c', maxsplit=1), re.split('', 'abc'), re.split(r'\b', 'a b'))
print(re.findall(r'(\w)(\d)?', 'a1bc2'), re.findall(r'', 'ab'), re.findall(rb'\w+', b'ab cd'), re.sub(b'a', b'\\n', b'xa'))
print(re.match(r'(?P<first>\w+) (?P<last>\w+)', 'Jane Doe').groupdict(), re.compile(r'(\d+)').search('a12b', 2).group())
print(re.compile('a').match('ba', 1), re.compile('^a').search('ba', 1), re.compile('(?<=b)a').search('ba', 1), re.compile('a$').search('ab', 0, 1))
print(re.fullmatch('a|ab', 'ab'), re.compile('b').fullmatch('abc', 1, 2), re.search('x', 'y'), re.escape('1+1=2?'))
m = re.search(r'(\d+)-(\d+)', 'tel: 555-1234')
print(m.expand(r'\2/\1'), m.start(1), m.end(2), m.regs, m[0], m[2], m.group(1, 2), m.re.pattern, m.pos, m.endpos)


def tokenize(text):
    spec = [('NUMBER', r'\d+(?:\.\d*)?'), ('ASSIGN', r':='), ('END', r';'), ('ID', r'[A-Za-z_]\w*'),
            ('OP', r'[+\-*/]'), ('NEWLINE', r'\n'), ('SKIP', r'[ \t]+'), ('MISMATCH', r'.')]
    regex = '|'.join(f'(?P<{name}>{pattern})' for name, pattern in spec)
    line = 1
    for mo in re.finditer(regex, text):
        kind = mo.lastgroup
        if kind == 'NEWLINE':
            line += 1
        elif kind != 'SKIP':
            yield kind, mo.group(), line, mo.start()


print(list(tokenize('total := price * 1.5;\nx := total - 3 @')))
scanner = re.compile(r'\w+|\s+').scanner('ab  cd')
print(scanner.match().group(), scanner.match().group(), scanner.search().group(), scanner.search())
date = re.compile(r'(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)')
print(date.sub(r'\g<d>/\g<m>/\g<y>', 'from 2024-01-31 to 2024-12-01'), date.groupindex, date.groups, date.pattern)
print([m.groupdict() for m in date.finditer('2020-02-29, 1999-12-31')])
print(re.compile(r'(?i)HELLO').sub(lambda m: m.group().swapcase(), 'hello Hello hELLO'), re.sub('', '-', 'abc'))
print(re.findall(r'(?m)^(\w+):\s*(.*)$', 'name: Ann\nage: 31\nbad line\ncity:  Oslo'), re.split(r'\s*[;,]\s*', 'a ; b,c ,d'))
print(re.sub(r'(?<=\d)(?=(\d{3})+$)', ',', '1234567'), re.sub(r'\s+', ' ', '  a \t b\n\nc  ').strip())
print(type(re.compile('a')).__name__, type(re.match('a', 'a')).__name__, re.Pattern, re.Match, re.error is re.PatternError)
print(re.sub(b'a', b'c', bytearray(b'xa')), re.split(b'a', bytearray(b'xay')), re.findall(b'a', bytearray(b'aa')), re.search(b'a', bytearray(b'xa')).group())
