// exit and quit: the objects CPython's site module adds to builtins (_sitebuiltins.Quitter).
// Calling one raises SystemExit(code); its repr tells an interactive user how to leave.
import { PyObject, type PyValue } from '../../objects/object';
import { newBuiltinType } from '../../objects/builtin-types';
import { newException, SystemExit } from '../../objects/exceptions';
import { None } from '../../objects/singletons';
import { defineMethods } from '../../objects/native';
import { unpackKeywords } from './clinic';

export const QuitterType = newBuiltinType('Quitter', undefined, { module: '_sitebuiltins' });

class Quitter extends PyObject {
  constructor(readonly name: string) {
    super(QuitterType);
  }
}

defineMethods(QuitterType, {
  __repr__: (self) => `Use ${(self as Quitter).name}() or Ctrl-D (i.e. EOF) to exit`,
  __call__(self, args, kwnames) {
    const [code] = unpackKeywords({ fname: '__call__', params: ['code'] }, args, kwnames);
    throw newException(SystemExit, code ?? None);
  },
});

export function makeQuitter(name: string): PyValue {
  return new Quitter(name);
}
