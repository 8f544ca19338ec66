# Calls: positional, keyword, starred, methods, and calls too big for the stack.
print()
print(1, 2, sep='')
print(*[1, 2], **{'sep': ''})
f = len
f([1])
"".join(['a'])
obj = object()
obj.__str__()
obj.__format__('')
print(1, *(2, 3), 4, x=5, **{'y': 6})
print(a=1, **{'b': 2}, c=3)
str.format('{}', 1)
import os
os.path.join('a', 'b')
print(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
      21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32)
print(a=1, b=2, c=3, d=4, e=5, f=6, g=7, h=8, i=9, j=10, k=11, l=12, m=13, n=14, o=15, p=16)
(lambda: 0)()
f(f(f(1)))
