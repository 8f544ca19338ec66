# String literal forms: escapes, raw strings, concatenation, triple quotes
print(repr('\0'), repr('\07'), repr('\101'), repr('\377'), repr('\400'), repr('\777'), len('\1234'))
print(repr('\x41\x7a'), repr('\u00e9\u20AC'), repr('\U0001F600'), repr('\N{BULLET}'), repr('\N{latin small letter e with acute}'))
print(repr('\a\b\f\n\r\t\v'), repr('\\'), repr('\''), repr("\""), repr('\
continued'))
print(repr(r'\n\t\x41'), repr(R'raw\\'), repr(r'\''), len(r'\''), repr(r'\N{BULLET}'))
print(repr('adjacent' 'literals' "mixed"), repr('a' r'\b' 'c'))
print(repr('''triple 'single' "double"'''), repr("""line1
line2"""), repr('''a\
b'''))
print(repr(u'unicode prefix'), repr(U'upper'), u'x' == 'x')
print(repr(b'bytes'), repr(rb'\x00'), repr(Br'\n'))
print(repr(f'{1}' 'plain' f'{2}'), repr(rf'\d{3}'), repr(fr'{"x"}\n'))
print(repr('\N{EM DASH}\N{NO-BREAK SPACE}'), repr('\N{SPACE}'), '\N{DIGIT ONE}'.isdigit())
print(repr('tab\there'.expandtabs(4)), repr('\u2028'), repr('\x85'))
s = 'a' \
    'b'
print(s, ('multi'
          'line'), len('''
'''))
print(repr('\u0041\u0301'), len('\U00000041'), '\x41' == 'A' == '\u0041' == '\U00000041' == '\101' == '\N{LATIN CAPITAL LETTER A}')
print(eval(r"'\u00e9'"), eval(r"'\x41'"), eval("'\\N{SNOWMAN}'"))
for src in [r"'\x4'", r"'\u12'", r"'\U0011ffff'", r"'\N{NOT A REAL NAME}'", r"'\N'", r"'\N{'", "'abc", "'''abc"]:
    try:
        eval(src)
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
print(repr(eval("'\\\n'")), repr(eval("'a\\\nb'")))
