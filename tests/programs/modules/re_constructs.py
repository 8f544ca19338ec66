# re: what each construct matches (search, findall, finditer, sub, split, match, fullmatch), checked against sre.
import re
cases = [
    (r'a+b', 'xaaab ab'), (r'(a|ab)(c|bcd)(d*)', 'abcd'), (r'^(\w+)\s+(\w+)$', 'hello world'), (r'(?i)straße', 'STRASSE strasse STRAßE'),
    (r'\d{2,3}', '1 12 123 1234'), (r'x*', 'axxb'), (r'(a*)*', 'aaa'), (r'(a*)+', 'b'), (r'(?:ab)+?c', 'ababc'), (r'a{,2}', 'aaaa'),
    (r'a{2}', 'aaaaa'), (r'a{2,}?', 'aaaa'), (r'(\w)\1', 'hello aabb'), (r'(?P<w>\w+) (?P=w)', 'the the cat'), (r'(?<=\$)\d+', 'cost $45 or $7'),
    (r'(?<!\d)\d{2}(?!\d)', '1 23 456 78'), (r'\bfoo\b', 'foo foobar afoo foo.'), (r'\Bo\B', 'foo boot'), (r'^$', ''), (r'$', 'a\n'),
    (r'(?m)^\w', 'ab\ncd\n\nef'), (r'(?m)\w$', 'ab\ncd\n'), (r'(?s).+', 'a\nb'), (r'.+', 'a\nb'), (r'[^a-c]+', 'abcdefabc'),
    (r'[\w.-]+@[\w-]+\.\w+', 'mail me: a.b-c@ex-ample.com!'), (r'[]a]', 'x]a'), (r'[^]]', ']]x'), (r'[a\-z]', '-b'), (r'[\d\s]+', 'ab 12 3c'),
    (r'(?x) a  b # comment\n c', 'abc'), (r'(?i)[a-z]+', 'HeLLo Wörld'), (r'(a)|b', 'b'), (r'(a)?(b)?c', 'bc'),
    (r'(<)?\w+(?(1)>|$)', '<tag> word'), (r'(?>a+)b', 'aaab'), (r'(?>a+)a', 'aaa'), (r'a++a', 'aaa'), (r'a*+b', 'aaab'),
    (r'\x41\u00e9\U0001F600', 'Aé😀'), (r'\N{BULLET}', 'a•b'), (r'😀+', 'x😀😀y'), (r'.', '😀'), (r'\w+', 'naïve café 日本語'),
    (r'\d+', '١٢٣ 456'), (r'(?a)\w+', 'naïve'), (r'(?a)\d+', '١٢٣ 456'), (r'\s+', 'a\u3000b\x1cc'), (r'[^\W\d_]+', 'abc123_def'),
    (r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\11', 'abcdefghijkk'), (r'\0', 'a\x00b'), (r'\141', 'a'), (r'(?i)\u017f', 'sS'), (r'(?i)k', 'K\u212a'),
    (r'a|b|', 'c'), (r'(|a)+', 'aa'), (r'(a|)*b', 'aab'), (r'(?:x|y)*?z', 'xyxz'), (r'((a)|b)+', 'ab'), (r'(a)+', 'aaa'),
    (r'\Aab\Z', 'ab'), (r'\Aab\Z', 'ab\n'), (r'ab$', 'ab\n'), (r'(?i:a)b', 'Ab AB'), (r'(?-i:a)b', 'ab'), (r'a.c', 'a\nc abc'),
]
for p, s in cases:
    r = re.compile(p)
    m = r.search(s)
    print(repr(p), m and (m.group(), m.span(), m.groups(), m.lastindex), r.findall(s), [m.span() for m in r.finditer(s)])
    print('   ', r.sub('<\\g<0>>', s), r.split(s), bool(r.match(s)), bool(r.fullmatch(s)))
