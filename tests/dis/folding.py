# Constant folding by the AST optimizer and the flow graph.
a = 2 ** 10
b = 'ab' * 3
c = (1, 2) + (3,)
d = -5
e = not 0
f = 1 < 2
g = x in [1, 2, 3]
h = x in {1, 2, 3}
for i in [1, 2]:
    pass
j = (1, (2, 3))
k = 1 if True else 2
if 0:
    print('never')
while 0:
    print('never')
if __debug__:
    print('debug')
l = '%s-%r' % (a, b)
m = x is None
n = x if x is not None else 0
