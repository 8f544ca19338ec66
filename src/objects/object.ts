// The root of the object model (DESIGN.md §2). Python values are JS values: an int is a JS
// number when safe and a bigint beyond, a bool is a JS boolean, a str is a JS string; every
// other value is a PyObject whose `type` is its Python class.
import type { PyType } from './type';
import type { PyDict } from './dict';

export class PyObject {
  /** The object's class (ob_type); assignable through `__class__` for compatible heap types. */
  type: PyType;
  /** The instance `__dict__`, made on first store; null for objects that have none yet or never. */
  dict: PyDict | null = null;
  /** Values of the `__slots__` of the object's class and its bases, by slot number (made on first store). */
  declare slotValues?: (PyValue | undefined)[];
  constructor(type: PyType) {
    this.type = type;
  }
}

export type PyValue = number | bigint | boolean | string | PyObject;

/** A Python int held in its canonical JS form. */
export type PyInt = number | bigint;
