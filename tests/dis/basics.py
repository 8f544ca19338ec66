"""doc"""
import os
x = 1
y = x + 2
def f(a, b=3, *c, d, **e):
    return a + b
class C:
    def m(self):
        return super().m()
for i in range(3):
    if i: print(i)
try:
    pass
except ValueError as e:
    pass
