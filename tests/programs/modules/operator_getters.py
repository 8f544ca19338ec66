# operator.itemgetter, attrgetter and methodcaller: calls, reprs, reduce, errors.
import operator
from operator import itemgetter, attrgetter, methodcaller


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


# itemgetter
print(itemgetter(1)('ABCDEFG'), itemgetter(1, 3, 5)('ABCDEFG'), itemgetter(slice(2, None))('ABCDEFG'))
print(itemgetter('rank')({'rank': 3}), itemgetter(0, 0)([7]), itemgetter((1, 2))({(1, 2): 'tuple key'}))
inventory = [('apple', 3), ('banana', 2), ('pear', 5), ('orange', 1)]
print(list(map(itemgetter(1), inventory)), sorted(inventory, key=itemgetter(1)))
print(sorted([(1, 'b', 2), (1, 'a', 3), (0, 'z', 1)], key=itemgetter(0, 1)))
print(repr(itemgetter(1)), repr(itemgetter('a', 'b')), repr(itemgetter(slice(1, 2))), repr(itemgetter((1, 2))))
print(itemgetter(1, 2).__reduce__(), itemgetter(3).__reduce__())
show(lambda: itemgetter())
show(lambda: itemgetter(x=1))
show(lambda: itemgetter(1)())
show(lambda: itemgetter(1)([1], [2]))
show(lambda: itemgetter(1)(obj=[1]))
show(lambda: itemgetter(5)([1]))
show(lambda: itemgetter('k')({}))
show(lambda: itemgetter(1)(5))
show(lambda: itemgetter(1, 9)([1, 2]))
print(type(itemgetter(1)).__name__, type(itemgetter(1)).__module__)


# attrgetter
class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child

    def __repr__(self):
        return f'Node({self.name!r})'


n = Node('root', Node('kid', Node('grandkid')))
print(attrgetter('name')(n), attrgetter('child.name')(n), attrgetter('child.child.name')(n))
print(attrgetter('name', 'child.name', 'child')(n), attrgetter('child')(n))
print(sorted([Node('b'), Node('a')], key=attrgetter('name')))
print(repr(attrgetter('name')), repr(attrgetter('child.name', 'x')), attrgetter('a.b', 'c').__reduce__())
print(attrgetter('real')(3), attrgetter('imag', 'real')(2 + 5j), attrgetter('__class__.__name__')(1.5))
show(lambda: attrgetter())
show(lambda: attrgetter(1))
show(lambda: attrgetter('a', 2))
show(lambda: attrgetter(name='x'))
show(lambda: attrgetter('missing')(n))
show(lambda: attrgetter('child.missing')(n))
show(lambda: attrgetter('name')())
show(lambda: attrgetter('name')(n, n))
show(lambda: attrgetter('name')(obj=n))
show(lambda: attrgetter('child.child.child.name')(n))

# methodcaller
print(methodcaller('upper')('abc'), methodcaller('split', ',')('a,b,c'), methodcaller('split', sep='-', maxsplit=1)('a-b-c'))
print(methodcaller('get', 'k', 'default')({}), methodcaller('__len__')([1, 2]))
print(repr(methodcaller('upper')), repr(methodcaller('split', ',', maxsplit=1)), repr(methodcaller('f', 1, 'x', [2], a=None, b='q')))
print(methodcaller('upper').__reduce__(), methodcaller('split', ',').__reduce__())
lst = [3, 1, 2]
methodcaller('sort', reverse=True)(lst)
print(lst)
show(lambda: methodcaller())
show(lambda: methodcaller(5))
show(lambda: methodcaller(name='x'))
show(lambda: methodcaller('nope')(1))
show(lambda: methodcaller('upper')())
show(lambda: methodcaller('upper')('a', 'b'))
show(lambda: methodcaller('upper')(obj='a'))
show(lambda: methodcaller('upper', 1)('a'))
print(type(methodcaller('x')).__name__, type(attrgetter('x')).__name__)
show(lambda: type('Sub', (itemgetter,), {}))
show(lambda: type('Sub', (attrgetter,), {}))
show(lambda: type('Sub', (methodcaller,), {}))
show(lambda: itemgetter(1).x)
show(lambda: setattr(itemgetter(1), 'x', 1))
# keyword arguments are bound with functools.partial in methodcaller's reduce value
r = methodcaller('split', ',', maxsplit=1).__reduce__()
print(type(r).__name__, len(r), r[1], type(r[0]).__name__, r[0].func, r[0].args, r[0].keywords)
rebuilt = r[0](*r[1])
print(rebuilt, rebuilt('a,b,c'))
