# f-strings with str values: conversions, specs, debug '=', nested quotes (3.12+)
name = 'Ada'
title = "it's"
width = 8
print(f'{name}|{name!r}|{name!a}|{name:>{width}}|{name:*^9}|{name:.1}|')
print(f'{title!r} {title=} {name = } {name=!s} {name=:>6} {title=!a}')
print(f'{name=}{name=}', f'{ name = }', f'{name.upper()=}', f'{len(name)=:03}')
print(f"{'nested'}", f'{"double"}', f'{f"{name}"}', f'{"a" "b"}', f'{name + "!"}')
print(f'{"quotes \"inside\""}', f'{"\\n"!r}', f'{"tab\there"!r}')
print(f'{name:{"<"}{width}}|', f'{"{}":>4}', f'{{literal}}', f'{{{name}}}')
words = ['alpha', 'beta']
print(f'{", ".join(words)}', f'{words[0]!r:>10}', f'{words!r}', f'{words=}')
d = {'key': 'value'}
print(f'{d["key"]}', f"{d['key']}", f'{d=}')
print(f'{name:}|', f'{name!s:}|', f'{"":>3}|', f'{"x" * 3:-<6}|')
print(f'''{name
}''', f'{name:\u2192>6}')
print(f'{3 + 4=}', f'{"é"!a}', f'{"😀"!r:^7}|')
for v in ['a', 'ab', 'abc', 'abcd']:
    print(f'[{v:^5}] [{v:>5.2}] [{v:_<5}] [{v!r:5}]')
try:
    f'{name:=5}'
except ValueError as e:
    print('ValueError', e)
try:
    f'{name:+}'
except ValueError as e:
    print('ValueError', e)
try:
    f'{name:d}'
except ValueError as e:
    print('ValueError', e)
x = 5
print(f'{x!r:>{x}}|', f'{x:{x}}|', f'{"#" * x}')
print(f'{"multi" + chr(10) + "line"!r}')
print(f"{'a' if x > 3 else 'b'}", f'{(lambda s: s.upper())("lam")}')
print(f'{name!r:^{width + 2}}|', f'{name:{width}.{2}}|')
