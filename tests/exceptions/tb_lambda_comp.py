items = [1, 2, 0, 4]
f = lambda x: 10 / x
result = [f(i) for i in items]
