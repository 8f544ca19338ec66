def t(f):
    try:
        r = f()
        print('OK', repr(r))
    except BaseException as e:
        print(type(e).__name__, e)

class Custom(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
c = Custom(404, 'missing')
t(lambda: (c.args, c.code, str(c), repr(c)))
class NoInit(ValueError):
    pass
t(lambda: repr(NoInit('a', 'b')))
class Both(ValueError, KeyError): pass
t(lambda: Both.__mro__)
t(lambda: str(Both('k')))
def conflict():
    class Bad(OSError, ImportError): pass
t(conflict)
class MyOS(OSError):
    def __init__(self, path):
        super().__init__(2, 'gone', path)
m = MyOS('/x')
t(lambda: (type(m).__name__, m.errno, m.strerror, m.filename, str(m), m.args))
class StrExc(Exception):
    def __str__(self):
        return 'custom str'
t(lambda: (str(StrExc(1)), repr(StrExc(1))))
class ReprExc(Exception):
    def __repr__(self):
        return 'R!'
t(lambda: repr([ReprExc()]))
class Attrs(Exception):
    pass
a = Attrs()
a.extra = 1
t(lambda: a.__dict__)
t(lambda: issubclass(ExceptionGroup, Exception))
t(lambda: ExceptionGroup.__mro__)
t(lambda: BaseExceptionGroup.__mro__)
t(lambda: [k for k in ('args', 'with_traceback', 'add_note', '__traceback__', '__cause__', '__context__', '__suppress_context__', '__dict__', '__reduce__', '__setstate__') if k in BaseException.__dict__])
