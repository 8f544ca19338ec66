# Subclasses of tuple, list and dict as arguments to %, join, format and startswith
class T(tuple):
    def __getitem__(self, i):
        return 'overridden'
    def __len__(self):
        return 99
print('%s %s' % T(('a', 'b')))
class L(list):
    def __iter__(self):
        return iter(['x', 'y'])
print(','.join(L(['a', 'b'])))
class Tu(tuple):
    def __iter__(self):
        return iter(['p', 'q'])
print(','.join(Tu(('a', 'b'))))
print(str.join('-', Tu(('a', 'b'))))
class D(dict):
    def __getitem__(self, k):
        return 'D-' + k
print('%(x)s' % D(x='real'))
print('{x}'.format(**D(x='real')))
print('{x}'.format_map(D(x='real')))
class K(dict):
    def keys(self):
        return ['only']
    def __getitem__(self, k):
        return 'K-' + k
try:
    print('{only}'.format(**K(x=1)))
except KeyError as e:
    print('KeyError', e)
print('{only}'.format_map(K(x=1)), '%(only)s' % K(x=1))
print(''.join(map(str, range(5))), ''.join(reversed('abc')), ''.join(sorted('cba')))
print(' '.join(('a', 'b')), ' '.join({'z': 1, 'y': 2}), ' '.join(x for x in 'hi'))
print(str.startswith('abc', Tu(('x', 'a'))))
print('abc'.startswith(T(('a',))))
class S(str):
    def __iter__(self):
        return iter(['i', 'j'])
print(list(S('ab')), ','.join(S('ab')), '-'.join(['x', S('ab')]), S('ab').split(), tuple(S('ab')))
print(sorted(S('ba')), set(S('ab')) == {'i', 'j'}, 'a' in S('ab'), max(S('ab')))
class G:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
print(','.join(G(['old', 'style', 'seq'])), '%s' % G(['x']).__class__.__name__)
try:
    str.maketrans(D(a='b'))
except TypeError as e:
    print('TypeError', e)
try:
    print('abc'.translate(D()))
except TypeError as e:
    print('TypeError', e)
try:
    'a'.translate(K())
except Exception as e:
    print(type(e).__name__, e)
print('{0[0]}-{0[1]}'.format(T(('a', 'b'))), '{0[5]}'.format(T(())))
