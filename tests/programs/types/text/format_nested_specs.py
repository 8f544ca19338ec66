# Nested replacement fields inside format specs
print('{:{}}|'.format('ab', 6))
print('{:{}{}}|'.format('ab', '>', 6))
print('{0:{fill}{align}{width}}|'.format('x', fill='*', align='^', width=7))
print('{:{w}.{p}}|'.format('abcdef', w=8, p=3))
print('{:.{}}|'.format('abcdef', 2))
print('{0:{1}}|{0:{2}}|'.format('v', 3, 5))
print('{:{}}{:{}}|'.format('a', 3, 'b', 4))
print('{0:{1}}'.format(3.14159, '.2f'))
print('{:{}}'.format(255, 'x'), '{:#{}}'.format(255, 'x'))
print('{:{}^{}}'.format('c', '-', 9))
print('{x:{y}}'.format(x='k', y=''))
for fmt, args, kw in [('{:{:{}}}', ('a', 'b', 1), {}), ('{:{}}', ('a',), {}), ('{0:{1}}', ('a', 'q'), {}),
                      ('{0:{a}}', ('x',), {}), ('{:{}}', ('a', 1.5), {}), ('{0:{0}}', (4,), {}), ('{0:{}}', ('a', 3), {}),
                      ('{:{0}}', ('a', 3), {}), ('{:{!r}}', ('a', 3), {}), ('{:{:}}', ('a', '>3'), {})]:
    try:
        print(repr(fmt), repr(fmt.format(*args, **kw)))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
width = 10
prec = 4
s = 'formatting'
print(f'{s:{width}.{prec}}|', f'{s:>{width}}|', f'{s:{"^"}{width}}|')
print(f'{3.14159:{width}.{prec}f}|', f'{42:{"0"}{width}}|')
print(f'{"x":{"*"}>{3 + 2}}|')
