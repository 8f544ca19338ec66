// The bool type (Objects/boolobject.c): True and False are JS booleans; bool is a subclass of
// int that cannot be subclassed, with its own repr, and &, |, ^ giving a bool for two bools.
import type { PyValue } from './object';
import { BoolType, IntType } from './builtin-types';
import { typeError } from './exceptions';
import { defineMethods, defineNew } from './native';
import { checkNewType, wrapperArgs } from './numeric-args';
import { callMethodDescriptor } from './ops/call';
import { isTrue } from './ops/truth';

defineNew(BoolType, (args, kwnames) => {
  checkNewType(BoolType, args[0]);
  if (kwnames !== null && kwnames.length > 0) throw typeError('bool() takes no keyword arguments');
  if (args.length > 2) throw typeError(`bool expected at most 1 argument, got ${args.length - 1}`);
  return args.length === 2 ? isTrue(args[1]) : false;
});

/** A bool operation for two bools, int's for anything else. */
function logical(name: string, intName: string, op: (a: boolean, b: boolean) => boolean) {
  return (self: PyValue, args: PyValue[], kwnames: readonly string[] | null): PyValue => {
    wrapperArgs(name, args, kwnames, 1);
    const other = args[0];
    if (typeof self === 'boolean' && typeof other === 'boolean') return op(self, other);
    return callMethodDescriptor(IntType.ns.getStr(intName)!, self, args);
  };
}

const and = (a: boolean, b: boolean): boolean => a && b;
const or = (a: boolean, b: boolean): boolean => a || b;
const xor = (a: boolean, b: boolean): boolean => a !== b;

defineMethods(BoolType, {
  __repr__(self, args, kwnames) {
    wrapperArgs('__repr__', args, kwnames, 0);
    return self === true ? 'True' : 'False';
  },
  __and__: logical('__and__', '__and__', and),
  __rand__: logical('__rand__', '__rand__', and),
  __or__: logical('__or__', '__or__', or),
  __ror__: logical('__ror__', '__ror__', or),
  __xor__: logical('__xor__', '__xor__', xor),
  __rxor__: logical('__rxor__', '__rxor__', xor),
  // CPython 3.13 warns (DeprecationWarning) and gives the int's inversion.
  __invert__(self, args, kwnames) {
    wrapperArgs('__invert__', args, kwnames, 0);
    return self === true ? -2 : -1;
  },
});
