# textwrap: wrap/fill at many widths (hyphenated words, em-dashes, long words), indents, sentence endings,
# max_lines and placeholders, whitespace options, shorten, dedent, indent, and the errors.
import textwrap
text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs!  "
        "A well-known, state-of-the-art, mother-in-law's self-explanatory e-mail -- with em-dashes---here "
        "and supercalifragilisticexpialidocious words; also\ttabs\nand newlines. Mr. Smith went to Washington. "
        "-leading hyphen and trailing- hyphen x--y 'quoted-word' 12-34 a-b-c.")
for width in (10, 20, 33, 50, 70):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 40, initial_indent='* ', subsequent_indent='  '))
print(textwrap.fill(text, 30, break_on_hyphens=False))
print(textwrap.fill(text, 15, break_long_words=False))
print(textwrap.wrap(text, 25, fix_sentence_endings=True))
print(textwrap.wrap(text, 30, max_lines=3))
print(textwrap.wrap(text, 30, max_lines=2, placeholder='...'))
print(textwrap.wrap('  lots   of   space  ', 8, drop_whitespace=False), textwrap.wrap('  lots   of   space  ', 8))
print(textwrap.wrap('a\tb', expand_tabs=False, replace_whitespace=False), textwrap.wrap('a\tb\tc', 20, tabsize=4))
print(textwrap.shorten('Hello  world!  How are you?', 12), textwrap.shorten('Hello world', 11), textwrap.shorten('Hello world', 8, placeholder='..'))
print(textwrap.wrap(''), textwrap.wrap('   '), textwrap.fill('one'), textwrap.wrap('x' * 25, 10))
print(repr(textwrap.dedent('''
    def f():
        return 1
      # comment
    ''')))
print(repr(textwrap.dedent('  a\n\tb\n')), repr(textwrap.dedent('  a\n    \n  b')), repr(textwrap.dedent('no indent\n  x')))
print(repr(textwrap.indent('a\nb\n\nc', '> ')), repr(textwrap.indent('a\n\nb', '+', lambda line: True)))
for bad in [lambda: textwrap.wrap('abc', 0), lambda: textwrap.wrap('abc def', 3, max_lines=1, placeholder=' [...]')]:
    try:
        print(bad())
    except ValueError as e:
        print('ValueError', e)
w = textwrap.TextWrapper(width=12, initial_indent='>> ')
print(w.wrap('wrap me with a wrapper object please'), w.fill('short'))
