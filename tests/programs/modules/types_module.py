# The types module: the interpreter's types by name, SimpleNamespace, new_class and friends, DynamicClassAttribute.
import types
print(types.FunctionType, types.CodeType, types.MappingProxyType, types.CellType, types.GeneratorType, types.CoroutineType, types.AsyncGeneratorType)
print(types.MethodType, types.BuiltinFunctionType, types.BuiltinMethodType, types.MethodDescriptorType, types.ClassMethodDescriptorType)
print(types.ModuleType, types.TracebackType, types.FrameType, types.GetSetDescriptorType, types.GenericAlias, types.UnionType, types.EllipsisType, types.NoneType, types.NotImplementedType)
ns = types.SimpleNamespace(a=1, b=[2]); print(ns, ns == types.SimpleNamespace(b=[2], a=1), ns != types.SimpleNamespace()); ns.c = ns; print(ns)
print(types.SimpleNamespace({'x': 1}, y=2), types.SimpleNamespace([('k', 'v')]), vars(types.SimpleNamespace(q=0)))
class Sub(types.SimpleNamespace): pass
print(Sub(z=1), types.SimpleNamespace.__module__)
C = types.new_class('C', (int,), {}, lambda ns: ns.update(f=lambda self: 42)); print(C, C(3).f(), C.__mro__)
m = types.ModuleType('mm', 'doc'); print(m.__name__, m.__doc__, isinstance(types, types.ModuleType))
print(isinstance(len, types.BuiltinFunctionType), isinstance(lambda: 0, types.FunctionType), isinstance(types.SimpleNamespace, type))
mp = types.MappingProxyType({'a': 1}); print(mp, mp['a'], len(mp), list(mp))
try: mp['b'] = 2
except TypeError as e: print('TypeError', e)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw): return {'prepared': True, **kw}
print(types.prepare_class('X', (), {'metaclass': Meta, 'flag': 1}))
class Alias:
    def __mro_entries__(self, bases): return (dict,)
print(types.resolve_bases((Alias(), int)), types.resolve_bases((int,)))
D = types.new_class('D', (Alias(),)); print(D.__mro__, types.get_original_bases(D)[0].__class__.__name__, types.get_original_bases(int))
try: types.get_original_bases(3)
except TypeError as e: print('TypeError', e)
class A(type): pass
class B(type): pass
try: types.new_class('E', (A('a', (), {}), B('b', (), {})))
except TypeError as e: print('TypeError', e)
class E:
    @types.DynamicClassAttribute
    def name(self): return 'instance name'
print(E().name)
try: E.name
except AttributeError: print('AttributeError on the class')
try:
    hash(types.SimpleNamespace())
except TypeError as e:
    print('TypeError', e)
import sys
print(type(sys.implementation) is types.SimpleNamespace)
