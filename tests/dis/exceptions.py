# try/except/else/finally, raise, assert.
def f(x):
    try:
        x = 1 / x
    except ZeroDivisionError:
        x = 0
    except (TypeError, ValueError) as e:
        print(e)
        raise
    except Exception as e:
        raise RuntimeError('bad') from e
    else:
        x += 1
    finally:
        print('done')
    return x

def g():
    try:
        return 1
    finally:
        print('finally')

def h(items):
    for item in items:
        try:
            if item:
                break
            continue
        finally:
            print(item)

def bare():
    try:
        pass
    except:
        pass

def nested():
    try:
        try:
            raise ValueError
        except ValueError:
            raise KeyError
    except KeyError as k:
        return k

def star():
    try:
        raise ExceptionGroup('g', [ValueError()])
    except* ValueError as eg:
        print(eg)
    except* TypeError:
        pass

def checks(x):
    assert x
    assert x > 0, 'positive'
    raise

try:
    import nothing
except ImportError:
    nothing = None
