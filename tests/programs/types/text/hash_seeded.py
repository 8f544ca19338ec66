# With PYTHONHASHSEED=0, str hashes are reproducible (siphash13 with a zero key)
for s in ['', 'a', 'abc', 'hello world', 'é', 'café', '😀', '𝒳', '\x00', 'a' * 100, 'Ω', '\uffff', 'ab\x00cd']:
    print(repr(s), hash(s))
class S(str):
    pass
print(hash(S('abc')) == hash('abc'))
print(hash('abc') == hash(''.join(['a', 'b', 'c'])))
d = {}
for w in ['apple', 'banana', 'cherry']:
    d[w] = hash(w)
print(d)
print(hash('x') == 'x'.__hash__())
print(sorted({'pear', 'fig', 'kiwi', 'lime', 'date'}))
print({'a', 'b', 'c', 'd', 'e', 'f', 'g'})
print({'apple', 'banana', 'cherry', 'date'})
print(set('abracadabra'))
print(frozenset(['é', 'ü', 'ö']))
print([hash(c) % 1000 for c in 'abcdef'])
print([hash(s) == hash(s[:]) for s in ['x', 'é', '😀', 'a😀b']])
print(hash('a\U0001f600b'), hash('\u0100'), hash('\xff'), hash('\xff\u0100'), hash('\x00\x00'))
print(hash('Ω' * 3), hash('日本'), hash('a' * 8), hash('a' * 9), hash('a' * 16), hash('a' * 17))
s = set()
for word in 'one two three four five six seven eight nine ten'.split():
    s.add(word)
print(s)
print({w: len(w) for w in s} == {w: len(w) for w in sorted(s)}, sorted(s, key=hash)[:3])
print(list({'é', 'e', 'è', 'ê', 'ë'}), list({'😀', '😁', '😂'}))
