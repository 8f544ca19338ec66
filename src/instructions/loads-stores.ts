// Instructions that move values between the stack and variables: fast locals, constants,
// cells and free variables, names in a namespace, and globals (with LOAD_GLOBAL's family).
import { Definition, family, inst } from './define';

export const LOADS_STORES: readonly Definition[] = [
  // ---- fast locals
  inst('LOAD_FAST', 85, '-- value', { flags: ['arg', 'local'] }),
  // As LOAD_FAST, for a local that may be unbound here: raises UnboundLocalError then.
  inst('LOAD_FAST_CHECK', 87, '-- value', { flags: ['arg', 'local'] }),
  // Pushes the local (NULL when unbound) and clears it: saves a comprehension's variable.
  inst('LOAD_FAST_AND_CLEAR', 86, '-- value', { flags: ['arg', 'local'] }),
  // Two LOAD_FASTs in one: the high nibble of the oparg is the first local, the low the second.
  inst('LOAD_FAST_LOAD_FAST', 88, '-- value1, value2', { flags: ['arg', 'local'] }),
  inst('STORE_FAST', 110, 'value --', { flags: ['arg', 'local'] }),
  // Stores into the local of the high nibble, then loads the local of the low nibble.
  inst('STORE_FAST_LOAD_FAST', 111, 'value1 -- value2', { flags: ['arg', 'local'] }),
  // Stores the top into the local of the high nibble, the next into that of the low nibble.
  inst('STORE_FAST_STORE_FAST', 112, 'value2, value1 --', { flags: ['arg', 'local'] }),
  inst('DELETE_FAST', 65, '--', { flags: ['arg', 'local'] }),

  // ---- constants
  inst('LOAD_CONST', 83, '-- value', { flags: ['arg', 'const'] }),

  // ---- cells and free variables (the oparg counts them after the fast locals)
  inst('MAKE_CELL', 94, '--', { flags: ['arg', 'free'] }),
  inst('COPY_FREE_VARS', 62, '--', { flags: ['arg'] }),
  inst('LOAD_DEREF', 84, '-- value', { flags: ['arg', 'free'] }),
  inst('STORE_DEREF', 109, 'v --', { flags: ['arg', 'free'] }),
  inst('DELETE_DEREF', 64, '--', { flags: ['arg', 'free'] }),
  // A free variable of a class body: looked up in the class namespace first, then in its cell.
  inst('LOAD_FROM_DICT_OR_DEREF', 89, 'class_dict -- value', { flags: ['arg', 'free'] }),

  // ---- names in the current namespace (module and class bodies, exec)
  inst('LOAD_NAME', 92, '-- v', { flags: ['arg', 'name'] }),
  inst('STORE_NAME', 114, 'v --', { flags: ['arg', 'name'] }),
  inst('DELETE_NAME', 67, '--', { flags: ['arg', 'name'] }),
  inst('LOAD_LOCALS', 25, '-- locals'),
  // Annotation scopes of a class: the mapping on the stack first, then globals and builtins.
  inst('LOAD_FROM_DICT_OR_GLOBALS', 90, 'mod_or_class_dict -- v', { flags: ['arg', 'name'] }),
  inst('SETUP_ANNOTATIONS', 37, '--'),
  inst('LOAD_BUILD_CLASS', 24, '-- bc'),

  // ---- globals. LOAD_GLOBAL's oparg is the name index shifted left by one; its low bit asks
  // for a NULL after the value, so that a CALL can follow.
  family(
    inst('LOAD_GLOBAL', 91, '-- res, null if (oparg & 1)', {
      flags: ['arg', 'name'],
      cache: 'counter/1, index/1, module_keys_version/1, builtin_keys_version/1',
    }),
    [
      inst('LOAD_GLOBAL_MODULE', 204, '-- res, null if (oparg & 1)', { flags: ['arg'] }),
      inst('LOAD_GLOBAL_BUILTIN', 203, '-- res, null if (oparg & 1)', { flags: ['arg'] }),
    ],
  ),
  inst('STORE_GLOBAL', 113, 'v --', { flags: ['arg', 'name'] }),
  inst('DELETE_GLOBAL', 66, '--', { flags: ['arg', 'name'] }),

  // ---- imports
  inst('IMPORT_NAME', 75, 'level, fromlist -- res', { flags: ['arg', 'name'] }),
  inst('IMPORT_FROM', 74, 'from -- from, res', { flags: ['arg', 'name'] }),
];
