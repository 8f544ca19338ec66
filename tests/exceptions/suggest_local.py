def f():
    counter_value = 1
    return counter_valeu
f()
