// Building and unpacking containers: tuple, list, set, dict, slice and string displays, the
// appends of comprehensions and unpacking calls, sequence unpacking, and the instructions
// of `match` statements that inspect a subject's shape.
import { Definition, family, inst } from './define';

export const CONTAINERS: readonly Definition[] = [
  // ---- displays
  inst('BUILD_TUPLE', 52, 'values[oparg] -- tup', { flags: ['arg'], body: 'tup = rt.newTuple(stack.slice(values, values + oparg));' }),
  inst('BUILD_LIST', 47, 'values[oparg] -- list', { flags: ['arg'], body: 'list = rt.newList(stack.slice(values, values + oparg));' }),
  inst('BUILD_SET', 49, 'values[oparg] -- set', { flags: ['arg'], body: 'set = rt.buildSet(stack, values, oparg);' }),
  // oparg key/value pairs, each key below its value.
  inst('BUILD_MAP', 48, 'values[oparg*2] -- map', { flags: ['arg'], body: 'map = rt.buildMap(stack, values, oparg);' }),
  // oparg values, then a tuple of their oparg constant keys.
  inst('BUILD_CONST_KEY_MAP', 46, 'values[oparg], keys -- map', { flags: ['arg'], body: 'map = rt.buildConstKeyMap(stack, values, oparg, keys);' }),
  inst('BUILD_STRING', 51, 'pieces[oparg] -- str', { flags: ['arg'], body: 'str = rt.buildString(stack, pieces, oparg);' }),
  // oparg is 2 or 3: the step is there only for 3.
  inst('BUILD_SLICE', 50, 'start, stop, step if (oparg == 3) -- slice', { flags: ['arg'], body: 'slice = rt.newSlice(start, stop, oparg === 3 ? step : rt.None);' }),

  // ---- adding to a container oparg deep in the stack (comprehensions, `[*a, *b]`, `f(**k)`)
  inst('LIST_APPEND', 80, 'list, unused[oparg-1], v -- list, unused[oparg-1]', { flags: ['arg'], body: 'list.items.push(v);' }),
  inst('LIST_EXTEND', 81, 'list, unused[oparg-1], iterable -- list, unused[oparg-1]', { flags: ['arg'], body: 'rt.listExtend(list, iterable);' }),
  inst('SET_ADD', 105, 'set, unused[oparg-1], v -- set, unused[oparg-1]', { flags: ['arg'], body: 'rt.setAdd(set, v);' }),
  inst('SET_UPDATE', 107, 'set, unused[oparg-1], iterable -- set, unused[oparg-1]', { flags: ['arg'], body: 'rt.setUpdate(set, iterable);' }),
  inst('MAP_ADD', 95, 'dict, unused[oparg - 1], key, value -- dict, unused[oparg - 1]', { flags: ['arg'], body: 'rt.mapAdd(dict, key, value);' }),
  inst('DICT_UPDATE', 69, 'dict, unused[oparg - 1], update -- dict, unused[oparg - 1]', { flags: ['arg'], body: 'rt.dictUpdate(dict, update);' }),
  // `f(**a, **b)`: like DICT_UPDATE, but duplicate keywords are an error naming the callable,
  // which sits three below the dict.
  inst(
    'DICT_MERGE',
    68,
    'callable, unused, unused, dict, unused[oparg - 1], update -- callable, unused, unused, dict, unused[oparg - 1]',
    { flags: ['arg'], body: 'rt.dictMerge(callable, dict, update);' },
  ),

  // ---- unpacking. The values come out with the first element on top.
  family(inst('UNPACK_SEQUENCE', 117, 'seq -- output[oparg]', {
    flags: ['arg'],
    cache: 'counter/1',
    body: 'rt.unpackSequence(seq, oparg, stack, output);',
    records: ['TOS'],
    specialize: 'rt.specializeUnpackSequence(frame.code, at, seq, oparg);',
  }), [
    inst('UNPACK_SEQUENCE_TWO_TUPLE', 222, 'seq -- val1, val0', { flags: ['arg'], body: `DEOPT_IF(!(seq instanceof rt.PyTuple) || seq.type !== rt.TupleType || seq.items.length !== 2);
val0 = seq.items[0];
val1 = seq.items[1];` }),
    inst('UNPACK_SEQUENCE_TUPLE', 221, 'seq -- values[oparg]', { flags: ['arg'], body: `DEOPT_IF(!(seq instanceof rt.PyTuple) || seq.type !== rt.TupleType || seq.items.length !== oparg);
const items = seq.items;
for (let i = 0; i < oparg; i++) stack[values + oparg - 1 - i] = items[i];` }),
    inst('UNPACK_SEQUENCE_LIST', 220, 'seq -- values[oparg]', { flags: ['arg'], body: `DEOPT_IF(!(seq instanceof rt.PyList) || seq.type !== rt.ListType || seq.items.length !== oparg);
const items = seq.items;
for (let i = 0; i < oparg; i++) stack[values + oparg - 1 - i] = items[i];` }),
  ]),
  // `a, *b, c = seq`: the low byte of the oparg counts the targets before the starred one,
  // the high byte those after it.
  inst('UNPACK_EX', 116, 'seq -- left[oparg & 0xFF], unused, right[oparg >> 8]', { flags: ['arg'], body: 'rt.unpackEx(seq, oparg, stack, left);' }),

  // ---- pattern matching
  inst('GET_LEN', 20, 'obj -- obj, len_o', { body: 'len_o = rt.lengthOf(obj);' }),
  inst('MATCH_MAPPING', 28, 'subject -- subject, res', { body: 'res = rt.matchMapping(subject);' }),
  inst('MATCH_SEQUENCE', 29, 'subject -- subject, res', { body: 'res = rt.matchSequence(subject);' }),
  inst('MATCH_KEYS', 27, 'subject, keys -- subject, keys, values_or_none', { body: 'values_or_none = rt.matchKeys(subject, keys);' }),
  // oparg counts the positional sub-patterns; `names` is the tuple of keyword ones.
  inst('MATCH_CLASS', 96, 'subject, type, names -- attrs', { flags: ['arg'], body: 'attrs = rt.matchClass(subject, type, oparg, names_);' }),
];
