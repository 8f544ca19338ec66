# title() and capitalize() word rules
for s in ["hello world", "they're bill's friends", "HELLO wORLD", "hello2world", "2nd place",
          "o'neil mc-donald", "x_y z", "élan vital", "ǆemal ǉubo", "ǆ", "DŽ", "ǅ", "ﬁsh ﬂy",
          "ßa", "a\u0301b c", "καλημέρα κόσμε", "𐐨𐐩 𐐨", "abc\u02b0def", "ⓐⓑ ⓒ", "i̇x", ""]:
    print(repr(s), repr(s.title()), repr(s.capitalize()), s.istitle(), s.title().istitle())
print('ǆ'.capitalize(), 'ǄA'.capitalize(), 'ǆA'.title(), 'aǆ'.title())
print('123abc'.capitalize(), ' abc'.capitalize(), 'ABC DEF'.capitalize(), 'aBC'.capitalize())
print('ŉa'.capitalize(), 'ŉa'.title())
print('ﬀ'.capitalize(), 'ﬀ'.title(), 'ﬃx'.title())
print('ῳ'.title(), 'ῳ'.upper(), 'ῳ'.capitalize(), 'ᾀ'.title(), 'ᾀ'.upper())
print('Title Case'.istitle(), 'Title case'.istitle(), 'TITLE'.istitle(), 'T'.istitle(), '1A'.istitle(),
      '1a'.istitle(), 'A1a'.istitle(), 'A B'.istitle(), 'Ab Cd!'.istitle(), "Don'T".istitle(), "Don't".istitle())

# title() starts a new word after every uncased character
for s in ['hello_world', 'hello-world', 'hello.world', "o'clock", 'x1y2z3', 'ǳǳ ǲǲ', 'ALL CAPS HERE', 'a\tb\nc', 'été été',
          'άλφα βήτα', 'ⅷx', 'ⓐⓑⓒ', '𝒳y', 'aᵇc', 'hello\u0301world', 'a\u02bcb', 'ŉ ŉ', 'ß ß', 'ﬀ ﬀ', 'ǰx', '١a']:
    t = s.title()
    print(ascii(s), ascii(t), ascii(s.capitalize()), t.istitle(), len(t) - len(s))
print(' '.join(w.capitalize() for w in 'the quick  brown fox'.split(' ')))
print('the quick  brown fox'.title().split(' '))
print('ǆ'.title(), 'ǆ'.upper(), 'ǆ'.capitalize(), 'Ǆ'.title(), 'Ǆ'.lower(), 'ǅ'.title(), 'ǅ'.capitalize())
print('ǉ'.title(), 'ǌ'.title(), 'ǳ'.title(), 'ǉubav'.title(), 'ǈUBAV'.capitalize(), 'ǈUBAV'.title())
for s in ['', ' ', '1', 'a', 'A', 'aA', 'Aa', 'AA', 'A a', 'A A', 'Aa Aa', 'Aa aa', 'ǅ', 'ǅa', 'ǅA', 'aǅ', 'Ⅰ', 'Ⅰa']:
    print(repr(s), s.istitle(), s.isupper(), s.islower())
print(''.title() == '', 'x'.title(), 'X'.capitalize(), 'xY'.capitalize())
print('mcdonald\'s bar-b-q'.title(), 'mcdonald\'s bar-b-q'.capitalize())
