# A property's error messages name it: by the name __set_name__ gave it, else by its getter's
# __name__ (a property made outside a class body, or assigned to a class later).
class T:
    x = property(lambda self: 1)


def getter(self):
    return 1


T.y = property(getter)
T.z = property(lambda s: 1)
T.w = property()
T.v = property(None, lambda s, v: None)
named = property(getter)
named.__name__ = 'renamed'
T.n = named
t = T()
for name in 'xyzwvn':
    for action in ('get', 'set', 'del'):
        try:
            if action == 'get':
                getattr(t, name)
            elif action == 'set':
                setattr(t, name, 2)
            else:
                delattr(t, name)
            print(name, action, 'ok')
        except AttributeError as e:
            print(name, action, 'AttributeError:', e)
print(T.y.__name__, T.z.__name__, T.x.__name__, T.n.__name__)
try:
    T.w.__name__
except AttributeError as e:
    print('AttributeError:', e)


class Q:
    pass


Q.__qualname__ = "it's"
Q.p = property(getter)
try:
    Q().p = 1
except AttributeError as e:
    print('AttributeError:', e)
