# Generator-based coroutines driven with send().

def coroutine(fn):
    def start(*args, **kwargs):
        gen = fn(*args, **kwargs)
        next(gen)
        return gen
    start.__name__ = fn.__name__
    return start

@coroutine
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)

@coroutine
def upper(target):
    while True:
        line = yield
        target.send(line.upper())

@coroutine
def collect(sink):
    while True:
        sink.append((yield))

results = []
pipeline = grep("py", upper(collect(results)))
for line in ["python is fun", "java", "pypy is fast", "rust", "happy"]:
    pipeline.send(line)
print(results)

# A stateful parser: accumulate tokens until a terminator
@coroutine
def sentence_builder(out):
    words = []
    while True:
        token = yield len(words)
        if token in (".", "!", "?"):
            out.append(" ".join(words) + token)
            words = []
        else:
            words.append(token)

sentences = []
sb = sentence_builder(sentences)
sizes = [sb.send(t) for t in "hello there . how are you ? fine !".split()]
print(sizes)
print(sentences)

# Sending a non-None value to an unstarted generator
def simple():
    yield 1
g = simple()
try:
    g.send("too early")
except TypeError as e:
    print(type(e).__name__, e)
print(g.send(None))

# A generator can't be re-entered while running
def reentrant():
    yield me.send(None)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)

# Moving average with send and a window
@coroutine
def moving_average(size):
    window = []
    average = None
    while True:
        value = yield average
        window.append(value)
        if len(window) > size:
            window.pop(0)
        average = sum(window) / len(window)

ma = moving_average(3)
print([ma.send(v) for v in [10, 20, 30, 40, 50, 0]])
ma.close()
try:
    ma.send(1)
except StopIteration:
    print("closed coroutine raises StopIteration on send")
