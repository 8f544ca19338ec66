// Attribute access: LOAD_ATTR, STORE_ATTR and LOAD_SUPER_ATTR with their families, and
// DELETE_ATTR. These carry the largest inline caches, which the specialized members read
// (type version, dict keys version, index or hint, a cached descriptor).
import { Definition, family, inst } from './define';

export const ATTRIBUTES: readonly Definition[] = [
  // The oparg is the name index shifted left by one. Its low bit asks for a method load: the
  // result is then two values, a method and `self` to call it with (or the attribute and NULL).
  family(
    inst('LOAD_ATTR', 82, 'owner -- attr, self_or_null if (oparg & 1)', {
      flags: ['arg', 'name'],
      cache: 'counter/1, version/2, keys_version/2, descr/4', body: `if (oparg & 1) {
  attr = rt.loadMethod(owner, names[oparg >> 1]);
  self_or_null = rt.out.self;
} else {
  attr = rt.getAttr(owner, names[oparg >> 1]);
}`,
      records: ['TOS'],
      specialize: 'rt.specializeLoadAttr(frame.code, at, owner, names[oparg >> 1], oparg);',
    }),
    [
      // The cache: version (the owner's type version), keys_version (a dict keys version or the
      // metatype's version), descr (an entry's position, a slot number, or the attribute).
      // Instances made alike keep their attributes at the same positions of their dicts, so
      // one position serves them all, as CPython's shared keys do; the key there is checked.
      inst('LOAD_ATTR_INSTANCE_VALUE', 193, 'owner -- attr, null if (oparg & 1)', { flags: ['arg'], body: `DEOPT_IF(typeof owner !== 'object' || owner.type.version !== CACHE(version));
const dict = owner.dict;
const index = CACHE(descr);
DEOPT_IF(dict === null || dict.keys[index] !== names[oparg >> 1]);
attr = dict.values[index];` }),
      inst('LOAD_ATTR_MODULE', 197, 'owner -- attr, null if (oparg & 1)', { flags: ['arg'], body: `DEOPT_IF(typeof owner !== 'object' || owner.type.version !== CACHE(version) || owner.dict.keysVersion !== CACHE(keys_version));
attr = owner.dict.values[CACHE(descr)];` }),
      inst('LOAD_ATTR_WITH_HINT', 202, 'owner -- attr, null if (oparg & 1)', { flags: ['arg', 'name'] }),
      inst('LOAD_ATTR_SLOT', 201, 'owner -- attr, null if (oparg & 1)', { flags: ['arg'], body: `DEOPT_IF(typeof owner !== 'object' || owner.type.version !== CACHE(version));
attr = owner.slotValues?.[CACHE(descr)];
DEOPT_IF(attr === undefined);` }),
      inst('LOAD_ATTR_CLASS', 191, 'owner -- attr, null if (oparg & 1)', { flags: ['arg'], body: `DEOPT_IF(!(owner instanceof rt.PyType) || owner.version !== CACHE(version) || owner.type.version !== CACHE(keys_version));
attr = CACHE(descr);` }),
      // The getter runs as a pushed frame whose return leaves the attribute where `owner` was;
      // only plain attribute loads (oparg & 1 == 0) specialize to it.
      inst('LOAD_ATTR_PROPERTY', 200, 'owner -- unused, unused if (0)', { flags: ['arg'], body: `DEOPT_IF(typeof owner !== 'object' || owner.type.version !== CACHE(version));
const fget = CACHE(descr).fget;
DEOPT_IF(!(fget instanceof rt.PyFunction) || fget.version !== CACHE(keys_version));
PUSH_FRAME(rt.framePyCall(ts, fget, stack, base, 1, null));` }),
      inst('LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN', 192, 'owner -- unused, unused if (0)', { flags: ['arg', 'name'] }),
      // Method loads (oparg & 1 == 1 only): the function and the instance as its `self`.
      inst('LOAD_ATTR_METHOD_WITH_VALUES', 196, 'owner -- attr, self if (1)', { flags: ['arg'], body: `DEOPT_IF(typeof owner !== 'object' || owner.type.version !== CACHE(version));
DEOPT_IF(owner.dict !== null && owner.dict.getStr(names[oparg >> 1]) !== undefined);
attr = CACHE(descr);
self = owner;` }),
      inst('LOAD_ATTR_METHOD_NO_DICT', 195, 'owner -- attr, self if (1)', { flags: ['arg'], body: `DEOPT_IF(rt.typeOf(owner).version !== CACHE(version) || (typeof owner === 'object' && owner.dict !== null));
attr = CACHE(descr);
self = owner;` }),
      inst('LOAD_ATTR_METHOD_LAZY_DICT', 194, 'owner -- attr, self if (1)', { flags: ['arg'] }),
      // Plain attribute loads (oparg & 1 == 0) of a class attribute that is not a descriptor,
      // once the instance is known not to shadow it.
      inst('LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES', 199, 'owner -- attr, unused if (0)', { flags: ['arg'], body: `DEOPT_IF(typeof owner !== 'object' || owner.type.version !== CACHE(version));
DEOPT_IF(owner.dict !== null && owner.dict.getStr(names[oparg >> 1]) !== undefined);
attr = CACHE(descr);` }),
      inst('LOAD_ATTR_NONDESCRIPTOR_NO_DICT', 198, 'owner -- attr, unused if (0)', { flags: ['arg'], body: `DEOPT_IF(rt.typeOf(owner).version !== CACHE(version) || (typeof owner === 'object' && owner.dict !== null));
attr = CACHE(descr);` }),
    ],
  ),

  family(
    inst('STORE_ATTR', 108, 'v, owner --', {
      flags: ['arg', 'name'],
      cache: 'counter/1, version/2, index/1',
      body: 'rt.setAttr(owner, names[oparg], v);',
      records: ['TOS'],
      specialize: 'rt.specializeStoreAttr(frame.code, at, owner, names[oparg]);',
    }),
    [
      inst('STORE_ATTR_INSTANCE_VALUE', 209, 'value, owner --', { body: `DEOPT_IF(typeof owner !== 'object' || owner.type.version !== CACHE(version));
const dict = owner.dict;
const index = CACHE(index);
DEOPT_IF(dict === null || dict.keys[index] !== names[oparg]);
dict.values[index] = value;` }),
      inst('STORE_ATTR_SLOT', 210, 'value, owner --', { body: `DEOPT_IF(typeof owner !== 'object' || owner.type.version !== CACHE(version));
(owner.slotValues ??= [])[CACHE(index)] = value;` }),
      inst('STORE_ATTR_WITH_HINT', 211, 'value, owner --', { flags: ['arg', 'name'] }),
    ],
  ),

  inst('DELETE_ATTR', 63, 'owner --', { flags: ['arg', 'name'], body: 'rt.setAttr(owner, names[oparg], null);' }),

  // `super().name` without building the super object. The oparg is the name index shifted
  // left by two: bit 1 says super() had its two arguments (not the zero-argument form),
  // bit 0 asks for a method load as LOAD_ATTR's does.
  family(
    inst('LOAD_SUPER_ATTR', 93, 'global_super, class, self -- attr, null if (oparg & 1)', {
      flags: ['arg', 'name'],
      cache: 'counter/1',
      body: 'attr = rt.loadSuperAttr(global_super, class_, self, names[oparg >> 2], oparg);',
      specialize: 'rt.specializeLoadSuperAttr(frame.code, at, global_super, class_, oparg);',
    }),
    [
      // super is the built-in super and the class a class: no super object is made.
      inst('LOAD_SUPER_ATTR_ATTR', 205, 'global_super, class, self -- attr, unused if (0)', { flags: ['arg', 'name'], body: `DEOPT_IF(global_super !== rt.SuperType || !(class_ instanceof rt.PyType));
attr = rt.loadSuperAttr(global_super, class_, self, names[oparg >> 2], oparg);` }),
      // Gives the attribute bound, with NULL for the CALL that follows.
      inst('LOAD_SUPER_ATTR_METHOD', 206, 'global_super, class, self -- attr, self_or_null', { flags: ['arg', 'name'], body: `DEOPT_IF(global_super !== rt.SuperType || !(class_ instanceof rt.PyType));
attr = rt.loadSuperAttr(global_super, class_, self, names[oparg >> 2], oparg);
self_or_null = null;` }),
    ],
  ),
];
