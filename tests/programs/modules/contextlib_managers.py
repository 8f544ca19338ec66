# contextlib: contextmanager (and as a decorator), suppress (with groups), closing, redirect_stdout, nullcontext, ExitStack, async forms.
import contextlib
import sys
from contextlib import contextmanager, suppress, ExitStack, nullcontext, closing, redirect_stdout, AbstractContextManager


@contextmanager
def tag(name):
    print(f'<{name}>')
    try:
        yield name.upper()
    finally:
        print(f'</{name}>')


with tag('b') as t:
    print('inside', t)
try:
    with tag('i'):
        raise ValueError('boom')
except ValueError as e:
    print('caught', e)


@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print('swallowed', repr(e))


with swallow():
    raise KeyError('k')
print('after swallow')


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print('RuntimeError', e)


@contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with two_yields():
        pass
except RuntimeError as e:
    print('RuntimeError', e)


@contextmanager
def keeps_going():
    try:
        yield
    except ZeroDivisionError:
        yield


try:
    with keeps_going():
        1 / 0
except RuntimeError as e:
    print('RuntimeError', e)


@contextmanager
def stop_inside():
    yield


try:
    with stop_inside():
        raise StopIteration('s')
except StopIteration as e:
    print('StopIteration passes through', e)


@tag('decorated')
def work(x):
    print('working', x)
    return x * 2


print(work(21), work(1))
print(tag.__name__, type(tag('x')).__name__, isinstance(tag('y'), AbstractContextManager))
with suppress(KeyError, IndexError):
    [][1]
print('suppressed')
try:
    with suppress(KeyError):
        raise ValueError('not suppressed')
except ValueError as e:
    print('ValueError', e)
with suppress(ValueError):
    raise ExceptionGroup('eg', [ValueError(1), ValueError(2)])
print('group suppressed')
try:
    with suppress(ValueError):
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
except ExceptionGroup as e:
    print('rest', repr(e))
with nullcontext(5) as v:
    print('null', v)


class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        print('closing', self.name)


with closing(Resource('r1')) as r:
    print('using', r.name)


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


sink = Sink()
with redirect_stdout(sink):
    print('hidden', 1)
print('captured', sink.parts)


class Managed:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print('enter', self.name)
        return self

    def __exit__(self, *exc):
        print('exit', self.name, exc[0].__name__ if exc[0] else None)
        return self.suppress


with ExitStack() as stack:
    a = stack.enter_context(Managed('a'))
    b = stack.enter_context(Managed('b'))
    stack.callback(print, 'callback', 'args', sep='-')
    print('body', a.name, b.name)
with ExitStack() as stack:
    stack.enter_context(Managed('outer', suppress=True))
    stack.enter_context(Managed('inner'))
    raise RuntimeError('suppressed by outer')
print('after stack')
with ExitStack() as stack:
    stack.enter_context(Managed('kept'))
    moved = stack.pop_all()
print('popped')
moved.close()
try:
    with ExitStack() as stack:
        stack.enter_context(object())
except TypeError as e:
    print('TypeError', e)


def failing_exit(*exc):
    raise KeyError('from exit')


try:
    with ExitStack() as stack:
        stack.push(failing_exit)
        raise ValueError('original')
except KeyError as e:
    print('KeyError', e, 'context:', repr(e.__context__))
print(issubclass(Managed, AbstractContextManager), issubclass(int, AbstractContextManager))


@contextlib.asynccontextmanager
async def agen():
    print('aenter')
    yield 'av'
    print('aexit')


async def main():
    async with agen() as v:
        print('async body', v)
    async with contextlib.AsyncExitStack() as stack:
        v = await stack.enter_async_context(agen())
        stack.push_async_callback(lambda: _noop())
        print('stacked', v)


async def _noop():
    print('async callback')


coro = main()
try:
    coro.send(None)
except StopIteration:
    print('main done')
