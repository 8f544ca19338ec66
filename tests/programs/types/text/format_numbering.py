# Automatic vs manual field numbering and brace escapes
print('{} and {}'.format('a', 'b'))
print('{0} and {0}'.format('a'))
print('{{}}'.format(), '{{0}}'.format(1), '{{{0}}}'.format(1), '{{{}}}'.format(2))
print('}}{{'.format(), 'a}}b{{c'.format())
print('{}{{}}{}'.format(1, 2))
print('{}'.format('x', 'unused', 'more'))
print('{0}'.format('x', y='unused'))
print('{name}{}'.format(1, name='n'))
print('{}{name}{}'.format(1, 2, name='n'))
for fmt in ['{}{1}', '{1}{}', '{0}{}', '{}{0}', '{:{0}}', '{0:{}}', '{', '}', '{{}', '{}}', 'a{b', 'a}b', '{0{}}',
            '{0:{1:{2}}}', '{:{:{:{}}}}', '{!}', '{:}', '{:{}}']:
    try:
        print(repr(fmt), repr(fmt.format('a', 'b', 'c', 'd')))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
print(str.format('{} {}', 'unbound', 'call'))
try:
    str.format()
except Exception as e:
    print(type(e).__name__, e)
try:
    str.format(1)
except Exception as e:
    print(type(e).__name__, e)
print('{self}'.format(self='kw self'))
print('{format_string}'.format(format_string='fs'))
n = 3
print(f'{{n}} {{{n}}} {n}')
print(f'{"{}"}', f'{"{0}".format(7)}')
print('{0}{1}{0}'.format(*'xy'), '{a}{b}'.format(**{'a': 1, 'b': 2}))
