# copy.copy and copy.deepcopy of the collections types and of functools.partial, through
# their __copy__ and __reduce__ methods.
import copy
from collections import deque, defaultdict, OrderedDict, Counter, namedtuple, ChainMap, UserDict, UserList, UserString
from functools import partial

P = namedtuple('P', 'x y')
values = [deque([1, [2]], maxlen=4), deque('ab'), defaultdict(list, a=[1]), OrderedDict(a=[1], b=2),
          Counter('aab'), P(1, [2]), ChainMap({'a': [1]}, {'b': 2}), UserDict(a=[1]), UserList([[1]]),
          UserString('text')]
for v in values:
    shallow = copy.copy(v)
    deep = copy.deepcopy(v)
    print(type(shallow).__name__, shallow, deep, shallow == v, deep == v, type(deep) is type(v))
d = deque([[1]], maxlen=3)
deep = copy.deepcopy(d)
deep[0].append(2)
print(d, deep, deep.maxlen)
dd = defaultdict(list)
dd['k'].append(1)
dd2 = copy.deepcopy(dd)
dd2['k'].append(2)
dd2['new'].append(3)
print(dd, dd2, dd2.default_factory is list)
od = OrderedDict.fromkeys('cab')
od2 = copy.deepcopy(od)
od2.move_to_end('c')
print(od, od2, od == od2)
p = partial(max, [1], key=len)
for q in (copy.copy(p), copy.deepcopy(p)):
    print(q.func is max, q.args, q.keywords, q.args[0] is p.args[0])
