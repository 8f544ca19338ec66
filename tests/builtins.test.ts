// The builtins module, property/classmethod/staticmethod and the builtin iterator types,
// run as small Python programs whose expected output is CPython 3.13's own (each case was
// run with CPython to record it by scripts/generate-builtins-test.py; do not edit by hand).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { createInterpreter, runMain } from '../src/vm/run';
import type { Host } from '../src/modules/host';

/** Runs `source` as __main__ with `stdin`; returns what it printed and its exit status. */
function runPython(source: string, stdin = ''): { stdout: string; stderr: string; status: number } {
  let stdout = '';
  let stderr = '';
  const lines = stdin.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  const host: Host = {
    writeStdout: (s) => (stdout += s),
    writeStderr: (s) => (stderr += s),
    readStdinLine: () => lines.shift() ?? '',
    isatty: () => false,
  };
  const interp = createInterpreter({ host, argv: ['<test>'], path0: '' });
  const status = runMain(interp, source, '<test>');
  interp.flush();
  return { stdout, stderr, status };
}

const PRELUDE = "def err(f):\n    try:\n        return f()\n    except BaseException as e:\n        return f\"{type(e).__name__}: {e}\"\n";

interface Case {
  source: string;
  stdin: string;
  /** CPython 3.13's output. */
  stdout: string;
}

const CASES: Case[] = [
  {
    "source": "print(abs(-5), abs(3), abs(-2**70), abs(True), abs(-0.5))\nprint(err(lambda: abs('a')), err(lambda: abs()))\nclass A:\n    def __abs__(self): return 'absolute'\nprint(abs(A()))\n",
    "stdin": "",
    "stdout": "5 3 1180591620717411303424 1 0.5\nTypeError: bad operand type for abs(): 'str' TypeError: abs() takes exactly one argument (0 given)\nabsolute\n"
  },
  {
    "source": "print(all([]), all([1, 2]), all([1, 0]), any([]), any([0, '', 3]), any(x > 2 for x in [1, 2, 3]))\nprint(err(lambda: all(5)))\n",
    "stdin": "",
    "stdout": "True True False False True True\nTypeError: 'int' object is not iterable\n"
  },
  {
    "source": "print(ascii('é\\x00\\u1234\\U0001f600'), ascii([1, 'ü']), ascii('plain'))\nprint(bin(5), bin(-5), oct(8), oct(-8), hex(255), hex(-255), hex(2**70), bin(0), bin(True))\nclass I:\n    def __index__(self): return 10\nprint(bin(I()), hex(I()), err(lambda: hex(1.5)), err(lambda: oct('a')))\n",
    "stdin": "",
    "stdout": "'\\xe9\\x00\\u1234\\U0001f600' [1, '\\xfc'] 'plain'\n0b101 -0b101 0o10 -0o10 0xff -0xff 0x400000000000000000 0b0 0b1\n0b1010 0xa TypeError: 'float' object cannot be interpreted as an integer TypeError: 'str' object cannot be interpreted as an integer\n"
  },
  {
    "source": "print(callable(len), callable(1), callable(int), callable(lambda: 1), callable([].append))\nclass C:\n    def __call__(self): return 1\nprint(callable(C()), callable(C), err(lambda: callable()))\n",
    "stdin": "",
    "stdout": "True False True True True\nTrue True TypeError: callable() takes exactly one argument (0 given)\n"
  },
  {
    "source": "print(chr(65), chr(0x1f600) == '\\U0001f600', len(chr(0xd800)), err(lambda: chr(-1)), err(lambda: chr(0x110000)), err(lambda: chr(2**100)), err(lambda: chr(1.5)))\nprint(ord('a'), ord('\\U0001f600'), ord(b'A'), ord(bytearray(b'z')))\nprint(err(lambda: ord('ab')), err(lambda: ord('')), err(lambda: ord(b'ab')), err(lambda: ord(1)))\n",
    "stdin": "",
    "stdout": "A True 1 ValueError: chr() arg not in range(0x110000) ValueError: chr() arg not in range(0x110000) ValueError: chr() arg not in range(0x110000) TypeError: 'float' object cannot be interpreted as an integer\n97 128512 65 122\nTypeError: ord() expected a character, but string of length 2 found TypeError: ord() expected a character, but string of length 0 found TypeError: ord() expected a character, but string of length 2 found TypeError: ord() expected string of length 1, but int found\n"
  },
  {
    "source": "class P: pass\np = P()\nsetattr(p, 'x', 1)\nprint(getattr(p, 'x'), getattr(p, 'y', 'dflt'), hasattr(p, 'x'), hasattr(p, 'y'))\ndelattr(p, 'x')\nprint(hasattr(p, 'x'), err(lambda: getattr(p, 'x')), err(lambda: delattr(p, 'x')))\nprint(err(lambda: getattr(p, 1)), err(lambda: setattr(p, 1, 2)), err(lambda: hasattr(p, 1)), err(lambda: getattr(p)), err(lambda: setattr(p, 'a')))\nclass G:\n    def __getattr__(self, name):\n        if name == 'boom': raise ValueError('boom')\n        return name * 2\nprint(getattr(G(), 'ab'), hasattr(G(), 'zz'), err(lambda: hasattr(G(), 'boom')))\n",
    "stdin": "",
    "stdout": "1 dflt True False\nFalse AttributeError: 'P' object has no attribute 'x' AttributeError: 'P' object has no attribute 'x'\nTypeError: attribute name must be string, not 'int' TypeError: attribute name must be string, not 'int' TypeError: attribute name must be string, not 'int' TypeError: getattr expected at least 2 arguments, got 1 TypeError: setattr expected 3 arguments, got 2\nabab True ValueError: boom\n"
  },
  {
    "source": "class D:\n    b = 1\n    def __init__(self): self.a = 2\n    def __dir__(self): return ['z', 'a', 'm']\nprint(dir(D()), 'b' in dir(D), err(lambda: dir(1, 2)))\ndef f(x):\n    y = 2\n    return dir()\nprint(f(1))\nclass E:\n    q = 1\n    names = dir()\nprint(E.names)\n",
    "stdin": "",
    "stdout": "['a', 'm', 'z'] True TypeError: dir expected at most 1 argument, got 2\n['x', 'y']\n['__firstlineno__', '__module__', '__qualname__', 'q']\n"
  },
  {
    "source": "print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(2**70, 3), err(lambda: divmod(1, 0)), err(lambda: divmod('a', 1)), err(lambda: divmod(1)))\nclass DM:\n    def __divmod__(self, o): return 'dm'\n    def __rdivmod__(self, o): return 'rdm'\nprint(divmod(DM(), 1), divmod(1, DM()))\n",
    "stdin": "",
    "stdout": "(3, 1) (-4, 1) (-4, -1) (393530540239137101141, 1) ZeroDivisionError: integer division or modulo by zero TypeError: unsupported operand type(s) for divmod(): 'str' and 'int' TypeError: divmod expected 2 arguments, got 1\ndm rdm\n"
  },
  {
    "source": "print(format(5), format(5, 'x'), format('ab', '>4'), format(255, '#b'), err(lambda: format(1, 2)), err(lambda: format(object(), 'x')))\nclass F:\n    def __format__(self, spec): return 'F' + spec\nclass BadF:\n    def __format__(self, spec): return 1\nprint(format(F(), 'abc'), format(F()), err(lambda: format(BadF())), err(lambda: format()))\n",
    "stdin": "",
    "stdout": "5 5   ab 0b11111111 TypeError: format() argument 2 must be str, not int TypeError: unsupported format string passed to object.__format__\nFabc F TypeError: __format__ must return a str, not int TypeError: format expected at least 1 argument, got 0\n"
  },
  {
    "source": "g = globals()\nprint(g is globals(), g['__name__'])\ndef loc(a, b=2):\n    c = a + b\n    def inner(): return a\n    return sorted(locals().items(), key=lambda kv: kv[0])[:3], vars() == locals()\nprint(loc(1))\ndef comp():\n    x = 1\n    return [sorted(locals()) for y in range(1)][0]\nprint(comp())\nclass K:\n    z = 3\n    print(sorted(locals())[-1], 'z' in vars())\nprint(err(lambda: vars(1)), err(lambda: globals(1)), err(lambda: locals(1)))\nclass WithDict: pass\nw = WithDict(); w.q = 1\nprint(vars(w))\n",
    "stdin": "",
    "stdout": "True __main__\n([('a', 1), ('b', 2), ('c', 3)], True)\n['x', 'y']\nz True\nTypeError: vars() argument must have __dict__ attribute TypeError: globals() takes no arguments (1 given) TypeError: locals() takes no arguments (1 given)\n{'q': 1}\n"
  },
  {
    "source": "print(hash(1) == hash(1.0) == hash(True), hash(-1), hash('') == 0, err(lambda: hash([])), hash((1, 2)) == hash((1, 2)))\nclass H:\n    def __hash__(self): return 42\nprint(hash(H()), err(lambda: hash()))\no = object()\nprint(id(o) == id(o), id(o) != id(object()), isinstance(id(o), int))\n",
    "stdin": "",
    "stdout": "True -2 True TypeError: unhashable type: 'list' True\n42 TypeError: hash() takes exactly one argument (0 given)\nTrue True True\n"
  },
  {
    "source": "print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, (float, int))), isinstance(1, ()), isinstance('a', (int, str)))\nprint(err(lambda: isinstance(1, 5)), err(lambda: isinstance(1, (str, 5))), isinstance(1, (int, 5)))\nprint(issubclass(bool, int), issubclass(int, (str, (float, object))), err(lambda: issubclass(1, int)), err(lambda: issubclass(int, 1)), err(lambda: isinstance(1)))\nclass Meta(type):\n    def __instancecheck__(cls, inst): return inst == 'magic'\n    def __subclasscheck__(cls, sub): return sub is int\nclass M(metaclass=Meta): pass\nprint(isinstance('magic', M), isinstance(M(), M), issubclass(int, M), issubclass(M, M))\nclass Proxy:\n    @property\n    def __class__(self): return int\nprint(isinstance(Proxy(), int), isinstance(Proxy(), Proxy), isinstance(Proxy(), str))\nclass AbstractCls:\n    __bases__ = ()\nclass Abs2:\n    def __init__(self, bases): self.__bases__ = bases\nac = AbstractCls()\nsub = Abs2((ac,))\nprint(issubclass(sub, ac), issubclass(ac, sub))\nclass Plain: pass\n",
    "stdin": "",
    "stdout": "True True True False True\nTypeError: isinstance() arg 2 must be a type, a tuple of types, or a union TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union True\nTrue True TypeError: issubclass() arg 1 must be a class TypeError: issubclass() arg 2 must be a class, a tuple of classes, or a union TypeError: isinstance expected 2 arguments, got 1\nTrue True True False\nTrue True False\nTrue False\n"
  },
  {
    "source": "it = iter([1, 2])\nprint(next(it), next(it), next(it, 'done'), err(lambda: next(it)), err(lambda: next([])), err(lambda: next()))\nclass Seq:\n    def __getitem__(self, i):\n        if i >= 3: raise IndexError\n        return i * 10\nsi = iter(Seq())\nprint(type(si).__name__, list(si), list(Seq()), 20 in Seq())\nprint(si.__length_hint__())\nvals = [1, 2, 3, 0, 5]\nci = iter(lambda: vals.pop(0), 0)\nprint(type(ci).__name__, list(ci), vals)\nprint(err(lambda: iter(1)), err(lambda: iter(1, 2)), err(lambda: iter()), err(lambda: iter(1, 2, 3)))\ndef gen():\n    yield 1\n    return 'ret'\ng2 = gen(); next(g2)\ntry:\n    next(g2)\nexcept StopIteration as e:\n    print('stop', e.value)\n",
    "stdin": "",
    "stdout": "1 2 done StopIteration:  TypeError: 'list' object is not an iterator TypeError: next expected at least 1 argument, got 0\niterator [0, 10, 20] [0, 10, 20] True\n0\ncallable_iterator [1, 2, 3] [5]\nTypeError: 'int' object is not iterable TypeError: iter(v, w): v must be callable TypeError: iter expected at least 1 argument, got 0 TypeError: iter expected at most 2 arguments, got 3\nstop ret\n"
  },
  {
    "source": "print(len([1, 2]), len('héllo'), len({1: 2}), len(range(10)), err(lambda: len(1)))\nclass L:\n    def __len__(self): return -1\nclass L2:\n    def __len__(self): return 2**70\nprint(err(lambda: len(L())), err(lambda: len(L2())))\n",
    "stdin": "",
    "stdout": "2 5 1 10 TypeError: object of type 'int' has no len()\nValueError: __len__() should return >= 0 OverflowError: cannot fit 'int' into an index-sized integer\n"
  },
  {
    "source": "print(max(1, 2), max([3, 1, 2]), min('bca'), max([], default=None), min([], default=5), max([1, 2], key=lambda x: -x))\nprint(max(1, 1.0), max(1.0, 1), min([(1, 'b'), (1, 'a')], key=lambda t: t[0]))\nprint(err(lambda: max()), err(lambda: min([])), err(lambda: max(1)), err(lambda: max(1, 2, default=3)), err(lambda: max([1], foo=2)), err(lambda: max([1, 'a'])))\nprint(max([1, 2], key=None), min(3, 1, 2, key=None))\n",
    "stdin": "",
    "stdout": "2 3 a None 5 1\n1 1.0 (1, 'b')\nTypeError: max expected at least 1 argument, got 0 ValueError: min() iterable argument is empty TypeError: 'int' object is not iterable TypeError: Cannot specify a default for max() with multiple positional arguments TypeError: max() got an unexpected keyword argument 'foo' TypeError: '>' not supported between instances of 'str' and 'int'\n2 1\n"
  },
  {
    "source": "print(pow(2, 10), pow(2, -1), pow(2, 10, 1000), pow(3, -1, 7), pow(base=2, exp=5), pow(2, 3, mod=None))\nprint(err(lambda: pow(2)), err(lambda: pow(1, 2, 3, 4)), err(lambda: pow('a', 2, 3)), err(lambda: pow(2, 3, foo=1)), err(lambda: pow(2.0, 3, 5)))\nclass PW:\n    def __pow__(self, other, mod=None): return ('pow', other, mod)\n    def __rpow__(self, other, mod=None): return ('rpow', other, mod)\nprint(pow(PW(), 2), pow(PW(), 2, 3), pow(2, PW()), err(lambda: pow(2, PW(), 3)))\n",
    "stdin": "",
    "stdout": "1024 0.5 24 5 32 8\nTypeError: pow() missing required argument 'exp' (pos 2) TypeError: pow() takes at most 3 arguments (4 given) TypeError: unsupported operand type(s) for ** or pow(): 'str', 'int', 'int' TypeError: pow() got an unexpected keyword argument 'foo' TypeError: pow() 3rd argument not allowed unless all arguments are integers\n('pow', 2, None) ('pow', 2, 3) ('rpow', 2, None) TypeError: unsupported operand type(s) for ** or pow(): 'int', 'PW', 'int'\n"
  },
  {
    "source": "import sys\nprint(1, 2, 3)\nprint(1, 2, sep='-', end='!\\n')\nprint('a', 'b', sep='', end='')\nprint()\nprint(sep=None, end=None)\nprint(None, end='\\n', sep=None)\nclass W:\n    def __init__(self): self.parts = []\n    def write(self, s): self.parts.append(s)\n    def flush(self): self.parts.append('<flush>')\nw = W()\nprint('x', 1, file=w, sep=', ', flush=True)\nprint(w.parts)\nprint(err(lambda: print(1, sep=1)), err(lambda: print(1, end=1)), err(lambda: print(1, foo=1)), err(lambda: print(1, file=1)))\nprint('to stdout', file=sys.stdout)\nprint('to stdout', file=None)\n",
    "stdin": "",
    "stdout": "1 2 3\n1-2!\nab\n\nNone\n['x', ', ', '1', '\\n', '<flush>']\nTypeError: sep must be None or a string, not int TypeError: end must be None or a string, not int TypeError: print() got an unexpected keyword argument 'foo' AttributeError: 'int' object has no attribute 'write'\nto stdout\nto stdout\n"
  },
  {
    "source": "print(repr('a'), repr([1, 'b']), err(lambda: repr()))\nprint(round(2.5), round(3.5), round(2.675, 2), round(5), round(15, -1), round(True), round(number=2.5), round(1.5, None))\nprint(err(lambda: round('a')), err(lambda: round(1, 2, 3)), err(lambda: round()), err(lambda: round(2, foo=3)))\nclass R:\n    def __round__(self, n=None): return ('round', n)\nprint(round(R()), round(R(), 2))\n",
    "stdin": "",
    "stdout": "'a' [1, 'b'] TypeError: repr() takes exactly one argument (0 given)\n2 4 2.67 5 20 1 2 2\nTypeError: type str doesn't define __round__ method TypeError: round() takes at most 2 arguments (3 given) TypeError: round() missing required argument 'number' (pos 1) TypeError: round() got an unexpected keyword argument 'foo'\n('round', None) ('round', 2)\n"
  },
  {
    "source": "print(sorted([3, 1, 2]), sorted('bca'), sorted([3, 1, 2], reverse=True), sorted(['b', 'A', 'c'], key=str.lower))\nprint(sorted([(1, 'b'), (0, 'z'), (1, 'a')], key=lambda t: t[0]), sorted({3: 1, 1: 2}))\nprint(err(lambda: sorted()), err(lambda: sorted([1], [2])), err(lambda: sorted([3, 1], foo=1)), err(lambda: sorted([1, 'a'])))\n",
    "stdin": "",
    "stdout": "[1, 2, 3] ['a', 'b', 'c'] [3, 2, 1] ['A', 'b', 'c']\n[(0, 'z'), (1, 'b'), (1, 'a')] [1, 3]\nTypeError: sorted expected 1 argument, got 0 TypeError: sorted expected 1 argument, got 2 TypeError: sort() got an unexpected keyword argument 'foo' TypeError: '<' not supported between instances of 'str' and 'int'\n"
  },
  {
    "source": "print(sum([1, 2, 3]), sum([1, 2], 10), sum([1], start=2), sum([[1], [2]], []), sum(()), sum([True, True]))\nprint(sum([0.1] * 10), sum([0.1] * 10) == 1.0, sum([1e100, 1.0, -1e100]), sum([1, 0.1, 0.2]), sum([1e16, 1, 1.0]))\nprint(sum([1e308, 1e308, -1e308]), sum([-0.0]), sum([-0.0], -0.0), sum([1, 2], 0.0), sum([1j, 2]), sum([2**70, 1]))\nprint(err(lambda: sum()), err(lambda: sum([], 'a')), err(lambda: sum([], b'a')), err(lambda: sum([], bytearray())), err(lambda: sum(1, 2, 3)), err(lambda: sum([1], foo=2)), err(lambda: sum(['a', 'b'])))\nclass S(int):\n    def __radd__(self, o): return 'radd'\nprint(sum([S(1)]), sum([1.0, S(1)]))\n",
    "stdin": "",
    "stdout": "6 13 3 [1, 2] 0 2\n1.0 True 1.0 1.3 1e+16\ninf 0.0 -0.0 3.0 (2+1j) 1180591620717411303425\nTypeError: sum() takes at least 1 positional argument (0 given) TypeError: sum() can't sum strings [use ''.join(seq) instead] TypeError: sum() can't sum bytes [use b''.join(seq) instead] TypeError: sum() can't sum bytearray [use b''.join(seq) instead] TypeError: sum() takes at most 2 arguments (3 given) TypeError: sum() got an unexpected keyword argument 'foo' TypeError: unsupported operand type(s) for +: 'int' and 'str'\nradd 2.0\n"
  },
  {
    "source": "print(list(zip([1, 2], 'ab')), list(zip()), list(zip([1, 2, 3], [4])), list(zip([1], [2], strict=True)))\nprint(err(lambda: list(zip([1], [2, 3], strict=True))), err(lambda: list(zip([1, 2], [2], strict=True))))\nprint(err(lambda: list(zip([1, 2], [2, 3], [4], strict=True))), err(lambda: list(zip([1], [2], [4, 5], strict=True))))\nprint(err(lambda: zip([1], foo=1)), err(lambda: zip(1)))\nz = zip([1, 2], [3, 4], strict=True)\nprint(z.__reduce__()[0].__name__, len(z.__reduce__()[1]), z.__reduce__()[2])\n",
    "stdin": "",
    "stdout": "[(1, 'a'), (2, 'b')] [] [(1, 4)] [(1, 2)]\nValueError: zip() argument 2 is longer than argument 1 ValueError: zip() argument 2 is shorter than argument 1\nValueError: zip() argument 3 is shorter than arguments 1-2 ValueError: zip() argument 3 is longer than arguments 1-2\nTypeError: zip() got an unexpected keyword argument 'foo' TypeError: 'int' object is not iterable\nzip 2 True\n"
  },
  {
    "source": "print(list(enumerate('ab')), list(enumerate('ab', 5)), list(enumerate('ab', start=-1)), list(enumerate(iterable='x', start=3)))\nprint(list(enumerate('ab', start=2**70)))\nprint(err(lambda: enumerate()), err(lambda: enumerate(1)), err(lambda: enumerate([], 'a')), err(lambda: enumerate([], 1, 2)), err(lambda: enumerate([1], x=3)), err(lambda: enumerate(start=3)))\nclass E2(enumerate):\n    def __next__(self):\n        i, v = super().__next__()\n        return i, v * 2\nprint(list(E2('ab')), type(E2('a')).__name__, isinstance(E2('a'), enumerate))\nfor i, v in E2('xy'): print(i, v)\n",
    "stdin": "",
    "stdout": "[(0, 'a'), (1, 'b')] [(5, 'a'), (6, 'b')] [(-1, 'a'), (0, 'b')] [(3, 'x')]\n[(1180591620717411303424, 'a'), (1180591620717411303425, 'b')]\nTypeError: enumerate() missing required argument 'iterable' TypeError: 'int' object is not iterable TypeError: 'str' object cannot be interpreted as an integer TypeError: enumerate() takes at most 2 arguments (3 given) TypeError: 'x' is an invalid keyword argument for enumerate() TypeError: 'start' is an invalid keyword argument for enumerate()\n[(0, 'aa'), (1, 'bb')] E2 True\n0 xx\n1 yy\n"
  },
  {
    "source": "print(list(map(str, [1, 2])), list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(map(pow, [2, 3], [2, 2])))\nprint(err(lambda: map()), err(lambda: map(len)), err(lambda: map(len, [1], foo=1)), err(lambda: map(len, 1)))\nprint(list(filter(None, [0, 1, '', 'a', None])), list(filter(lambda x: x % 2, range(6))), list(filter(bool, [0, 2])))\nprint(err(lambda: filter()), err(lambda: filter(None)), err(lambda: filter(None, 1)), err(lambda: filter(None, [], foo=1)))\n",
    "stdin": "",
    "stdout": "['1', '2'] [11, 22] [4, 9]\nTypeError: map() must have at least two arguments. TypeError: map() must have at least two arguments. TypeError: map() takes no keyword arguments TypeError: 'int' object is not iterable\n[1, 'a'] [1, 3, 5] [2]\nTypeError: filter expected 2 arguments, got 0 TypeError: filter expected 2 arguments, got 1 TypeError: 'int' object is not iterable TypeError: filter() takes no keyword arguments\n"
  },
  {
    "source": "print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(3))), list(reversed((1, 2))))\nclass RS:\n    def __len__(self): return 3\n    def __getitem__(self, i): return i * 2\nr = reversed(RS())\nprint(type(r).__name__, r.__length_hint__(), list(r), r.__length_hint__())\nclass RR:\n    def __reversed__(self): return iter('zyx')\nprint(list(reversed(RR())))\nclass NR:\n    __reversed__ = None\n    def __len__(self): return 1\n    def __getitem__(self, i): return i\nprint(err(lambda: reversed(NR())), err(lambda: reversed(1)), err(lambda: reversed({1})), err(lambda: reversed()), err(lambda: reversed([], x=1)))\n",
    "stdin": "",
    "stdout": "[3, 2, 1] ['c', 'b', 'a'] [2, 1, 0] [2, 1]\nreversed 3 [4, 2, 0] 0\n['z', 'y', 'x']\nTypeError: 'NR' object is not reversible TypeError: 'int' object is not reversible TypeError: 'set' object is not reversible TypeError: reversed expected 1 argument, got 0 TypeError: reversed() takes no keyword arguments\n"
  },
  {
    "source": "class T:\n    def __init__(self): self._v = 1\n    @property\n    def v(self):\n        \"the v\"\n        return self._v\n    @v.setter\n    def v(self, val): self._v = val\n    @v.deleter\n    def v(self): del self._v\n    ro = property(lambda self: 'ro')\nt = T()\nt.v = 5\nprint(t.v, T.v.__doc__, T.v.__name__, T.ro.__name__, type(T.v).__name__)\ndel t.v\nprint(err(lambda: t.v))\nprint(err(lambda: setattr(t, 'ro', 1)), err(lambda: delattr(t, 'ro')))\np = property()\nprint(p.fget, p.fset, p.fdel, p.__doc__, err(lambda: p.__name__), p.__isabstractmethod__)\nprint(err(lambda: p.__get__(None, None)), err(lambda: p.__get__(1)), err(lambda: p.__set__(1, 2)), err(lambda: p.__delete__(1)), p.__get__(None, int) is p)\nprint(err(lambda: property(1, 2, 3, 4, 5)), err(lambda: property(foo=1)), err(lambda: p.getter()), err(lambda: p.__set_name__(1)))\nprint(err(lambda: setattr(p, 'fget', 1)))\np.__set_name__(T, 'zz')\nprint(p.__name__, err(lambda: p.__get__(t)))\np.__doc__ = 'changed'\nprint(p.__doc__)\nclass P2(property): pass\np2 = P2(lambda s: 1, doc='hi')\nprint(p2.__doc__, type(p2.getter(len)).__name__)\nprint(property(len).__name__, property(fget=len, doc='x').__doc__, property(len).setter(None).fget is len)\ndef fa(x: int):\n    'fa doc'\nfa.__isabstractmethod__ = True\nprint(property(fa).__isabstractmethod__, property(None, fa).__isabstractmethod__)\n",
    "stdin": "",
    "stdout": "5 the v v ro property\nAttributeError: 'T' object has no attribute '_v'\nAttributeError: property 'ro' of 'T' object has no setter AttributeError: property 'ro' of 'T' object has no deleter\nNone None None None AttributeError: 'property' object has no attribute '__name__' False\nTypeError: __get__(None, None) is invalid AttributeError: property of 'int' object has no getter AttributeError: property of 'int' object has no setter AttributeError: property of 'int' object has no deleter True\nTypeError: property() takes at most 4 arguments (5 given) TypeError: property() got an unexpected keyword argument 'foo' TypeError: property.getter() takes exactly one argument (0 given) TypeError: __set_name__() takes 2 positional arguments but 1 were given\nAttributeError: readonly attribute\nzz AttributeError: property 'zz' of 'T' object has no getter\nchanged\nhi P2\nlen x True\nTrue True\n"
  },
  {
    "source": "class CM:\n    @classmethod\n    def c(cls, x): return (cls.__name__, x)\n    @staticmethod\n    def s(x): return x * 2\nclass CM2(CM): pass\nprint(CM.c(1), CM2.c(2), CM2().c(3), CM.s(4), CM().s(5))\ncm = CM.__dict__['c']; sm = CM.__dict__['s']\nprint(type(cm).__name__, cm.__func__.__name__, cm.__wrapped__ is cm.__func__, cm.__name__, cm.__qualname__, cm.__isabstractmethod__)\nprint(sm(3), sm.__name__, repr(staticmethod(len)), repr(classmethod(len)))\nprint(err(lambda: classmethod()), err(lambda: classmethod(1, 2)), err(lambda: classmethod(f=1)), err(lambda: staticmethod()), err(lambda: staticmethod(1)(2)))\nprint(classmethod(len).__get__(1), classmethod(len).__get__(None, int), err(lambda: classmethod(len).__get__(None)), staticmethod(len).__get__(1))\ndef fb(x: int): 'fb doc'\nprint(sorted(classmethod(fb).__dict__), staticmethod(fb).__doc__)\nclass CP:\n    @classmethod\n    @property\n    def y(cls): return 2\nprint(type(CP.y).__name__)\n",
    "stdin": "",
    "stdout": "('CM', 1) ('CM2', 2) ('CM2', 3) 8 10\nclassmethod c True c CM.c False\n6 s <staticmethod(<built-in function len>)> <classmethod(<built-in function len>)>\nTypeError: classmethod expected 1 argument, got 0 TypeError: classmethod expected 1 argument, got 2 TypeError: classmethod() takes no keyword arguments TypeError: staticmethod expected 1 argument, got 0 TypeError: 'int' object is not callable\n<bound method len of <class 'int'>> <bound method len of <class 'int'>> TypeError: __get__(None, None) is invalid <built-in function len>\n['__annotations__', '__doc__', '__module__', '__name__', '__qualname__'] fb doc\nmethod\n"
  },
  {
    "source": "import sys\nclass Cap:\n    def __init__(self): self.buf = []\n    def write(self, s): self.buf.append(s); return len(s)\n    def flush(self): self.buf.append('<f>')\nold = sys.stdout\nsys.stdout = c = Cap()\nprint('hidden', 1, flush=True)\nsys.stdout = old\nprint(c.buf)\nsys.stdout = None\nprint('nothing')\nsys.stdout = old\nclass FakeIn:\n    def readline(self): return 'from fake\\n'\nsys.stdin = FakeIn()\nprint(input('prompt> '))\nclass EmptyIn:\n    def readline(self): return ''\nsys.stdin = EmptyIn()\nprint(err(lambda: input()))\ndel sys.stdin\nprint(err(lambda: input()))\ndel sys.stdout\nr = err(lambda: print('x'))\nsys.stdout = old\nprint(r)\nprint(*range(5), sep=', ')\n",
    "stdin": "",
    "stdout": "['hidden', ' ', '1', '\\n', '<f>']\nprompt> from fake\nEOFError: EOF when reading a line\nRuntimeError: input(): lost sys.stdin\nRuntimeError: lost sys.stdout\n0, 1, 2, 3, 4\n"
  },
  {
    "source": "class NoIter:\n    __iter__ = None\n    def __getitem__(self, i): return i\nclass OnlyGet:\n    def __getitem__(self, i): return i\nclass BadIter:\n    def __iter__(self): return 1\nprint(err(lambda: iter(NoIter())), err(lambda: reversed(OnlyGet())), err(lambda: iter(BadIter())))\nclass Counter:\n    def __init__(self): self.n = 0\n    def __iter__(self): return self\n    def __next__(self):\n        self.n += 1\n        if self.n > 3: raise StopIteration\n        return self.n\nprint(list(Counter()), next(Counter()), max(Counter()), sum(Counter()), sorted(Counter(), reverse=True))\nprint(list(zip(Counter(), 'ab')), dict(enumerate('ab')), list(map(lambda *a: a, 'ab', Counter())))\nz = zip('abc', range(3))\nprint(list(z), list(z))\nr = reversed([1, 2, 3])\nprint(next(r), r.__length_hint__(), list(r), r.__length_hint__())\nit = iter(OnlyGet())\nprint(next(it), next(it), it.__length_hint__())\nclass LenGet:\n    def __len__(self): return 5\n    def __getitem__(self, i):\n        if i >= 5: raise IndexError\n        return i\nit2 = iter(LenGet()); next(it2)\nprint(it2.__length_hint__(), list(it2), it2.__length_hint__())\n",
    "stdin": "",
    "stdout": "TypeError: 'NoIter' object is not iterable TypeError: object of type 'OnlyGet' has no len() TypeError: iter() returned non-iterator of type 'int'\n[1, 2, 3] 1 3 6 [3, 2, 1]\n[(1, 'a'), (2, 'b')] {0: 'a', 1: 'b'} [('a', 1), ('b', 2)]\n[('a', 0), ('b', 1), ('c', 2)] []\n3 2 [2, 1] 0\n0 1 NotImplemented\n4 [1, 2, 3, 4] 0\n"
  },
  {
    "source": "async def agen():\n    yield 1\n    yield 2\nclass AIt:\n    def __init__(self): self.n = 0\n    def __aiter__(self): return self\n    async def __anext__(self):\n        self.n += 1\n        if self.n > 1: raise StopAsyncIteration\n        return self.n\nasync def main():\n    it = aiter(agen())\n    print(await anext(it))\n    print(await anext(it, 'done'))\n    print(await anext(it, 'done'))\n    try:\n        await anext(it)\n    except StopAsyncIteration:\n        print('stop')\n    a = aiter(AIt())\n    print(await anext(a, 'x'), await anext(a, 'x'))\nc = main()\ntry:\n    c.send(None)\nexcept StopIteration:\n    print('finished')\nclass BadA:\n    def __aiter__(self): return 1\nprint(err(lambda: aiter(BadA())), err(lambda: aiter(1)), err(lambda: anext(1)), err(lambda: anext()))\n",
    "stdin": "",
    "stdout": "1\n2\ndone\nstop\n1 x\nfinished\nTypeError: aiter() returned not an async iterator of type 'int' TypeError: 'int' object is not an async iterable TypeError: 'int' object is not an async iterator TypeError: anext expected at least 1 argument, got 0\n"
  },
  {
    "source": "import builtins\nprint(builtins.__name__, builtins.__doc__.splitlines()[0], builtins.len.__module__, builtins.len.__qualname__, repr(builtins.len))\nprint(sorted.__doc__.splitlines()[0], sum.__doc__.splitlines()[0])\nprint(exit, quit, type(exit).__name__, err(lambda: exit(3)), err(lambda: quit()))\nprint(*(getattr(builtins, n) for n in ('True', 'None', 'Ellipsis', 'NotImplemented', '__debug__')))\nprint(builtins.IOError is OSError, builtins.EnvironmentError is OSError, builtins.memoryview, builtins.super)\nprint([n for n in ('abs', 'aiter', 'anext', 'zip', 'vars', 'ExceptionGroup', 'PythonFinalizationError') if n in dir(builtins)])\nprint(enumerate.__doc__.splitlines()[0], enumerate[int], zip.__doc__.splitlines()[0], type(enumerate('a')).__name__)\n",
    "stdin": "",
    "stdout": "builtins Built-in functions, types, exceptions, and other objects. builtins len <built-in function len>\nReturn a new list containing all items from the iterable in ascending order. Return the sum of a 'start' value (default: 0) plus an iterable of numbers\nUse exit() or Ctrl-D (i.e. EOF) to exit Use quit() or Ctrl-D (i.e. EOF) to exit Quitter SystemExit: 3 SystemExit: None\nTrue None Ellipsis NotImplemented True\nTrue True <class 'memoryview'> <class 'super'>\n['abs', 'aiter', 'anext', 'zip', 'vars', 'ExceptionGroup', 'PythonFinalizationError']\nReturn an enumerate object. enumerate[int] The zip object yields n-length tuples, where n is the number of iterables enumerate\n"
  },
  {
    "source": "class LS(list):\n    def __len__(self): return 7\nprint(len(LS([1])), len(range(0, 10**18, 3)), err(lambda: len(range(2**64))))\nclass BadLen:\n    def __len__(self): return 'x'\nprint(err(lambda: len(BadLen())))\n",
    "stdin": "",
    "stdout": "7 333333333333333334 OverflowError: Python int too large to convert to C ssize_t\nTypeError: 'str' object cannot be interpreted as an integer\n"
  },
  {
    "source": "name = input('Name: ')\nprint('hi', name)\nprint(repr(input()))\ntry:\n    input('more? ')\nexcept EOFError as e:\n    print('EOF', e)\n",
    "stdin": "Ada\r\nsecond\n",
    "stdout": "Name: hi Ada\n'second'\nmore? EOF EOF when reading a line\n"
  },
  {
    "source": "import sys\nprint(input(), input(5))\n",
    "stdin": "x\ny",
    "stdout": "5x y\n"
  }
];

for (const c of CASES) {
  const title = c.source.split('\n').find((l) => l.trim() !== '' && !l.startsWith('#'))!.slice(0, 70);
  test(`builtins: ${title}`, () => {
    const program = c.stdin === '' ? PRELUDE + c.source : c.source;
    const r = runPython(program, c.stdin);
    assert.equal(r.stderr, '', r.stderr);
    assert.equal(r.stdout, c.stdout);
    assert.equal(r.status, 0);
  });
}
