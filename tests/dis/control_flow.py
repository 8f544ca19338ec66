# if, while, for, break, continue, else clauses.
def f(n):
    total = 0
    for i in range(n):
        if i % 2:
            continue
        if i > 10:
            break
        total += i
    else:
        total = -1
    while n > 0:
        n -= 1
        if n == 5:
            break
    else:
        total += 1
    while True:
        n += 1
        if n > 3:
            break
    return total

def nested(a, b):
    for x in a:
        for y in b:
            if x == y:
                return x
    return None

def elifs(x):
    if x == 1:
        r = 'one'
    elif x == 2:
        r = 'two'
    elif x == 3:
        r = 'three'
    else:
        r = 'many'
    return r

def conditions(a, b, c):
    if a and b:
        pass
    if a or b:
        pass
    if not a:
        pass
    if a and (b or c):
        pass
    if a < b < c:
        pass
    if (a if b else c):
        pass
    while a and not b:
        a -= 1

x = 0
while x < 10:
    x += 1
for ch in 'abc':
    print(ch)
if x:
    print(x)
else:
    print(-x)
