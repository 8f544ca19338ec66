# Compile-time SyntaxWarnings (compiler_warn in Python/compile.c), in code generation order.
x = None
if x is 1:
    pass
y = x is not 'a' and x is (1, 2)
z = x is None is ... is True
w = 1 is x
v = x is () or x is [] or x is f'{x}' or x is -1
def f():
    return (1, 2)(3)
[1, 2](3); {1: 2}(3); {1}(3); "a"(4); f"{x}"(5); (i for i in x)(6); ...(7); None(8)
[i for i in x](1); {i for i in x}(2); {i: i for i in x}(3)
x = 1[2] + None[2] + ...[0] + 1.5[0] + 1j[0] + {1}[0] + {i for i in x}[0] + (i for i in x)[0] + (lambda: 0)[0]
x = 'ab'[1.5] + b'ab'['x'] + (1, 2)['a'] + [1, 2]['a'] + [i for i in x]['a'] + f'{x}'['a'] + (1, 2)[2.0:]
x = 'ab'[1] + 'ab'[True] + 'ab'[1:2] + (1, 2)[x] + (1, 2)[()] + 'ab'[None]
x[1] = (1, 2)['a']
del (1, 2)['a']
assert (x, 'message')
assert ()
assert (1,)
try:
    pass
finally:
    if x is 2:
        pass
for i in x:
    try:
        break
    finally:
        x = 'a' is x
while x is 3 < 4:
    pass
class C:
    print((1)(2))
    def g(self):
        return super()[0] and 1(2)
x = [
    (1, 2)
    (3, 4)
]
u = x == 'a' is y
u = x < 1 is not 2
u = (x is 1) if x is not 2 else [x is 3 for x in y if x is 4]
def h(a=x is 5, *, b=(1)(2)):
    lambda: x is 6
u = 1 if x else 2(3)
u = f'{x is 7}{(1, 2)[2.0]}'
match x:
    case {'a': 1} if x is 8:
        pass
assert x, (1)(2)
with x is 9:
    pass
async def g():
    async with (1)(2):
        await x is 10
