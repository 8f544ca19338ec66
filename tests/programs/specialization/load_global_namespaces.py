# One code object run with different globals (exec, FunctionType, functions made by exec in
# two namespaces): LOAD_GLOBAL's cache, specialized for one namespace, must not answer for
# another.
import types

WARM = 200

source = '''
def get_g():
    return g

def get_len(x):
    return len(x)
'''
ns1 = {'g': 'ns1'}
ns2 = {'g': 'ns2'}
exec(source, ns1)
exec(source, ns2)
print(ns1['get_g'].__code__ is ns2['get_g'].__code__)
for _ in range(WARM):
    ns1['get_g']()
    ns1['get_len']([1])
print(ns1['get_g'](), ns2['get_g'](), ns1['get_g']())

# A namespace whose builtins are a different dict.
ns3 = {'__builtins__': {'len': lambda x: 'ns3 builtins len'}}
exec(source, ns3)
print(ns1['get_len']([1, 2]), ns3['get_len']([1, 2]))
ns2['len'] = lambda x: 'ns2 global len'
print(ns2['get_len']([1]), ns1['get_len']([1]))

# The same code object re-created over fresh namespaces.
code = compile('r = g * 2', '<spec>', 'exec')
out = []
for i in range(WARM):
    d = {'g': i}
    exec(code, d)
    out.append(d['r'])
print(out[:3], out[-3:])
try:
    exec(code, {})
except NameError as e:
    print('NameError:', e)
d = {'__builtins__': {'g': 'g from builtins'}}
exec(code, d)
print(d['r'])


# FunctionType over the same code with other globals.
def h():
    return gv


gv = 'module gv'
for _ in range(WARM):
    h()
h2 = types.FunctionType(h.__code__, {'gv': 'other globals'})
h3 = types.FunctionType(h.__code__, {'__builtins__': {'gv': 'builtin gv'}})
print(h(), h2(), h3(), h())


# A dict subclass as globals: exec uses its __getitem__ for names it does not hold itself.
class Globals(dict):
    def __missing__(self, key):
        return f'__missing__({key})'


try:
    exec('print(g, len("ab"))', Globals(g='held'))
    exec('print(nothere)', Globals())
except Exception as e:
    print(type(e).__name__, e)


# A function keeps the builtins it was made with, whatever __builtins__ becomes later.
ns4 = {}
exec('def f():\n    return len("ab")\n', ns4)
f4 = ns4['f']
for _ in range(WARM):
    f4()
ns4['__builtins__'] = {'len': lambda x: 'replaced builtins dict'}
print(f4())
exec('def g():\n    return len("abc")\n', ns4)
print(ns4['g'](), f4())
