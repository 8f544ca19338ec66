# str.maketrans: dict form, two-string form, three-string form, and their errors
t = str.maketrans({'a': 'A', 98: 'BB', 'c': None, ord('d'): 100})
print(sorted(t.items()))
print('abcde'.translate(t))
t = str.maketrans('abc', 'xyz')
print(sorted(t.items()), 'aabbcc'.translate(t))
t = str.maketrans('ab', 'xy', 'cd')
print(sorted(t.items()), 'abcdef'.translate(t))
t = str.maketrans('', '', 'aeiou')
print(sorted(t.items()), 'education'.translate(t))
t = str.maketrans('aa', 'xy')
print(sorted(t.items()))
t = str.maketrans('😀𝒳', 'e𝒴')
print(sorted(t.items()), '😀x𝒳'.translate(t))
print(str.maketrans({}))
print(''.maketrans('a', 'b'))
print(type(str.maketrans('', '')).__name__)
t = str.maketrans({'\U0001f600': 'smile'})
print(t, '😀!'.translate(t))
for args in [('abc', 'xy'), ('a',), (1,), ({'ab': 'x'},), ({1.5: 'x'},), ({'': 'x'},), ('a', 1), (1, 'a'), ('a', 'b', 1),
             ({'a': 'b'}, 'c'), ('ab', 'cd', None), ([('a', 'b')],), ()]:
    try:
        print(sorted(str.maketrans(*args).items()))
    except Exception as e:
        print(args, type(e).__name__, e)
try:
    str.maketrans('a', 'b', 'c', 'd')
except Exception as e:
    print(type(e).__name__, e)
t = str.maketrans({'a': 1, 'b': 'x'})
print(sorted(t.items()))

class S(str):
    pass
print(S.maketrans('a', 'b'))
print(sorted(str.maketrans({True: 'T', 2: 'two'}).items()))
