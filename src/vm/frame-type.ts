// What Python code can read of a frame (sys._getframe(), tb_frame, gi_frame): f_code,
// f_lineno, f_lasti, f_back, f_globals, f_builtins, f_locals.
import { FrameType } from '../objects/builtin-types';
import { defineGetSet, defineMethods } from '../objects/native';
import { None } from '../objects/singletons';
import { addressOf } from '../objects/identity';
import { Frame } from './frame';
import { frameLocals } from './frame-locals';

function frame(self: unknown): Frame {
  return self as Frame;
}

defineGetSet(FrameType, 'f_code', (self) => frame(self).code);
defineGetSet(FrameType, 'f_lineno', (self) => frame(self).lineno ?? None);
defineGetSet(FrameType, 'f_lasti', (self) => frame(self).at * 2);
defineGetSet(FrameType, 'f_back', (self) => frame(self).previous ?? None);
defineGetSet(FrameType, 'f_globals', (self) => frame(self).globals);
defineGetSet(FrameType, 'f_builtins', (self) => frame(self).builtins);
defineGetSet(FrameType, 'f_locals', (self) => frameLocals(frame(self)));
defineGetSet(FrameType, 'f_trace', () => None);
defineMethods(FrameType, {
  __repr__: (self) => {
    const f = frame(self);
    return `<frame at ${addressOf(self)}, file '${f.code.filename}', line ${f.lineno ?? 'None'}, code ${f.code.name}>`;
  },
  clear: () => None,
});
