# Generator-based tasks with a trampoline: tasks can call sub-tasks by yielding them.

import sys

class Call:
    def __init__(self, gen):
        self.gen = gen

def run(main):
    stack = [main]
    value = None
    exc = None
    while stack:
        top = stack[-1]
        try:
            if exc is not None:
                request = top.throw(exc)
                exc = None
            else:
                request = top.send(value)
        except StopIteration as stop:
            stack.pop()
            value = stop.value
            continue
        except Exception as e:
            stack.pop()
            if not stack:
                raise
            exc = e
            continue
        if isinstance(request, Call):
            stack.append(request.gen)
            value = None
        else:
            print("  log:", request)
            value = None
    return value

def factorial(n):
    if n <= 1:
        return 1
    sub = yield Call(factorial(n - 1))
    return n * sub

def checked_div(a, b):
    yield f"dividing {a} by {b}"
    if b == 0:
        raise ZeroDivisionError("checked_div by zero")
    return a / b

def main():
    f = yield Call(factorial(10))
    yield f"10! = {f}"
    q = yield Call(checked_div(f, 7))
    yield f"quotient {q:.3f}"
    try:
        yield Call(checked_div(1, 0))
    except ZeroDivisionError as e:
        yield f"recovered from: {e}"
    return "main finished"

print(run(main()))

# Deep recursion without growing the Python stack
def countdown(n):
    if n == 0:
        return 0
    r = yield Call(countdown(n - 1))
    return r + 1

depth = sys.getrecursionlimit() * 3
print("trampolined depth", run(countdown(depth)) == depth)

# Unhandled error propagates out of run()
def broken():
    yield "about to fail"
    raise KeyError("unhandled in task")
def outer():
    yield Call(broken())
try:
    run(outer())
except KeyError as e:
    print("run() raised", repr(e))
