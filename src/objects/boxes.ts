// The JS classes of the built-in values that are not JS primitives. A subclass instance of
// a built-in type is an instance of the same JS class whose `type` is the subclass; int and
// str, which are JS primitives, box their subclass instances in IntSubclassValue and
// StrSubclassValue.
import { PyObject, type PyInt, type PyValue } from './object';
import {
  ByteArrayType,
  BytesType,
  ComplexType,
  FloatType,
  ListType,
  RangeType,
  SliceType,
  TupleType,
} from './builtin-types';
import type { PyType } from './type';

export class PyFloat extends PyObject {
  constructor(readonly value: number, type: PyType = FloatType) {
    super(type);
  }
}

export class PyComplex extends PyObject {
  constructor(readonly real: number, readonly imag: number, type: PyType = ComplexType) {
    super(type);
  }
}

export class PyTuple extends PyObject {
  constructor(readonly items: PyValue[], type: PyType = TupleType) {
    super(type);
  }
}

export class PyList extends PyObject {
  constructor(public items: PyValue[], type: PyType = ListType) {
    super(type);
  }
}

export class PyBytes extends PyObject {
  constructor(readonly bytes: Uint8Array, type: PyType = BytesType) {
    super(type);
  }
}

export class PyByteArray extends PyObject {
  /** The bytes in use are bytes[0 .. length); the array may be larger, to grow in place. */
  constructor(public bytes: Uint8Array, public length: number = bytes.length, type: PyType = ByteArrayType) {
    super(type);
  }
}

export class PyRange extends PyObject {
  constructor(readonly start: PyInt, readonly stop: PyInt, readonly step: PyInt) {
    super(RangeType);
  }
}

export class PySlice extends PyObject {
  constructor(readonly start: PyValue, readonly stop: PyValue, readonly step: PyValue) {
    super(SliceType);
  }
}

/** An instance of a subclass of int: the int value it stands for, and its class. */
export class IntSubclassValue extends PyObject {
  constructor(readonly value: PyInt, type: PyType) {
    super(type);
  }
}

/** An instance of a subclass of str. */
export class StrSubclassValue extends PyObject {
  constructor(readonly value: string, type: PyType) {
    super(type);
  }
}

/** The empty tuple, shared as CPython shares it. */
export const EMPTY_TUPLE = new PyTuple([]);
