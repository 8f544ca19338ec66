// _collections._tuplegetter: the descriptor behind each field of a namedtuple class. Reading
// it on an instance returns the tuple item at its index; it cannot be set or deleted.
import { PyObject, type PyValue } from '../../objects/object';
import { PyTuple } from '../../objects/boxes';
import { newBuiltinType } from '../../objects/builtin-types';
import { None } from '../../objects/singletons';
import { attributeError, indexError, typeError } from '../../objects/exceptions';
import { defineGetSet, defineMethods, defineNew } from '../../objects/native';
import { checkArgs } from '../../objects/args';
import { indexValue } from '../../objects/ops/index-value';
import { typeOf } from '../../objects/ops/typeof';

export const TupleGetterType = newBuiltinType('_collections._tuplegetter', undefined, { baseType: false });
TupleGetterType.qualname = '_tuplegetter';
TupleGetterType.module = '_collections';

class TupleGetter extends PyObject {
  constructor(
    readonly index: number,
    public doc: PyValue,
  ) {
    super(TupleGetterType);
  }
}

function itemOf(getter: TupleGetter, obj: PyValue): PyValue {
  if (!(obj instanceof PyTuple)) {
    throw typeError(`descriptor for index '${getter.index}' for tuple subclasses doesn't apply to '${typeOf(obj).name}' object`);
  }
  if (getter.index >= obj.items.length) throw indexError('tuple index out of range');
  return obj.items[getter.index];
}

function refuseChange(value: PyValue | null): never {
  throw attributeError(value === null ? "can't delete attribute" : "can't set attribute");
}

TupleGetterType.descrGet = (descr, obj) => (obj === null ? descr : itemOf(descr as TupleGetter, obj));
TupleGetterType.descrSet = (_descr, _obj, value) => refuseChange(value);

defineNew(TupleGetterType, (args, kwnames) => {
  checkArgs('_tuplegetter', args.slice(1), kwnames, 2);
  const index = indexValue(args[1]);
  if (typeof index !== 'number' || index < 0) throw indexError('tuple index out of range');
  return new TupleGetter(index, args[2]);
});

defineMethods(TupleGetterType, {
  __get__(self, args) {
    const obj = args[0];
    return obj === None && (args.length < 2 || args[1] !== None) ? self : itemOf(self as TupleGetter, obj);
  },
  __set__(_self, args) {
    return refuseChange(args[1]);
  },
  __delete__() {
    return refuseChange(null);
  },
  __reduce__(self) {
    const g = self as TupleGetter;
    return new PyTuple([TupleGetterType, new PyTuple([g.index, g.doc])]);
  },
});

defineGetSet(
  TupleGetterType,
  '__doc__',
  (self) => (self as TupleGetter).doc,
  (self, value) => {
    (self as TupleGetter).doc = value ?? None;
  },
);
