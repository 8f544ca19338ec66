# secrets (tokens, randbelow, choice, compare_digest) and timeit (Timer with str and callable statements, repeat, errors).
import secrets, timeit
print(len(secrets.token_bytes()), len(secrets.token_bytes(8)), len(secrets.token_hex(16)), all(c in '0123456789abcdef' for c in secrets.token_hex()))
tok = secrets.token_urlsafe(16)
print(len(tok), all(c.isalnum() or c in '-_' for c in tok), 0 <= secrets.randbelow(10) < 10, secrets.choice('abc') in 'abc', 0 <= secrets.randbits(8) < 256)
print(secrets.compare_digest('abc', 'abc'), secrets.compare_digest(b'abc', b'abd'), secrets.compare_digest(b'a', b'ab'))
for bad in [lambda: secrets.randbelow(0), lambda: secrets.compare_digest('a', b'a'), lambda: secrets.compare_digest('é', 'é')]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
t = timeit.Timer('x = sum(range(10))')
print(type(t.timeit(100)).__name__, len(t.repeat(3, 10)), timeit.timeit('pass', number=5) >= 0, len(timeit.repeat(lambda: None, repeat=2, number=3)))
counter = []
timeit.timeit('counter.append(1)', setup='counter.clear()', globals={'counter': counter}, number=7)
print(len(counter), timeit.Timer(lambda: counter.append(2), setup=lambda: counter.clear()).timeit(3) >= 0, counter)
try:
    timeit.Timer('1 +')
except SyntaxError as e:
    print('SyntaxError', e.msg)
try:
    timeit.Timer(5)
except ValueError as e:
    print('ValueError', e)
