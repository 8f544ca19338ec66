// Every threshold and limit of tier 2 in one table (DESIGN.md §5). Each can be overridden
// with `-X jit-NAME=N` or the environment variable PYTHON_JIT_NAME (NAME upper-cased, dashes
// as underscores), so that tests can make traces form after a few iterations.
import { makeCounter, MAX_BACKOFF } from '../objects/code/backoff';

export type JitMode = 'off' | 'uops' | 'js';

export interface JitConfig {
  /** Which tier 2 runs traces: none, the uop interpreter, or the JS backend. */
  mode: JitMode;
  /** Backward jumps taken before a loop is recorded (CPython's JUMP_BACKWARD_INITIAL_VALUE). */
  jumpBackwardInitialValue: number;
  /** The backoff exponent after a failed recording (JUMP_BACKWARD_INITIAL_BACKOFF). */
  jumpBackwardInitialBackoff: number;
  /** Times a side exit is taken before a side trace is recorded there (SIDE_EXIT_INITIAL_VALUE). */
  sideExitInitialValue: number;
  sideExitInitialBackoff: number;
  /** Side traces hanging off one another before the chain stops growing (MAX_CHAIN_DEPTH). */
  maxChainDepth: number;
  /** The most uops a trace may hold (UOP_MAX_TRACE_LENGTH). */
  maxTraceLength: number;
  /** Executors one code object may hold (MAX_EXECUTORS_SIZE). */
  maxExecutorsPerCode: number;
  /** Print each trace's uops and generated JS as it is made (-X jit-dump). */
  dump: boolean;
  /** Where the dump goes (the host's stderr). */
  write: (text: string) => void;
  /**
   * A file to which the run appends one JSON line of tier-2 figures when it ends
   * (-X jit-summary=FILE or PYTHON_JIT_SUMMARY): how `npm run programs -- --jit=js` counts the
   * executors a whole corpus creates.
   */
  summaryFile: string | null;
  /** Count the uops executors run (-X stats): a cost, so only when asked. */
  countUops: boolean;
}

const DEFAULTS: Readonly<JitConfig> = {
  mode: 'off',
  jumpBackwardInitialValue: 4095,
  jumpBackwardInitialBackoff: 12,
  sideExitInitialValue: 4095,
  sideExitInitialBackoff: 12,
  maxChainDepth: 4,
  maxTraceLength: 800,
  maxExecutorsPerCode: 256,
  dump: false,
  write: () => {},
  summaryFile: null,
  countUops: false,
};

export const JIT_CONFIG: JitConfig = { ...DEFAULTS };

const NUMERIC: readonly (keyof JitConfig)[] = [
  'jumpBackwardInitialValue',
  'jumpBackwardInitialBackoff',
  'sideExitInitialValue',
  'sideExitInitialBackoff',
  'maxChainDepth',
  'maxTraceLength',
  'maxExecutorsPerCode',
];

/** `jumpBackwardInitialValue` → `jump-backward-initial-value`. */
function optionName(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/**
 * Applies the environment and the -X options (later wins); returns what it could not understand. `PYTHON_JIT=0` turns tier 2 off,
 * `PYTHON_JIT=1` on (the JS backend); `-X jit=off|uops|js` chooses.
 */
export function configureJit(
  env: Readonly<Record<string, string | undefined>>,
  xoptions: ReadonlyMap<string, string | true>,
  write: (text: string) => void,
): string[] {
  Object.assign(JIT_CONFIG, DEFAULTS, { write });
  const problems: string[] = [];
  const mode = (value: string, where: string): void => {
    const v = value.toLowerCase();
    if (v === '0' || v === 'off') JIT_CONFIG.mode = 'off';
    else if (v === '1' || v === 'on' || v === 'js') JIT_CONFIG.mode = 'js';
    else if (v === 'uops' || v === 'interpreter') JIT_CONFIG.mode = 'uops';
    else problems.push(`${where}: expected off, uops or js, not '${value}'`);
  };
  const numeric = (key: keyof JitConfig, value: string, where: string): void => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) problems.push(`${where}: expected a non-negative integer, not '${value}'`);
    else (JIT_CONFIG as unknown as Record<string, number>)[key] = n;
  };
  if (env.PYTHON_JIT !== undefined) mode(env.PYTHON_JIT, 'PYTHON_JIT');
  for (const key of NUMERIC) {
    const name = `PYTHON_JIT_${optionName(key).replace(/-/g, '_').toUpperCase()}`;
    if (env[name] !== undefined) numeric(key, env[name]!, name);
  }
  const jit = xoptions.get('jit');
  if (jit !== undefined) mode(jit === true ? 'js' : jit, '-X jit');
  for (const key of NUMERIC) {
    const value = xoptions.get(`jit-${optionName(key)}`);
    if (value !== undefined) numeric(key, value === true ? '' : value, `-X jit-${optionName(key)}`);
  }
  if (xoptions.has('jit-dump')) JIT_CONFIG.dump = true;
  if (xoptions.has('stats')) JIT_CONFIG.countUops = true;
  const summary = xoptions.get('jit-summary') ?? env.PYTHON_JIT_SUMMARY;
  if (typeof summary === 'string' && summary !== '') JIT_CONFIG.summaryFile = summary;
  JIT_CONFIG.jumpBackwardInitialValue = Math.min(JIT_CONFIG.jumpBackwardInitialValue, 4095);
  JIT_CONFIG.sideExitInitialValue = Math.min(JIT_CONFIG.sideExitInitialValue, 4095);
  JIT_CONFIG.jumpBackwardInitialBackoff = Math.min(JIT_CONFIG.jumpBackwardInitialBackoff, MAX_BACKOFF);
  JIT_CONFIG.sideExitInitialBackoff = Math.min(JIT_CONFIG.sideExitInitialBackoff, MAX_BACKOFF);
  return problems;
}

/** The counter a JUMP_BACKWARD starts with, and returns to after a recording succeeds. */
export function jumpBackwardCounter(): number {
  return makeCounter(JIT_CONFIG.jumpBackwardInitialValue, JIT_CONFIG.jumpBackwardInitialBackoff);
}

/** The temperature a side exit starts with. */
export function sideExitCounter(): number {
  return makeCounter(JIT_CONFIG.sideExitInitialValue, JIT_CONFIG.sideExitInitialBackoff);
}
