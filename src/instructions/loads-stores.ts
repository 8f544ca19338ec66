// Instructions that move values between the stack and variables: fast locals, constants,
// cells and free variables, names in a namespace, and globals (with LOAD_GLOBAL's family).
import { Definition, family, inst } from './define';

export const LOADS_STORES: readonly Definition[] = [
  // ---- fast locals
  inst('LOAD_FAST', 85, '-- value', { flags: ['arg', 'local'], body: 'value = stack[oparg];' }),
  // As LOAD_FAST, for a local that may be unbound here: raises UnboundLocalError then.
  inst('LOAD_FAST_CHECK', 87, '-- value', { flags: ['arg', 'local'], body: `value = stack[oparg];
if (value === null) throw rt.unboundLocal(frame, oparg);` }),
  // Pushes the local (NULL when unbound) and clears it: saves a comprehension's variable.
  inst('LOAD_FAST_AND_CLEAR', 86, '-- value', { flags: ['arg', 'local'], body: `value = stack[oparg];
stack[oparg] = null;` }),
  // Two LOAD_FASTs in one: the high nibble of the oparg is the first local, the low the second.
  inst('LOAD_FAST_LOAD_FAST', 88, '-- value1, value2', { flags: ['arg', 'local'], body: `value1 = stack[oparg >> 4];
value2 = stack[oparg & 15];` }),
  inst('STORE_FAST', 110, 'value --', { flags: ['arg', 'local'], body: 'stack[oparg] = value;' }),
  // Stores into the local of the high nibble, then loads the local of the low nibble.
  inst('STORE_FAST_LOAD_FAST', 111, 'value1 -- value2', { flags: ['arg', 'local'], body: `stack[oparg >> 4] = value1;
value2 = stack[oparg & 15];` }),
  // Stores the top into the local of the high nibble, the next into that of the low nibble.
  inst('STORE_FAST_STORE_FAST', 112, 'value2, value1 --', { flags: ['arg', 'local'], body: `stack[oparg >> 4] = value1;
stack[oparg & 15] = value2;` }),
  inst('DELETE_FAST', 65, '--', { flags: ['arg', 'local'], body: `if (stack[oparg] === null) throw rt.unboundLocal(frame, oparg);
stack[oparg] = null;` }),

  // ---- constants
  inst('LOAD_CONST', 83, '-- value', { flags: ['arg', 'const'], body: 'value = consts[oparg];' }),

  // ---- cells and free variables (the oparg counts them after the fast locals)
  inst('MAKE_CELL', 94, '--', { flags: ['arg', 'free'], body: 'stack[oparg] = rt.newCell(stack[oparg]);' }),
  inst('COPY_FREE_VARS', 62, '--', { flags: ['arg'], body: 'rt.copyFreeVars(frame, oparg);' }),
  inst('LOAD_DEREF', 84, '-- value', { flags: ['arg', 'free'], body: `value = stack[oparg].value;
if (value === null) throw rt.unboundDeref(frame, oparg);` }),
  inst('STORE_DEREF', 109, 'v --', { flags: ['arg', 'free'], body: 'stack[oparg].value = v;' }),
  inst('DELETE_DEREF', 64, '--', { flags: ['arg', 'free'], body: `if (stack[oparg].value === null) throw rt.unboundDeref(frame, oparg);
stack[oparg].value = null;` }),
  // A free variable of a class body: looked up in the class namespace first, then in its cell.
  inst('LOAD_FROM_DICT_OR_DEREF', 89, 'class_dict -- value', { flags: ['arg', 'free'], body: 'value = rt.loadFromDictOrDeref(frame, class_dict, oparg);' }),

  // ---- names in the current namespace (module and class bodies, exec)
  inst('LOAD_NAME', 92, '-- v', { flags: ['arg', 'name'], body: 'v = rt.loadName(frame, names[oparg]);' }),
  inst('STORE_NAME', 114, 'v --', { flags: ['arg', 'name'], body: 'rt.storeName(frame, names[oparg], v);' }),
  inst('DELETE_NAME', 67, '--', { flags: ['arg', 'name'], body: 'rt.deleteName(frame, names[oparg]);' }),
  inst('LOAD_LOCALS', 25, '-- locals', { body: 'locals = rt.loadLocals(frame);' }),
  // Annotation scopes of a class: the mapping on the stack first, then globals and builtins.
  inst('LOAD_FROM_DICT_OR_GLOBALS', 90, 'mod_or_class_dict -- v', { flags: ['arg', 'name'], body: 'v = rt.loadFromDictOrGlobals(frame, mod_or_class_dict, names[oparg]);' }),
  inst('SETUP_ANNOTATIONS', 37, '--', { body: 'rt.setupAnnotations(frame);' }),
  inst('LOAD_BUILD_CLASS', 24, '-- bc', { body: 'bc = rt.loadBuildClass(frame);' }),

  // ---- globals. LOAD_GLOBAL's oparg is the name index shifted left by one; its low bit asks
  // for a NULL after the value, so that a CALL can follow.
  family(
    inst('LOAD_GLOBAL', 91, '-- res, null if (oparg & 1)', {
      flags: ['arg', 'name'],
      cache: 'counter/1, index/1, module_keys_version/1, builtin_keys_version/1',
      body: 'res = rt.loadGlobal(frame, names[oparg >> 1]);',
      specialize: 'rt.specializeLoadGlobal(frame.code, at, frame, names[oparg >> 1]);',
    }),
    [
      // The keys versions prove the entry is still at its cached position (and the name is
      // still not a global, for a builtin).
      inst('LOAD_GLOBAL_MODULE', 204, '-- res, null if (oparg & 1)', { flags: ['arg'], body: `const globals = frame.globals;
DEOPT_IF(globals.keysVersion !== CACHE(module_keys_version));
res = globals.values[CACHE(index)];` }),
      inst('LOAD_GLOBAL_BUILTIN', 203, '-- res, null if (oparg & 1)', { flags: ['arg'], body: `const builtins = frame.builtins;
DEOPT_IF(frame.globals.keysVersion !== CACHE(module_keys_version) || builtins.keysVersion !== CACHE(builtin_keys_version));
res = builtins.values[CACHE(index)];` }),
    ],
  ),
  inst('STORE_GLOBAL', 113, 'v --', { flags: ['arg', 'name'], body: 'rt.storeGlobal(frame, names[oparg], v);' }),
  inst('DELETE_GLOBAL', 66, '--', { flags: ['arg', 'name'], body: 'rt.deleteGlobal(frame, names[oparg]);' }),

  // ---- imports
  inst('IMPORT_NAME', 75, 'level, fromlist -- res', { flags: ['arg', 'name'], body: 'res = rt.importName(frame, names[oparg], fromlist, level);' }),
  inst('IMPORT_FROM', 74, 'from -- from, res', { flags: ['arg', 'name'], body: 'res = rt.importFrom(from_, names[oparg]);' }),
];
