// The namespaces of the callable types (function, method, builtin_function_or_method,
// method_descriptor, classmethod_descriptor, getset_descriptor), cell, code, module, and the
// singletons' types.
import type { PyValue } from './object';
import type { PyObject } from './object';
import {
  BuiltinFunctionType,
  CellType,
  ClassMethodDescriptorType,
  CodeType,
  EllipsisType,
  FunctionType,
  GetSetDescriptorType,
  MemberDescriptorType,
  MethodDescriptorType,
  MethodType,
  MethodWrapperType,
  ModuleType,
  NoneType,
  NotImplementedType,
  WrapperDescriptorType,
} from './builtin-types';
import {
  BuiltinFunction,
  ClassMethodDescriptor,
  GetSetDescriptor,
  MethodDescriptor,
  MethodWrapper,
  PyCell,
  PyFunction,
  PyMethod,
  type NativeFunction,
} from './function';
import { PyCode } from './code/code';
import { PyModule } from './module';
import { PyDict } from './dict';
import { PyTuple, PyBytes, PyList, EMPTY_TUPLE } from './boxes';
import { Ellipsis, None, NotImplemented } from './singletons';
import { typeError, valueError } from './exceptions';
import { defineGetSet, defineMethods, defineNew, descrGetMethod } from './native';
import { addressOf, objectId } from './identity';
import { repr } from './ops/repr';
import { toArray } from './ops/iter';
import { typeOf } from './ops/typeof';
import { call } from './ops/call';
import { genericGetAttr, getAttr } from './ops/attributes';
import { pyHash } from './ops/hash';
import { unpackKeywords } from '../modules/builtins/clinic';
import { argTypeName } from './str/args';
import { isCallable } from './exceptions/matches';
import type { PyType } from './type';

// ---- function

function fn(self: PyValue): PyFunction {
  return self as PyFunction;
}

defineMethods(FunctionType, {
  __repr__: (self) => `<function ${fn(self).qualname} at ${addressOf(self)}>`,
  __call__: (self, args, kwnames) => call(self, args, kwnames),
  __get__: descrGetMethod(FunctionType),
});
defineGetSet(FunctionType, '__name__', (self) => fn(self).name, (self, v) => {
  if (typeof v !== 'string') throw typeError('__name__ must be set to a string object');
  fn(self).name = v;
});
defineGetSet(FunctionType, '__qualname__', (self) => fn(self).qualname, (self, v) => {
  if (typeof v !== 'string') throw typeError('__qualname__ must be set to a string object');
  fn(self).qualname = v;
});
defineGetSet(FunctionType, '__doc__', (self) => fn(self).doc, (self, v) => {
  fn(self).doc = v ?? None;
});
defineGetSet(FunctionType, '__module__', (self) => fn(self).module, (self, v) => {
  fn(self).module = v ?? None;
});
defineGetSet(FunctionType, '__defaults__', (self) => fn(self).defaults ?? None, (self, v) => {
  if (v !== null && v !== None && !(v instanceof PyTuple)) throw typeError('__defaults__ must be set to a tuple object');
  fn(self).defaults = v === null || v === None ? null : (v as PyTuple);
  fn(self).bumpVersion();
});
defineGetSet(FunctionType, '__kwdefaults__', (self) => fn(self).kwdefaults ?? None, (self, v) => {
  if (v !== null && v !== None && !(v instanceof PyDict)) throw typeError('__kwdefaults__ must be set to a dict object');
  fn(self).kwdefaults = v === null || v === None ? null : (v as PyDict);
  fn(self).bumpVersion();
});
defineGetSet(FunctionType, '__code__', (self) => fn(self).code, (self, v) => {
  if (!(v instanceof PyCode)) throw typeError('__code__ must be set to a code object');
  fn(self).code = v;
  fn(self).bumpVersion();
});
defineGetSet(FunctionType, '__globals__', (self) => fn(self).globals);
defineGetSet(FunctionType, '__builtins__', (self) => fn(self).builtins);
defineGetSet(FunctionType, '__closure__', (self) => (fn(self).closure === null ? None : new PyTuple(fn(self).closure!)));
defineGetSet(FunctionType, '__annotations__', (self) => {
  const f = fn(self);
  if (f.annotations === None) f.annotations = new PyDict();
  else if (f.annotations instanceof PyTuple) {
    // The compiler passes annotations as a flat tuple of name, value pairs.
    const d = new PyDict();
    const items = f.annotations.items;
    for (let i = 0; i + 1 < items.length; i += 2) d.set(items[i], items[i + 1]);
    f.annotations = d;
  }
  return f.annotations;
}, (self, v) => {
  fn(self).annotations = v ?? None;
});
defineGetSet(
  FunctionType,
  '__type_params__',
  (self) => fn(self).typeParams ?? EMPTY_TUPLE,
  (self, v) => {
    // functools.update_wrapper copies it from the wrapped function.
    if (!(v instanceof PyTuple)) throw typeError('__type_params__ must be set to a tuple');
    fn(self).typeParams = v;
  },
);
defineGetSet(FunctionType, '__dict__', (self) => ((self as PyObject).dict ??= new PyDict()));
FunctionType.hasInstanceDict = true;

/** The low 32 bits of a hash, for mixing (a hash may be a bigint). */
function hashBits(h: number | bigint): number {
  return typeof h === 'number' ? h | 0 : Number(BigInt.asIntN(32, h));
}

// ---- bound method

function method(self: PyValue): PyMethod {
  return self as PyMethod;
}

defineMethods(MethodType, {
  __repr__: (self) => {
    const m = method(self);
    const f = m.func;
    let name = '?';
    const q = f instanceof PyFunction ? f.qualname : genericGetAttr(f, '__qualname__');
    if (typeof q === 'string') name = q;
    return `<bound method ${name} of ${repr(m.self)}>`;
  },
  __eq__: (self, args) => {
    const o = args[0];
    if (!(o instanceof PyMethod)) return NotImplemented;
    return method(self).func === o.func && method(self).self === o.self;
  },
  __hash__: (self) => objectId(method(self).self) ^ hashBits(pyHash(method(self).func)),
  __getattribute__: (self, args) => {
    const name = args[0] as string;
    const v = genericGetAttr(self, name);
    if (v !== undefined) return v;
    return getAttr(method(self).func, name);
  },
  __get__: (self) => self,
  __call__: (self, args, kwnames) => call(self, args, kwnames),
});
defineGetSet(MethodType, '__func__', (self) => method(self).func);
defineGetSet(MethodType, '__self__', (self) => method(self).self);
defineGetSet(MethodType, '__doc__', (self) => getAttr(method(self).func, '__doc__'));
defineGetSet(MethodType, '__name__', (self) => getAttr(method(self).func, '__name__'));
defineGetSet(MethodType, '__qualname__', (self) => getAttr(method(self).func, '__qualname__'));
defineGetSet(MethodType, '__module__', (self) => getAttr(method(self).func, '__module__'));
defineNew(MethodType, (args) => {
  if (args.length !== 3) throw typeError(`method expected 2 arguments, got ${args.length - 1}`);
  if (!isCallable(args[1])) throw typeError('first argument must be callable');
  if (args[2] === None) throw typeError('instance must not be None');
  return new PyMethod(args[1], args[2]);
});

// function(code, globals, name=None, argdefs=None, closure=None, kwdefaults=None)
const FUNCTION_SPEC = { fname: 'function', params: ['code', 'globals', 'name', 'argdefs', 'closure', 'kwdefaults'] };

defineNew(FunctionType, (args, kwnames) => {
  const [code, globals, name, argdefs, closure, kwdefaults] = unpackKeywords(FUNCTION_SPEC, args.slice(1), kwnames);
  if (code === undefined) throw typeError("function() missing required argument 'code' (pos 1)");
  if (!(code instanceof PyCode)) throw typeError(`function() argument 'code' must be code, not ${argTypeName(code)}`);
  if (globals === undefined) throw typeError("function() missing required argument 'globals' (pos 2)");
  if (!(globals instanceof PyDict)) throw typeError(`function() argument 'globals' must be dict, not ${argTypeName(globals)}`);
  const given = (v: PyValue | undefined): v is PyValue => v !== undefined && v !== None;
  if (given(name) && typeof name !== 'string') throw typeError('arg 3 (name) must be None or string');
  if (given(argdefs) && !(argdefs instanceof PyTuple)) throw typeError('arg 4 (defaults) must be None or tuple');
  if (given(closure) && !(closure instanceof PyTuple)) throw typeError('arg 5 (closure) must be None or tuple');
  if (given(kwdefaults) && !(kwdefaults instanceof PyDict)) throw typeError('arg 6 (kwdefaults) must be None or dict');
  const cells = given(closure) ? (closure as PyTuple).items : [];
  if (code.nfree > 0 && !given(closure)) throw typeError('arg 5 (closure) must be tuple');
  if (cells.length !== code.nfree) throw valueError(`${code.name} requires closure of length ${code.nfree}, not ${cells.length}`);
  for (const c of cells) if (!(c instanceof PyCell)) throw typeError(`arg 5 (closure) expected cell, found ${typeOf(c).name}`);
  const f = new PyFunction(code, globals, builtinsFor(globals), null);
  if (typeof name === 'string') f.name = name;
  if (given(argdefs)) f.defaults = argdefs as PyTuple;
  if (given(kwdefaults)) f.kwdefaults = kwdefaults as PyDict;
  if (cells.length > 0) f.closure = cells as PyCell[];
  return f;
});

/** The builtins a function made by function() sees: its globals' __builtins__, else the builtins module's. */
function builtinsFor(globals: PyDict): PyDict {
  const b = globals.getStr('__builtins__') ?? moduleNamed('builtins');
  if (b instanceof PyDict) return b;
  if (b instanceof PyModule) return b.dict;
  return (moduleNamed('builtins') as PyModule).dict;
}

// ---- built-in functions and methods

/** A module function's `__self__` is its module: found through sys.modules (registered by the VM). */
let moduleNamed: (name: string) => PyValue = () => None;
export function registerModuleLookup(f: (name: string) => PyValue): void {
  moduleNamed = f;
}

function builtin(self: PyValue): BuiltinFunction {
  return self as BuiltinFunction;
}

defineMethods(BuiltinFunctionType, {
  __repr__: (self) => {
    const b = builtin(self);
    if (b.self === null || b.self instanceof PyModule) return `<built-in function ${b.name}>`;
    return `<built-in method ${b.name} of ${typeOf(b.self).name} object at ${addressOf(b.self)}>`;
  },
  __call__: (self, args, kwnames) => call(self, args, kwnames),
  // Two bindings of one method to one object are equal (`x.append == x.append`).
  __eq__: (self, args) => {
    const o = args[0];
    if (!(o instanceof BuiltinFunction)) return NotImplemented;
    const b = builtin(self);
    return self === o || (b.self !== null && b.self === o.self && b.qualname === o.qualname);
  },
  __hash__: (self) => {
    const b = builtin(self);
    return b.self === null ? objectId(self) : objectId(b.self) ^ hashBits(pyHash(b.qualname));
  },
});
defineGetSet(BuiltinFunctionType, '__name__', (self) => builtin(self).name);
defineGetSet(BuiltinFunctionType, '__qualname__', (self) => builtin(self).qualname);
defineGetSet(BuiltinFunctionType, '__doc__', (self) => builtin(self).doc ?? None);
defineGetSet(BuiltinFunctionType, '__module__', (self) => builtin(self).module ?? None);
defineGetSet(BuiltinFunctionType, '__self__', (self) => {
  const b = builtin(self);
  if (b.self !== null) return b.self;
  return b.module === null ? None : moduleNamed(b.module);
});
defineGetSet(BuiltinFunctionType, '__text_signature__', (self) => builtin(self).textSignature ?? None);

function methodDescriptor(self: PyValue): MethodDescriptor {
  return self as MethodDescriptor;
}

defineMethods(MethodDescriptorType, {
  __repr__: (self) => `<method '${methodDescriptor(self).name}' of '${methodDescriptor(self).owner.name}' objects>`,
  __call__: (self, args, kwnames) => {
    const d = methodDescriptor(self);
    if (args.length === 0) throw typeError(`unbound method ${d.owner.name}.${d.name}() needs an argument`);
    return MethodDescriptorType.callMethod!(self, args[0], args.slice(1), kwnames);
  },
  __get__: descrGetMethod(MethodDescriptorType),
});

defineMethods(WrapperDescriptorType, {
  __repr__: (self) => `<slot wrapper '${methodDescriptor(self).name}' of '${methodDescriptor(self).owner.name}' objects>`,
  __call__: (self, args, kwnames) => {
    const d = methodDescriptor(self);
    if (args.length === 0) throw typeError(`descriptor '${d.name}' of '${d.owner.name}' object needs an argument`);
    if (!typeOf(args[0]).isSubtypeOf(d.owner)) {
      throw typeError(`descriptor '${d.name}' requires a '${d.owner.name}' object but received a '${typeOf(args[0]).name}'`);
    }
    return WrapperDescriptorType.callMethod!(self, args[0], args.slice(1), kwnames);
  },
  __get__: descrGetMethod(WrapperDescriptorType),
});

for (const type of [MethodDescriptorType, WrapperDescriptorType]) {
  defineGetSet(type, '__name__', (self) => methodDescriptor(self).name);
  defineGetSet(type, '__qualname__', (self) => `${methodDescriptor(self).owner.name}.${methodDescriptor(self).name}`);
  defineGetSet(type, '__objclass__', (self) => methodDescriptor(self).owner);
  defineGetSet(type, '__doc__', (self) => methodDescriptor(self).doc ?? None);
  defineGetSet(type, '__text_signature__', () => None);
}

defineMethods(MethodWrapperType, {
  __repr__: (self) => {
    const w = self as MethodWrapper;
    return `<method-wrapper '${w.name}' of ${typeOf(w.self!).name} object at ${addressOf(w.self!)}>`;
  },
  __call__: (self, args, kwnames) => call(self, args, kwnames),
  __eq__: (self, args) => {
    const o = args[0];
    if (!(o instanceof MethodWrapper)) return NotImplemented;
    const w = self as MethodWrapper;
    return w.descriptor === o.descriptor && w.self === o.self;
  },
  __hash__: (self) => {
    const w = self as MethodWrapper;
    return objectId(w.self!) ^ objectId(w.descriptor);
  },
});
defineGetSet(MethodWrapperType, '__name__', (self) => (self as MethodWrapper).name);
defineGetSet(MethodWrapperType, '__qualname__', (self) => (self as MethodWrapper).qualname);
defineGetSet(MethodWrapperType, '__self__', (self) => (self as MethodWrapper).self!);
defineGetSet(MethodWrapperType, '__objclass__', (self) => (self as MethodWrapper).descriptor.owner);
defineGetSet(MethodWrapperType, '__doc__', (self) => (self as MethodWrapper).doc ?? None);
defineGetSet(MethodWrapperType, '__text_signature__', () => None);

defineMethods(ClassMethodDescriptorType, {
  __repr__: (self) => `<method '${(self as ClassMethodDescriptor).name}' of '${(self as ClassMethodDescriptor).owner.name}' objects>`,
  __get__: (self, args) => ClassMethodDescriptorType.descrGet!(self, args[0] === None ? null : args[0], (args[1] ?? typeOf(args[0])) as PyType),
});
defineGetSet(ClassMethodDescriptorType, '__name__', (self) => (self as ClassMethodDescriptor).name);

defineMethods(GetSetDescriptorType, {
  __repr__: (self) => `<attribute '${(self as GetSetDescriptor).name}' of '${(self as GetSetDescriptor).owner.name}' objects>`,
  __get__: descrGetMethod(GetSetDescriptorType),
  __set__: (self, args) => {
    GetSetDescriptorType.descrSet!(self, args[0], args[1]);
    return None;
  },
  __delete__: (self, args) => {
    GetSetDescriptorType.descrSet!(self, args[0], null);
    return None;
  },
});
defineGetSet(GetSetDescriptorType, '__name__', (self) => (self as GetSetDescriptor).name);
defineMethods(MemberDescriptorType, {
  __repr__: (self) => `<member '${(self as GetSetDescriptor).name}' of '${(self as GetSetDescriptor).owner.name}' objects>`,
  __get__: descrGetMethod(MemberDescriptorType),
  __set__: (self, args) => {
    MemberDescriptorType.descrSet!(self, args[0], args[1]);
    return None;
  },
  __delete__: (self, args) => {
    MemberDescriptorType.descrSet!(self, args[0], null);
    return None;
  },
});
defineGetSet(MemberDescriptorType, '__name__', (self) => (self as GetSetDescriptor).name);
defineGetSet(MemberDescriptorType, '__objclass__', (self) => (self as GetSetDescriptor).owner);
defineGetSet(GetSetDescriptorType, '__objclass__', (self) => (self as GetSetDescriptor).owner);
// Descriptors made here carry no docstring; without these getters `__doc__` would find the class's.
defineGetSet(MemberDescriptorType, '__doc__', () => None);
defineGetSet(GetSetDescriptorType, '__doc__', () => None);

// ---- cell

defineGetSet(CellType, 'cell_contents', (self) => {
  const v = (self as PyCell).value;
  if (v === null) throw valueError('Cell is empty');
  return v;
}, (self, v) => {
  (self as PyCell).value = v;
});
defineMethods(CellType, {
  __repr__: (self) => {
    const v = (self as PyCell).value;
    return v === null ? `<cell at ${addressOf(self)}: empty>` : `<cell at ${addressOf(self)}: ${typeOf(v).name} object at ${addressOf(v)}>`;
  },
});
defineNew(CellType, (args) => new PyCell(args.length > 1 ? args[1] : null));

// ---- code

function code(self: PyValue): PyCode {
  return self as PyCode;
}
const CODE_FIELDS: Record<string, (c: PyCode) => PyValue> = {
  co_argcount: (c) => c.argcount,
  co_posonlyargcount: (c) => c.posonlyargcount,
  co_kwonlyargcount: (c) => c.kwonlyargcount,
  co_nlocals: (c) => c.nlocals,
  co_stacksize: (c) => c.stacksize,
  co_flags: (c) => c.flags,
  co_code: (c) => new PyBytes(c.compiled.co_code),
  co_consts: (c) => new PyTuple(c.consts.slice()),
  co_names: (c) => new PyTuple(c.names.slice()),
  co_varnames: (c) => new PyTuple(c.compiled.co_varnames.slice()),
  co_cellvars: (c) => new PyTuple(c.compiled.co_cellvars.slice()),
  co_freevars: (c) => new PyTuple(c.compiled.co_freevars.slice()),
  co_filename: (c) => c.filename,
  co_name: (c) => c.name,
  co_qualname: (c) => c.qualname,
  co_firstlineno: (c) => c.compiled.co_firstlineno,
  co_linetable: (c) => new PyBytes(c.compiled.co_linetable),
  co_exceptiontable: (c) => new PyBytes(c.compiled.co_exceptiontable),
};
for (const [name, get] of Object.entries(CODE_FIELDS)) defineGetSet(CodeType, name, (self) => get(code(self)));
defineMethods(CodeType, {
  __repr__: (self) => {
    const c = code(self);
    return `<code object ${c.name} at ${addressOf(self)}, file "${c.filename}", line ${c.compiled.co_firstlineno}>`;
  },
});

// ---- module

defineMethods(ModuleType, {
  __repr__: (self) => {
    const m = self as PyModule;
    const file = m.dict.getStr('__file__');
    if (typeof file === 'string') return `<module '${m.name}' from '${file}'>`;
    const path = m.dict.getStr('__path__');
    if (file === None && path !== undefined) return `<module '${m.name}' (namespace) from ${repr(new PyList(toArray(path)))}>`;
    return `<module '${m.name}' (built-in)>`;
  },
  __init__: (self, args) => {
    const m = self as PyModule;
    if (typeof args[0] !== 'string') throw typeError(`module.__init__() argument 'name' must be str, not ${typeOf(args[0]).name}`);
    m.dict.setStr('__name__', args[0]);
    m.dict.setStr('__doc__', args[1] ?? None);
    return None;
  },
  __dir__: (self) => {
    return new PyList((self as PyModule).dict.keyList());
  },
});
defineNew(ModuleType, (args) => new PyModule(typeof args[1] === 'string' ? args[1] : '?', args[0] as PyType));
defineGetSet(ModuleType, '__dict__', (self) => (self as PyModule).dict);
ModuleType.hasInstanceDict = true;

// ---- None, NotImplemented, Ellipsis

defineMethods(NoneType, {
  __repr__: () => 'None',
  __bool__: () => false,
  // 3.12+ gives None a fixed hash, so that sets holding None iterate alike from run to run.
  __hash__: () => 4238894112,
});
/** The singletons' constructors: no arguments, positional or keyword, and the one object back. */
function singletonNew(typeName: string, singleton: PyValue): NativeFunction {
  return (args) => {
    if (args.length > 1) throw typeError(`${typeName} takes no arguments`);
    return singleton;
  };
}
defineNew(NoneType, singletonNew('NoneType', None));
defineMethods(NotImplementedType, {
  __repr__: () => 'NotImplemented',
  __bool__: () => {
    throw typeError('NotImplemented should not be used in a boolean context');
  },
});
defineNew(NotImplementedType, singletonNew('NotImplementedType', NotImplemented));
defineMethods(EllipsisType, { __repr__: () => 'Ellipsis' });
defineNew(EllipsisType, singletonNew('EllipsisType', Ellipsis));

