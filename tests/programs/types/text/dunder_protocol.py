# The str type's special methods used directly
s = 'héllo'
print(s.__len__(), s.__getitem__(1), s.__getitem__(slice(1, 3)), s.__contains__('ll'), s.__add__('!'), s.__mul__(2), s.__rmul__(2))
print(s.__eq__('héllo'), s.__ne__('x'), s.__lt__('z'), s.__le__('héllo'), s.__gt__('a'), s.__ge__('i'))
print(s.__eq__(1), s.__lt__(1),  s.__mod__(()), '%s!'.__mod__(s), s.__rmod__(5))
print(s.__hash__() == hash(s), s.__str__(), s.__repr__(), s.__format__(''), s.__format__('^9'), s.__getnewargs__())
print(list(s.__iter__()), s.__class__, s.__sizeof__() > 0, type(s.__sizeof__()).__name__)
print(str.__len__('😀𝒳'), str.__contains__('abc', ''), str.__getitem__('abc', -1), str.__eq__('a', 'a'))
print(sorted(k for k in vars(str) if k.startswith('__') and k.endswith('__')))
print('join' in vars(str), 'maketrans' in str.__dict__, type(vars(str)).__name__)
print(str.__new__(str, 'made'), str.__init__('x') is None, object.__new__.__name__)
print(str.__hash__ is not None)
print(s.__class__.__name__, s.__class__.__mro__)
print(isinstance(s, str), issubclass(bool, str), str in type(s).__mro__, str.__bases__)
class S(str):
    pass
print(S.__mro__[-2:] == (str, object), S('x').__getnewargs__(), type(S('x').__getnewargs__()[0]).__name__)
print(S('ab').__add__('c'), type(S('ab').__add__('c')).__name__, S('ab').__mul__(2), type(S('ab').__mul__(1)).__name__)
print(S('x').__eq__(S('x')), S('x') == 'x', S('x').__hash__() == hash('x'))
print(dir('') == dir(str), len(dir(str)) > 70, '__class_getitem__' in dir(str), '__getnewargs__' in dir(str))
print(str.__doc__)
print(S.__doc__, 'x'.__doc__ == str.__doc__)
