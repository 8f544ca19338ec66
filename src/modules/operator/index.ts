// The operator module (Lib/operator.py over Modules/_operator.c): Python's operators as
// functions, built on the runtime's own operations, and the dunder-named aliases.
import type { PyValue } from '../../objects/object';
import { PyModule } from '../../objects/module';
import { PyList } from '../../objects/boxes';
import { BuiltinFunction, type NativeFunction } from '../../objects/function';
import { typeError } from '../../objects/exceptions';
import { checkArgs, noKeywords } from '../../objects/args';
import { None } from '../../objects/singletons';
import { binaryOp, NB, unaryOp } from '../../objects/ops/number';
import { Cmp, richCompare } from '../../objects/ops/compare';
import { contains, delItem, getItem, setItem } from '../../objects/ops/subscript';
import { indexValue } from '../../objects/ops/index-value';
import { isTrue } from '../../objects/ops/truth';
import { call, callMethodDescriptor } from '../../objects/ops/call';
import { getAttr } from '../../objects/ops/attributes';
import { typeOf } from '../../objects/ops/typeof';
import type { Interpreter } from '../../vm/interpreter';
import { registerNativeModule } from '../registry';
import { checkPositional, ssizeArg } from '../builtins/clinic';
import { AttrGetterType, ItemGetterType, MethodCallerType, reduceHooks } from './getters';
import { concat, countOf, indexOf, inPlaceConcat, lengthHint } from './sequences';

/** A function of two positional arguments (its messages name it as _operator's clinic does). */
function binary(name: string, f: (a: PyValue, b: PyValue) => PyValue): NativeFunction {
  return (args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0) noKeywords(`_operator.${name}`, kwnames);
    if (args.length !== 2) checkPositional(name, args, 2);
    return f(args[0], args[1]);
  };
}

/** A function of one argument (METH_O). */
function unary(name: string, f: (a: PyValue) => PyValue): NativeFunction {
  return (args, kwnames) => {
    if (args.length !== 1 || kwnames !== null) checkArgs(`_operator.${name}`, args, kwnames, 1);
    return f(args[0]);
  };
}

const NUMBER_OPERATORS: readonly [string, NB][] = [
  ['add', NB.ADD],
  ['and_', NB.AND],
  ['floordiv', NB.FLOOR_DIVIDE],
  ['lshift', NB.LSHIFT],
  ['matmul', NB.MATRIX_MULTIPLY],
  ['mod', NB.REMAINDER],
  ['mul', NB.MULTIPLY],
  ['or_', NB.OR],
  ['pow', NB.POWER],
  ['rshift', NB.RSHIFT],
  ['sub', NB.SUBTRACT],
  ['truediv', NB.TRUE_DIVIDE],
  ['xor', NB.XOR],
];

const COMPARISONS: readonly [string, Cmp][] = [
  ['lt', Cmp.LT],
  ['le', Cmp.LE],
  ['eq', Cmp.EQ],
  ['ne', Cmp.NE],
  ['gt', Cmp.GT],
  ['ge', Cmp.GE],
];

/** abs(), as the builtin does it. */
function absolute(x: PyValue): PyValue {
  switch (typeof x) {
    case 'number':
      return x < 0 ? -x : x === 0 ? 0 : x;
    case 'bigint':
      return x < 0n ? -x : x;
    case 'boolean':
      return x ? 1 : 0;
  }
  const m = typeOf(x).lookup('__abs__');
  if (m === undefined) throw typeError(`bad operand type for abs(): '${typeOf(x).name}'`);
  return callMethodDescriptor(m, x, []);
}

function functionTable(): [string, NativeFunction][] {
  const table: [string, NativeFunction][] = [];
  for (const [name, op] of NUMBER_OPERATORS) {
    table.push([name, binary(name, (a, b) => binaryOp(a, b, op))]);
    const inplace = `i${name.replace(/_$/, '')}`;
    table.push([inplace, binary(inplace, (a, b) => binaryOp(a, b, op + NB.INPLACE))]);
  }
  for (const [name, op] of COMPARISONS) table.push([name, binary(name, (a, b) => richCompare(a, b, op))]);
  table.push(
    ['neg', unary('neg', (a) => unaryOp(a, '-'))],
    ['pos', unary('pos', (a) => unaryOp(a, '+'))],
    ['inv', unary('inv', (a) => unaryOp(a, '~'))],
    ['invert', unary('invert', (a) => unaryOp(a, '~'))],
    ['abs', unary('abs', absolute)],
    ['not_', unary('not_', (a) => !isTrue(a))],
    ['truth', unary('truth', isTrue)],
    ['index', unary('index', indexValue)],
    ['is_', binary('is_', (a, b) => a === b)],
    ['is_not', binary('is_not', (a, b) => a !== b)],
    ['contains', binary('contains', contains)],
    ['countOf', binary('countOf', countOf)],
    ['indexOf', binary('indexOf', indexOf)],
    ['getitem', binary('getitem', getItem)],
    ['concat', binary('concat', concat)],
    ['iconcat', binary('iconcat', inPlaceConcat)],
  );
  table.push(['delitem', binary('delitem', (a, b) => (delItem(a, b), None))]);
  table.push([
    'setitem',
    (args, kwnames) => {
      noKeywords('_operator.setitem', kwnames);
      checkPositional('setitem', args, 3);
      setItem(args[0], args[1], args[2]);
      return None;
    },
  ]);
  table.push([
    'length_hint',
    (args, kwnames) => {
      noKeywords('_operator.length_hint', kwnames);
      checkPositional('length_hint', args, 1, 2);
      return lengthHint(args[0], args.length > 1 ? ssizeArg(args[1]) : 0);
    },
  ]);
  table.push([
    'call',
    (args, kwnames) => {
      const npos = args.length - (kwnames === null ? 0 : kwnames.length);
      if (npos < 1) throw typeError(`call expected at least 1 argument, got ${npos}`);
      return call(args[0], args.slice(1), kwnames);
    },
  ]);
  return table;
}

/** The dunder names that alias a function (operator.__add__ is operator.add). */
const DUNDER_ALIASES: readonly [string, string][] = [
  ['__abs__', 'abs'],
  ['__add__', 'add'],
  ['__and__', 'and_'],
  ['__call__', 'call'],
  ['__concat__', 'concat'],
  ['__contains__', 'contains'],
  ['__delitem__', 'delitem'],
  ['__eq__', 'eq'],
  ['__floordiv__', 'floordiv'],
  ['__ge__', 'ge'],
  ['__getitem__', 'getitem'],
  ['__gt__', 'gt'],
  ['__iadd__', 'iadd'],
  ['__iand__', 'iand'],
  ['__iconcat__', 'iconcat'],
  ['__ifloordiv__', 'ifloordiv'],
  ['__ilshift__', 'ilshift'],
  ['__imatmul__', 'imatmul'],
  ['__imod__', 'imod'],
  ['__imul__', 'imul'],
  ['__index__', 'index'],
  ['__inv__', 'inv'],
  ['__invert__', 'invert'],
  ['__ior__', 'ior'],
  ['__ipow__', 'ipow'],
  ['__irshift__', 'irshift'],
  ['__isub__', 'isub'],
  ['__itruediv__', 'itruediv'],
  ['__ixor__', 'ixor'],
  ['__le__', 'le'],
  ['__lshift__', 'lshift'],
  ['__lt__', 'lt'],
  ['__matmul__', 'matmul'],
  ['__mod__', 'mod'],
  ['__mul__', 'mul'],
  ['__ne__', 'ne'],
  ['__neg__', 'neg'],
  ['__not__', 'not_'],
  ['__or__', 'or_'],
  ['__pos__', 'pos'],
  ['__pow__', 'pow'],
  ['__rshift__', 'rshift'],
  ['__setitem__', 'setitem'],
  ['__sub__', 'sub'],
  ['__truediv__', 'truediv'],
  ['__xor__', 'xor'],
];

const DOC = `Operator interface.

This module exports functions that do what Python's operators do: operator.add(x, y) is
x + y, operator.lt(a, b) is a < b. Names with leading and trailing underscores are kept as
aliases of the names without them.`;

function makeOperatorModule(interp: Interpreter): PyModule {
  const m = new PyModule('operator');
  const d = m.dict;
  d.setStr('__doc__', DOC);
  const publicNames: string[] = [];
  for (const [name, fn] of functionTable()) {
    d.setStr(name, BuiltinFunction.ofModule('_operator', name, fn));
    publicNames.push(name);
  }
  d.setStr('attrgetter', AttrGetterType);
  d.setStr('itemgetter', ItemGetterType);
  d.setStr('methodcaller', MethodCallerType);
  publicNames.push('attrgetter', 'itemgetter', 'methodcaller');
  for (const [alias, name] of DUNDER_ALIASES) d.setStr(alias, d.getStr(name)!);
  d.setStr('_abs', interp.builtins.dict.getStr('abs')!);
  d.setStr('__all__', new PyList(publicNames.sort()));
  reduceHooks.partial = () => getAttr(call(interp.importFunction!, ['functools']), 'partial');
  return m;
}

registerNativeModule('operator', makeOperatorModule);
