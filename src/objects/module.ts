// Module objects: a namespace dict with a name.
import { PyObject } from './object';
import { ModuleType } from './builtin-types';
import { PyDict } from './dict';
import { None } from './singletons';
import type { PyType } from './type';

export class PyModule extends PyObject {
  declare dict: PyDict;
  /** Its code is running for the first time (an import in progress); circular imports see it so. */
  initializing = false;
  constructor(name: string, type: PyType = ModuleType) {
    super(type);
    this.dict = new PyDict();
    this.dict.setStr('__name__', name);
    this.dict.setStr('__doc__', None);
    this.dict.setStr('__package__', None);
    this.dict.setStr('__loader__', None);
    this.dict.setStr('__spec__', None);
  }

  get name(): string {
    const n = this.dict.getStr('__name__');
    return typeof n === 'string' ? n : '?';
  }
}
