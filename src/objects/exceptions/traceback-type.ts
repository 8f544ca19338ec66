// Attributes of traceback objects (`exc.__traceback__`): tb_frame, tb_lineno, tb_lasti and
// the settable tb_next.
import { TracebackType } from '../builtin-types';
import { None } from '../singletons';
import { typeError, valueError } from '../exceptions';
import { PyTraceback } from '../traceback';
import { defineGetSet } from '../native';
import { typeOf } from '../ops/typeof';
import type { PyValue } from '../object';

function tb(self: PyValue, what: string): PyTraceback {
  if (self instanceof PyTraceback) return self;
  throw typeError(`descriptor '${what}' for 'traceback' objects doesn't apply to a '${typeOf(self).name}' object`);
}

defineGetSet(TracebackType, 'tb_frame', (self) => tb(self, 'tb_frame').frame);
defineGetSet(TracebackType, 'tb_lineno', (self) => tb(self, 'tb_lineno').lineno ?? None);
defineGetSet(TracebackType, 'tb_lasti', (self) => tb(self, 'tb_lasti').at * 2);
defineGetSet(
  TracebackType,
  'tb_next',
  (self) => tb(self, 'tb_next').next,
  (self, value) => {
    const t = tb(self, 'tb_next');
    if (value === null) throw typeError("can't delete tb_next attribute");
    if (value !== None && !(value instanceof PyTraceback)) throw typeError(`expected traceback object, got '${typeOf(value).name}'`);
    for (let c: PyValue = value; c instanceof PyTraceback; c = c.next) {
      if (c === t) throw valueError('traceback loop detected');
    }
    t.next = value;
  },
);

