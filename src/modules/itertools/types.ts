// The itertools types: one built-in type per iterator, named as CPython's tp_name is
// ('itertools.count', which messages print) with __name__ 'count', and the ways their
// constructors take arguments.
import type { PyValue } from '../../objects/object';
import type { PyType } from '../../objects/type';
import { newBuiltinType } from '../../objects/builtin-types';
import { defineNew, defineAttr } from '../../objects/native';
import { iteratorProtocol, refusesKeywords } from '../../objects/iterator-types';
import { noKeywords } from '../../objects/args';

/** A type of the itertools module; `subclassable` as CPython's Py_TPFLAGS_BASETYPE says. */
export function itertoolsType(name: string, doc: string, subclassable = true): PyType {
  const t = newBuiltinType(`itertools.${name}`, undefined, { baseType: subclassable, module: 'itertools' });
  t.qualname = name;
  iteratorProtocol(t);
  defineAttr(t, '__doc__', doc);
  return t;
}

export type Constructor = (cls: PyType, args: PyValue[], kwnames: readonly string[] | null) => PyValue;

/** `__new__` of a type whose parameters may be given by keyword: `make` gets the class and the rest. */
export function defineConstructor(type: PyType, make: Constructor): void {
  defineNew(type, (args, kwnames) => make(args[0] as PyType, args.slice(1), kwnames));
}

/**
 * `__new__` of a type whose parameters are positional-only: keywords are refused, unless a
 * subclass has an __init__ of its own to take them (they are then left to it).
 */
export function definePositionalConstructor(type: PyType, make: (cls: PyType, args: PyValue[]) => PyValue): void {
  defineNew(type, (args, kwnames) => {
    const cls = args[0] as PyType;
    if (refusesKeywords(cls, type)) noKeywords(type.qualname, kwnames);
    return make(cls, args.slice(1, args.length - (kwnames === null ? 0 : kwnames.length)));
  });
}

/** The name reprs show: a built-in type's without its module (_PyType_Name). */
export function shortTypeName(t: PyType): string {
  return t.heap ? t.name : t.qualname;
}

/** How many arguments of a call are positional (the keyword values follow them). */
export function positional(args: readonly PyValue[], kwnames: readonly string[] | null): number {
  return args.length - (kwnames === null ? 0 : kwnames.length);
}

