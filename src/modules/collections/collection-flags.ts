// Which classes match sequence and mapping patterns (CPython's Py_TPFLAGS_SEQUENCE and
// Py_TPFLAGS_MAPPING). ABCMeta sets them from an ABC's `__abc_tpflags__` (Sequence, Mapping)
// and passes them on to classes registered with it; built-in types keep their own.
import type { PyValue } from '../../objects/object';
import { PyType } from '../../objects/type';
import { PyModule } from '../../objects/module';
import { BuiltinFunction } from '../../objects/function';
import { None } from '../../objects/singletons';
import { typeError } from '../../objects/exceptions';
import { checkArgs } from '../../objects/args';
import { typeOf } from '../../objects/ops/typeof';
import { MAPPING_TYPES, SEQUENCE_TYPES } from '../../vm/matching';
import type { Interpreter } from '../../vm/interpreter';
import { registerNativeModule } from '../registry';

const SEQUENCE_FLAG = 1 << 5;
const MAPPING_FLAG = 1 << 6;

function classArg(v: PyValue): PyType {
  if (!(v instanceof PyType)) throw typeError(`expected a class, not '${typeOf(v).name}'`);
  return v;
}

/** The collection flag a class has, itself or from a base: 0 when neither. */
function flagOf(cls: PyType): number {
  for (const t of cls.mro) {
    if (SEQUENCE_TYPES.has(t)) return SEQUENCE_FLAG;
    if (MAPPING_TYPES.has(t)) return MAPPING_FLAG;
  }
  return 0;
}

function setFlag(cls: PyType, flag: number): void {
  // Built-in types are immutable: registering str as a Sequence does not make it match [a, b].
  if (!cls.heap || (flag !== SEQUENCE_FLAG && flag !== MAPPING_FLAG)) return;
  SEQUENCE_TYPES.delete(cls);
  MAPPING_TYPES.delete(cls);
  (flag === SEQUENCE_FLAG ? SEQUENCE_TYPES : MAPPING_TYPES).add(cls);
}

export function makeCollectionFlagsModule(_interp: Interpreter): PyModule {
  const m = new PyModule('_collection_flags');
  m.dict.setStr(
    'get',
    BuiltinFunction.ofModule('_collection_flags', 'get', (args, kwnames) => {
      checkArgs('get', args, kwnames, 1);
      return flagOf(classArg(args[0]));
    }),
  );
  m.dict.setStr(
    'set',
    BuiltinFunction.ofModule('_collection_flags', 'set', (args, kwnames) => {
      checkArgs('set', args, kwnames, 2);
      const flag = args[1];
      if (typeof flag !== 'number') throw typeError('the flag must be an int');
      setFlag(classArg(args[0]), flag & (SEQUENCE_FLAG | MAPPING_FLAG));
      return None;
    }),
  );
  return m;
}

registerNativeModule('_collection_flags', makeCollectionFlagsModule);
