# repr of str: quote choice and escapes
for s in ["plain", "it's", 'say "hi"', 'both \' and "', "'", '"', "''\"", '', '\\', '\\n', 'tab\there',
          'nl\nx', 'cr\rx', '\x00', '\x07\x08\x0b\x0c', '\x1b[0m', '\x7f', '\x80', '\x9f', '\xa0', '\xad', 'é',
          '\u2028', '\u200b', '\ufeff', '\uffff', '\ue000', '\U0001f600', '\U000e0041', '\U0010ffff', '\U0001d4b3',
          '\u0378', 'a\u0301', 'Ω', '中文', '\x85', '\u3000', '\u061c', '\U0001f1ec\U0001f1e7']:
    print(repr(s), ascii(s), len(repr(s)))
print(repr('\ud800'), repr('\udfff'), repr('a\udc80b'), ascii('\ud800'))
print(repr(chr(0xd800) + 'x'), len(chr(0xdbff)))
print(str(['a', "b'", 'c"', '\n']))
print(str({'k': '\t'}), str(('é', '😀')))
print(repr("'" * 3 + '"'), repr('"' * 3 + "'"))

class S(str):
    pass
print(repr(S("sub'str")), ascii(S('é')))

class R(str):
    def __repr__(self):
        return 'R!'
print(repr(R('x')), [R('x')], '%r' % R('x'), '{!r}'.format(R('x')), f'{R("x")!r}')
