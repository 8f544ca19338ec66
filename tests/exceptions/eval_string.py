def calc(expr):
    return eval(expr)
calc("1 + None")
