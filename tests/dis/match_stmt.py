# match with every kind of pattern.
def f(x):
    match x:
        case 1:
            return 'one'
        case 'a' | 'b':
            return 'ab'
        case None:
            return 'none'
        case [a, b]:
            return a + b
        case [first, *rest]:
            return rest
        case [_, *_, last]:
            return last
        case {'k': v, **others}:
            return v
        case {'k': 1}:
            return 1
        case Point(x=0, y=yy) if yy > 0:
            return yy
        case Point(1, 2):
            return 'p'
        case str() as s:
            return s
        case (1 | 2) as n:
            return n
        case _:
            return 'other'

def g(cmd):
    match cmd.split():
        case [action]:
            pass
        case [action, obj]:
            pass
        case _:
            pass

def h(v):
    match v:
        case {}:
            return 0
        case []:
            return 1
        case [*_]:
            return 2
