// The JS backend (DESIGN.md §5): one JS function per trace, spliced from the uop templates
// that generate-uops.ts writes. The value stack lives in JS locals (`s0_7` is stack slot 7 of
// the trace's first frame) and is written back to the frame at exits and when a uop raises; locals
// stay in the frame's array, where Python code that looks at the frame finds them. Operands
// are burned in (numbers as literals, objects through the constant array K); `_JUMP_TO_TOP`
// is a JS loop.
import { UOPS, Uop } from '../generated/uops';
import { instructionSupport } from '../vm/instruction-support';
import { evaluate, parseStackEffect, stackName as v, type StackEffect, type StackItem } from '../instructions/stack-notation';
import type { Exit, TraceFunction, UopInstance } from './executor';
import type { PyCode } from '../objects/code/code';
import { PyFloat } from '../objects/boxes';
import { FloatType } from '../objects/builtin-types';

/** The float uops the backend compiles to raw arithmetic: the JS operator of each. */
const FLOAT_OPERATIONS: ReadonlyMap<number, string> = new Map([
  [Uop._BINARY_OP_ADD_FLOAT, '+'],
  [Uop._BINARY_OP_SUBTRACT_FLOAT, '-'],
  [Uop._BINARY_OP_MULTIPLY_FLOAT, '*'],
  [Uop._COMPARE_OP_FLOAT, 'compare'],
]);

/** COMPARE_OP's oparg >> 5, as JS comparisons of numbers. */
const COMPARISONS = ['<', '<=', '===', '!==', '>', '>='];

/**
 * The fast-local uops as loads and stores between a local and a stack slot (its offset from
 * the uop's first input), in order.
 */
type Move = readonly ['load' | 'store', number, number];
const LOCAL_MOVES: ReadonlyMap<number, (oparg: number) => readonly Move[]> = new Map([
  [Uop._LOAD_FAST, (oparg: number): Move[] => [['load', oparg, 0]]],
  [Uop._LOAD_FAST_LOAD_FAST, (oparg: number): Move[] => [['load', oparg >> 4, 0], ['load', oparg & 15, 1]]],
  [Uop._STORE_FAST, (oparg: number): Move[] => [['store', oparg, 0]]],
  [Uop._STORE_FAST_LOAD_FAST, (oparg: number): Move[] => [['store', oparg >> 4, 0], ['load', oparg & 15, 0]]],
  [Uop._STORE_FAST_STORE_FAST, (oparg: number): Move[] => [['store', oparg >> 4, 1], ['store', oparg & 15, 0]]],
]);

const parsed = new Map<number, StackEffect>();
function stackOf(id: number): StackEffect {
  let s = parsed.get(id);
  if (s === undefined) parsed.set(id, (s = parseStackEffect(UOPS[id].stack, UOPS[id].name)));
  return s;
}

/** The items present for this oparg, each with its size and its offset from the first. */
export function layout(items: readonly StackItem[], oparg: number): { item: StackItem; size: number; offset: number }[] {
  const out: { item: StackItem; size: number; offset: number }[] = [];
  let offset = 0;
  for (const item of items) {
    if (item.condition !== null && evaluate(item.condition, oparg) === 0) continue;
    const size = item.size === null ? 1 : evaluate(item.size, oparg);
    out.push({ item, size, offset });
    offset += size;
  }
  return out;
}

/** How many values the uop takes and leaves for this oparg. */
export function stackCounts(id: number, oparg: number): [number, number] {
  const s = stackOf(id);
  const count = (items: readonly StackItem[]): number => layout(items, oparg).reduce((n, l) => n + l.size, 0);
  return [count(s.inputs), count(s.outputs)];
}

function literal(value: unknown, constants: unknown[]): string {
  if (typeof value === 'number') {
    if (Object.is(value, -0)) return '-0';
    if (Number.isNaN(value)) return 'NaN';
    return value === Infinity ? 'Infinity' : value === -Infinity ? '-Infinity' : String(value);
  }
  if (typeof value === 'boolean' || value === null || value === undefined) return String(value);
  constants.push(value);
  return `K[${constants.length - 1}]`;
}

interface Level {
  /** Names its locals (`s3_7`, `frame3`): unique in the trace, as frames come and go. */
  readonly id: number;
  readonly code: PyCode;
  readonly nlocalsplus: number;
  /** Where the call that pushed the next frame took its callable from (its result goes there). */
  callBase: number;
  /** An __init__ pushed by CALL_ALLOC_AND_ENTER_INIT, whose return gives its instance. */
  readonly init: boolean;
}

/**
 * The JS source of a trace entered with the frame's first `entrySp` stack slots in use, and
 * its constants and exits. Stack slot i of the frame at inlining depth d is the local `sd_i`;
 * `frame`, `stack`, `consts` and `names` follow the frame the trace is in, `frameD` keeps each.
 */
export function traceSource(
  uops: readonly UopInstance[],
  root: PyCode,
  entrySp: number,
  countUops = false,
): { source: string; constants: unknown[]; exits: Exit[] } {
  const nlocalsplus = root.nlocalsplus;
  /** The uop being translated: with `countUops` (-X stats), each way out adds the uops run. */
  let current = 0;
  const count = (n: number): string => (countUops ? `executor.uopsRun += ${n}; ` : '');
  const constants: unknown[] = [];
  const exits: Exit[] = [];
  const slots = new Set<string>();
  /** The frames the trace pushes or returns into, beyond its own (frame0). */
  const frameIds: number[] = [];
  const slot = (depth: number, i: number): string => {
    const name = `s${levels[depth].id}_${i}`;
    slots.add(name);
    return name;
  };
  let levels: Level[] = [{ id: 0, code: root, nlocalsplus, callBase: 0, init: false }];
  let nextLevelId = 1;
  // Floats stay unboxed in stack locals between the float operations that make and use them
  // (DESIGN.md §5: "keeps floats unboxed inside the trace"): a slot in `raw` holds the JS
  // number of an exact float, boxed again where anything else sees it.
  const raw = new Set<string>();
  const boxedValue = (name: string): string => (raw.has(name) ? `new rt.PyFloat(${name})` : name);
  /** Boxes the raw slots among `names` in place. */
  const box = (names: readonly string[]): string[] => {
    const out: string[] = [];
    for (const name of names) {
      if (!raw.has(name)) continue;
      raw.delete(name);
      out.push(`${name} = new rt.PyFloat(${name});`);
    }
    return out;
  };
  // A fast local last stored from a raw float in this trace keeps that number in a JS local
  // (`l0_3`) beside its boxed value in the frame, so that loading it again needs no guard and
  // no unboxing. Anything that may run other code or write locals forgets them.
  const known = new Set<string>();
  const localName = (depth: number, i: number): string => {
    const name = `l${levels[depth].id}_${i}`;
    slots.add(name);
    return name;
  };
  const loadLocal = (depth: number, i: number, into: string): string => {
    const l = `l${levels[depth].id}_${i}`;
    if (known.has(l)) {
      raw.add(into);
      return `${into} = ${l};`;
    }
    raw.delete(into);
    return `${into} = stack[${i}];`;
  };
  const storeLocal = (depth: number, i: number, from: string): string => {
    const l = localName(depth, i);
    if (raw.has(from)) {
      known.add(l);
      return `${l} = ${from}; stack[${i}] = new rt.PyFloat(${from});`;
    }
    known.delete(l);
    return `stack[${i}] = ${from};`;
  };
  /** Stores the stack locals of every frame back, the innermost up to `sp`. */
  const writeBack = (sp: number): string => {
    const parts: string[] = [];
    const depth = levels.length - 1;
    levels.forEach((level, d) => {
      const top = d === depth ? sp : level.callBase;
      const array = d === depth ? 'stack' : `frame${level.id}.stack`;
      for (let i = level.nlocalsplus; i < top; i++) parts.push(`${array}[${i}] = ${boxedValue(slot(d, i))};`);
    });
    return parts.join(' ');
  };
  const exitCode = (exit: Exit): string => {
    let k = exits.indexOf(exit);
    if (k < 0) k = exits.push(exit) - 1;
    return `${writeBack(exit.sp)} ${count(current + 1)}frame.sp = ${exit.sp}; frame.pc = frame.at = ${exit.target}; return exits[${k}];`;
  };
  const switchTo = (d: number): string => `frame = frame${levels[d].id}; stack = frame.stack; consts = frame.code.consts; names = frame.code.names;`;
  const body: string[] = [];
  const errorCases = new Map<number, string>();
  uops.forEach((u, index) => {
    current = index;
    const info = UOPS[u.id];
    const d = levels.length - 1;
    const comment = `// ${info.name} ${u.oparg} @${u.at}${d > 0 ? ` (frame ${d})` : ''}`;
    const s = stackOf(u.id);
    const ins = layout(s.inputs, u.oparg);
    const outs = layout(s.outputs, u.oparg);
    const nIn = ins.reduce((n, l) => n + l.size, 0);
    const lines: string[] = [];
    const inputSlots = Array.from({ length: nIn }, (_, i) => slot(d, u.base + i));
    const float = FLOAT_OPERATIONS.get(u.id);
    if (float !== undefined) {
      // Each operand: the raw number, or a guarded unbox of an exact float.
      const operands = inputSlots.map((name, k) => {
        if (raw.has(name)) return name;
        lines.push(`if (!(${name} instanceof rt.PyFloat) || ${name}.type !== rt.FloatType) { ${exitCode(u.exit!)} }`);
        return `${name}.value`;
      });
      const [a, b] = operands;
      const out = slot(d, u.base);
      if (u.id === Uop._COMPARE_OP_FLOAT) {
        lines.push(`${out} = ${a} ${COMPARISONS[u.oparg >> 5]} ${b};`);
        raw.delete(out);
      } else {
        lines.push(`${out} = ${a} ${float} ${b};`);
        raw.add(out);
      }
      raw.delete(slot(d, u.base + 1));
      body.push(`      ${comment}`, '      {', ...lines.map((l) => `        ${l}`), '      }');
      return;
    }
    const moves = LOCAL_MOVES.get(u.id);
    if (moves !== undefined) {
      for (const [kind, which, at] of moves(u.oparg)) {
        const name = slot(d, u.base + at);
        lines.push(kind === 'load' ? loadLocal(d, which, name) : storeLocal(d, which, name));
      }
      body.push(`      ${comment}`, `      ${lines.join(' ')}`);
      return;
    }
    if (info.escapes || u.id === Uop._JUMP_TO_TOP || (info.template !== null && info.template.includes('stack['))) known.clear();
    if (u.id === Uop._LOAD_CONST) {
      const value = levels[d].code.consts[u.oparg];
      if (value instanceof PyFloat && value.type === FloatType) {
        const out = slot(d, u.base);
        body.push(`      ${comment}`, `      ${out} = ${literal(value.value, constants)};`);
        raw.add(out);
        return;
      }
    }
    // Anything else sees boxed values.
    const boxing = box(inputSlots);
    if (boxing.length > 0) body.push(`      ${boxing.join(' ')}`);
    switch (u.id) {
      case Uop._JUMP_TO_TOP:
        // The loop's head expects what it was entered with: boxed values.
        body.push(`      ${comment}`, `      ${box([...raw]).join(' ')} ${count(uops.length)}`, '      continue top;');
        return;
      case Uop._EXIT_TRACE:
        body.push(`      ${comment}`, `      { ${exitCode(u.exit!)} }`);
        return;
      case Uop._CHECK_VALIDITY:
        body.push(`      ${comment}`, `      if (!executor.valid) { ${exitCode(u.exit!)} }`);
        return;
      case Uop._PUSH_FRAME:
      case Uop._PUSH_INIT_FRAME: {
        errorCases.set(index, `${writeBack(u.instrSp)} frame.sp = ${u.instrSp};`);
        lines.push(`frame.at = ${u.at}; ip = ${index};`);
        for (let i = 0; i < nIn; i++) lines.push(`stack[${u.base + i}] = ${slot(d, u.base + i)};`);
        const callable = slot(d, u.base);
        const self = slot(d, u.base + 1);
        lines.push(
          `const callee = ${self} === null ? rt.framePyCall(ts, ${callable}, stack, ${u.base + 2}, ${u.oparg}, null) : rt.framePyCall(ts, ${callable}, stack, ${u.base + 1}, ${u.oparg + 1}, null);`,
          u.id === Uop._PUSH_INIT_FRAME ? `callee.initSelf = ${self};` : '',
          `frame.sp = ${u.base}; frame.pc = ${u.operand};`,
          'ts.frame = callee;',
        );
        levels[d].callBase = u.base;
        const level = { id: nextLevelId++, code: u.callee!, nlocalsplus: u.callee!.nlocalsplus, callBase: 0, init: u.id === Uop._PUSH_INIT_FRAME };
        levels.push(level);
        lines.push(`frame${level.id} = callee;`, switchTo(d + 1));
        frameIds.push(level.id);
        break;
      }
      case Uop._GUARD_CALLER:
        // The frame the trace runs in returns to the caller the recording saw, in this loop.
        body.push(
          `      ${comment}`,
          `      if (frame.isEntry || frame.initSelf !== null || frame.previous === null || frame.previous.code !== ${literal(u.callee, constants)} || frame.previous.pc !== ${u.operand}) { ${exitCode(u.exit!)} }`,
        );
        return;
      case Uop._RETURN_VALUE: {
        if (d === 0) {
          // Out of the trace's first frame, into its caller, whose stack the trace takes up.
          const level = { id: nextLevelId++, code: u.callee!, nlocalsplus: u.callee!.nlocalsplus, callBase: 0, init: false };
          const retval = slot(0, u.base);
          lines.push(`const retval = ${retval};`, `frame.sp = ${u.base};`, 'const caller = frame.previous;', 'rt.leaveFrame(ts, frame);');
          levels = [level];
          frameIds.push(level.id);
          lines.push(`frame${level.id} = caller;`, switchTo(0));
          for (let i = level.nlocalsplus; i < u.operand; i++) lines.push(`${slot(0, i)} = stack[${i}];`);
          lines.push(`${slot(0, u.operand)} = retval;`);
          known.clear();
          break;
        }
        const caller = levels[d - 1];
        if (levels[d].init) {
          // __init__ returns None; the caller gets the instance.
          errorCases.set(index, `${writeBack(u.instrSp)} frame.sp = ${u.instrSp};`);
          lines.push(`frame.at = ${u.at}; ip = ${index};`, `if (${slot(d, u.base)} !== rt.None) throw rt.initReturnedNonNone(${slot(d, u.base)});`);
        }
        lines.push(
          `const retval = ${levels[d].init ? 'frame.initSelf' : slot(d, u.base)};`,
          `frame.sp = ${u.base};`,
          'rt.leaveFrame(ts, frame);',
          switchTo(d - 1),
          `${slot(d - 1, caller.callBase)} = retval;`,
        );
        levels.pop();
        break;
      }
      default: {
        const template = info.template!;
        // A body that reads an array input (or `base`) finds its inputs in the frame's array; an
        // unused array between named items stays where it is, in its locals.
        const named = (l: { item: StackItem }): boolean => l.item.size !== null && l.item.name !== 'unused';
        const spills = ins.some(named) || outs.some(named) || /\bbase\b/.test(template);
        if (info.escapes) {
          lines.push(`frame.at = ${u.at}; ip = ${index};`);
          errorCases.set(index, `${writeBack(u.instrSp)} frame.sp = ${u.instrSp};`);
        }
        lines.push(`const oparg = ${u.oparg};`);
        info.cache.forEach((name, k) => lines.push(`const cache_${name} = ${literal(u.cache[k], constants)};`));
        if (spills) {
          for (let i = 0; i < nIn; i++) lines.push(`stack[${u.base + i}] = ${slot(d, u.base + i)};`);
          lines.push(`const base = ${u.base};`);
        }
        const inputNames = new Map<string, number>();
        for (const { item, offset } of ins) {
          if (item.name === 'unused') continue;
          inputNames.set(item.name, offset);
          lines.push(`let ${v(item.name)} = ${item.size !== null ? u.base + offset : slot(d, u.base + offset)};`);
        }
        for (const { item, offset } of outs) {
          if (item.name === 'unused' || item.name === 'null' || inputNames.has(item.name)) continue;
          lines.push(item.size !== null ? `const ${v(item.name)} = ${u.base + offset};` : `let ${v(item.name)};`);
        }
        lines.push(template.replace(/\$EXIT\$/g, () => exitCode(u.exit!)));
        for (const { item, offset, size } of outs) {
          if ((item.size !== null && item.name !== 'unused') || (item.name === 'unused' && spills)) {
            for (let i = 0; i < size; i++) lines.push(`${slot(d, u.base + offset + i)} = stack[${u.base + offset + i}];`);
            continue;
          }
          if (item.name === 'unused') continue;
          if (inputNames.get(item.name) === offset && !spills) continue;
          lines.push(`${slot(d, u.base + offset)} = ${item.name === 'null' ? 'null' : v(item.name)};`);
        }
        for (const { offset, size } of outs) for (let i = 0; i < size; i++) raw.delete(slot(d, u.base + offset + i));
      }
    }
    body.push(`      ${comment}`, '      {', ...lines.map((l) => l.split('\n').map((x) => `        ${x}`).join('\n')), '      }');
  });
  const entry: string[] = [];
  for (let i = nlocalsplus; i < entrySp; i++) {
    entry.push(`s0_${i} = stack[${i}]`);
    slots.add(`s0_${i}`);
  }
  const frames = frameIds.map((id) => `frame${id}`);
  const declared = [...slots, ...frames];
  const errors = [...errorCases].map(([k, code]) => `      case ${k}: ${code} break;`).join('\n');
  const source = `return function trace(ts, frame, executor) {
  const frame0 = frame;
  let stack = frame.stack;
  let consts = frame.code.consts;
  let names = frame.code.names;
  let ip = -1;${declared.length > 0 ? `\n  let ${declared.join(', ')};` : ''}${entry.length > 0 ? `\n  ${entry.join('; ')};` : ''}
  try {
    top: for (;;) {
${body.join('\n')}
    }
  } catch (error) {
    switch (ip) {
${errors}
    }
    throw error;
  }
};`;
  return { source, constants, exits };
}

/** Compiles a trace to a JS function. */
export function compileTrace(uops: readonly UopInstance[], root: PyCode, entrySp: number, countUops: boolean): { run: TraceFunction; source: string } {
  const { source, constants: K, exits } = traceSource(uops, root, entrySp, countUops);
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const make = new Function('rt', 'K', 'exits', source) as (rt: unknown, K: unknown[], exits: Exit[]) => TraceFunction;
  return { run: make(instructionSupport(), K, exits), source };
}
