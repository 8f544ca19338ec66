// Callables and the descriptors that make methods: Python functions and their cells, bound
// methods, built-in functions and method descriptors, classmethod, staticmethod, property,
// and getset descriptors (computed attributes of built-in types).
import { PyObject, type PyValue } from './object';
import {
  BuiltinFunctionType,
  CellType,
  ClassMethodDescriptorType,
  ClassMethodType,
  FunctionType,
  GetSetDescriptorType,
  MethodDescriptorType,
  MethodType,
  MethodWrapperType,
  PropertyType,
  StaticMethodType,
  WrapperDescriptorType,
} from './builtin-types';
import type { PyDict } from './dict';
import type { PyTuple } from './boxes';
import type { PyCode } from './code/code';
import type { PyType } from './type';
import { None } from './singletons';
import { newVersionTag } from './version-tags';
import { changed } from '../jit/dependencies';

/** The vectorcall convention: positional values, then one value per keyword name at the end. */
export type NativeFunction = (args: PyValue[], kwnames: readonly string[] | null) => PyValue;
/** A method of a built-in type: the instance, then the call's arguments as in NativeFunction. */
export type NativeMethod = (self: PyValue, args: PyValue[], kwnames: readonly string[] | null) => PyValue;

export class PyFunction extends PyObject {
  name: string;
  qualname: string;
  defaults: PyTuple | null = null;
  kwdefaults: PyDict | null = null;
  closure: PyCell[] | null = null;
  annotations: PyValue = None;
  doc: PyValue;
  module: PyValue;
  typeParams: PyValue = null as unknown as PyValue;
  /**
   * func_version: the code object's version until __code__, __defaults__ or __kwdefaults__
   * change, then a fresh one; CALL_PY_EXACT_ARGS and friends guard on it.
   */
  version: number;
  /** Some executor of tier 2 depends on this function (see jit/dependencies.ts). */
  jitWatched = false;
  constructor(
    public code: PyCode,
    readonly globals: PyDict,
    readonly builtins: PyDict,
    qualname: string | null,
  ) {
    super(FunctionType);
    this.name = code.name;
    this.qualname = qualname ?? code.qualname;
    this.doc = code.docstring;
    this.module = globals.getStr('__name__') ?? None;
    this.version = code.version;
  }

  bumpVersion(): void {
    this.version = newVersionTag();
    if (this.jitWatched) changed(this);
  }
}

/** A closure cell: a variable shared between a scope and the functions nested in it. */
export class PyCell extends PyObject {
  /** null while empty (the variable is unbound). */
  constructor(public value: PyValue | null = null) {
    super(CellType);
  }
}

/** A function bound to an instance (`obj.method`). */
export class PyMethod extends PyObject {
  constructor(readonly func: PyValue, readonly self: PyValue) {
    super(MethodType);
  }
}

/** A function written in TypeScript: a module's function, or a built-in method bound to `self`. */
export class BuiltinFunction extends PyObject {
  constructor(
    readonly name: string,
    readonly fn: NativeFunction,
    /** The instance or class a method is bound to; null for a module's function. */
    readonly self: PyValue | null = null,
    readonly qualname: string = name,
    readonly doc: string | null = null,
    /** The name of the module a module function belongs to (`__module__`, `__self__`). */
    readonly module: string | null = null,
    type: PyType = BuiltinFunctionType,
  ) {
    super(type);
  }

  /** `__text_signature__`, for the functions whose signature CPython can state. */
  textSignature: string | null = null;

  /** A function of the module `module` (len, sys.exit…). */
  static ofModule(module: string, name: string, fn: NativeFunction, doc: string | null = null): BuiltinFunction {
    return new BuiltinFunction(name, fn, null, name, doc, module);
  }
}

/** The special methods CPython fills a built-in type's slots with (its wrapper_descriptors). */
const SLOT_NAMES = new Set(
  (
    '__init__ __repr__ __str__ __hash__ __call__ __getattribute__ __setattr__ __delattr__ __lt__ __le__ __eq__ ' +
    '__ne__ __gt__ __ge__ __iter__ __next__ __get__ __set__ __delete__ __len__ __getitem__ __setitem__ ' +
    '__delitem__ __contains__ __add__ __radd__ __sub__ __rsub__ __mul__ __rmul__ __mod__ __rmod__ __divmod__ ' +
    '__rdivmod__ __pow__ __rpow__ __neg__ __pos__ __abs__ __bool__ __invert__ __lshift__ __rlshift__ __rshift__ ' +
    '__rrshift__ __and__ __rand__ __xor__ __rxor__ __or__ __ror__ __int__ __float__ __iadd__ __isub__ __imul__ ' +
    '__imod__ __ipow__ __ilshift__ __irshift__ __iand__ __ixor__ __ior__ __floordiv__ __rfloordiv__ __truediv__ ' +
    '__rtruediv__ __ifloordiv__ __itruediv__ __index__ __matmul__ __rmatmul__ __imatmul__ __await__ __aiter__ ' +
    '__anext__ __del__ __buffer__ __release_buffer__'
  ).split(' '),
);

/** Slot methods a type also defines as ordinary methods (METH_COEXIST), which then take the slot's place. */
const COEXISTING_METHODS = new Set(['dict.__contains__', 'dict.__getitem__', 'list.__getitem__', 'set.__contains__', 'frozenset.__contains__']);

/**
 * A method of a built-in type, found on the type; binds to an instance as a BuiltinFunction.
 * Special methods are slot wrappers (wrapper_descriptor, binding to a method-wrapper), the
 * others method_descriptors, as in CPython; both work alike.
 */
export class MethodDescriptor extends PyObject {
  constructor(
    readonly name: string,
    readonly owner: PyType,
    readonly fn: NativeMethod,
    readonly doc: string | null = null,
  ) {
    super(SLOT_NAMES.has(name) && !COEXISTING_METHODS.has(`${owner.name}.${name}`) ? WrapperDescriptorType : MethodDescriptorType);
  }
}

/** A slot wrapper bound to an instance (`(1).__add__`). */
export class MethodWrapper extends BuiltinFunction {
  constructor(
    readonly descriptor: MethodDescriptor,
    self: PyValue,
  ) {
    const d = descriptor;
    super(d.name, (args, kwnames) => d.fn(self, args, kwnames), self, `${d.owner.name}.${d.name}`, d.doc, null, MethodWrapperType);
  }
}

/** A class method of a built-in type (`dict.fromkeys`, `int.from_bytes`): binds to the class. */
export class ClassMethodDescriptor extends PyObject {
  constructor(
    readonly name: string,
    readonly owner: PyType,
    readonly fn: NativeMethod,
  ) {
    super(ClassMethodDescriptorType);
  }
}

export class PyClassMethod extends PyObject {
  constructor(public callable: PyValue, type: PyType = ClassMethodType) {
    super(type);
  }
}

export class PyStaticMethod extends PyObject {
  constructor(public callable: PyValue, type: PyType = StaticMethodType) {
    super(type);
  }
}

export class PyProperty extends PyObject {
  constructor(
    public fget: PyValue,
    public fset: PyValue,
    public fdel: PyValue,
    public doc: PyValue,
    type: PyType = PropertyType,
  ) {
    super(type);
  }
  /** Set by __set_name__ (3.13 uses it in error messages). */
  name: PyValue = None;
}

/** A computed attribute of a built-in type's instances (`__class__`, `f.__name__`, `e.args`…). */
export class GetSetDescriptor extends PyObject {
  constructor(
    readonly name: string,
    readonly owner: PyType,
    readonly get: (self: PyValue) => PyValue,
    readonly set: ((self: PyValue, value: PyValue | null) => void) | null = null,
  ) {
    super(GetSetDescriptorType);
  }

  /** For a `__slots__` member: where instances keep its value (in slotValues); null otherwise. */
  slot: number | null = null;
}
