// Struct sequences (PyStructSequence): tuples whose items are also named attributes, like
// sys.version_info and sys.float_info, with CPython's repr `name(field=value, …)`. Fields
// past `sequenceFields` (time.struct_time's tm_zone and tm_gmtoff) are attributes only.
import type { PyValue } from './object';
import { PyTuple } from './boxes';
import { newBuiltinType, TupleType } from './builtin-types';
import { PyDict } from './dict';
import { attributeError, typeError } from './exceptions';
import { defineGetSet, defineMethods, defineNew } from './native';
import type { PyType } from './type';
import { repr } from './ops/repr';
import { bindArgs } from './args';
import { sequenceFast } from './sequence';
import { None } from './singletons';

/** A struct sequence with attribute-only fields, kept beside the tuple's items. */
export class StructSeqValue extends PyTuple {
  constructor(items: PyValue[], readonly hiddenValues: PyValue[], type: PyType) {
    super(items, type);
  }
}

export interface StructSeqOptions {
  /** How many fields are tuple items (n_sequence_fields); the rest are attributes only. */
  sequenceFields?: number;
  /** Whether Python code may build instances: `T(sequence, dict=None)` (structseq_new). */
  constructible?: boolean;
}

function fieldValue(self: PyValue, i: number, sequenceFields: number): PyValue {
  if (i < sequenceFields) return (self as PyTuple).items[i];
  return self instanceof StructSeqValue ? self.hiddenValues[i - sequenceFields] : None;
}

function readonlyField(): never {
  throw attributeError('readonly attribute');
}

export function newStructSeqType(qualifiedName: string, fields: readonly string[], options: StructSeqOptions = {}): PyType {
  const dot = qualifiedName.lastIndexOf('.');
  const t = newBuiltinType(qualifiedName.slice(dot + 1), TupleType, { baseType: false, module: dot < 0 ? 'builtins' : qualifiedName.slice(0, dot) });
  const sequenceFields = options.sequenceFields ?? fields.length;
  fields.forEach((field, i) => defineGetSet(t, field, (self) => fieldValue(self, i, sequenceFields), readonlyField));
  const visible = fields.slice(0, sequenceFields);
  defineMethods(t, {
    __repr__: (self) => `${qualifiedName}(${visible.map((f, i) => `${f}=${repr((self as PyTuple).items[i])}`).join(', ')})`,
    __reduce__: (self) => {
      const hidden = new PyDict();
      for (let i = sequenceFields; i < fields.length; i++) hidden.setStr(fields[i], fieldValue(self, i, sequenceFields));
      return new PyTuple([t, new PyTuple([new PyTuple((self as PyTuple).items.slice()), hidden])]);
    },
    __replace__: (self, args, kwnames) => {
      const positional = args.length - (kwnames?.length ?? 0);
      if (positional > 0) throw typeError('__replace__() takes no positional arguments');
      const values = fields.map((_, i) => fieldValue(self, i, sequenceFields));
      const unknown: string[] = [];
      kwnames?.forEach((name, k) => {
        const i = fields.indexOf(name);
        if (i < 0) unknown.push(name);
        else values[i] = args[positional + k];
      });
      if (unknown.length > 0) throw typeError(`Got unexpected field name(s): [${unknown.map((n) => repr(n)).join(', ')}]`);
      return makeStructSeq(t, values, sequenceFields);
    },
  });
  t.ns.setStr('n_fields', fields.length);
  t.ns.setStr('n_sequence_fields', sequenceFields);
  t.ns.setStr('n_unnamed_fields', 0);
  t.ns.setStr('__match_args__', new PyTuple([...visible]));
  if (options.constructible === true) {
    defineNew(t, (args, kwnames) => {
      const [sequence, dict] = bindArgs('structseq', args.slice(1), kwnames, ['sequence', 'dict'], { required: 1 });
      return constructStructSeq(t, qualifiedName, fields, sequenceFields, sequence!, dict);
    });
  } else {
    // Otherwise tuple's __new__ would be inherited and build an instance without its fields.
    defineNew(t, () => {
      throw typeError(`cannot create '${qualifiedName}' instances`);
    });
  }
  return t;
}

function makeStructSeq(type: PyType, values: PyValue[], sequenceFields: number): PyTuple {
  if (values.length === sequenceFields) return new PyTuple(values, type);
  return new StructSeqValue(values.slice(0, sequenceFields), values.slice(sequenceFields), type);
}

/** structseq_new: the visible fields from a sequence, the others from it or from a dict. */
function constructStructSeq(
  type: PyType,
  qualifiedName: string,
  fields: readonly string[],
  sequenceFields: number,
  sequence: PyValue,
  dict: PyValue | undefined,
): PyTuple {
  const items = sequenceFast(sequence, 'constructor requires a sequence');
  if (dict !== undefined && dict !== None && !(dict instanceof PyDict)) {
    throw typeError(`${qualifiedName}() takes a dict as second arg, if any`);
  }
  if (items.length < sequenceFields) {
    const exactly = sequenceFields === fields.length;
    throw typeError(`${qualifiedName}() takes ${exactly ? 'a' : 'an at least'} ${sequenceFields}-sequence (${items.length}-sequence given)`);
  }
  if (items.length > fields.length) {
    const exactly = sequenceFields === fields.length;
    throw typeError(`${qualifiedName}() takes ${exactly ? 'a' : 'an at most'} ${fields.length}-sequence (${items.length}-sequence given)`);
  }
  const values = items.slice();
  let taken = 0;
  for (let i = items.length; i < fields.length; i++) {
    const v = dict instanceof PyDict ? dict.getStr(fields[i]) : undefined;
    if (v !== undefined) taken++;
    values.push(v ?? None);
  }
  if (dict instanceof PyDict && dict.size > taken) throw typeError(`${qualifiedName}() got duplicate or unexpected field name(s)`);
  return makeStructSeq(type, values, sequenceFields);
}

export function newStructSeq(type: PyType, values: PyValue[], sequenceFields = values.length): PyTuple {
  return makeStructSeq(type, values, sequenceFields);
}
