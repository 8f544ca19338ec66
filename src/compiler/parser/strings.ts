// String atoms: implicit concatenation of string, bytes and f-string literals into one
// Constant or JoinedStr, and f-string replacement fields as 3.12+ parses them (PEP 701).
// Positions follow CPython's action helpers (Parser/action_helpers.c): merged literal parts
// span from the first part's start to the last part's end; a format spec starts at its `:`.
import { Constant, FormattedValue, JoinedStr, expr } from '../../generated/ast';
import { BytesConstant, SplitSurrogateStr, concatStr } from '../ast/constants';
import { LiteralError, StringPrefix, decodeBytesLiteral, decodeStringLiteral, parseNumber, stringPrefix } from '../literals';
import { PySyntaxError } from '../errors';
import { escapedBytes, utf8ErrorMessage } from '../source';
import { Tok } from '../tokens';
import { parseStarExpressions, parseWithRecovery, parseYieldExpression } from './expressions';
import { Parser } from './parser';

/** A literal part waiting to be merged with its neighbours. */
interface TextPart {
  text: string | SplitSurrogateStr;
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

/** The parts of a JoinedStr being built: text parts merge; FormattedValues stand alone. */
class PartList {
  readonly values: expr[] = [];
  private pending: TextPart | null = null;

  addText(text: string | SplitSurrogateStr, lineno: number, col: number, endLineno: number, endCol: number): void {
    if (text === '') return;
    const pending = this.pending;
    if (pending === null) {
      this.pending = { text, lineno, col_offset: col, end_lineno: endLineno, end_col_offset: endCol };
    } else {
      pending.text = concatStr(pending.text, text);
      pending.end_lineno = endLineno;
      pending.end_col_offset = endCol;
    }
  }

  addValue(value: expr): void {
    this.flush();
    this.values.push(value);
  }

  finish(): expr[] {
    this.flush();
    return this.values;
  }

  private flush(): void {
    const pending = this.pending;
    if (pending === null) return;
    this.values.push(new Constant(pending.text, null, pending.lineno, pending.col_offset, pending.end_lineno, pending.end_col_offset));
    this.pending = null;
  }
}

/** The value of NUMBER token `i`. */
export function numberAt(p: Parser, i: number): ReturnType<typeof parseNumber> {
  try {
    return parseNumber(p.valueAt(i));
  } catch (e) {
    throw literalError(p, i, e);
  }
}

/** A LiteralError from decoding token `i`, as the SyntaxError CPython raises there. */
function literalError(p: Parser, i: number, e: unknown): unknown {
  if (!(e instanceof LiteralError)) return e;
  const t = p.toks;
  if (e.location === 'lines') {
    return p.fatal(new PySyntaxError('SyntaxError', e.msg, p.filename, t.line[i], 0, p.tokenizer.lineText(t.line[i]), t.endLine[i], 0));
  }
  return p.fatal(p.errorAt(e.msg, t.line[i], t.col[i] + 1, t.endLine[i], t.endCol[i] + 1));
}

/** An error raised where CPython's action raises it, at token `i`. */
function actionErrorAt(p: Parser, i: number, msg: string): PySyntaxError {
  const t = p.toks;
  return p.fatal(p.errorAt(msg, t.line[i], t.col[i] + 1, t.endLine[i], t.endCol[i] + 1));
}

/**
 * Source bytes that were not UTF-8 reach a literal as lone surrogates U+DC80–U+DCFF (see
 * decodeSource); CPython notices them only when it decodes the literal.
 */
const UNDECODABLE_BYTE = /(?<![\uD800-\uDBFF])[\uDC80-\uDCFF]/;

function rejectUndecodableBytes(p: Parser, i: number, body: string): void {
  if (!UNDECODABLE_BYTE.test(body)) return;
  const t = p.toks;
  const msg = `(unicode error) ${utf8ErrorMessage(escapedBytes(body))}`;
  throw p.fatal(p.errorAt(msg, t.line[i], t.col[i] + 1, t.endLine[i], t.endCol[i] + 1));
}

/** Decodes the body of string token `i` (or an f-string part), reporting warnings at its line. */
function decodeText(p: Parser, i: number, body: string, raw: boolean, fstring: boolean): string | SplitSurrogateStr {
  rejectUndecodableBytes(p, i, body);
  try {
    return decodeStringLiteral(body, raw, warningHandler(p, i), fstring);
  } catch (e) {
    throw literalError(p, i, e);
  }
}

function decodeBytes(p: Parser, i: number, body: string, raw: boolean): Uint8Array {
  rejectUndecodableBytes(p, i, body);
  try {
    return decodeBytesLiteral(body, raw, warningHandler(p, i));
  } catch (e) {
    throw literalError(p, i, e);
  }
}

function warningHandler(p: Parser, i: number): ((message: string) => void) | null {
  const onWarning = p.options.onWarning;
  if (onWarning === undefined) return null;
  const t = p.toks;
  return (message) => onWarning(message, t.line[i], t.col[i]);
}

/** `strings`: one or more adjacent STRING / f-string literals. */
export function parseStrings(p: Parser): expr {
  const start = p.pos;
  const t = p.toks;
  let sawBytes = false;
  let sawText = false;
  let sawFString = false;
  const parts = new PartList();
  let bytes: Uint8Array[] | null = null;
  let kind: string | null = null;
  for (;;) {
    const k = p.peek();
    if (k === Tok.STRING) {
      const i = p.pos++;
      const text = p.valueAt(i);
      const flags = stringPrefix(text);
      let prefixLength = 0;
      while (text.charCodeAt(prefixLength) !== 0x22 && text.charCodeAt(prefixLength) !== 0x27) prefixLength++;
      const quote = text.charCodeAt(prefixLength);
      const triple = text.length >= prefixLength + 6 && text.charCodeAt(prefixLength + 1) === quote && text.charCodeAt(prefixLength + 2) === quote;
      const quoteLength = triple ? 3 : 1;
      const body = text.slice(prefixLength + quoteLength, text.length - quoteLength);
      const raw = (flags & StringPrefix.RAW) !== 0;
      if (i === start && (flags & StringPrefix.UNICODE) !== 0) kind = 'u';
      if (flags & StringPrefix.BYTES) {
        sawBytes = true;
        (bytes ??= []).push(decodeBytes(p, i, body, raw));
      } else {
        sawText = true;
        parts.addText(decodeText(p, i, body, raw, false), t.line[i], t.col[i], t.endLine[i], t.endCol[i]);
      }
    } else if (k === Tok.FSTRING_START) {
      sawText = true;
      sawFString = true;
      parseFString(p, parts);
    } else {
      break;
    }
  }
  if (sawBytes && sawText) {
    throw actionErrorAt(p, p.toks.count - 1, 'cannot mix bytes and nonbytes literals');
  }
  const line = t.line[start];
  const col = t.col[start];
  const endLine = p.endLine();
  const endCol = p.endCol();
  if (sawBytes) {
    return new Constant(new BytesConstant(concatBytes(bytes as Uint8Array[])), null, line, col, endLine, endCol);
  }
  const values = parts.finish();
  if (sawFString) return new JoinedStr(values, line, col, endLine, endCol);
  const value = values.length === 0 ? '' : ((values[0] as Constant).value as string | SplitSurrogateStr);
  return new Constant(value, kind, line, col, endLine, endCol);
}

function concatBytes(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  let length = 0;
  for (const c of chunks) length += c.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** One f-string, FSTRING_START through FSTRING_END, adding its parts to `parts`. */
function parseFString(p: Parser, parts: PartList): void {
  const startTok = p.pos++;
  const raw = (stringPrefix(p.source.slice(p.toks.start[startTok], p.toks.end[startTok])) & StringPrefix.RAW) !== 0;
  for (;;) {
    const k = p.peek();
    if (k === Tok.FSTRING_MIDDLE) {
      addMiddle(p, parts, raw);
    } else if (k === Tok.LBRACE) {
      parseReplacementField(p, parts, raw);
    } else if (k === Tok.FSTRING_END) {
      p.pos++;
      return;
    } else {
      p.fail();
    }
  }
}

function addMiddle(p: Parser, parts: PartList, raw: boolean): void {
  const i = p.pos++;
  const t = p.toks;
  const text = p.valueAt(i);
  if (text === '') return;
  parts.addText(decodeText(p, i, text, raw, true), t.line[i], t.col[i], t.endLine[i], t.endCol[i]);
}

/**
 * The text of a `{expr=}` field as CPython echoes it: the source between `{` and the
 * conversion, spec or `}`, less comments (which a multi-line field may hold).
 */
function withoutComments(text: string): string {
  if (!text.includes('#')) return text;
  let out = '';
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote !== '') {
      out += c;
      if (c === '\\') out += text[++i] ?? '';
      else if (text.startsWith(quote, i)) {
        out += quote.slice(1);
        i += quote.length - 1;
        quote = '';
      }
    } else if (c === '"' || c === "'") {
      quote = text.startsWith(c + c + c, i) ? c + c + c : c;
      out += quote;
      i += quote.length - 1;
    } else if (c === '#') {
      while (i + 1 < text.length && text[i + 1] !== '\n') i++;
    } else {
      out += c;
    }
  }
  return out;
}

const CONVERSIONS: Record<string, number> = { s: 0x73, r: 0x72, a: 0x61 };

/** `{expression[=][!conversion][:format_spec]}` inside an f-string. */
function parseReplacementField(p: Parser, parts: PartList, raw: boolean): void {
  const open = p.pos++;
  const t = p.toks;
  p.fstringDepth++;
  const k = p.peek();
  if (k === Tok.EQUAL || k === Tok.EXCLAMATION || k === Tok.COLON || k === Tok.RBRACE) {
    const what = k === Tok.EQUAL ? '=' : k === Tok.EXCLAMATION ? '!' : k === Tok.COLON ? ':' : '}';
    p.raiseAtToken(p.pos, `f-string: valid expression required before '${what}'`);
  }
  // The longest expression PEG reads here (the checks below then see what follows it); where
  // none, invalid_fstring_replacement_field's `'{' !annotated_rhs`. A specific error says more.
  let value: expr;
  try {
    value = parseWithRecovery(p, k === Tok.KW_YIELD ? parseYieldExpression : parseStarExpressions);
  } catch (e) {
    if (!p.isGenericFailure(e)) throw e;
    p.raiseAtToken(open + 1, "f-string: expecting a valid expression after '{'");
  }
  let debugText: string | null = null;
  if (p.peek() === Tok.EQUAL) {
    p.pos++;
    const next = p.peek();
    if (next !== Tok.EXCLAMATION && next !== Tok.COLON && next !== Tok.RBRACE) {
      p.raiseAtToken(p.pos, "f-string: expecting '!', or ':', or '}'");
    }
    debugText = withoutComments(p.source.slice(t.end[open], t.start[p.pos]));
  }
  let conversion = -1;
  let conversionTok = -1;
  if (p.peek() === Tok.EXCLAMATION) {
    const bang = p.pos++;
    const next = p.peek();
    if (next === Tok.COLON || next === Tok.RBRACE) p.raiseAtToken(p.pos, 'f-string: missing conversion character');
    if (next !== Tok.NAME) p.raiseAtToken(p.pos, 'f-string: invalid conversion character');
    conversionTok = p.pos++;
    if (t.start[conversionTok] !== t.end[bang]) {
      const b = p.tokenLoc(bang);
      const msg = 'f-string: conversion type must come right after the exclamanation mark';
      throw p.fatal(p.errorAt(msg, b.lineno, b.col_offset + 1, t.endLine[conversionTok], t.endCol[conversionTok] + 1));
    }
    // Which characters convert is checked once the whole field has parsed (below).
    conversion = CONVERSIONS[p.valueAt(conversionTok)] ?? 0;
    const after = p.peek();
    if (after !== Tok.COLON && after !== Tok.RBRACE) p.raiseAtToken(p.pos, "f-string: expecting ':' or '}'");
  }
  let formatSpec: JoinedStr | null = null;
  if (p.peek() === Tok.COLON) {
    const colon = p.pos++;
    const spec = new PartList();
    for (;;) {
      const sk = p.peek();
      if (sk === Tok.FSTRING_MIDDLE) addMiddle(p, spec, raw);
      else if (sk === Tok.LBRACE) parseReplacementField(p, spec, raw);
      else break;
    }
    if (p.peek() !== Tok.RBRACE) p.raiseAtToken(p.pos, "f-string: expecting '}', or format specs");
    const last = p.pos - 1;
    formatSpec = new JoinedStr(spec.finish(), t.line[colon], t.col[colon], t.endLine[last], t.endCol[last]);
  }
  if (p.peek() !== Tok.RBRACE) {
    if (debugText === null && conversion === -1) p.raiseAtToken(p.pos, "f-string: expecting '=', or '!', or ':', or '}'");
    p.raiseAtToken(p.pos, "f-string: expecting '}'");
  }
  if (conversionTok >= 0 && CONVERSIONS[p.valueAt(conversionTok)] === undefined) {
    // The action of the whole field (`_PyPegen_formatted_value`).
    const name = p.valueAt(conversionTok);
    throw actionErrorAt(p, conversionTok, `f-string: invalid conversion character '${name}': expected 's', 'r', or 'a'`);
  }
  const close = p.pos++;
  p.fstringDepth--;
  if (debugText !== null) {
    // The expression's text, `=` and surrounding spaces included, precedes its value.
    let endLine: number;
    let endCol: number;
    if (conversionTok >= 0) {
      endLine = t.line[conversionTok];
      endCol = t.col[conversionTok] - 1;
    } else if (formatSpec !== null) {
      endLine = formatSpec.lineno;
      endCol = formatSpec.col_offset;
    } else {
      endLine = t.endLine[close];
      endCol = t.endCol[close] - 1;
    }
    parts.addText(debugText, t.line[open], t.col[open] + 1, endLine, endCol);
    if (conversion === -1 && formatSpec === null) conversion = CONVERSIONS.r;
  }
  parts.addValue(new FormattedValue(value, conversion, formatSpec, t.line[open], t.col[open], t.endLine[close], t.endCol[close]));
}

