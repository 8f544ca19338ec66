// operator.itemgetter, attrgetter and methodcaller: callables that fetch items or attributes
// of their argument, or call one of its methods.
import { PyObject, type PyValue } from '../../objects/object';
import type { PyType } from '../../objects/type';
import { PyTuple } from '../../objects/boxes';
import { newBuiltinType } from '../../objects/builtin-types';
import { typeError } from '../../objects/exceptions';
import { defineAttr, defineMethods, defineNew } from '../../objects/native';
import { noKeywords } from '../../objects/args';
import { getItem } from '../../objects/ops/subscript';
import { getAttr } from '../../objects/ops/attributes';
import { call } from '../../objects/ops/call';
import { repr, reprGuarded } from '../../objects/ops/repr';
import { checkPositional } from '../builtins/clinic';

function operatorType(name: string, doc: string): PyType {
  const t = newBuiltinType(`operator.${name}`, undefined, { baseType: false, module: 'operator' });
  t.qualname = name;
  defineAttr(t, '__doc__', doc);
  return t;
}

/** The positional arguments of a vectorcall. */
function positionalArgs(args: PyValue[], kwnames: readonly string[] | null): PyValue[] {
  return kwnames === null || kwnames.length === 0 ? args : args.slice(0, args.length - kwnames.length);
}

// itemgetter(item, /, *items)

export const ItemGetterType = operatorType(
  'itemgetter',
  'itemgetter(item, /, *items): a callable giving obj[item] of its argument, or a tuple of obj[item] for each item.',
);

class ItemGetter extends PyObject {
  constructor(readonly items: PyValue[]) {
    super(ItemGetterType);
  }
}

defineNew(ItemGetterType, (args, kwnames) => {
  noKeywords('itemgetter', kwnames);
  const items = args.slice(1);
  if (items.length === 0) checkPositional('itemgetter', items, 1);
  return new ItemGetter(items);
});
defineMethods(ItemGetterType, {
  __call__(self, args, kwnames) {
    noKeywords('itemgetter', kwnames);
    if (args.length !== 1) checkPositional('itemgetter', args, 1);
    const { items } = self as ItemGetter;
    const obj = args[0];
    if (items.length === 1) return getItem(obj, items[0]);
    const out = new Array<PyValue>(items.length);
    for (let i = 0; i < items.length; i++) out[i] = getItem(obj, items[i]);
    return new PyTuple(out);
  },
  __repr__(self) {
    const { items } = self as ItemGetter;
    return reprGuarded(self, 'operator.itemgetter(...)', () =>
      items.length === 1 ? `operator.itemgetter(${repr(items[0])})` : `operator.itemgetter${repr(new PyTuple(items))}`,
    );
  },
  __reduce__(self) {
    return new PyTuple([ItemGetterType, new PyTuple((self as ItemGetter).items.slice())]);
  },
});

// attrgetter(attr, /, *attrs)

export const AttrGetterType = operatorType(
  'attrgetter',
  "attrgetter(attr, /, *attrs): a callable giving the attribute attr of its argument (dotted names follow a chain, 'a.b' gives obj.a.b), or a tuple of one for each attr.",
);

class AttrGetter extends PyObject {
  /** Each name given, split at its dots. */
  readonly paths: string[][];
  constructor(readonly names: string[]) {
    super(AttrGetterType);
    this.paths = names.map((n) => n.split('.'));
  }
}

function followPath(obj: PyValue, path: readonly string[]): PyValue {
  let v = obj;
  for (let i = 0; i < path.length; i++) v = getAttr(v, path[i]);
  return v;
}

defineNew(AttrGetterType, (args, kwnames) => {
  noKeywords('attrgetter', kwnames);
  const names = args.slice(1);
  if (names.length === 0) checkPositional('attrgetter', names, 1);
  for (const n of names) if (typeof n !== 'string') throw typeError('attribute name must be a string');
  return new AttrGetter(names as string[]);
});
defineMethods(AttrGetterType, {
  __call__(self, args, kwnames) {
    noKeywords('attrgetter', kwnames);
    if (args.length !== 1) checkPositional('attrgetter', args, 1);
    const { paths } = self as AttrGetter;
    if (paths.length === 1) return followPath(args[0], paths[0]);
    return new PyTuple(paths.map((p) => followPath(args[0], p)));
  },
  __repr__(self) {
    const { names } = self as AttrGetter;
    return names.length === 1 ? `operator.attrgetter(${repr(names[0])})` : `operator.attrgetter${repr(new PyTuple(names))}`;
  },
  __reduce__(self) {
    return new PyTuple([AttrGetterType, new PyTuple((self as AttrGetter).names.slice())]);
  },
});

// methodcaller(name, /, *args, **kwargs)

export const MethodCallerType = operatorType(
  'methodcaller',
  'methodcaller(name, /, *args, **kwargs): a callable that calls the method name of its argument with args and kwargs.',
);

class MethodCaller extends PyObject {
  constructor(
    readonly name: string,
    /** The positional arguments, then the keyword values (vectorcall order). */
    readonly callArgs: PyValue[],
    readonly kwnames: readonly string[] | null,
  ) {
    super(MethodCallerType);
  }
  get positionalCount(): number {
    return this.callArgs.length - (this.kwnames === null ? 0 : this.kwnames.length);
  }
}

/** Builds functools.partial(methodcaller, name, **kwargs) for __reduce__ (set by the module). */
export const reduceHooks: { partial: (() => PyValue) | null } = { partial: null };

defineNew(MethodCallerType, (args, kwnames) => {
  const given = args.slice(1);
  if (positionalArgs(given, kwnames).length === 0) throw typeError('methodcaller needs at least one argument, the method name');
  const name = given[0];
  if (typeof name !== 'string') throw typeError('method name must be a string');
  return new MethodCaller(name, given.slice(1), kwnames !== null && kwnames.length > 0 ? kwnames : null);
});
defineMethods(MethodCallerType, {
  __call__(self, args, kwnames) {
    const positional = positionalArgs(args, kwnames);
    if (positional.length !== 1) checkPositional('methodcaller', positional, 1);
    noKeywords('methodcaller', kwnames);
    const mc = self as MethodCaller;
    return call(getAttr(args[0], mc.name), mc.callArgs.slice(), mc.kwnames);
  },
  __repr__(self) {
    const mc = self as MethodCaller;
    return reprGuarded(self, 'operator.methodcaller(...)', () => {
      const parts = [repr(mc.name)];
      const npos = mc.positionalCount;
      for (let i = 0; i < npos; i++) parts.push(repr(mc.callArgs[i]));
      mc.kwnames?.forEach((k, i) => parts.push(`${k}=${repr(mc.callArgs[npos + i])}`));
      return `operator.methodcaller(${parts.join(', ')})`;
    });
  },
  __reduce__(self) {
    const mc = self as MethodCaller;
    const npos = mc.positionalCount;
    const positional = mc.callArgs.slice(0, npos);
    if (mc.kwnames === null) return new PyTuple([MethodCallerType, new PyTuple([mc.name, ...positional])]);
    // Keyword arguments cannot go in a reduce tuple: they are bound with functools.partial.
    const partial = reduceHooks.partial!();
    const bound = call(partial, [MethodCallerType, mc.name, ...mc.callArgs.slice(npos)], mc.kwnames);
    return new PyTuple([bound, new PyTuple(positional)]);
  },
});

