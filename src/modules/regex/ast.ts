// The parsed form of a regular expression. Flags that change how a node matches (IGNORECASE,
// MULTILINE, DOTALL, ASCII) are resolved at parse time, per node, since (?i:…) scopes them.

/** A character class escape: \d \D \s \S \w \W. */
export type ClassEscape = 'd' | 'D' | 's' | 'S' | 'w' | 'W';

export interface CharSet {
  negate: boolean;
  /** Inclusive code point ranges. */
  ranges: [number, number][];
  classes: ClassEscape[];
}

export type Node =
  | { t: 'char'; c: number; ignoreCase: boolean }
  | { t: 'any'; dotAll: boolean }
  | { t: 'set'; set: CharSet; ignoreCase: boolean; ascii: boolean }
  | { t: 'class'; cls: ClassEscape; ascii: boolean }
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; items: Node[] }
  | { t: 'group'; index: number; body: Node }
  | { t: 'repeat'; min: number; max: number; mode: 'greedy' | 'lazy' | 'possessive'; body: Node }
  | { t: 'atomic'; body: Node }
  | { t: 'look'; behind: boolean; negate: boolean; body: Node; width: number }
  | { t: 'backref'; index: number; ignoreCase: boolean }
  | { t: 'cond'; index: number; yes: Node; no: Node }
  | { t: 'at'; at: 'bol' | 'eol' | 'bos' | 'eos' | 'wordb' | 'nonwordb'; multiline: boolean; ascii: boolean };

/** re's flag bits. */
export const enum Flag {
  TEMPLATE = 1,
  IGNORECASE = 2,
  LOCALE = 4,
  MULTILINE = 8,
  DOTALL = 16,
  UNICODE = 32,
  VERBOSE = 64,
  DEBUG = 128,
  ASCII = 256,
}

/** A pattern error: re.error's message and position (null when CPython gives none). */
export class PatternError extends Error {
  constructor(
    readonly msg: string,
    readonly pos: number | null,
  ) {
    super(msg);
  }
}

export interface ParsedPattern {
  root: Node;
  /** The number of capturing groups. */
  groups: number;
  groupNames: Map<string, number>;
  /** The flags after inline (?…) flags at the start, and UNICODE added for str patterns. */
  flags: number;
}
