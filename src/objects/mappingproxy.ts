// mappingproxy: the read-only view of a mapping that `C.__dict__` and types.MappingProxyType
// give; every read goes to the mapping, nothing writes (Objects/descrobject.c).
import { PyObject, type PyValue } from './object';
import { PyList, PyTuple } from './boxes';
import { MappingProxyType } from './builtin-types';
import { None } from './singletons';
import { typeError } from './exceptions';
import { defineClassMethod, defineMethods, defineNew } from './native';
import { bindArgs, checkArgs } from './args';
import { call } from './ops/call';
import { getAttr } from './ops/attributes';
import { getItem, contains } from './ops/subscript';
import { getIter } from './ops/iter';
import { lengthOf } from './ops/length';
import { repr, str } from './ops/repr';
import { richCompare, Cmp } from './ops/compare';
import { pyHash } from './ops/hash';
import { binaryOp, NB } from './ops/number';
import { typeOf } from './ops/typeof';
import { genericAlias } from './generic-alias';

export class MappingProxy extends PyObject {
  constructor(readonly mapping: PyValue) {
    super(MappingProxyType);
  }
}

function target(v: PyValue): PyValue {
  return (v as MappingProxy).mapping;
}

/** Calls `name` on the proxied mapping. */
function forward(name: string, ...args: PyValue[]): (self: PyValue) => PyValue {
  return (self) => call(getAttr(target(self), name), args);
}

defineNew(MappingProxyType, (args, kwnames) => {
  const [mapping] = bindArgs('mappingproxy', args.slice(1), kwnames, ['mapping'], { required: 1 });
  const m = mapping!;
  if (typeOf(m).lookup('__getitem__') === undefined || m instanceof PyList || m instanceof PyTuple) {
    throw typeError(`mappingproxy() argument must be a mapping, not ${typeOf(m).name}`);
  }
  return new MappingProxy(m);
});

function unwrap(v: PyValue): PyValue {
  return v instanceof MappingProxy ? v.mapping : v;
}

defineMethods(MappingProxyType, {
  __getitem__(self, args, kwnames) {
    checkArgs('mappingproxy.__getitem__', args, kwnames, 1);
    return getItem(target(self), args[0]);
  },
  get(self, args, kwnames) {
    checkArgs('get', args, kwnames, 1, 2);
    return call(getAttr(target(self), 'get'), [args[0], args.length > 1 ? args[1] : None]);
  },
  keys: forward('keys'),
  values: forward('values'),
  items: forward('items'),
  copy: forward('copy'),
  __reversed__: forward('__reversed__'),
  __contains__: (self, args) => contains(target(self), args[0]),
  __iter__: (self) => getIter(target(self)),
  __len__: (self) => lengthOf(target(self)),
  __repr__: (self) => `mappingproxy(${repr(target(self))})`,
  __str__: (self) => str(target(self)),
  __hash__: (self) => pyHash(target(self)),
  __or__: (self, args) => binaryOp(unwrap(self), unwrap(args[0]), NB.OR),
  __ror__: (self, args) => binaryOp(unwrap(args[0]), unwrap(self), NB.OR),
  __ior__() {
    throw typeError("'|=' is not supported by mappingproxy; use '|' instead");
  },
  __eq__: (self, args) => richCompare(target(self), args[0], Cmp.EQ),
  __ne__: (self, args) => richCompare(target(self), args[0], Cmp.NE),
  __lt__: (self, args) => richCompare(target(self), args[0], Cmp.LT),
  __le__: (self, args) => richCompare(target(self), args[0], Cmp.LE),
  __gt__: (self, args) => richCompare(target(self), args[0], Cmp.GT),
  __ge__: (self, args) => richCompare(target(self), args[0], Cmp.GE),
});
defineClassMethod(MappingProxyType, '__class_getitem__', (cls, args, kwnames) => {
  checkArgs('mappingproxy.__class_getitem__', args, kwnames, 1);
  return genericAlias(cls, args[0]);
});
