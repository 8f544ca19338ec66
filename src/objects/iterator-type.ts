// The type objects of iterators written in TypeScript (list_iterator, dict_keyiterator,
// set_iterator, range_iterator…): `__iter__` returns the iterator, `__next__` steps it and
// raises StopIteration when it is exhausted, `__length_hint__` reports what is left.
import { newBuiltinType } from './builtin-types';
import { newException, StopIteration } from './exceptions';
import { defineMethods } from './native';
import { checkArgs } from './args';
import { NativeIterator } from './ops/iter';
import { NotImplemented } from './singletons';
import type { PyType } from './type';

/** A native iterator that can say how many items it has left (__length_hint__). */
export interface HasLengthHint {
  lengthHint(): number;
}

export function newIteratorType(name: string): PyType {
  const t = newBuiltinType(name, undefined, { baseType: false });
  defineMethods(t, {
    __iter__(self, args, kwnames) {
      checkArgs('__iter__', args, kwnames, 0);
      return self;
    },
    __next__(self, args, kwnames) {
      checkArgs('__next__', args, kwnames, 0);
      const v = (self as NativeIterator).next();
      if (v === undefined) throw newException(StopIteration);
      return v;
    },
    __length_hint__(self, args, kwnames) {
      checkArgs(`${name}.__length_hint__`, args, kwnames, 0);
      const it = self as unknown as Partial<HasLengthHint>;
      // Without a cheap count, NotImplemented: operator.length_hint then uses its default.
      return it.lengthHint !== undefined ? it.lengthHint() : NotImplemented;
    },
  });
  return t;
}
