# f-strings.
name = 'x'
width = 10
a = f'{name}'
b = f'hello {name}!'
c = f'{name!r} {name!s} {name!a}'
d = f'{name:>10} {width:{width}d}'
e = f'{name=}'
f = f''
g = f'{{literal}}'
h = f'{1 + 2} and {"nested"}'
