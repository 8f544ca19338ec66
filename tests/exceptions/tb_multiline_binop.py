def compute(a, b, c):
    total = (a +
             b *
             c)
    return total

x = compute(1, 2, None)
