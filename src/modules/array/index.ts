// The array module: array.array (array-type.ts), its typecodes, and the reconstructor that
// pickles use. array.array is a collections.abc.MutableSequence, as CPython's module registers
// it on import; since _collections_abc is slow to import, the registration happens here only
// when it is loaded already, and otherwise when _collections_abc loads (its last lines).
import { PyModule } from '../../objects/module';
import { BuiltinFunction } from '../../objects/function';
import { call } from '../../objects/ops/call';
import { getAttr } from '../../objects/ops/attributes';
import type { Interpreter } from '../../vm/interpreter';
import { registerNativeModule } from '../registry';
import { ArrayType, arrayReconstructor } from './array-type';
import { TYPECODES } from './typecodes';

function makeArrayModule(interp: Interpreter): PyModule {
  const m = new PyModule('array');
  m.dict.setStr(
    '__doc__',
    'This module defines an object type which can efficiently represent\nan array of basic values: characters, integers, floating-point\n' +
      'numbers.  Arrays are sequence types and behave very much like lists,\nexcept that the type of objects stored in them is constrained.\n',
  );
  m.dict.setStr('_array_reconstructor', BuiltinFunction.ofModule('array', '_array_reconstructor', arrayReconstructor));
  m.dict.setStr('ArrayType', ArrayType);
  m.dict.setStr('array', ArrayType);
  m.dict.setStr('typecodes', TYPECODES);
  const abc = interp.modules.getStr('_collections_abc');
  if (abc !== undefined) call(getAttr(getAttr(abc, 'MutableSequence'), 'register'), [ArrayType]);
  return m;
}

registerNativeModule('array', makeArrayModule);
