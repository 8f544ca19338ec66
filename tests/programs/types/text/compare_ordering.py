# str comparisons order by code point, not by UTF-16 unit or locale
pairs = [('a', 'b'), ('a', 'A'), ('Z', 'a'), ('', 'a'), ('ab', 'a'), ('abc', 'abd'), ('é', 'z'), ('\uffff', '\U00010000'),
         ('\U0001f600', '\uff5e'), ('\ue000', '\U0001d4b3'), ('\ud800', '\ue000'), ('a\x00', 'a'), ('10', '9'), ('ß', 'ss')]
for a, b in pairs:
    print(ascii(a), ascii(b), a < b, a <= b, a > b, a >= b, a == b, a != b)
words = ['banana', 'Apple', 'apple', 'éclair', 'zebra', '😀', '\uffee', '', 'a', 'Zoo', '10', '9', '\U00010000', '\ufb01']
print([ascii(w) for w in sorted(words)])
print([ascii(w) for w in sorted(words, key=str.lower)])
print([ascii(w) for w in sorted(words, key=str.casefold, reverse=True)])
print(max(words) == '😀', ascii(min(words)))
for other in [1, None, b'a', ['a'], 1.5]:
    for op in ['<', '<=', '>', '>=']:
        try:
            eval("'a' " + op + ' other')
        except TypeError as e:
            print(op, e)
    print('a' == other, 'a' != other)

class S(str):
    pass
print(S('a') == 'a', 'a' == S('a'), S('a') < 'b', sorted([S('b'), 'a', S('c')]))

class Rev:
    def __gt__(self, other):
        return 'Rev.__gt__'
    def __eq__(self, other):
        return 'Rev.__eq__'
print('a' < Rev(), 'a' == Rev())
print('abc' < 'abd' < 'abe', 'b' > 'a' > '', 'A' < 'a' < 'À' < 'à')
print('a' * 3 == 'aaa', 'ab' + 'c' == 'abc', 'abc'.__eq__(1), 'abc'.__lt__(1), 'a'.__ne__('a'))
