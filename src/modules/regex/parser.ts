// Python's regular-expression syntax (Lib/re/_parser.py's grammar and error messages, with
// their positions) into the tree of ast.ts. Patterns are read as code points (str) or byte
// values (bytes).
import { Flag, PatternError, type CharSet, type ClassEscape, type Node, type ParsedPattern } from './ast';
import { isXidContinueCp, isXidStartCp } from '../../objects/str/unicode';
import { lookupUnicodeName } from '../../compiler/unicode-names';

const MAX_REPEAT = 4294967295;
const DIGITS = /[0-9]/;
const OCTAL = /[0-7]/;
const HEX = /[0-9a-fA-F]/;
const WHITESPACE = ' \t\n\r\v\f';
const SPECIAL = '.\\[{()*+?^$|';
const SIMPLE_ESCAPES: Record<string, number> = { a: 7, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 92 };
const CLASS_ESCAPES = 'dDsSwW';
const INLINE_FLAGS: Record<string, number> = { i: Flag.IGNORECASE, L: Flag.LOCALE, m: Flag.MULTILINE, s: Flag.DOTALL, x: Flag.VERBOSE, a: Flag.ASCII, u: Flag.UNICODE };

/** Flags in effect while parsing a part of the pattern. */
interface Scope {
  flags: number;
}

class Parser {
  private pos = 0;
  groups = 1; // group 0 is the whole match
  readonly names = new Map<string, number>();
  private readonly open = new Set<number>();
  /** Flags set by (?…) at the start of the pattern. */
  globalFlags: number;
  private lookbehindGroups: number | null = null;

  constructor(
    private readonly src: readonly number[],
    private readonly isBytes: boolean,
    flags: number,
  ) {
    this.globalFlags = flags;
  }

  private error(msg: string, pos: number | null): PatternError {
    return new PatternError(msg, pos);
  }

  private get next(): string | null {
    return this.pos < this.src.length ? String.fromCodePoint(this.src[this.pos]) : null;
  }

  private take(): string | null {
    const c = this.next;
    if (c !== null) this.pos++;
    return c;
  }

  private match(c: string): boolean {
    if (this.next === c) {
      this.pos++;
      return true;
    }
    return false;
  }

  /** The next token: one character, or a backslash with the character after it. */
  private token(): string | null {
    const c = this.take();
    if (c !== '\\') return c;
    const d = this.take();
    if (d === null) throw this.error('bad escape (end of pattern)', this.pos - 1);
    return '\\' + d;
  }

  private takeWhile(n: number, re: RegExp): string {
    let s = '';
    while (s.length < n && this.next !== null && re.test(this.next)) s += this.take();
    return s;
  }

  private takeUntil(end: string, what: string): string {
    let s = '';
    for (;;) {
      const c = this.next;
      if (c === null) {
        if (s === '') throw this.error(`missing ${what}`, this.pos);
        throw this.error(`missing ${end}, unterminated name`, this.pos - s.length);
      }
      this.pos++;
      if (c === end) {
        if (s === '') throw this.error(`missing ${what}`, this.pos - 1);
        return s;
      }
      s += c;
    }
  }

  private isIdentifier(name: string): boolean {
    const cps = [...name].map((c) => c.codePointAt(0)!);
    if (cps.length === 0) return false;
    if (this.isBytes && cps.some((c) => c > 127)) return false;
    return (isXidStartCp(cps[0]) || cps[0] === 95) && cps.every((c) => isXidContinueCp(c));
  }

  private checkGroupName(name: string, offset: number): void {
    if (!this.isIdentifier(name)) throw this.error(`bad character in group name ${pyRepr(name)}`, this.pos - offset);
  }

  parse(): Node {
    const root = this.alternation({ flags: this.globalFlags }, 0);
    if (this.next !== null) {
      if (this.next !== ')') throw this.error('internal: unparsed pattern', this.pos);
      throw this.error('unbalanced parenthesis', this.pos);
    }
    return root;
  }

  private alternation(scope: Scope, depth: number): Node {
    const items = [this.sequence(scope, depth)];
    while (this.match('|')) items.push(this.sequence(scope, depth));
    return items.length === 1 ? items[0] : { t: 'alt', items };
  }

  private sequence(scope: Scope, depth: number): Node {
    const items: Node[] = [];
    const start = this.pos;
    for (;;) {
      const c = this.next;
      if (c === null || c === '|' || c === ')') break;
      const here = this.pos;
      const tok = this.token()!;
      if (scope.flags & Flag.VERBOSE) {
        if (WHITESPACE.includes(tok)) continue;
        if (tok === '#') {
          while (this.next !== null && this.next !== '\n') this.pos++;
          continue;
        }
      }
      if (tok[0] === '\\') {
        items.push(this.escape(tok, scope));
      } else if (!SPECIAL.includes(tok)) {
        items.push(this.char(tok.codePointAt(0)!, scope));
      } else if (tok === '[') {
        items.push(this.charSet(here, scope));
      } else if ('*+?{'.includes(tok)) {
        if (!this.repeat(tok, here, items)) items.push(this.char(123, scope));
      } else if (tok === '.') {
        items.push({ t: 'any', dotAll: (scope.flags & Flag.DOTALL) !== 0 });
      } else if (tok === '(') {
        const node = this.group(here, scope, depth, start);
        if (node !== null) items.push(node);
      } else if (tok === '^') {
        items.push({ t: 'at', at: 'bol', multiline: (scope.flags & Flag.MULTILINE) !== 0, ascii: false });
      } else if (tok === '$') {
        items.push({ t: 'at', at: 'eol', multiline: (scope.flags & Flag.MULTILINE) !== 0, ascii: false });
      }
    }
    return items.length === 1 ? items[0] : { t: 'seq', items };
  }

  private char(c: number, scope: Scope): Node {
    return { t: 'char', c, ignoreCase: (scope.flags & Flag.IGNORECASE) !== 0 };
  }

  /** A quantifier after items[-1]; false when '{' turns out to be a literal. */
  private repeat(tok: string, here: number, items: Node[]): boolean {
    let min: number;
    let max: number;
    if (tok === '?') [min, max] = [0, 1];
    else if (tok === '*') [min, max] = [0, MAX_REPEAT];
    else if (tok === '+') [min, max] = [1, MAX_REPEAT];
    else {
      if (this.next === '}') return false;
      const brace = this.pos;
      const lo = this.takeWhile(Infinity, DIGITS);
      let hi = lo;
      if (this.match(',')) hi = this.takeWhile(Infinity, DIGITS);
      if (!this.match('}')) {
        this.pos = brace;
        return false;
      }
      min = lo === '' ? 0 : Number(lo);
      max = hi === '' ? MAX_REPEAT : Number(hi);
      if (min >= MAX_REPEAT || max >= MAX_REPEAT + (hi === '' ? 1 : 0)) throw new PatternError('the repetition number is too large', null);
      if (max < min) throw this.error('min repeat greater than max repeat', brace);
    }
    const last = items.length === 0 ? undefined : items[items.length - 1];
    if (last === undefined || last.t === 'at') throw this.error('nothing to repeat', here);
    if (last.t === 'repeat') throw this.error('multiple repeat', here);
    let mode: 'greedy' | 'lazy' | 'possessive' = 'greedy';
    if (this.match('?')) mode = 'lazy';
    else if (this.match('+')) mode = 'possessive';
    const node: Node = { t: 'repeat', min, max, mode, body: last };
    items[items.length - 1] = node;
    return true;
  }

  private escape(tok: string, scope: Scope): Node {
    const c = tok[1];
    const ascii = (scope.flags & Flag.ASCII) !== 0 || this.isBytes;
    const multiline = (scope.flags & Flag.MULTILINE) !== 0;
    switch (c) {
      case 'A':
        return { t: 'at', at: 'bos', multiline, ascii };
      case 'Z':
        return { t: 'at', at: 'eos', multiline, ascii };
      case 'b':
        return { t: 'at', at: 'wordb', multiline, ascii };
      case 'B':
        return { t: 'at', at: 'nonwordb', multiline, ascii };
    }
    if (CLASS_ESCAPES.includes(c)) return { t: 'class', cls: c as ClassEscape, ascii };
    const code = this.commonEscape(tok);
    if (code !== undefined) return this.char(code, scope);
    if (c === '0') return this.char(parseInt(this.takeWhile(2, OCTAL) || '0', 8), scope);
    if (DIGITS.test(c)) {
      let escape = tok;
      if (this.next !== null && DIGITS.test(this.next)) {
        escape += this.take();
        if (OCTAL.test(escape[1]) && OCTAL.test(escape[2]) && this.next !== null && OCTAL.test(this.next)) {
          escape += this.take();
          const v = parseInt(escape.slice(1), 8);
          if (v > 0o377) throw this.error(`octal escape value ${escape} outside of range 0-0o377`, this.pos - escape.length);
          return this.char(v, scope);
        }
      }
      const group = Number(escape.slice(1));
      if (group < this.groups) {
        if (this.open.has(group)) throw this.error('cannot refer to an open group', this.pos - escape.length);
        this.checkLookbehindGroup(group);
        return { t: 'backref', index: group, ignoreCase: (scope.flags & Flag.IGNORECASE) !== 0 };
      }
      throw this.error(`invalid group reference ${group}`, this.pos - escape.length + 1);
    }
    if (/[a-zA-Z]/.test(c)) throw this.error(`bad escape ${tok}`, this.pos - tok.length);
    return this.char(tok.codePointAt(1)!, scope);
  }

  private checkLookbehindGroup(group: number): void {
    if (this.lookbehindGroups !== null && group >= this.lookbehindGroups) {
      throw this.error('cannot refer to group defined in the same lookbehind subpattern', null);
    }
  }

  /** \a \f \n \r \t \v \\ \xhh \uhhhh \Uhhhhhhhh \N{name}: the code point, or undefined for other escapes. */
  private commonEscape(tok: string): number | undefined {
    const c = tok[1];
    if (c in SIMPLE_ESCAPES) return SIMPLE_ESCAPES[c];
    const hex = (n: number): number => {
      const digits = this.takeWhile(n, HEX);
      if (digits.length !== n) throw this.error(`incomplete escape ${tok}${digits}`, this.pos - digits.length - 2);
      return parseInt(digits, 16);
    };
    if (c === 'x') return hex(2);
    if (this.isBytes) return undefined;
    if (c === 'u') return hex(4);
    if (c === 'U') {
      const v = hex(8);
      if (v > 0x10ffff) throw this.error(`bad escape ${tok}${v.toString(16).padStart(8, '0')}`, this.pos - 10);
      return v;
    }
    if (c === 'N') {
      if (!this.match('{')) throw this.error('missing {', this.pos);
      const start = this.pos;
      const name = this.takeUntil('}', 'character name');
      const v = lookupUnicodeName(name);
      if (v < 0) throw this.error(`undefined character name ${pyRepr(name)}`, start - 3);
      return v;
    }
    return undefined;
  }

  private classEscape(tok: string): number | ClassEscape {
    const c = tok[1];
    if (c === 'b') return 8;
    if (CLASS_ESCAPES.includes(c)) return c as ClassEscape;
    const code = this.commonEscape(tok);
    if (code !== undefined) return code;
    if (OCTAL.test(c)) {
      const escape = tok + this.takeWhile(2, OCTAL);
      const v = parseInt(escape.slice(1), 8);
      if (v > 0o377) throw this.error(`octal escape value ${escape} outside of range 0-0o377`, this.pos - escape.length);
      return v;
    }
    if (/[a-zA-Z0-9]/.test(c)) throw this.error(`bad escape ${tok}`, this.pos - tok.length);
    return tok.codePointAt(1)!;
  }

  private charSet(here: number, scope: Scope): Node {
    const set: CharSet = { negate: this.match('^'), ranges: [], classes: [] };
    let first = true;
    for (;;) {
      const tok = this.token();
      if (tok === null) throw this.error('unterminated character set', here);
      if (tok === ']' && !first) break;
      first = false;
      const item1 = tok[0] === '\\' ? this.classEscape(tok) : tok.codePointAt(0)!;
      if (this.match('-')) {
        const that = this.token();
        if (that === null) throw this.error('unterminated character set', here);
        if (that === ']') {
          this.addSetItem(set, item1);
          set.ranges.push([45, 45]);
          break;
        }
        const item2 = that[0] === '\\' ? this.classEscape(that) : that.codePointAt(0)!;
        if (typeof item1 !== 'number' || typeof item2 !== 'number' || item2 < item1) {
          throw this.error(`bad character range ${tok}-${that}`, this.pos - tok.length - 1 - that.length);
        }
        set.ranges.push([item1, item2]);
      } else {
        this.addSetItem(set, item1);
      }
    }
    return { t: 'set', set, ignoreCase: (scope.flags & Flag.IGNORECASE) !== 0, ascii: (scope.flags & Flag.ASCII) !== 0 || this.isBytes };
  }

  private addSetItem(set: CharSet, item: number | ClassEscape): void {
    if (typeof item === 'number') set.ranges.push([item, item]);
    else set.classes.push(item);
  }

  /** What follows '(' at `here`; null for a comment or global flags. */
  private group(here: number, scope: Scope, depth: number, sequenceStart: number): Node | null {
    if (!this.match('?')) return this.capturing(here, null, scope, depth);
    const c = this.take();
    if (c === null) throw this.error('unexpected end of pattern', this.pos);
    switch (c) {
      case 'P': {
        if (this.match('<')) {
          const name = this.takeUntil('>', 'group name');
          this.checkGroupName(name, name.length + 1);
          return this.capturing(here, name, scope, depth);
        }
        if (this.match('=')) {
          const name = this.takeUntil(')', 'group name');
          this.checkGroupName(name, name.length + 1);
          const index = this.names.get(name);
          if (index === undefined) throw this.error(`unknown group name ${pyRepr(name)}`, this.pos - name.length - 1);
          if (this.open.has(index)) throw this.error('cannot refer to an open group', this.pos - name.length - 1);
          this.checkLookbehindGroup(index);
          return { t: 'backref', index, ignoreCase: (scope.flags & Flag.IGNORECASE) !== 0 };
        }
        const d = this.take();
        if (d === null) throw this.error('unexpected end of pattern', this.pos);
        throw this.error(`unknown extension ?P${d}`, this.pos - 3);
      }
      case ':':
        return this.closed(here, nonCapturing(this.alternation(scope, depth + 1)));
      case '#':
        for (;;) {
          const d = this.take();
          if (d === null) throw this.error('missing ), unterminated comment', here);
          if (d === ')') return null;
        }
      case '=':
      case '!':
        return this.closed(here, { t: 'look', behind: false, negate: c === '!', body: this.alternation(scope, depth + 1), width: 0 });
      case '<': {
        const d = this.take();
        if (d === null) throw this.error('unexpected end of pattern', this.pos);
        if (d !== '=' && d !== '!') throw this.error(`unknown extension ?<${d}`, this.pos - 3);
        const saved = this.lookbehindGroups;
        if (saved === null) this.lookbehindGroups = this.groups;
        const body = this.alternation(scope, depth + 1);
        this.lookbehindGroups = saved;
        const node = this.closed(here, { t: 'look', behind: true, negate: d === '!', body, width: 0 }) as Node & { t: 'look' };
        const [lo, hi] = widthOf(body);
        if (lo !== hi) throw new PatternError('look-behind requires fixed-width pattern', null);
        node.width = lo;
        return node;
      }
      case '(':
        return this.conditional(here, scope, depth);
      case '>':
        return this.closed(here, { t: 'atomic', body: this.alternation(scope, depth + 1) });
    }
    if (c in INLINE_FLAGS || c === '-') return this.inlineFlags(c, here, scope, depth, sequenceStart);
    throw this.error(`unknown extension ?${c}`, this.pos - 2);
  }

  private capturing(here: number, name: string | null, scope: Scope, depth: number): Node {
    const index = this.groups++;
    if (name !== null) {
      const previous = this.names.get(name);
      if (previous !== undefined) {
        throw this.error(`redefinition of group name ${pyRepr(name)} as group ${index}; was group ${previous}`, this.pos - name.length - 1);
      }
      this.names.set(name, index);
    }
    this.open.add(index);
    const body = this.alternation(scope, depth + 1);
    this.open.delete(index);
    return this.closed(here, { t: 'group', index, body });
  }

  private closed(here: number, node: Node): Node {
    if (!this.match(')')) throw this.error('missing ), unterminated subpattern', here);
    return node;
  }

  private conditional(here: number, scope: Scope, depth: number): Node {
    const nameStart = this.pos;
    const name = this.takeUntil(')', 'group name');
    let index: number;
    if (this.isIdentifier(name)) {
      const found = this.names.get(name);
      if (found === undefined) throw this.error(`unknown group name ${pyRepr(name)}`, nameStart);
      index = found;
    } else {
      if (!/^[0-9]+$/.test(name)) throw this.error(`bad character in group name ${pyRepr(name)}`, nameStart);
      index = Number(name);
      if (index === 0) throw this.error('bad group number', nameStart);
      if (index >= 100) throw this.error(`invalid group reference ${index}`, nameStart);
    }
    this.checkLookbehindGroup(index);
    const yes = this.sequence(scope, depth + 1);
    let no: Node = { t: 'seq', items: [] };
    if (this.match('|')) {
      no = this.sequence(scope, depth + 1);
      if (this.next === '|') throw this.error('conditional backref with more than two branches', this.pos);
    }
    const node: Node = { t: 'cond', index, yes, no };
    this.closed(here, node);
    this.pendingConditions.push({ index, pos: nameStart });
    return node;
  }

  readonly pendingConditions: { index: number; pos: number }[] = [];

  private inlineFlags(first: string, here: number, scope: Scope, depth: number, sequenceStart: number): Node | null {
    let add = 0;
    let remove = 0;
    let c: string | null = first;
    if (c !== '-') {
      for (;;) {
        const flag = INLINE_FLAGS[c!];
        if (this.isBytes ? flag === Flag.UNICODE : flag === Flag.LOCALE) {
          throw this.error(this.isBytes ? "bad inline flags: cannot use 'u' flag with a bytes pattern" : "bad inline flags: cannot use 'L' flag with a str pattern", this.pos - 1);
        }
        add |= flag;
        if ((add & (Flag.ASCII | Flag.LOCALE | Flag.UNICODE)) & ((add & (Flag.ASCII | Flag.LOCALE | Flag.UNICODE)) - 1)) {
          throw this.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible", this.pos - 1);
        }
        c = this.take();
        if (c === null) throw this.error('missing -, : or )', this.pos);
        if (c === ')' || c === '-' || c === ':') break;
        if (!(c in INLINE_FLAGS)) throw this.error(/[a-zA-Z]/.test(c) ? 'unknown flag' : 'missing -, : or )', this.pos - 1);
      }
    }
    if (c === ')') {
      // Global flags: only at the very start of the pattern.
      if (here !== 0 || sequenceStart !== 0 || depth !== 0) throw this.error('global flags not at the start of the expression', here);
      this.globalFlags |= add;
      scope.flags |= add;
      return null;
    }
    if (c === '-') {
      c = this.take();
      if (c === null) throw this.error('missing flag', this.pos);
      for (;;) {
        if (!(c! in INLINE_FLAGS)) throw this.error(/[a-zA-Z]/.test(c!) ? 'unknown flag' : 'missing flag', this.pos - 1);
        const flag = INLINE_FLAGS[c!];
        if (flag & (Flag.ASCII | Flag.LOCALE | Flag.UNICODE)) throw this.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", this.pos - 1);
        remove |= flag;
        c = this.take();
        if (c === null) throw this.error('missing :', this.pos);
        if (c === ':') break;
        if (!(c in INLINE_FLAGS)) throw this.error(/[a-zA-Z]/.test(c) ? 'unknown flag' : 'missing :', this.pos - 1);
      }
    }
    if (add & remove) throw this.error('bad inline flags: flag turned on and off', this.pos - 1);
    let flags = (scope.flags | add) & ~remove;
    // A scoped ASCII/UNICODE/LOCALE replaces the pattern's.
    if (add & (Flag.ASCII | Flag.LOCALE | Flag.UNICODE)) flags = (flags & ~(Flag.ASCII | Flag.LOCALE | Flag.UNICODE)) | (add & (Flag.ASCII | Flag.LOCALE | Flag.UNICODE));
    return this.closed(here, nonCapturing(this.alternation({ flags }, depth + 1)));
  }
}

/** A (?:…) group: its body, kept one item so that a quantifier after it applies to all of it. */
function nonCapturing(body: Node): Node {
  return { t: 'seq', items: [body] };
}

/** The least and greatest number of characters a node matches (Infinity when unbounded). */
export function widthOf(node: Node): [number, number] {
  switch (node.t) {
    case 'char':
    case 'any':
    case 'set':
    case 'class':
      return [1, 1];
    case 'seq': {
      let lo = 0;
      let hi = 0;
      for (const item of node.items) {
        const [a, b] = widthOf(item);
        lo += a;
        hi += b;
      }
      return [lo, hi];
    }
    case 'alt': {
      let lo = Infinity;
      let hi = 0;
      for (const item of node.items) {
        const [a, b] = widthOf(item);
        lo = Math.min(lo, a);
        hi = Math.max(hi, b);
      }
      return [lo, hi];
    }
    case 'group':
    case 'atomic':
      return widthOf(node.body);
    case 'repeat': {
      const [a, b] = widthOf(node.body);
      return [a * node.min, node.max >= MAX_REPEAT ? (b === 0 ? 0 : Infinity) : b * node.max];
    }
    case 'cond': {
      const [a, b] = widthOf(node.yes);
      const [c, d] = widthOf(node.no);
      return [Math.min(a, c), Math.max(b, d)];
    }
    case 'backref':
      return [0, Infinity];
    case 'look':
    case 'at':
      return [0, 0];
  }
}

/** The repr of a str, as the messages quote names. */
function pyRepr(s: string): string {
  return s.includes("'") && !s.includes('"') ? `"${s}"` : `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** Parses a pattern given as code points (str) or bytes, with the flags passed to compile. */
export function parsePattern(src: readonly number[], isBytes: boolean, flags: number): ParsedPattern {
  let parser = new Parser(src, isBytes, flags);
  let root = parser.parse();
  if (parser.globalFlags & Flag.VERBOSE && !(flags & Flag.VERBOSE)) {
    // (?x) at the start changes how everything after it reads: parse again with it.
    parser = new Parser(src, isBytes, flags | Flag.VERBOSE);
    root = parser.parse();
  }
  for (const { index, pos } of parser.pendingConditions) {
    if (index >= parser.groups) throw new PatternError(`invalid group reference ${index}`, pos);
  }
  let final = parser.globalFlags;
  if (!isBytes && !(final & Flag.ASCII)) final |= Flag.UNICODE;
  return { root, groups: parser.groups - 1, groupNames: parser.names, flags: final };
}
