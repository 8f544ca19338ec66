"""Writes tests/data/early-errors.json: what CPython 3.13's compile() raises for each snippet
below, all of which its parser accepts — the errors of Python/future.c, Python/symtable.c and
Python/compile.c that src/compiler/early-errors.ts reproduces. Expectations come only from here.

    python3.13 scripts/generate-early-error-expectations.py

Each snippet is written to a file and compiled under that file's name, as running a script
would compile it, so that CPython reads the offending line back into the error's `text`. The
script also compiles each under "<string>" and checks that only `text` changes (to None); the test
expects the same of Taipan.
Snippets whose `expect` is "ok" must compile: they guard against false alarms. The `deep/`
snippets, about CPython's limit on nesting, are run as scripts instead (their error has no
position, and the limit depends on how deep in C compile() is called; a script is compiled at
depth 0). A SyntaxError compile() raises for them anyway is recorded as for the others.

The script refuses to write anything when a snippet is rejected by the parser (it would test the
parser, not this pass), when an "error" snippet compiles or an "ok" snippet does not.
"""

import ast
import json
import os
import subprocess
import sys
import tempfile
import warnings

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTPUT = os.path.join(ROOT, 'tests', 'data', 'early-errors.json')


def nest(n, header, body='pass', indent=0):
    """n statements `header` nested in one another around `body`, one space per level."""
    lines = [' ' * (indent + i) + header for i in range(n)]
    lines.append(' ' * (indent + n) + body)
    return '\n'.join(lines) + '\n'


class Runs(tuple):
    """A long source written as (text, count) runs, recorded so in `source_runs`."""

    @property
    def text(self):
        return ''.join(t * n for t, n in self)


def deep(*runs):
    return Runs(runs)


def names(n, prefix='a'):
    return ', '.join(f'{prefix}{i}' for i in range(n))


# (id, mode, source, expect): source is a str, bytes for a file's own bytes (recorded as hex in
# `source_bytes`) or Runs for a long one (recorded in `source_runs`); expect is 'error' or 'ok'.
SNIPPETS = [
    # ---- future.c ----
    ('future/braces', 'exec', 'from __future__ import braces\n', 'error'),
    ('future/undefined', 'exec', 'from __future__ import nope\n', 'error'),
    ('future/undefined-after-known', 'exec', 'from __future__ import annotations, nope\n', 'error'),
    ('future/undefined-second-statement', 'exec', 'from __future__ import annotations\nfrom __future__ import nope\n', 'error'),
    ('future/undefined-long-name', 'exec', 'from __future__ import ' + 'x' * 150 + '\n', 'error'),
    ('future/undefined-long-non-ascii-name', 'exec', 'from __future__ import ' + 'é' * 60 + '\n', 'error'),
    ('future/not-first', 'exec', 'x = 1\nfrom __future__ import annotations\n', 'error'),
    ('future/not-first-undefined-feature', 'exec', 'x = 1\nfrom __future__ import nope\n', 'error'),
    ('future/in-function', 'exec', 'def f():\n    from __future__ import annotations\n', 'error'),
    ('future/after-docstring', 'exec', '"doc"\nfrom __future__ import annotations\n', 'ok'),
    ('future/two-leading', 'exec', 'from __future__ import annotations\nfrom __future__ import division\n', 'ok'),
    ('future/same-line', 'exec', 'from __future__ import annotations; from __future__ import nope\n', 'error'),
    ('future/after-fstring-docstring', 'exec', 'f"doc"\nfrom __future__ import annotations\n', 'error'),
    ('future/relative-is-not-future', 'exec', 'from .__future__ import nope\n', 'ok'),
    ('future/braces-single', 'single', 'from __future__ import braces\n', 'error'),
    ('future/braces-before-symtable-error', 'exec', 'from __future__ import braces\ndef f(a, a): pass\n', 'error'),
    ('future/not-first-after-symtable-error', 'exec', 'x = 1\nfrom __future__ import annotations\ndef f(a, a): pass\n', 'error'),

    # ---- symtable.c: global and nonlocal ----
    ('scope/nonlocal-at-module-level', 'exec', 'nonlocal x\n', 'error'),
    ('scope/nonlocal-at-module-level-single', 'single', 'nonlocal x\n', 'error'),
    ('scope/nonlocal-no-binding', 'exec', 'def f():\n    nonlocal x\n', 'error'),
    ('scope/nonlocal-of-global', 'exec', 'x = 1\ndef f():\n    nonlocal x\n', 'error'),
    ('scope/nonlocal-in-class', 'exec', 'class C:\n    nonlocal x\n', 'error'),
    ('scope/nonlocal-in-class-in-function', 'exec', 'def f():\n    x = 1\n    class C:\n        nonlocal x\n', 'ok'),
    ('scope/nonlocal-of-class-variable', 'exec', 'class C:\n    x = 1\n    def g():\n        nonlocal x\n', 'error'),
    ('scope/nonlocal-through-class', 'exec', 'def f():\n    x = 1\n    class C:\n        x = 2\n        def h():\n            nonlocal x\n', 'ok'),
    ('scope/nonlocal-two-levels', 'exec', 'def f():\n    x = 1\n    def g():\n        def h():\n            nonlocal x\n', 'ok'),
    ('scope/nonlocal-of-global-declared', 'exec', 'def f():\n    x = 1\n    def g():\n        global x\n        def h():\n            nonlocal x\n', 'error'),
    ('scope/nonlocal-class-cell', 'exec', 'class C:\n    def f():\n        nonlocal __class__\n', 'ok'),
    ('scope/nonlocal-order-first-name', 'exec', 'def f():\n    nonlocal a\n    nonlocal b\n    def g():\n        nonlocal c\n', 'error'),
    ('scope/nonlocal-order-parent-first', 'exec', 'def f():\n    def g():\n        nonlocal c\n    nonlocal b\n', 'error'),
    ('scope/nonlocal-mangled', 'exec', 'class A:\n    def f():\n        nonlocal __x\n', 'error'),
    ('scope/nonlocal-and-global', 'exec', 'def f():\n    global x\n    nonlocal x\n', 'error'),
    ('scope/nonlocal-and-global-module', 'exec', 'nonlocal x\nglobal x\n', 'error'),
    ('scope/global-and-nonlocal-module', 'exec', 'global x\nnonlocal x\n', 'error'),
    ('scope/nonlocal-at-module-global-in-function', 'exec', 'nonlocal x\ndef f():\n    global x\n', 'error'),
    ('scope/global-in-module-nonlocal-in-function', 'exec', 'global x\ndef f():\n    nonlocal x\n', 'error'),
    ('scope/global-and-nonlocal-nested', 'exec', 'def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n', 'error'),
    ('scope/parameter-and-global', 'exec', 'def f(x):\n    global x\n', 'error'),
    ('scope/parameter-and-nonlocal', 'exec', 'def f(x):\n    nonlocal x\n', 'error'),
    ('scope/lambda-parameter-and-global', 'exec', 'lambda x: [x for y in z]\ndef g(y):\n    global y\n', 'error'),
    ('scope/global-after-assignment', 'exec', 'def f():\n    x = 1\n    global x\n', 'error'),
    ('scope/global-after-use', 'exec', 'def f():\n    print(x)\n    global x\n', 'error'),
    ('scope/global-after-annotation', 'exec', 'def f():\n    x: int\n    global x\n', 'error'),
    ('scope/global-after-annotated-assignment', 'exec', 'def f():\n    x: int = 1\n    global x\n', 'error'),
    ('scope/nonlocal-after-assignment', 'exec', 'def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n', 'error'),
    ('scope/nonlocal-after-use', 'exec', 'def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n', 'error'),
    ('scope/global-after-del', 'exec', 'def f():\n    del x\n    global x\n', 'error'),
    ('scope/global-after-for', 'exec', 'def f():\n    for x in y: pass\n    global x\n', 'error'),
    ('scope/global-after-augassign', 'exec', 'def f():\n    x += 1\n    global x\n', 'error'),
    ('scope/global-after-def', 'exec', 'def f():\n    def x(): pass\n    global x\n', 'error'),
    ('scope/global-after-except-name', 'exec', 'def f():\n    try: pass\n    except E as x: pass\n    global x\n', 'error'),
    ('scope/global-after-with-target', 'exec', 'def f():\n    with a as x: pass\n    global x\n', 'error'),
    ('scope/global-after-match-capture', 'exec', 'def f():\n    match y:\n        case x: pass\n    global x\n', 'error'),
    ('scope/global-after-walrus', 'exec', 'def f():\n    (x := 1)\n    global x\n', 'error'),
    ('scope/global-after-attribute-store', 'exec', 'def f():\n    x.y = 1\n    global x\n', 'error'),
    ('scope/global-after-import', 'exec', 'def f():\n    import x\n    global x\n', 'ok'),
    ('scope/global-after-comprehension-variable', 'exec', 'def f():\n    [x for x in y]\n    global x\n', 'ok'),
    ('scope/global-after-lambda-parameter', 'exec', 'def f():\n    lambda x: x\n    global x\n', 'ok'),
    ('scope/global-twice', 'exec', 'def f():\n    global x, y\n    x = 1\n    global x\n', 'error'),
    ('scope/global-mangled-message', 'exec', 'class A:\n    def f(self):\n        __x = 1\n        global __x\n', 'error'),
    ('scope/global-then-assign', 'exec', 'def f():\n    global x\n    x = 1\n    del x\n', 'ok'),
    ('scope/global-at-module-annotated', 'exec', 'global x\nx: int\n', 'ok'),
    ('scope/global-annotated-in-function', 'exec', 'def f():\n    global x\n    x: int\n', 'error'),
    ('scope/global-annotated-in-class', 'exec', 'class C:\n    global x\n    x: int\n', 'error'),
    ('scope/nonlocal-annotated', 'exec', 'def f():\n    x = 1\n    def g():\n        nonlocal x\n        x: int = 1\n', 'error'),
    ('scope/global-annotated-not-simple', 'exec', 'def f():\n    global x\n    (x): int\n', 'ok'),
    ('scope/nonlocal-at-module-after-first-pass-error', 'exec', 'nonlocal x\ndef f(a, a): pass\n', 'error'),

    # ---- symtable.c: parameters, imports, comprehensions ----
    ('params/duplicate', 'exec', 'def f(a, a): pass\n', 'error'),
    ('params/duplicate-positional-only', 'exec', 'def f(a, /, a): pass\n', 'error'),
    ('params/duplicate-keyword-only', 'exec', 'def f(a, *, b, a=1): pass\n', 'error'),
    ('params/duplicate-varargs-and-keyword-only', 'exec', 'def f(*a, a): pass\n', 'error'),
    ('params/duplicate-kwargs', 'exec', 'def f(a, **a): pass\n', 'error'),
    ('params/duplicate-varargs-kwargs', 'exec', 'def f(*a, **a): pass\n', 'error'),
    ('params/duplicate-lambda', 'exec', 'f = lambda a, *, a: 0\n', 'error'),
    ('params/duplicate-mangled', 'exec', 'class A:\n    def f(self, __x, _A__x): pass\n', 'error'),
    ('params/duplicate-non-ascii', 'exec', 's = "ééé"; f = lambda é, é: 0\n', 'error'),
    ('import/star-in-function', 'exec', 'def f():\n    from m import *\n', 'error'),
    ('import/star-in-class', 'exec', 'class C:\n    from m import *\n', 'error'),
    ('import/star-in-module', 'exec', 'from m import *\n', 'ok'),
    ('comprehension/yield-in-list', 'exec', 'def f():\n    return [(yield x) for x in y]\n', 'error'),
    ('comprehension/yield-in-set', 'exec', 'def f():\n    return {(yield x) for x in y}\n', 'error'),
    ('comprehension/yield-in-dict', 'exec', 'def f():\n    return {x: (yield x) for x in y}\n', 'error'),
    ('comprehension/yield-in-dict-key', 'exec', '{(yield): 1 for x in y}\n', 'error'),
    ('comprehension/yield-in-generator', 'exec', 'def f():\n    return list((yield x) for x in y)\n', 'error'),
    ('comprehension/yield-from-in-list', 'exec', 'def f():\n    return [(yield from x) for x in y]\n', 'error'),
    ('comprehension/yield-in-iterable', 'exec', 'def f():\n    return [x for x in (yield)]\n', 'ok'),
    ('comprehension/yield-in-inner-iterable', 'exec', 'def f():\n    return [x for y in z for x in (yield)]\n', 'error'),
    ('comprehension/async-in-sync-function', 'exec', 'def f():\n    return [x async for x in y]\n', 'error'),
    ('comprehension/async-at-module', 'exec', '[x async for x in y]\n', 'error'),
    ('comprehension/await-at-module', 'exec', '[await x for x in y]\n', 'error'),
    ('comprehension/async-nested-at-module', 'exec', '[[x async for x in y] for z in w]\n', 'error'),
    ('comprehension/async-generator-at-module', 'exec', '(x async for x in y)\n', 'ok'),
    ('comprehension/await-generator-at-module', 'exec', '(await x for x in y)\n', 'ok'),
    ('comprehension/async-in-async-function', 'exec', 'async def f():\n    return [x async for x in y]\n', 'ok'),
    ('comprehension/async-in-class-in-async-function', 'exec', 'async def f():\n    class C:\n        [x async for x in y]\n', 'error'),
    ('comprehension/async-inner-in-async-function', 'exec', 'async def f():\n    return [[x async for x in y] for z in w]\n', 'ok'),
    ('comprehension/async-after-await-in-sync-function', 'exec', 'def f():\n    await z\n    [x async for x in y]\n', 'error'),
    ('comprehension/async-before-await-in-sync-function', 'exec', 'def f():\n    [x async for x in y]\n    await z\n', 'error'),
    ('walrus/rebind-iteration-variable', 'exec', '[i := 0 for i in range(5)]\n', 'error'),
    ('walrus/rebind-outer-iteration-variable', 'exec', '[[(j := 0) for i in range(5)] for j in range(5)]\n', 'error'),
    ('walrus/rebind-in-function', 'exec', 'def f():\n    [(x := 1) for x in y]\n', 'error'),
    ('walrus/inner-loop-rebinds-target', 'exec', '[i for i in range(5) if (j := 0) for j in range(5)]\n', 'error'),
    ('walrus/name-read-in-iteration-target', 'exec', 'a = [0]\n[(i := 0) for a[i] in range(3)]\n', 'ok'),
    ('walrus/in-class-body-comprehension', 'exec', 'class C:\n    [(y := 1) for x in range(3)]\n', 'error'),
    ('walrus/in-comprehension-iterable', 'exec', '[x for x in (y := [1])]\n', 'error'),
    ('walrus/in-nested-comprehension-iterable', 'exec', '[x for x in [(y := 1) for z in w]]\n', 'error'),
    ('walrus/in-lambda-in-iterable', 'exec', '[x for x in (lambda: (y := 1))()]\n', 'error'),
    ('walrus/in-inner-iterable', 'exec', '[x for x in y for z in (w := 1)]\n', 'error'),
    ('walrus/in-comprehension-ok', 'exec', 'def f():\n    [(x := 1) for i in y]\n    return x\n', 'ok'),
    ('walrus/comprehension-then-global', 'exec', 'def f():\n    [(x := 1) for i in y]\n    global x\n', 'error'),
    ('walrus/comprehension-then-nonlocal', 'exec', 'def f():\n    [(x := 1) for i in y]\n    nonlocal x\n', 'error'),
    ('walrus/global-then-comprehension', 'exec', 'def f():\n    global x\n    [(x := 1) for i in y]\n', 'ok'),
    ('walrus/parameter-then-comprehension', 'exec', 'def f(x):\n    [(x := 1) for i in y]\n', 'ok'),
    ('walrus/comprehension-at-module-then-nonlocal', 'exec', '[(x := 1) for i in y]\nnonlocal x\n', 'error'),
    ('walrus/in-generic-class-bases', 'exec', 'class C[T](Base[[(y := 1) for x in z]]): pass\n', 'error'),
    ('walrus/comprehension-in-type-alias', 'exec', 'type X = [(y := 1) for x in z]\n', 'error'),
    ('walrus/comprehension-in-type-bound', 'exec', 'class C[T: [(y := 1) for x in z]]: pass\n', 'error'),

    # ---- symtable.c: PEP 695 annotation scopes, PEP 563 annotations ----
    ('types/duplicate-type-parameter', 'exec', 'def f[T, T](): pass\n', 'error'),
    ('types/duplicate-type-parameter-kinds', 'exec', 'class C[T, *T]: pass\n', 'error'),
    ('types/duplicate-type-parameter-alias', 'exec', 'type T[A, A] = int\n', 'error'),
    ('types/parameter-named-like-type-parameter', 'exec', 'def f[T](T): pass\n', 'ok'),
    ('types/nonlocal-type-parameter', 'exec', 'def f[T](): nonlocal T\n', 'error'),
    ('types/nonlocal-type-parameter-nested', 'exec', 'def f[T]():\n    def g():\n        nonlocal T\n', 'error'),
    ('types/nonlocal-type-parameter-in-class', 'exec', 'class C[T]:\n    nonlocal T\n', 'error'),
    ('types/nonlocal-through-generic', 'exec', 'def f():\n    x = 1\n    def g[T]():\n        nonlocal x\n', 'ok'),
    ('types/yield-in-bound', 'exec', 'class C[T: (yield)]: pass\n', 'error'),
    ('types/await-in-bound', 'exec', 'class C[T: await x]: pass\n', 'error'),
    ('types/walrus-in-bound', 'exec', 'class C[T: (y := int)]: pass\n', 'error'),
    ('types/yield-in-constraints', 'exec', 'class C[T: ((yield), int)]: pass\n', 'error'),
    ('types/yield-in-typevar-default', 'exec', 'class C[T = (yield)]: pass\n', 'error'),
    ('types/yield-in-typevartuple-default', 'exec', 'class C[*T = (yield)]: pass\n', 'error'),
    ('types/yield-in-paramspec-default', 'exec', 'class C[**T = (yield)]: pass\n', 'error'),
    ('types/yield-in-alias', 'exec', 'type X = (yield)\n', 'error'),
    ('types/walrus-in-alias', 'exec', 'type X = (y := int)\n', 'error'),
    ('types/await-in-alias', 'exec', 'type X = await y\n', 'error'),
    ('types/yield-in-generic-bases', 'exec', 'class C[T]((yield)): pass\n', 'error'),
    ('types/yield-in-generic-annotation', 'exec', 'def f[T](x: (yield)): pass\n', 'error'),
    ('types/annotation-order-generic', 'exec', 'def f[T](*, k: (yield), **kw: (await x)): pass\n', 'error'),
    ('types/yield-in-generic-default', 'exec', 'def f[T](x=(yield)): pass\n', 'error'),
    ('types/lambda-in-alias', 'exec', 'type X = lambda: (yield)\n', 'ok'),
    ('types/await-in-lambda-in-alias', 'exec', 'type X = lambda: await y\n', 'error'),
    ('types/non-default-after-default', 'exec', 'def f[T=int, U](): pass\n', 'error'),
    ('types/non-default-after-default-class', 'exec', 'class C[T=int, *U]: pass\n', 'error'),
    ('types/generic-in-class', 'exec', 'class A:\n    def f[T](self, x: T) -> T: return x\n    type X[U] = list[U]\n', 'ok'),
    ('annotations/future-yield-in-parameter', 'exec', 'from __future__ import annotations\ndef f(x: (yield)): pass\n', 'error'),
    ('annotations/future-yield-in-return', 'exec', 'from __future__ import annotations\ndef f() -> (yield): pass\n', 'error'),
    ('annotations/future-await-in-variable', 'exec', 'from __future__ import annotations\nx: (await y)\n', 'error'),
    ('annotations/future-walrus-in-variable', 'exec', 'from __future__ import annotations\nx: (y := 1) = 2\n', 'error'),
    ('annotations/future-order-kwarg-before-keyword-only', 'exec', 'from __future__ import annotations\ndef f(*, k: (yield), **kw: (await x)): pass\n', 'error'),
    ('annotations/future-order-vararg-before-keyword-only', 'exec', 'from __future__ import annotations\ndef f(*a: (yield), k: (await x)): pass\n', 'error'),
    ('annotations/future-starred-debug-not-evaluated', 'exec', 'from __future__ import annotations\ndef f(x: (__debug__ := 1)): pass\n', 'error'),
    ('annotations/future-lambda-duplicate-argument', 'exec', 'from __future__ import annotations\nx: (lambda a, a: 0)\n', 'error'),
    ('annotations/future-not-evaluated', 'exec', 'from __future__ import annotations\ndef f(x: f(a=1, a=2)) -> g(*y): pass\nz: h(b=1, b=2)\n', 'ok'),
    ('annotations/yield-in-parameter', 'exec', 'def f(x: (yield)): pass\n', 'error'),
    ('annotations/yield-in-variable', 'exec', 'x: (yield)\n', 'error'),
    ('annotations/yield-in-variable-in-function', 'exec', 'def f():\n    x: (yield)\n    return 1\n', 'ok'),
    ('annotations/order-args-before-positional-only', 'exec', 'def f(b: (yield b), /, a: (yield a)): pass\n', 'error'),
    ('annotations/order-vararg-before-keyword-only', 'exec', 'def f(*a: (yield a), k: (yield k)): pass\n', 'error'),
    ('annotations/order-keyword-only-before-kwarg', 'exec', 'def f(*, k: (yield k), **kw: (yield kw)): pass\n', 'error'),
    ('annotations/return-after-parameters', 'exec', 'def f(a, /, b, *c, d, **e) -> (yield a): pass\n', 'error'),
    ('annotations/starred-subscript-target', 'exec', 'x[*a]: int\n', 'error'),
    ('annotations/attribute-target-object', 'exec', '(yield).x: int\n', 'error'),
    ('annotations/complex-target-in-function', 'exec', 'def f():\n    x.y: (yield)\n', 'ok'),

    # ---- compile.c: context ----
    ('context/return-outside-function', 'exec', 'return 1\n', 'error'),
    ('context/return-in-class', 'exec', 'class C:\n    return\n', 'error'),
    ('context/return-starred', 'exec', 'def f():\n    return *a\n', 'error'),
    ('context/return-value-in-async-generator', 'exec', 'async def f():\n    yield 1\n    return 2\n', 'error'),
    ('context/return-value-before-yield-in-async-generator', 'exec', 'async def f():\n    return 2\n    yield 1\n', 'error'),
    ('context/return-value-sync-function-with-await', 'exec', 'def f():\n    return 1\n    yield\n    await x\n', 'error'),
    ('context/return-none-in-async-generator', 'exec', 'async def f():\n    yield 1\n    return\n', 'ok'),
    ('context/yield-outside-function', 'exec', 'yield x\n', 'error'),
    ('context/yield-in-class', 'exec', 'class C:\n    yield x\n', 'error'),
    ('context/yield-from-outside-function', 'exec', 'yield from x\n', 'error'),
    ('context/yield-from-in-class', 'exec', 'class C:\n    yield from x\n', 'error'),
    ('context/yield-from-in-async-function', 'exec', 'async def f():\n    yield from x\n', 'error'),
    ('context/yield-in-lambda', 'exec', 'f = lambda: (yield)\n', 'ok'),
    ('context/yield-in-default', 'exec', 'def f(x=(yield)):\n    return\n', 'error'),
    ('context/yield-in-decorator', 'exec', '@(yield)\ndef f(x=(await y)): pass\n', 'error'),
    ('context/yield-in-fstring', 'exec', 'f"{yield}"\n', 'error'),
    ('context/await-outside-function', 'exec', 'await x\n', 'error'),
    ('context/await-in-class', 'exec', 'class C:\n    await x\n', 'error'),
    ('context/await-in-sync-function', 'exec', 'def f():\n    await x\n', 'error'),
    ('context/await-in-lambda', 'exec', 'async def f():\n    g = lambda: await x\n', 'error'),
    ('context/await-in-fstring-format-spec', 'exec', 'print(f"{x!r:>{await y}}")\n', 'error'),
    ('context/await-in-default-before-annotation', 'exec', 'def f(x: (yield), y=(await z)): pass\n', 'error'),
    ('context/await-in-comprehension-in-async-function', 'exec', 'async def f():\n    return [await x for x in y]\n', 'ok'),
    ('context/await-in-generator-in-sync-function', 'exec', 'def f():\n    return (await x for x in y)\n', 'ok'),
    ('context/await-before-first-pass-error', 'exec', 'await x\ndef f(a, a): pass\n', 'error'),
    ('context/async-with-outside-async', 'exec', 'async with x: pass\n', 'error'),
    ('context/async-with-in-sync-function', 'exec', 'def f():\n    async with x:\n        pass\n', 'error'),
    ('context/async-for-outside-async', 'exec', 'async for x in y: pass\n', 'error'),
    ('context/async-for-in-sync-function', 'exec', 'def f():\n    async for x in y:\n        pass\n', 'error'),
    ('context/async-statements-in-async-function', 'exec', 'async def f():\n    async with a as b, c:\n        async for x in y:\n            await x\n', 'ok'),
    ('context/eval-await', 'eval', 'await x', 'error'),
    ('context/eval-yield', 'eval', '(yield)', 'error'),
    ('context/eval-lambda-await', 'eval', 'lambda: await x', 'error'),
    ('context/single-return', 'single', 'return 1\n', 'error'),
    ('context/single-ok', 'single', 'x = 1\n', 'ok'),
    ('loops/break-outside-loop', 'exec', 'break\n', 'error'),
    ('loops/continue-outside-loop', 'exec', 'continue\n', 'error'),
    ('loops/break-in-if', 'exec', 'if x:\n    break\n', 'error'),
    ('loops/break-in-dead-if', 'exec', 'if 0:\n    break\n', 'error'),
    ('loops/break-in-function-in-loop', 'exec', 'while x:\n    def f():\n        break\n', 'error'),
    ('loops/continue-in-class-in-loop', 'exec', 'while x:\n    class C:\n        continue\n', 'error'),
    ('loops/break-in-loop-else', 'exec', 'for x in y:\n    pass\nelse:\n    break\n', 'error'),
    ('loops/break-in-finally-in-loop', 'exec', 'while x:\n    try:\n        pass\n    finally:\n        break\n', 'ok'),
    ('loops/continue-in-handler-in-loop', 'exec', 'for x in y:\n    try:\n        pass\n    except E:\n        continue\n    else:\n        break\n', 'ok'),
    ('loops/break-in-with-in-loop', 'exec', 'while x:\n    with a:\n        break\n', 'ok'),
    ('loops/break-in-finally-after-return', 'exec', 'async def f():\n    try:\n        return\n        yield from x\n    finally:\n        break\n', 'error'),
    ('loops/break-in-except-star', 'exec', 'for x in y:\n    try:\n        pass\n    except* E:\n        break\n', 'error'),
    ('loops/continue-in-except-star', 'exec', 'for x in y:\n    try:\n        pass\n    except* E:\n        continue\n', 'error'),
    ('loops/return-constant-in-except-star', 'exec', 'def f():\n    try:\n        pass\n    except* E:\n        return 1\n', 'error'),
    ('loops/return-value-in-except-star', 'exec', 'def f():\n    try:\n        pass\n    except* E:\n        return x\n', 'error'),
    ('loops/return-multiline-constant-in-except-star', 'exec', 'def f():\n    try:\n        pass\n    except* E:\n        return (\n            1)\n', 'error'),
    ('loops/break-in-finally-in-except-star', 'exec', 'def f():\n    try:\n        pass\n    except* E:\n        try:\n            break\n        finally:\n            pass\n', 'error'),
    ('loops/break-in-with-in-except-star', 'exec', 'def f():\n    try:\n        pass\n    except* E:\n        with x:\n            break\n', 'error'),
    ('loops/loop-in-except-star', 'exec', 'def f():\n    try:\n        pass\n    except* E:\n        for x in y:\n            break\n', 'ok'),
    ('loops/function-in-except-star', 'exec', 'def f():\n    try:\n        pass\n    except* E:\n        def g():\n            return 1\n', 'ok'),
    ('loops/except-star-else-after-handlers', 'exec', 'try:\n    pass\nexcept* E:\n    break\nelse:\n    return\n', 'error'),
    ('loops/except-else-before-handlers', 'exec', 'try:\n    pass\nexcept E:\n    break\nelse:\n    return\n', 'error'),
    ('blocks/21-while', 'exec', nest(21, 'while x:'), 'ok'),
    ('blocks/22-while', 'exec', nest(22, 'while x:'), 'error'),
    ('blocks/22-for', 'exec', nest(22, 'for x in y:'), 'error'),
    ('blocks/generator-21-while', 'exec', 'def f():\n yield\n' + nest(21, 'while x:', indent=1), 'error'),
    ('blocks/generator-20-while', 'exec', 'def f():\n yield\n' + nest(20, 'while x:', indent=1), 'ok'),
    ('blocks/handler-cleanup', 'exec', nest(20, 'while x:') + ' ' * 20 + 'try: pass\n' + ' ' * 20 + 'except: pass\n', 'error'),
    ('blocks/with-item', 'exec', nest(21, 'while x:') + ' ' * 21 + 'with aaa: pass\n', 'error'),
    ('blocks/with-second-item', 'exec', nest(20, 'while x:') + ' ' * 20 + 'with aaa, bbb: pass\n', 'error'),
    ('blocks/async-comprehension', 'exec', 'async def f():\n' + nest(19, 'while x:', indent=1) + ' ' * 20 + '[x async for x in y async for z in w]\n', 'error'),
    ('blocks/finally-twice', 'exec', nest(20, 'while x:') + ' ' * 20 + 'try: pass\n' + ' ' * 20 + 'finally:\n' + ' ' * 21 + 'pass\n', 'ok'),
    ('blocks/finally-end', 'exec', nest(19, 'while x:') + ' ' * 19 + 'try: pass\n' + ' ' * 19 + 'finally:\n' + nest(2, 'while y:', indent=20), 'error'),
    ('blocks/return-through-finally', 'exec', 'def f():\n' + nest(20, 'while x:', indent=1) + ' ' * 21 + 'try: return x\n' + ' ' * 21 + 'finally: pass\n', 'ok'),

    # ---- compile.c: assignment targets and starred expressions ----
    ('star/assignment-target-alone', 'exec', '*a = b\n', 'error'),
    ('star/for-target-alone', 'exec', 'for *a in b: pass\n', 'error'),
    ('star/value-before-target', 'exec', '*a = (yield)\n', 'error'),
    ('star/expression-statement', 'exec', '*a\n', 'error'),
    ('star/assignment-value', 'exec', 'x = *a\n', 'error'),
    ('star/augassign-value', 'exec', 'x += *a\n', 'error'),
    ('star/for-iterable', 'exec', 'for x in *a: pass\n', 'error'),
    ('star/in-fstring', 'exec', 'f"{*x}"\n', 'error'),
    ('star/in-fstring-format-spec', 'exec', 'f"{x:{*y}}"\n', 'error'),
    ('star/multiple-in-assignment', 'exec', '[*a, *b] = c\n', 'error'),
    ('star/multiple-in-tuple-assignment', 'exec', 'x, (*a, b, *c) = d\n', 'error'),
    ('star/too-many-before', 'exec', names(256) + ', *b = c\n', 'error'),
    ('star/too-many-before-list', 'exec', '[' + names(256) + ', *b] = c\n', 'error'),
    ('star/255-before', 'exec', names(255) + ', *b = c\n', 'ok'),
    ('star/many-after', 'exec', '*b, ' + names(300) + ' = c\n', 'ok'),
    ('star/in-displays-and-calls', 'exec', 'x = [*a], {*a}, (*a,), f(*a, *b), a[*b]\n', 'ok'),
    ('star/non-ascii-line', 'exec', 's = "éé"; *a = b\n', 'error'),

    # ---- compile.c: calls and keywords ----
    ('call/keyword-repeated', 'exec', 'f(a=1, a=2)\n', 'error'),
    ('call/keyword-repeated-class', 'exec', 'class C(metaclass=M, metaclass=N):\n    pass\n', 'error'),
    ('call/keyword-repeated-after-unpacking', 'exec', 'f(a=1, **k, a=2)\n', 'error'),
    ('call/keywords-before-callee', 'exec', '(yield)(x=1, x=1)\n', 'error'),
    ('call/outer-keywords-first', 'exec', 'f(g(x=1, x=2), y=1, y=2)\n', 'error'),
    ('call/arguments-before-keywords', 'exec', 'f(a=(yield), *(await x))\n', 'error'),
    ('call/method-keyword-repeated', 'exec', 'o.m(x, k=1, k=2)\n', 'error'),
    ('call/class-body-before-bases', 'exec', 'class C(x=1, x=2):\n    return\n', 'error'),
    ('call/class-bases-before-name', 'exec', 'class __debug__(x=1, x=2):\n    pass\n', 'error'),
    ('call/class-keyword-before-break', 'exec', 'class C(x=(yield)):\n    break\n', 'error'),

    # ---- compile.c: __debug__ ----
    ('debug/assign', 'exec', '__debug__ = 1\n', 'error'),
    ('debug/assign-before-first-pass-error', 'exec', '__debug__ = 1\ndef f(a, a): pass\n', 'error'),
    ('debug/delete', 'exec', 'del __debug__\n', 'error'),
    ('debug/augassign', 'exec', '__debug__ += 1\n', 'error'),
    ('debug/annotated', 'exec', '__debug__: int\n', 'error'),
    ('debug/annotated-with-value', 'exec', '__debug__: int = 1\n', 'error'),
    ('debug/walrus', 'exec', '(__debug__ := 1)\n', 'error'),
    ('debug/walrus-in-comprehension', 'exec', '[(__debug__ := 1) for i in y]\n', 'error'),
    ('debug/comprehension-target', 'exec', '[__debug__ for __debug__ in x]\n', 'error'),
    ('debug/for-target', 'exec', 'for __debug__ in x: pass\n', 'error'),
    ('debug/with-target', 'exec', 'with x as __debug__: pass\n', 'error'),
    ('debug/except-name', 'exec', 'try: pass\nexcept E as __debug__: pass\n', 'error'),
    ('debug/tuple-target', 'exec', 'a, (b, __debug__) = c\n', 'error'),
    ('debug/attribute', 'exec', 'x.__debug__ = 1\n', 'error'),
    ('debug/attribute-multiline', 'exec', '(x\n .__debug__) = 1\n', 'error'),
    ('debug/attribute-annotated', 'exec', 'x.__debug__: int\n', 'error'),
    ('debug/attribute-augassign', 'exec', 'x.__debug__ += 1\n', 'ok'),
    ('debug/attribute-delete', 'exec', 'del x.__debug__\n', 'ok'),
    ('debug/read', 'exec', 'print(__debug__)\n__debug__\n', 'ok'),
    ('debug/function-name', 'exec', 'def __debug__(): pass\n', 'error'),
    ('debug/async-function-name', 'exec', 'async def __debug__(): pass\n', 'error'),
    ('debug/function-body-before-name', 'exec', 'def __debug__():\n    break\n', 'error'),
    ('debug/class-name', 'exec', 'class __debug__: pass\n', 'error'),
    ('debug/parameter', 'exec', 'def f(__debug__): pass\n', 'error'),
    ('debug/parameter-before-body', 'exec', 'def f(__debug__):\n    break\n', 'error'),
    ('debug/parameter-before-decorator', 'exec', '@(yield)\ndef f(__debug__): pass\n', 'error'),
    ('debug/positional-only-parameter', 'exec', 'def f(__debug__, /): pass\n', 'error'),
    ('debug/keyword-only-parameter', 'exec', 'def f(*, __debug__): pass\n', 'error'),
    ('debug/varargs', 'exec', 'def f(*__debug__): pass\n', 'error'),
    ('debug/kwargs', 'exec', 'def f(**__debug__): pass\n', 'error'),
    ('debug/lambda-parameter', 'exec', 'lambda __debug__: 0\n', 'error'),
    ('debug/keyword-argument', 'exec', 'f(__debug__=1)\n', 'error'),
    ('debug/class-keyword', 'exec', 'class C(__debug__=1): pass\n', 'error'),
    ('debug/import', 'exec', 'import __debug__\n', 'error'),
    ('debug/import-dotted', 'exec', 'import __debug__.a\n', 'error'),
    ('debug/import-dotted-tail', 'exec', 'import a.__debug__\n', 'ok'),
    ('debug/import-as', 'exec', 'import a as __debug__\n', 'error'),
    ('debug/from-import', 'exec', 'from a import __debug__\n', 'error'),
    ('debug/from-import-as', 'exec', 'from a import b as __debug__\n', 'error'),
    ('debug/type-alias', 'exec', 'type __debug__ = int\n', 'error'),
    ('debug/type-parameter', 'exec', 'def f[__debug__](): pass\n', 'error'),
    ('debug/type-parameter-alias', 'exec', 'type X[__debug__] = int\n', 'error'),
    ('debug/typevartuple', 'exec', 'class C[*__debug__]: pass\n', 'error'),
    ('debug/paramspec', 'exec', 'class C[**__debug__]: pass\n', 'error'),
    ('debug/match-capture', 'exec', 'match x:\n    case __debug__: pass\n', 'error'),
    ('debug/match-star', 'exec', 'match x:\n    case [*__debug__]: pass\n', 'error'),
    ('debug/match-rest', 'exec', 'match x:\n    case {**__debug__}: pass\n', 'error'),
    ('debug/match-keyword', 'exec', 'match x:\n    case C(y=1, __debug__=_): pass\n', 'error'),

    # ---- compile.c: try ----
    ('try/default-except-not-last', 'exec', 'try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n', 'error'),
    ('try/default-except-not-last-after-handler-error', 'exec', 'try:\n    pass\nexcept E:\n    break\nexcept:\n    pass\nexcept F:\n    pass\n', 'error'),
    ('try/default-except-not-last-before-later-handler', 'exec', 'try:\n    pass\nexcept:\n    pass\nexcept F:\n    break\n', 'error'),
    ('try/default-except-last', 'exec', 'try:\n    pass\nexcept E:\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass\n', 'ok'),

    # ---- compile.c: match ----
    ('match/two-stars', 'exec', 'match x:\n    case [*a, *b]: pass\n', 'error'),
    ('match/two-stars-wildcard', 'exec', 'match x:\n    case [*_, *__debug__]: pass\n', 'error'),
    ('match/capture-not-last', 'exec', 'match x:\n    case y: pass\n    case 1: pass\n', 'error'),
    ('match/wildcard-not-last', 'exec', 'match x:\n    case _: pass\n    case 1: pass\n', 'error'),
    ('match/second-wildcard', 'exec', 'match x:\n    case 1: pass\n    case _: pass\n    case _: pass\n', 'error'),
    ('match/guarded-capture', 'exec', 'match x:\n    case a if a: pass\n    case b: pass\n', 'ok'),
    ('match/guarded-wildcard', 'exec', 'match x:\n    case _ if x: pass\n    case _: pass\n', 'ok'),
    ('match/or-capture-first', 'exec', 'match x:\n    case y | z: pass\n', 'error'),
    ('match/or-guarded-capture-first', 'exec', 'match x:\n    case a | b if x: pass\n', 'error'),
    ('match/or-different-names', 'exec', 'match x:\n    case 1 | y: pass\n', 'error'),
    ('match/or-different-names-nested', 'exec', 'match x:\n    case [a] | [b]: pass\n', 'error'),
    ('match/or-same-names', 'exec', 'match x:\n    case [a, b] | [b, a] | (b, a): pass\n', 'ok'),
    ('match/or-nested-capture', 'exec', 'match x:\n    case (a | b) | c: pass\n', 'error'),
    ('match/or-as-capture', 'exec', 'match x:\n    case (a as b) | (b as a): pass\n', 'error'),
    ('match/or-then-as-duplicate', 'exec', 'match x:\n    case ([a] | [a]) as a: pass\n', 'error'),
    ('match/or-in-sequence', 'exec', 'match x:\n    case [a, (b | c)]: pass\n', 'error'),
    ('match/duplicate-capture', 'exec', 'match x:\n    case [a, a]: pass\n', 'error'),
    ('match/duplicate-capture-around-star', 'exec', 'match x:\n    case [a, *_, a]: pass\n', 'error'),
    ('match/duplicate-capture-class', 'exec', 'match x:\n    case C(a, b=a): pass\n', 'error'),
    ('match/duplicate-capture-rest', 'exec', 'match x:\n    case {1: a, **a}: pass\n', 'error'),
    ('match/class-attribute-repeated', 'exec', 'match x:\n    case C(a=1, a=2): pass\n', 'error'),
    ('match/fstring-value', 'exec', 'match x:\n    case f"x": pass\n', 'error'),
    ('match/fstring-key', 'exec', 'match x:\n    case {f"x": 1}: pass\n', 'error'),
    ('match/duplicate-key-str', 'exec', 'match x:\n    case {"a": a, "a": b}: pass\n', 'error'),
    ('match/duplicate-key-str-repr', 'exec', 'match x:\n    case {"a\\n\'": a, "a\\n\'": b}: pass\n', 'error'),
    ('match/duplicate-key-bool-int', 'exec', 'match x:\n    case {1: a, True: b}: pass\n', 'error'),
    ('match/duplicate-key-float-int', 'exec', 'match x:\n    case {1.0: a, 1: b}: pass\n', 'error'),
    ('match/duplicate-key-negative', 'exec', 'match x:\n    case {-1: a, -1: b}: pass\n', 'error'),
    ('match/duplicate-key-negative-zero', 'exec', 'match x:\n    case {0: a, -0.0: b}: pass\n', 'error'),
    ('match/duplicate-key-big-float', 'exec', 'match x:\n    case {1e16: a, 10000000000000000: b}: pass\n', 'error'),
    ('match/duplicate-key-bytes', 'exec', 'match x:\n    case {b"x": a, b"x": b}: pass\n', 'error'),
    ('match/duplicate-key-none', 'exec', 'match x:\n    case {None: a, None: b}: pass\n', 'error'),
    ('match/duplicate-key-imaginary', 'exec', 'match x:\n    case {1j: a, 1j: b}: pass\n', 'error'),
    ('match/duplicate-key-complex', 'exec', 'match x:\n    case {-1-2j: a, -1-2j: b}: pass\n', 'error'),
    ('match/duplicate-key-complex-real', 'exec', 'match x:\n    case {1+0j: a, 1: b}: pass\n', 'error'),
    ('match/duplicate-key-later', 'exec', 'match x:\n    case {1: a, 2: b, 1: c, 2: d}: pass\n', 'error'),
    ('match/attribute-keys-may-repeat', 'exec', 'match x:\n    case {a.b: 1, a.b: 2}: pass\n', 'ok'),
    ('match/distinct-keys', 'exec', 'match x:\n    case {1: a, "1": b, b"1": c, 1.5: d, 2j: e}: pass\n', 'ok'),
    ('match/too-many-before-star', 'exec', 'match x:\n case [' + names(256) + ', *b]: pass\n', 'error'),
    ('match/many-before-wildcard-star', 'exec', 'match x:\n case [' + names(256) + ', *_]: pass\n', 'ok'),
    ('match/subject-first', 'exec', 'match (yield):\n    case 1: pass\n', 'error'),
    ('match/guard', 'exec', 'match x:\n    case 1 if (yield): pass\n', 'error'),

    # ---- where errors point ----
    ('location/non-ascii-before', 'exec', 'x = "éé"; return 1\n', 'error'),
    ('location/astral-before', 'exec', 'x = "𝔘"; return 1\n', 'error'),
    ('location/multiline', 'exec', 'def f():\n    async with (a,\n                b):\n        pass\n', 'error'),
    ('location/crlf', 'exec', 'x = 1\r\nreturn 1\r\n', 'error'),
    ('location/no-final-newline', 'exec', 'x = 1\nreturn 1', 'error'),
    ('location/long-line', 'exec', 'x = "' + 'a' * 1993 + '"; return\n', 'error'),
    ('location/long-line-non-ascii', 'exec', 'x = "' + 'é' * 600 + '"; return\n', 'error'),
    ('location/long-line-split-character', 'exec', 'x = "a' + 'é' * 600 + '"; return\n', 'error'),
    ('location/line-of-999-bytes-at-end', 'exec', 'return "' + 'a' * 990 + '"', 'error'),
    ('location/form-feed', 'exec', 'x = 1\x0c; return\n', 'error'),
    # Bytes are decoded as the file declares, but the line is read back as UTF-8.
    ('bytes/bom', 'exec', b'\xef\xbb\xbfreturn 1\n', 'error'),
    ('bytes/latin-1', 'exec', b'# coding: latin-1\nx = "\xe9"; return\n', 'error'),
    ('bytes/crlf', 'exec', b'x = 1\r\nreturn\r\n', 'error'),

    # ---- ast_opt.c: statements, expressions and patterns nest at most 10000 deep ----
    # Recorded by running the file as a script (see script_outcome); each starts by exiting.
    ('deep/chain-at-limit', 'exec', deep(('raise SystemExit\nx = ', 1), ('a+', 9998), ('a\n', 1)), 'ok'),
    ('deep/chain-over-limit', 'exec', deep(('raise SystemExit\nx = ', 1), ('a+', 9999), ('a\n', 1)), 'error'),
    ('deep/chain-in-function', 'exec', deep(('raise SystemExit\ndef f():\n    x = ', 1), ('a+', 9998), ('a\n', 1)), 'error'),
    ('deep/attributes-at-limit', 'exec', deep(('raise SystemExit\nx = a', 1), ('.b', 9998), ('\n', 1)), 'ok'),
    ('deep/attributes-over-limit', 'exec', deep(('raise SystemExit\nx = a', 1), ('.b', 9999), ('\n', 1)), 'error'),
    ('deep/calls-over-limit', 'exec', deep(('raise SystemExit\nf', 1), ('()', 10000), ('\n', 1)), 'error'),
    ('deep/before-symtable-error', 'exec', deep(('raise SystemExit\ndef f(a, a): pass\nx = ', 1), ('a+', 9999), ('a\n', 1)), 'error'),
    ('deep/after-future-error', 'exec', deep(('from __future__ import nope\nx = ', 1), ('a+', 9999), ('a\n', 1)), 'error'),
    ('deep/not-at-parser-limit', 'exec', deep(('raise SystemExit\nx = ', 1), ('not ', 5967), ('a\n', 1)), 'ok'),
    ('deep/elif-chain', 'exec', deep(('raise SystemExit\nif a: pass\n', 1), ('elif a: pass\n', 5000)), 'ok'),
    ('deep/elif-chain-error-at-end', 'exec', deep(('raise SystemExit\nif a: pass\n', 1), ('elif a: pass\n', 4999), ('elif a: return\n', 1)), 'error'),
    ('deep/errors-found-in-deep-tree', 'exec', deep(('raise SystemExit\nx = ', 1), ('a+', 9990), ('(yield)\n', 1)), 'error'),
]


def raised(fn):
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        try:
            fn()
        except SyntaxError as e:
            return e
    return None


def fields(e):
    return {
        'type': type(e).__name__,
        'msg': e.msg,
        'lineno': e.lineno,
        'offset': e.offset,
        'end_lineno': e.end_lineno,
        'end_offset': e.end_offset,
        'text': e.text,
    }


def script_outcome(path):
    """What `python path` reports: the deep snippets depend on the C recursion depth at which
    CPython compiles, 0 for a script and more for compile() called from Python code. A
    SyntaxError (raised before the depth matters) is taken from compile(), with its fields."""
    r = subprocess.run([sys.executable, '-I', path], capture_output=True, text=True)
    if r.returncode == 0:
        return None
    kind, _, msg = r.stderr.strip().splitlines()[-1].partition(': ')
    if kind == 'SyntaxError':
        with open(path, encoding='utf-8') as f:
            e = raised(lambda: compile(f.read(), path, 'exec', dont_inherit=True))
        if e is None or e.msg != msg:
            sys.exit(f'{path}: the script and compile() disagree')
        return fields(e)
    return {'type': kind, 'msg': msg}


def expectation(snippet_id, mode, source, expect, directory):
    case = {'id': snippet_id, 'mode': mode}
    if isinstance(source, Runs):
        case['source_runs'] = [list(run) for run in source]
        source = source.text
    elif isinstance(source, bytes):
        case['source_bytes'] = source.hex()
    else:
        case['source'] = source
    path = os.path.join(directory, 'snippet.py')
    with open(path, 'wb') as f:
        f.write(source if isinstance(source, bytes) else source.encode('utf-8'))
    if snippet_id.startswith('deep/'):
        # Too deep for ast.parse to return (it fails building Python objects); the script's
        # outcome shows whether the parser accepted it.
        error = script_outcome(path)
        if (error is None) != (expect == 'ok') or (error is not None and 'Parser' in error['msg']):
            sys.exit(f'{snippet_id}: expected {expect}, CPython says {error}')
        return {**case, 'error': error}
    parse_error = raised(lambda: ast.parse(source, '<snippet>', mode))
    if parse_error is not None:
        sys.exit(f'{snippet_id}: the parser rejects it ({parse_error.msg}); it belongs in tests/syntax-errors/')
    e = raised(lambda: compile(source, path, mode, dont_inherit=True))
    if (e is None) != (expect == 'ok'):
        sys.exit(f'{snippet_id}: expected {expect}, CPython says {e.msg if e else "ok"}')
    if e is None:
        return {**case, 'error': None}
    if e.filename != path:
        sys.exit(f'{snippet_id}: error names {e.filename!r}, not the file')
    record = fields(e)
    pseudo = raised(lambda: compile(source, '<string>', mode, dont_inherit=True))
    if pseudo is None or fields(pseudo) != {**record, 'text': None}:
        sys.exit(f'{snippet_id}: compiling under <string> changes more than text')
    return {**case, 'error': record}


def main():
    if sys.version_info[:2] != (3, 13):
        sys.exit('run this with Python 3.13')
    ids = [s[0] for s in SNIPPETS]
    duplicates = {i for i in ids if ids.count(i) > 1}
    if duplicates:
        sys.exit(f'duplicate ids: {sorted(duplicates)}')
    with tempfile.TemporaryDirectory() as directory:
        cases = [expectation(*s, directory) for s in SNIPPETS]
    data = {
        'comment': 'Generated by scripts/generate-early-error-expectations.py from CPython '
        + '.'.join(map(str, sys.version_info[:3]))
        + '; do not edit. Errors are as compile() raises them for a file named snippet.py.',
        'cases': cases,
    }
    with open(OUTPUT, 'w', encoding='utf-8') as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.write('\n')
    errors = sum(1 for c in cases if c['error'] is not None)
    print(f'wrote {OUTPUT}: {len(cases)} snippets, {errors} raising')


if __name__ == '__main__':
    main()
