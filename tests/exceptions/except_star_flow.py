def run(body):
    try:
        body()
    except BaseException as e:
        print('escaped:', repr(e))

def a():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError as e:
        print('VE', repr(e))
    except* (TypeError, KeyError) as e:
        print('TE/KE', repr(e))
run(a)

def b():
    try:
        raise ValueError('naked')
    except* ValueError as e:
        print('caught', repr(e), repr(e.exceptions[0]))
run(b)

def c():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
run(c)

def d():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError('new')
run(d)

def e():
    try:
        raise ExceptionGroup('eg', [ValueError(1)])
    except* ExceptionGroup:
        pass
run(e)

def f():
    try:
        raise ValueError(1)
    except* int:
        pass
run(f)

def g():
    try:
        raise TypeError('unmatched')
    except* ValueError:
        pass
run(g)

def h():
    try:
        raise ExceptionGroup('eg', [ValueError(1), ExceptionGroup('sub', [TypeError(2), ValueError(3)])])
    except* ValueError as eg:
        print('matched', repr(eg))
        raise
    except* TypeError:
        raise RuntimeError('rt')
run(h)

def i():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise ValueError('x')
    except (KeyError, ValueError) as e:
        print('tuple caught', repr(e), repr(e.__context__))
run(i)

def j():
    try:
        raise ValueError
    except 5:
        pass
run(j)
