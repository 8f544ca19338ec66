# A long deterministic sequence of bytearray mutations checked against a list model.
state = 12345

def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n

arr = bytearray()
model = []
log = []
for step in range(400):
    op = rand(9)
    if op == 0:
        v = rand(256)
        arr.append(v)
        model.append(v)
    elif op == 1:
        chunk = bytes(rand(256) for _ in range(rand(5)))
        arr.extend(chunk)
        model.extend(chunk)
    elif op == 2 and model:
        i = rand(len(model) + 4) - 2
        v = rand(256)
        arr.insert(i, v)
        model.insert(i, v)
    elif op == 3 and model:
        i = rand(len(model)) - rand(2) * len(model)
        a = arr.pop(i)
        b = model.pop(i)
        assert a == b
    elif op == 4 and model:
        a, b = sorted((rand(len(model) + 1), rand(len(model) + 1)))
        repl = bytes(rand(256) for _ in range(rand(4)))
        arr[a:b] = repl
        model[a:b] = list(repl)
    elif op == 5 and model:
        step_ = rand(3) + 1
        start = rand(len(model))
        del arr[start::step_]
        del model[start::step_]
    elif op == 6 and model:
        i = rand(len(model))
        v = rand(256)
        arr[i] = v
        model[i] = v
    elif op == 7 and model:
        v = model[rand(len(model))]
        arr.remove(v)
        model.remove(v)
    elif op == 8:
        arr.reverse()
        model.reverse()
    if list(arr) != model:
        print("mismatch at", step, op)
        break
    if step % 50 == 0:
        log.append((step, len(arr), sum(arr) % 997))
print(log)
print(len(arr), bytes(arr).hex()[:40], list(arr) == model)
k = bytearray(b"abcdefghij")
k[::3] = b"XYZW"
k[1::4] = b"123"
del k[-3::-2]
print(k)
