// Tests of the tokenizer (src/compiler/tokenizer.ts) and of source decoding
// (src/compiler/source.ts). The expected token streams and errors below were produced by
// CPython 3.13.0: the token stream its parser reads from the C tokenizer (positions as
// pegen sees them: NEWLINE spans its newline, INDENT/DEDENT/ENDMARKER have column -1), and
// the SyntaxError compile() raises. scripts/compare-tokens.ts checks the same against a
// live CPython over the whole standard library.
import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import { PySyntaxError } from '../src/compiler/errors';
import { decodeSource, escapedBytes, utf8ErrorMessage } from '../src/compiler/source';
import { Tokenizer, TokenizerOptions } from '../src/compiler/tokenizer';
import { Tok, TOKEN_TEXT, cpythonTokenName } from '../src/compiler/tokens';

type ErrorFields = [string, string, number | null, number | null, number | null, number | null, string | null];

const VALUED = new Set([Tok.NAME, Tok.NUMBER, Tok.STRING, Tok.FSTRING_MIDDLE, Tok.TYPE_COMMENT, Tok.OP]);

function tokenize(source: string, options?: TokenizerOptions): Tokenizer {
  const tz = new Tokenizer(source, 'f.py', options);
  while (tz.next() !== Tok.ENDMARKER);
  return tz;
}

/** Tokens as `KIND "text" line:col-endLine:endCol`, keywords shown as NAME with their text. */
function render(tz: Tokenizer): string[] {
  const t = tz.tokens;
  const out: string[] = [];
  for (let i = 0; i < t.count; i++) {
    const k = t.kind[i] as Tok;
    const pos = `${t.line[i]}:${t.col[i]}-${t.endLine[i]}:${t.endCol[i]}`;
    if (k >= Tok.KW_FALSE) out.push(`NAME ${JSON.stringify(TOKEN_TEXT[k])} ${pos}`);
    else if (VALUED.has(k)) out.push(`${cpythonTokenName(k)} ${JSON.stringify(t.value[i])} ${pos}`);
    else out.push(`${cpythonTokenName(k)} ${pos}`);
  }
  return out;
}

function errorFields(e: unknown): ErrorFields {
  assert.ok(e instanceof PySyntaxError, `expected a PySyntaxError, got ${e}`);
  return [e.type, e.msg, e.lineno, e.offset, e.endLineno, e.endOffset, e.text];
}

const STREAMS: [string, string, string[]][] = [
  ["newlines and indentation", "if x:\n    y = 1\n\n    # comment\n        \n    z\nw\n", [
    "NAME \"if\" 1:0-1:2", "NAME \"x\" 1:3-1:4", "COLON 1:4-1:5", "NEWLINE 1:5-1:6", "INDENT 2:-1-2:-1",
    "NAME \"y\" 2:4-2:5", "EQUAL 2:6-2:7", "NUMBER \"1\" 2:8-2:9", "NEWLINE 2:9-2:10", "NAME \"z\" 6:4-6:5",
    "NEWLINE 6:5-6:6", "DEDENT 7:-1-7:-1", "NAME \"w\" 7:0-7:1", "NEWLINE 7:1-7:2", "ENDMARKER 7:-1-7:-1",
  ]],
  ["no final newline", "if x:\n  y", [
    "NAME \"if\" 1:0-1:2", "NAME \"x\" 1:3-1:4", "COLON 1:4-1:5", "NEWLINE 1:5-1:6", "INDENT 2:-1-2:-1",
    "NAME \"y\" 2:2-2:3", "NEWLINE 2:3-2:4", "DEDENT 2:-1-2:-1", "ENDMARKER 2:-1-2:-1",
  ]],
  ["empty source", "", [
    "ENDMARKER 0:-1-0:-1",
  ]],
  ["only blank lines and comments", "\n\n# c\n   # d\n", [
    "ENDMARKER 4:-1-4:-1",
  ]],
  ["nested blocks close at the end", "class C:\n  def f():\n    pass\n", [
    "NAME \"class\" 1:0-1:5", "NAME \"C\" 1:6-1:7", "COLON 1:7-1:8", "NEWLINE 1:8-1:9", "INDENT 2:-1-2:-1",
    "NAME \"def\" 2:2-2:5", "NAME \"f\" 2:6-2:7", "LPAR 2:7-2:8", "RPAR 2:8-2:9", "COLON 2:9-2:10",
    "NEWLINE 2:10-2:11", "INDENT 3:-1-3:-1", "NAME \"pass\" 3:4-3:8", "NEWLINE 3:8-3:9", "DEDENT 3:-1-3:-1",
    "DEDENT 3:-1-3:-1", "ENDMARKER 3:-1-3:-1",
  ]],
  ["newline after a comment starts at the #", "x = 1  # hi\n", [
    "NAME \"x\" 1:0-1:1", "EQUAL 1:2-1:3", "NUMBER \"1\" 1:4-1:5", "NEWLINE 1:7-1:12", "ENDMARKER 1:-1-1:-1",
  ]],
  ["no NEWLINE inside brackets", "x = (1,\n  2)\n", [
    "NAME \"x\" 1:0-1:1", "EQUAL 1:2-1:3", "LPAR 1:4-1:5", "NUMBER \"1\" 1:5-1:6", "COMMA 1:6-1:7",
    "NUMBER \"2\" 2:2-2:3", "RPAR 2:3-2:4", "NEWLINE 2:4-2:5", "ENDMARKER 2:-1-2:-1",
  ]],
  ["backslash continuation", "x = 1 + \\\n  2\n", [
    "NAME \"x\" 1:0-1:1", "EQUAL 1:2-1:3", "NUMBER \"1\" 1:4-1:5", "PLUS 1:6-1:7", "NUMBER \"2\" 2:2-2:3",
    "NEWLINE 2:3-2:4", "ENDMARKER 2:-1-2:-1",
  ]],
  ["backslash before a blank line", "x = 1 \\\n\n", [
    "NAME \"x\" 1:0-1:1", "EQUAL 1:2-1:3", "NUMBER \"1\" 1:4-1:5", "NEWLINE 2:0-2:1", "ENDMARKER 2:-1-2:-1",
  ]],
  ["backslash in indentation", "if x:\n    \\\n  y\n", [
    "NAME \"if\" 1:0-1:2", "NAME \"x\" 1:3-1:4", "COLON 1:4-1:5", "NEWLINE 1:5-1:6", "INDENT 3:-1-3:-1",
    "NAME \"y\" 3:2-3:3", "NEWLINE 3:3-3:4", "DEDENT 3:-1-3:-1", "ENDMARKER 3:-1-3:-1",
  ]],
  ["form feed resets the indentation", "if x:\n\f  y\n", [
    "NAME \"if\" 1:0-1:2", "NAME \"x\" 1:3-1:4", "COLON 1:4-1:5", "NEWLINE 1:5-1:6", "INDENT 2:-1-2:-1",
    "NAME \"y\" 2:3-2:4", "NEWLINE 2:4-2:5", "DEDENT 2:-1-2:-1", "ENDMARKER 2:-1-2:-1",
  ]],
  ["tabs", "if x:\n\ty\n\tif z:\n\t\tw\n", [
    "NAME \"if\" 1:0-1:2", "NAME \"x\" 1:3-1:4", "COLON 1:4-1:5", "NEWLINE 1:5-1:6", "INDENT 2:-1-2:-1",
    "NAME \"y\" 2:1-2:2", "NEWLINE 2:2-2:3", "NAME \"if\" 3:1-3:3", "NAME \"z\" 3:4-3:5", "COLON 3:5-3:6",
    "NEWLINE 3:6-3:7", "INDENT 4:-1-4:-1", "NAME \"w\" 4:2-4:3", "NEWLINE 4:3-4:4", "DEDENT 4:-1-4:-1",
    "DEDENT 4:-1-4:-1", "ENDMARKER 4:-1-4:-1",
  ]],
  ["CRLF and CR newlines", "x\r\n  y\r\nz\r", [
    "NAME \"x\" 1:0-1:1", "NEWLINE 1:1-1:2", "INDENT 2:-1-2:-1", "NAME \"y\" 2:2-2:3", "NEWLINE 2:3-2:4",
    "DEDENT 3:-1-3:-1", "NAME \"z\" 3:0-3:1", "NEWLINE 3:1-3:2", "ENDMARKER 3:-1-3:-1",
  ]],
  ["semicolons", "x = 1; y = 2;\n", [
    "NAME \"x\" 1:0-1:1", "EQUAL 1:2-1:3", "NUMBER \"1\" 1:4-1:5", "SEMI 1:5-1:6", "NAME \"y\" 1:7-1:8",
    "EQUAL 1:9-1:10", "NUMBER \"2\" 1:11-1:12", "SEMI 1:12-1:13", "NEWLINE 1:13-1:14", "ENDMARKER 1:-1-1:-1",
  ]],
  ["numbers", "0 00 0_0 1_000 0x_fF 0o17 0b1_0 1. .5 1.5e-3 1E+5J 1j 0e0 09.5 09e1 09j 1_0.0_1e1_0\n", [
    "NUMBER \"0\" 1:0-1:1", "NUMBER \"00\" 1:2-1:4", "NUMBER \"0_0\" 1:5-1:8", "NUMBER \"1_000\" 1:9-1:14",
    "NUMBER \"0x_fF\" 1:15-1:20", "NUMBER \"0o17\" 1:21-1:25", "NUMBER \"0b1_0\" 1:26-1:31",
    "NUMBER \"1.\" 1:32-1:34", "NUMBER \".5\" 1:35-1:37", "NUMBER \"1.5e-3\" 1:38-1:44",
    "NUMBER \"1E+5J\" 1:45-1:50", "NUMBER \"1j\" 1:51-1:53", "NUMBER \"0e0\" 1:54-1:57", "NUMBER \"09.5\" 1:58-1:62",
    "NUMBER \"09e1\" 1:63-1:67", "NUMBER \"09j\" 1:68-1:71", "NUMBER \"1_0.0_1e1_0\" 1:72-1:83", "NEWLINE 1:83-1:84",
    "ENDMARKER 1:-1-1:-1",
  ]],
  ["number before a keyword", "x = 1if y else 2\n", [
    "NAME \"x\" 1:0-1:1", "EQUAL 1:2-1:3", "NUMBER \"1\" 1:4-1:5", "NAME \"if\" 1:5-1:7", "NAME \"y\" 1:8-1:9",
    "NAME \"else\" 1:10-1:14", "NUMBER \"2\" 1:15-1:16", "NEWLINE 1:16-1:17", "ENDMARKER 1:-1-1:-1",
  ]],
  ["strings and prefixes", "a = 'x' \"y\" b'z' rb'\\d' Rb\"q\" bR'w' u'u' r'''r\nr''' \"\"\"t\"\"\" '' \"\" ''''''\n", [
    "NAME \"a\" 1:0-1:1", "EQUAL 1:2-1:3", "STRING \"'x'\" 1:4-1:7", "STRING \"\\\"y\\\"\" 1:8-1:11",
    "STRING \"b'z'\" 1:12-1:16", "STRING \"rb'\\\\d'\" 1:17-1:23", "STRING \"Rb\\\"q\\\"\" 1:24-1:29",
    "STRING \"bR'w'\" 1:30-1:35", "STRING \"u'u'\" 1:36-1:40", "STRING \"r'''r\\nr'''\" 1:41-2:4",
    "STRING \"\\\"\\\"\\\"t\\\"\\\"\\\"\" 2:5-2:12", "STRING \"''\" 2:13-2:15", "STRING \"\\\"\\\"\" 2:16-2:18",
    "STRING \"''''''\" 2:19-2:25", "NEWLINE 2:25-2:26", "ENDMARKER 2:-1-2:-1",
  ]],
  ["escaped quote", "x = 'a\\'b' \"c\\\"\"\n", [
    "NAME \"x\" 1:0-1:1", "EQUAL 1:2-1:3", "STRING \"'a\\\\'b'\" 1:4-1:10", "STRING \"\\\"c\\\\\\\"\\\"\" 1:11-1:16",
    "NEWLINE 1:16-1:17", "ENDMARKER 1:-1-1:-1",
  ]],
  ["operators, longest match", "a **= b //= c >>= d <<= e -> f := g != h <> i ... j .. k ! l @= m ~ n ^ o | p & q % r\n", [
    "NAME \"a\" 1:0-1:1", "DOUBLESTAREQUAL 1:2-1:5", "NAME \"b\" 1:6-1:7", "DOUBLESLASHEQUAL 1:8-1:11",
    "NAME \"c\" 1:12-1:13", "RIGHTSHIFTEQUAL 1:14-1:17", "NAME \"d\" 1:18-1:19", "LEFTSHIFTEQUAL 1:20-1:23",
    "NAME \"e\" 1:24-1:25", "RARROW 1:26-1:28", "NAME \"f\" 1:29-1:30", "COLONEQUAL 1:31-1:33",
    "NAME \"g\" 1:34-1:35", "NOTEQUAL 1:36-1:38", "NAME \"h\" 1:39-1:40", "NOTEQUAL 1:41-1:43",
    "NAME \"i\" 1:44-1:45", "ELLIPSIS 1:46-1:49", "NAME \"j\" 1:50-1:51", "DOT 1:52-1:53", "DOT 1:53-1:54",
    "NAME \"k\" 1:55-1:56", "EXCLAMATION 1:57-1:58", "NAME \"l\" 1:59-1:60", "ATEQUAL 1:61-1:63",
    "NAME \"m\" 1:64-1:65", "TILDE 1:66-1:67", "NAME \"n\" 1:68-1:69", "CIRCUMFLEX 1:70-1:71",
    "NAME \"o\" 1:72-1:73", "VBAR 1:74-1:75", "NAME \"p\" 1:76-1:77", "AMPER 1:78-1:79", "NAME \"q\" 1:80-1:81",
    "PERCENT 1:82-1:83", "NAME \"r\" 1:84-1:85", "NEWLINE 1:85-1:86", "ENDMARKER 1:-1-1:-1",
  ]],
  ["keywords are their own kinds, soft keywords stay names", "match x:\n  case _: pass\ntype X = int\nawait async\n", [
    "NAME \"match\" 1:0-1:5", "NAME \"x\" 1:6-1:7", "COLON 1:7-1:8", "NEWLINE 1:8-1:9", "INDENT 2:-1-2:-1",
    "NAME \"case\" 2:2-2:6", "NAME \"_\" 2:7-2:8", "COLON 2:8-2:9", "NAME \"pass\" 2:10-2:14", "NEWLINE 2:14-2:15",
    "DEDENT 3:-1-3:-1", "NAME \"type\" 3:0-3:4", "NAME \"X\" 3:5-3:6", "EQUAL 3:7-3:8", "NAME \"int\" 3:9-3:12",
    "NEWLINE 3:12-3:13", "NAME \"await\" 4:0-4:5", "NAME \"async\" 4:6-4:11", "NEWLINE 4:11-4:12",
    "ENDMARKER 4:-1-4:-1",
  ]],
  ["non-ASCII names are NFKC-normalized", "ﬁ = ℌ + x·y + ｉｆ\n", [
    "NAME \"fi\" 1:0-1:3", "EQUAL 1:4-1:5", "NAME \"H\" 1:6-1:9", "PLUS 1:10-1:11", "NAME \"x·y\" 1:12-1:16",
    "PLUS 1:17-1:18", "NAME \"if\" 1:19-1:25", "NEWLINE 1:25-1:26", "ENDMARKER 1:-1-1:-1",
  ]],
  ["unknown printable characters are OP", "x $ y ? `\n", [
    "NAME \"x\" 1:0-1:1", "OP \"$\" 1:2-1:3", "NAME \"y\" 1:4-1:5", "OP \"?\" 1:6-1:7", "OP \"`\" 1:8-1:9",
    "NEWLINE 1:9-1:10", "ENDMARKER 1:-1-1:-1",
  ]],
  ["f-string from the brief", "x = f\"a{{b}}c{x!r:>{w}} {y=}\"\n", [
    "NAME \"x\" 1:0-1:1", "EQUAL 1:2-1:3", "FSTRING_START 1:4-1:6", "FSTRING_MIDDLE \"a{\" 1:6-1:9",
    "FSTRING_MIDDLE \"b}\" 1:9-1:12", "FSTRING_MIDDLE \"c\" 1:12-1:13", "LBRACE 1:13-1:14", "NAME \"x\" 1:14-1:15",
    "EXCLAMATION 1:15-1:16", "NAME \"r\" 1:16-1:17", "COLON 1:17-1:18", "FSTRING_MIDDLE \">\" 1:18-1:19",
    "LBRACE 1:19-1:20", "NAME \"w\" 1:20-1:21", "RBRACE 1:21-1:22", "FSTRING_MIDDLE \"\" 1:22-1:22",
    "RBRACE 1:22-1:23", "FSTRING_MIDDLE \" \" 1:23-1:24", "LBRACE 1:24-1:25", "NAME \"y\" 1:25-1:26",
    "EQUAL 1:26-1:27", "RBRACE 1:27-1:28", "FSTRING_END 1:28-1:29", "NEWLINE 1:29-1:30", "ENDMARKER 1:-1-1:-1",
  ]],
  ["f-string nested format specs", "f\"{x:{y:{z}}}\"\n", [
    "FSTRING_START 1:0-1:2", "LBRACE 1:2-1:3", "NAME \"x\" 1:3-1:4", "COLON 1:4-1:5", "LBRACE 1:5-1:6",
    "NAME \"y\" 1:6-1:7", "COLON 1:7-1:8", "LBRACE 1:8-1:9", "NAME \"z\" 1:9-1:10", "RBRACE 1:10-1:11",
    "FSTRING_MIDDLE \"\" 1:11-1:11", "RBRACE 1:11-1:12", "FSTRING_MIDDLE \"\" 1:12-1:12", "RBRACE 1:12-1:13",
    "FSTRING_END 1:13-1:14", "NEWLINE 1:14-1:15", "ENDMARKER 1:-1-1:-1",
  ]],
  ["f-string debug and conversion", "f\"{x=!r:^20}\" f\"{ x = }\"\n", [
    "FSTRING_START 1:0-1:2", "LBRACE 1:2-1:3", "NAME \"x\" 1:3-1:4", "EQUAL 1:4-1:5", "EXCLAMATION 1:5-1:6",
    "NAME \"r\" 1:6-1:7", "COLON 1:7-1:8", "FSTRING_MIDDLE \"^20\" 1:8-1:11", "RBRACE 1:11-1:12",
    "FSTRING_END 1:12-1:13", "FSTRING_START 1:14-1:16", "LBRACE 1:16-1:17", "NAME \"x\" 1:18-1:19",
    "EQUAL 1:20-1:21", "RBRACE 1:22-1:23", "FSTRING_END 1:23-1:24", "NEWLINE 1:24-1:25", "ENDMARKER 1:-1-1:-1",
  ]],
  ["triple-quoted f-string across lines", "f\"\"\"a\n{\nx\n}b\"\"\"\n", [
    "FSTRING_START 1:0-1:4", "FSTRING_MIDDLE \"a\\n\" 1:4-2:0", "LBRACE 2:0-2:1", "NAME \"x\" 3:0-3:1",
    "RBRACE 4:0-4:1", "FSTRING_MIDDLE \"b\" 4:1-4:2", "FSTRING_END 4:2-4:5", "NEWLINE 4:5-4:6",
    "ENDMARKER 4:-1-4:-1",
  ]],
  ["nested f-strings and quotes", "f'{a[\"b\"]}' f\"{f\"{x}\"}\" f'''{'''x'''}'''\n", [
    "FSTRING_START 1:0-1:2", "LBRACE 1:2-1:3", "NAME \"a\" 1:3-1:4", "LSQB 1:4-1:5", "STRING \"\\\"b\\\"\" 1:5-1:8",
    "RSQB 1:8-1:9", "RBRACE 1:9-1:10", "FSTRING_END 1:10-1:11", "FSTRING_START 1:12-1:14", "LBRACE 1:14-1:15",
    "FSTRING_START 1:15-1:17", "LBRACE 1:17-1:18", "NAME \"x\" 1:18-1:19", "RBRACE 1:19-1:20",
    "FSTRING_END 1:20-1:21", "RBRACE 1:21-1:22", "FSTRING_END 1:22-1:23", "FSTRING_START 1:24-1:28",
    "LBRACE 1:28-1:29", "STRING \"'''x'''\" 1:29-1:36", "RBRACE 1:36-1:37", "FSTRING_END 1:37-1:40",
    "NEWLINE 1:40-1:41", "ENDMARKER 1:-1-1:-1",
  ]],
  ["empty format spec and lambda", "f\"{x:}\" f\"{lambda x:1}\" f\"{x:=1}\" f\"{(x:=1)}\"\n", [
    "FSTRING_START 1:0-1:2", "LBRACE 1:2-1:3", "NAME \"x\" 1:3-1:4", "COLON 1:4-1:5", "FSTRING_MIDDLE \"\" 1:5-1:5",
    "RBRACE 1:5-1:6", "FSTRING_END 1:6-1:7", "FSTRING_START 1:8-1:10", "LBRACE 1:10-1:11",
    "NAME \"lambda\" 1:11-1:17", "NAME \"x\" 1:18-1:19", "COLON 1:19-1:20", "FSTRING_MIDDLE \"1\" 1:20-1:21",
    "RBRACE 1:21-1:22", "FSTRING_END 1:22-1:23", "FSTRING_START 1:24-1:26", "LBRACE 1:26-1:27",
    "NAME \"x\" 1:27-1:28", "COLON 1:28-1:29", "FSTRING_MIDDLE \"=1\" 1:29-1:31", "RBRACE 1:31-1:32",
    "FSTRING_END 1:32-1:33", "FSTRING_START 1:34-1:36", "LBRACE 1:36-1:37", "LPAR 1:37-1:38", "NAME \"x\" 1:38-1:39",
    "COLONEQUAL 1:39-1:41", "NUMBER \"1\" 1:41-1:42", "RPAR 1:42-1:43", "RBRACE 1:43-1:44", "FSTRING_END 1:44-1:45",
    "NEWLINE 1:45-1:46", "ENDMARKER 1:-1-1:-1",
  ]],
  ["doubled braces", "f\"{{}}\" f\"}}\" f\"{{{x}}}\"\n", [
    "FSTRING_START 1:0-1:2", "FSTRING_MIDDLE \"{\" 1:2-1:4", "FSTRING_MIDDLE \"}\" 1:4-1:6", "FSTRING_END 1:6-1:7",
    "FSTRING_START 1:8-1:10", "FSTRING_MIDDLE \"}\" 1:10-1:12", "FSTRING_END 1:12-1:13", "FSTRING_START 1:14-1:16",
    "FSTRING_MIDDLE \"{\" 1:16-1:18", "LBRACE 1:18-1:19", "NAME \"x\" 1:19-1:20", "RBRACE 1:20-1:21",
    "FSTRING_MIDDLE \"}\" 1:21-1:23", "FSTRING_END 1:23-1:24", "NEWLINE 1:24-1:25", "ENDMARKER 1:-1-1:-1",
  ]],
  ["named escapes and backslashes", "f\"\\N{BULLET} {x}\" rf\"\\{x}\" f\"\\{x}\"\n", [
    "FSTRING_START 1:0-1:2", "FSTRING_MIDDLE \"\\\\N{BULLET}\" 1:2-1:12", "FSTRING_MIDDLE \" \" 1:12-1:13",
    "LBRACE 1:13-1:14", "NAME \"x\" 1:14-1:15", "RBRACE 1:15-1:16", "FSTRING_END 1:16-1:17",
    "FSTRING_START 1:18-1:21", "FSTRING_MIDDLE \"\\\\\" 1:21-1:22", "LBRACE 1:22-1:23", "NAME \"x\" 1:23-1:24",
    "RBRACE 1:24-1:25", "FSTRING_END 1:25-1:26", "FSTRING_START 1:27-1:29", "FSTRING_MIDDLE \"\\\\\" 1:29-1:30",
    "LBRACE 1:30-1:31", "NAME \"x\" 1:31-1:32", "RBRACE 1:32-1:33", "FSTRING_END 1:33-1:34", "NEWLINE 1:34-1:35",
    "ENDMARKER 1:-1-1:-1",
  ]],
  ["format spec ends at a newline", "f\"{x:%H\n}\"\n", [
    "FSTRING_START 1:0-1:2", "LBRACE 1:2-1:3", "NAME \"x\" 1:3-1:4", "COLON 1:4-1:5",
    "FSTRING_MIDDLE \"%H\" 1:5-1:7", "RBRACE 2:0-2:1", "FSTRING_END 2:1-2:2", "NEWLINE 2:2-2:3",
    "ENDMARKER 2:-1-2:-1",
  ]],
  ["comment inside a replacement field", "f\"{x # c\n}\"\n", [
    "FSTRING_START 1:0-1:2", "LBRACE 1:2-1:3", "NAME \"x\" 1:3-1:4", "RBRACE 2:0-2:1", "FSTRING_END 2:1-2:2",
    "NEWLINE 2:2-2:3", "ENDMARKER 2:-1-2:-1",
  ]],
  ["f-string concatenation", "f\"a\" \"b\" rf'c' F\"d\" fR\"e\"\n", [
    "FSTRING_START 1:0-1:2", "FSTRING_MIDDLE \"a\" 1:2-1:3", "FSTRING_END 1:3-1:4", "STRING \"\\\"b\\\"\" 1:5-1:8",
    "FSTRING_START 1:9-1:12", "FSTRING_MIDDLE \"c\" 1:12-1:13", "FSTRING_END 1:13-1:14", "FSTRING_START 1:15-1:17",
    "FSTRING_MIDDLE \"d\" 1:17-1:18", "FSTRING_END 1:18-1:19", "FSTRING_START 1:20-1:23",
    "FSTRING_MIDDLE \"e\" 1:23-1:24", "FSTRING_END 1:24-1:25", "NEWLINE 1:25-1:26", "ENDMARKER 1:-1-1:-1",
  ]],
];

const TYPE_COMMENT_STREAMS: [string, string, string[]][] = [
  ["type comments", "x = 1  # type: int\nx = 1  #type:int\nx = 1  #  type :int\nx = 1 #\ttype:\t  int  \n", [
    "NAME \"x\" 1:0-1:1", "EQUAL 1:2-1:3", "NUMBER \"1\" 1:4-1:5", "TYPE_COMMENT \"int\" 1:15-1:18",
    "NEWLINE 1:18-1:19", "NAME \"x\" 2:0-2:1", "EQUAL 2:2-2:3", "NUMBER \"1\" 2:4-2:5",
    "TYPE_COMMENT \"int\" 2:13-2:16", "NEWLINE 2:16-2:17", "NAME \"x\" 3:0-3:1", "EQUAL 3:2-3:3",
    "NUMBER \"1\" 3:4-3:5", "NEWLINE 3:7-3:20", "NAME \"x\" 4:0-4:1", "EQUAL 4:2-4:3", "NUMBER \"1\" 4:4-4:5",
    "TYPE_COMMENT \"int  \" 4:16-4:21", "NEWLINE 4:21-4:22", "ENDMARKER 4:-1-4:-1",
  ]],
  ["type comment on its own line", "def f():\n  # type: () -> None\n  pass\n", [
    "NAME \"def\" 1:0-1:3", "NAME \"f\" 1:4-1:5", "LPAR 1:5-1:6", "RPAR 1:6-1:7", "COLON 1:7-1:8", "NEWLINE 1:8-1:9",
    "TYPE_COMMENT \"() -> None\" 2:10-2:20", "NEWLINE 2:20-2:21", "INDENT 3:-1-3:-1", "NAME \"pass\" 3:2-3:6",
    "NEWLINE 3:6-3:7", "DEDENT 3:-1-3:-1", "ENDMARKER 3:-1-3:-1",
  ]],
  ["type: ignore", "import x  # type: ignore\nimport y  # type: ignore[abc] foo\n# type: ignore\nz  # type: ignored\nz  # type: ignore-x\n", [
    "NAME \"import\" 1:0-1:6", "NAME \"x\" 1:7-1:8", "NEWLINE 1:24-1:25", "NAME \"import\" 2:0-2:6",
    "NAME \"y\" 2:7-2:8", "NEWLINE 2:33-2:34", "NAME \"z\" 4:0-4:1", "TYPE_COMMENT \"ignored\" 4:11-4:18",
    "NEWLINE 4:18-4:19", "NAME \"z\" 5:0-5:1", "NEWLINE 5:19-5:20", "ENDMARKER 5:-1-5:-1",
  ]],
  ["type: ignore alone in a block", "if x:\n  y\n  # type: ignore\nz", [
    "NAME \"if\" 1:0-1:2", "NAME \"x\" 1:3-1:4", "COLON 1:4-1:5", "NEWLINE 1:5-1:6", "INDENT 2:-1-2:-1",
    "NAME \"y\" 2:2-2:3", "NEWLINE 2:3-2:4", "DEDENT 4:-1-4:-1", "NAME \"z\" 4:0-4:1", "NEWLINE 4:1-4:2",
    "ENDMARKER 4:-1-4:-1",
  ]],
  ["type comment inside brackets", "x = (1, # type: int\n2)\nx  # type:\n", [
    "NAME \"x\" 1:0-1:1", "EQUAL 1:2-1:3", "LPAR 1:4-1:5", "NUMBER \"1\" 1:5-1:6", "COMMA 1:6-1:7",
    "TYPE_COMMENT \"int\" 1:16-1:19", "NUMBER \"2\" 2:0-2:1", "RPAR 2:1-2:2", "NEWLINE 2:2-2:3",
    "NAME \"x\" 3:0-3:1", "TYPE_COMMENT \"\" 3:10-3:10", "NEWLINE 3:10-3:11", "ENDMARKER 3:-1-3:-1",
  ]],
];

const EVAL_STREAMS: [string, string, string[]][] = [
  ["eval input ends without NEWLINE", "x", [
    "NAME \"x\" 1:0-1:1", "ENDMARKER 1:-1-1:-1",
  ]],
  ["eval input: no DEDENT without a final newline", "if x:\n  y", [
    "NAME \"if\" 1:0-1:2", "NAME \"x\" 1:3-1:4", "COLON 1:4-1:5", "NEWLINE 1:5-1:6", "INDENT 2:-1-2:-1",
    "NAME \"y\" 2:2-2:3", "ENDMARKER 2:-1-2:-1",
  ]],
  ["eval input with a final newline", "x\n\n", [
    "NAME \"x\" 1:0-1:1", "NEWLINE 1:1-1:2", "ENDMARKER 2:-1-2:-1",
  ]],
];

/** Source, whether it is given as bytes, whether CPython leaves the error to its parser, and the SyntaxError: type, msg, lineno, offset, end_lineno, end_offset, text. */
const ERRORS: [string, boolean, boolean, ErrorFields][] = [
  ["x = \"abc", false, false, ["SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 5, "x = \"abc"]],
  ["x = \"abc\ny=1\n", false, false, ["SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 5, "x = \"abc"]],
  ["x = (1 +", false, true, ["SyntaxError", "'(' was never closed", 1, 5, 1, 0, "x = (1 +\n"]],
  ["x = (1,\n  2", false, true, ["SyntaxError", "'(' was never closed", 1, 5, 1, 0, "x = (1,"]],
  ["(\n\n", false, true, ["SyntaxError", "'(' was never closed", 1, 1, 1, 0, "("]],
  ["x = 1 + \\", false, true, ["SyntaxError", "unexpected EOF while parsing", 1, 10, 1, -1, "x = 1 + \\\n"]],
  ["x = 1 \\ y", false, true, ["SyntaxError", "unexpected character after line continuation character", 1, 8, 1, 0, "x = 1 \\ y\n"]],
  ["x = 1 + \\\n  2 \\ y", false, true, ["SyntaxError", "unexpected character after line continuation character", 2, 16, 2, 0, "x = 1 + \\\n  2 \\ y\n"]],
  ["if x:\n  y\n z\n", false, true, ["IndentationError", "unindent does not match any outer indentation level", 3, 3, 3, -1, " z\n"]],
  ["if x:\n\ty\n        z\n", false, true, ["TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0, "        z\n"]],
  ["if 1:\n  é = 1\n é=2", false, true, ["IndentationError", "unindent does not match any outer indentation level", 3, 5, 3, -1, " é=2\n"]],
  ["0777", false, false, ["SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 1, 1, 2, "0777"]],
  ["é = 0777", false, false, ["SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 6, 1, 7, "é = 0777"]],
  ["0x", false, false, ["SyntaxError", "invalid hexadecimal literal", 1, 2, 1, 2, "0x"]],
  ["1_", false, false, ["SyntaxError", "invalid decimal literal", 1, 2, 1, 2, "1_"]],
  ["1__0", false, false, ["SyntaxError", "invalid decimal literal", 1, 2, 1, 2, "1__0"]],
  ["0o8", false, false, ["SyntaxError", "invalid digit '8' in octal literal", 1, 3, 1, 3, "0o8"]],
  ["0b2", false, false, ["SyntaxError", "invalid digit '2' in binary literal", 1, 3, 1, 3, "0b2"]],
  ["0b1_", false, false, ["SyntaxError", "invalid binary literal", 1, 4, 1, 4, "0b1_"]],
  ["1e", false, false, ["SyntaxError", "invalid decimal literal", 1, 1, 1, 1, "1e"]],
  ["1e+", false, false, ["SyntaxError", "invalid decimal literal", 1, 3, 1, 3, "1e+"]],
  ["1x", false, false, ["SyntaxError", "invalid decimal literal", 1, 1, 1, 1, "1x"]],
  ["1.2j3", false, false, ["SyntaxError", "invalid imaginary literal", 1, 4, 1, 4, "1.2j3"]],
  ["1jx", false, false, ["SyntaxError", "invalid imaginary literal", 1, 2, 1, 2, "1jx"]],
  ["1._5", false, false, ["SyntaxError", "invalid decimal literal", 1, 2, 1, 2, "1._5"]],
  ["€", false, false, ["SyntaxError", "invalid character '€' (U+20AC)", 1, 1, 1, 1, "€"]],
  ["a€b", false, false, ["SyntaxError", "invalid character '€' (U+20AC)", 1, 2, 1, 2, "a€b"]],
  ["x y", false, false, ["SyntaxError", "invalid non-printable character U+00A0", 1, 2, 1, 2, "x y"]],
  ["̀a", false, false, ["SyntaxError", "invalid character '̀' (U+0300)", 1, 1, 1, 1, "̀a"]],
  ["x​y", false, false, ["SyntaxError", "invalid non-printable character U+200B", 1, 2, 1, 2, "x​y"]],
  ["x = 1", false, false, ["SyntaxError", "invalid non-printable character U+007F", 1, 6, 1, 6, "x = 1"]],
  ["x = 1\u000b", false, false, ["SyntaxError", "invalid non-printable character U+000B", 1, 6, 1, 6, "x = 1\u000b"]],
  ["﻿x = 1", false, false, ["SyntaxError", "invalid non-printable character U+FEFF", 1, 1, 1, 1, "﻿x = 1"]],
  ["\"\"\"abc\n\n", false, false, ["SyntaxError", "unterminated triple-quoted string literal (detected at line 2)", 1, 1, 1, 1, "\"\"\"abc"]],
  ["x = \"a\\\"", false, false, ["SyntaxError", "unterminated string literal (detected at line 1); perhaps you escaped the end quote?", 1, 5, 1, 5, "x = \"a\\\""]],
  ["x = b'abc", false, false, ["SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 5, "x = b'abc"]],
  ["x = \"abc\\", false, false, ["SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 5, "x = \"abc\\"]],
  [")", false, false, ["SyntaxError", "unmatched ')'", 1, 1, 1, 1, ")"]],
  ["(]", false, false, ["SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 1, 2, 1, 2, "(]"]],
  ["(\n\n]", false, false, ["SyntaxError", "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 3, 1, 3, 1, "]"]],
  ['('.repeat(201), false, false, ["SyntaxError", "too many nested parentheses", 1, 201, 1, 201, '('.repeat(201)]],
  ["x = f'{a}b", false, false, ["SyntaxError", "unterminated f-string literal (detected at line 1)", 1, 5, 1, 5, "x = f'{a}b"]],
  ["x = f'''\na{b}\n", false, false, ["SyntaxError", "unterminated triple-quoted f-string literal (detected at line 2)", 1, 5, 1, 5, "x = f'''"]],
  ["f\"{\"", false, false, ["SyntaxError", "f-string: expecting '}'", 1, 4, 1, 4, "f\"{\""]],
  ["f\"}\"", false, false, ["SyntaxError", "f-string: single '}' is not allowed", 1, 3, 1, 3, "f\"}\""]],
  ["f\"{x\"", false, false, ["SyntaxError", "f-string: expecting '}'", 1, 5, 1, 5, "f\"{x\""]],
  ["f\"abc", false, false, ["SyntaxError", "unterminated f-string literal (detected at line 1)", 1, 1, 1, 1, "f\"abc"]],
  ["f\"{x:{\"", false, false, ["SyntaxError", "f-string: expecting '}'", 1, 7, 1, 7, "f\"{x:{\""]],
  ["f\"{x:{y:{z:{w}}}}\"", false, false, ["SyntaxError", "f-string: expressions nested too deeply", 1, 11, 1, 11, "f\"{x:{y:{z:{w}}}}\""]],
  ["f\"{)}\"", false, false, ["SyntaxError", "f-string: unmatched ')'", 1, 4, 1, 4, "f\"{)}\""]],
  ["f\"{x)}\"", false, false, ["SyntaxError", "f-string: unmatched ')'", 1, 5, 1, 5, "f\"{x)}\""]],
  ["f\"{(x}\"", false, false, ["SyntaxError", "closing parenthesis '}' does not match opening parenthesis '('", 1, 6, 1, 6, "f\"{(x}\""]],
  ["f\"{x:}}\"", false, false, ["SyntaxError", "f-string: single '}' is not allowed", 1, 7, 1, 7, "f\"{x:}}\""]],
  ["f\"{[}\"", false, false, ["SyntaxError", "closing parenthesis '}' does not match opening parenthesis '['", 1, 5, 1, 5, "f\"{[}\""]],
  ["x\udce9 = 1", true, false, ["SyntaxError", "(unicode error) 'utf-8' codec can't decode byte 0xe9 in position 1: unexpected end of data", 1, 2, 1, -1, "x� = 1\n"]],
  ["\udce9 = 1", true, false, ["SyntaxError", "(unicode error) 'utf-8' codec can't decode byte 0xe9 in position 0: unexpected end of data", 1, 1, 1, -1, "� = 1\n"]],
];

describe('token streams are CPython 3.13 parser streams', () => {
  for (const [title, source, want] of STREAMS) test(title, () => assert.deepEqual(render(tokenize(source)), want));
  for (const [title, source, want] of TYPE_COMMENT_STREAMS) {
    test(`${title} (type comments)`, () => assert.deepEqual(render(tokenize(source, { typeComments: true })), want));
  }
  for (const [title, source, want] of EVAL_STREAMS) {
    test(title, () => assert.deepEqual(render(tokenize(source, { execInput: false })), want));
  }
});

describe('errors are CPython 3.13 SyntaxErrors', () => {
  for (const [source, bytes, deferred, want] of ERRORS) {
    test(JSON.stringify(source.length > 60 ? source.slice(0, 60) + '...' : source), () => {
      const text = bytes ? decodeSource(escapedBytes(source), 'f.py') : source;
      const tz = new Tokenizer(text, 'f.py');
      assert.throws(() => {
        while (tz.next() !== Tok.ENDMARKER);
      }, (e) => {
        assert.deepEqual(errorFields(e), want);
        return true;
      });
      assert.equal(tz.deferredError, deferred);
      // Later calls raise the same error again.
      assert.throws(() => tz.next(), (e) => e instanceof PySyntaxError && e.msg === want[1]);
    });
  }

  test('errors surface only when the tokenizer gets there', () => {
    const tz = new Tokenizer('x = 1\ny = "abc\n', 'f.py');
    const kinds: Tok[] = [];
    for (let i = 0; i < 6; i++) kinds.push(tz.next());
    assert.deepEqual(kinds, [Tok.NAME, Tok.EQUAL, Tok.NUMBER, Tok.NEWLINE, Tok.NAME, Tok.EQUAL]);
    assert.throws(() => tz.next(), /unterminated string literal \(detected at line 2\)/);
  });

  test('null bytes are refused up front, as compile() does', () => {
    assert.throws(() => new Tokenizer('x = 1\0', 'f.py'), (e) => {
      assert.deepEqual(errorFields(e), ['SyntaxError', 'source code string cannot contain null bytes', null, null, null, null, null]);
      return true;
    });
  });
});

describe('tokenizer details', () => {
  test('keywords get their own kinds; soft keywords and normalized look-alikes stay NAME', () => {
    const tz = tokenize('if match ｉｆ _ None');
    assert.deepEqual(Array.from(tz.tokens.kind.subarray(0, 5)), [Tok.KW_IF, Tok.NAME, Tok.NAME, Tok.NAME, Tok.KW_NONE]);
    assert.deepEqual(tz.tokens.value.slice(0, 5), [undefined, 'match', 'if', '_', undefined]);
  });

  test('offsets delimit each token in `source`, with newlines translated', () => {
    const tz = tokenize('a = """x\r\ny"""\r\nb');
    assert.equal(tz.source, 'a = """x\ny"""\nb\n');
    const t = tz.tokens;
    assert.equal(tz.source.slice(t.start[2], t.end[2]), '"""x\ny"""');
    assert.equal(t.value[2], '"""x\ny"""');
  });

  test('FSTRING_MIDDLE for a doubled brace gives one brace but spans both', () => {
    const tz = tokenize('f"a{{"');
    const t = tz.tokens;
    assert.equal(t.kind[1], Tok.FSTRING_MIDDLE);
    assert.equal(t.value[1], 'a{');
    assert.equal(tz.source.slice(t.start[1], t.end[1]), 'a{{');
  });

  test('columns are UTF-8 bytes', () => {
    const tz = tokenize('é = "€" + 𝔘\n');
    const t = tz.tokens;
    assert.deepEqual([t.col[1], t.col[2], t.endCol[2], t.col[4], t.endCol[4]], [3, 5, 10, 13, 17]);
    assert.equal(t.value[4], 'U');
  });

  test('<> is NOTEQUAL spelled so; $ is OP', () => {
    const tz = tokenize('a <> b != c $');
    assert.deepEqual([tz.tokens.kind[1], tz.tokens.value[1], tz.tokens.kind[3], tz.tokens.value[3]], [Tok.NOTEQUAL, '<>', Tok.NOTEQUAL, undefined]);
    assert.deepEqual([tz.tokens.kind[5], tz.tokens.value[5]], [Tok.OP, '$']);
  });

  test('after ENDMARKER, next() keeps returning it without appending', () => {
    const tz = tokenize('x');
    const n = tz.tokens.count;
    assert.equal(tz.next(), Tok.ENDMARKER);
    assert.equal(tz.next(), Tok.ENDMARKER);
    assert.equal(tz.tokens.count, n);
  });

  test('type: ignore comments are collected, not emitted', () => {
    const src = 'import x  # type: ignore\nimport y  # type: ignore[abc] foo\n# type: ignore\nz  # type: ignore-x\n';
    const tz = tokenize(src, { typeComments: true });
    // A comment alone on its line takes its newline along into the tag, as in CPython.
    assert.deepEqual(tz.typeIgnores, [
      { lineno: 1, tag: '' }, { lineno: 2, tag: '[abc] foo' }, { lineno: 3, tag: '\n' }, { lineno: 4, tag: '-x' },
    ]);
    assert.ok(!Array.from(tz.tokens.kind.subarray(0, tz.tokens.count)).includes(Tok.TYPE_COMMENT));
    assert.deepEqual(tokenize(src).typeIgnores, []);
  });

  test('open brackets are reported innermost last; the end of input inside them is an error', () => {
    const tz = new Tokenizer('x = (1,\n  [2, {é: (', 'f.py');
    for (let i = 0; i < 12; i++) tz.next();
    assert.deepEqual(tz.openBrackets, [
      { char: '(', line: 1, col: 4 }, { char: '[', line: 2, col: 2 }, { char: '{', line: 2, col: 6 }, { char: '(', line: 2, col: 10 },
    ]);
    assert.throws(() => tz.next(), (e) => {
      assert.deepEqual(errorFields(e), ['SyntaxError', "'(' was never closed", 2, 11, 2, 0, '  [2, {é: (\n']);
      return true;
    });
    assert.equal(tz.deferredError, true);
  });

  test('line helpers', () => {
    const tz = tokenize('ab\n  é𝔘x\n');
    assert.equal(tz.lineText(2), '  é𝔘x\n');
    assert.equal(tz.lineText(3), '');
    assert.equal(tz.charColumn(tz.source.indexOf('x')), 4);
    assert.equal(tz.errorLineText(1), 'ab');
  });

  test('warnings go to onWarning, and become errors if it throws', () => {
    const seen: [string, number, number][] = [];
    tokenize('x = [0x1for x in y]\nf"\\{x}"', { onWarning: (m, l, c) => void seen.push([m, l, c]) });
    assert.deepEqual(seen, [['invalid hexadecimal literal', 1, 9], ["invalid escape sequence '\\{'", 2, 4]]);
    assert.throws(() => tokenize('1if x else y', { onWarning: () => { throw new Error('as error'); } }), (e) => {
      assert.deepEqual(errorFields(e), ['SyntaxError', 'invalid decimal literal', 1, 1, 1, 1, '1if x else y']);
      return true;
    });
  });
});

describe('decodeSource', () => {
  const bytes = (s: string) => escapedBytes(s); // U+DC80..U+DCFF stand for raw bytes
  const initError = (msg: string): ErrorFields => ['SyntaxError', msg, 0, -1, null, null, null];

  test('UTF-8 by default, BOM dropped, newlines translated', () => {
    assert.equal(decodeSource(bytes('x = "é"\r\ny\rz'), 'f.py'), 'x = "é"\ny\nz');
    assert.equal(decodeSource(bytes('\udcef\udcbb\udcbfx = 1'), 'f.py'), 'x = 1');
  });

  test('coding declarations on line 1 or 2', () => {
    assert.equal(decodeSource(bytes('# coding: latin-1\nx = "\udce9"'), 'f.py'), '# coding: latin-1\nx = "é"');
    assert.equal(decodeSource(bytes('#!/usr/bin/python\n# vim: set fileencoding=iso-8859-15 :\nx="\udca4"'), 'f.py').slice(-3), '"€"');
    assert.equal(decodeSource(bytes('# coding=cp437\nx="\udc80\udcff"'), 'f.py').slice(-4), '"Ç\u00a0"');
    assert.equal(decodeSource(bytes('# coding: cp1252\nx="\udc80"'), 'f.py').slice(-3), '"€"');
    assert.equal(decodeSource(bytes('# coding: shift_jis\nx="\udc82\udca0"'), 'f.py').slice(-3), '"あ"');
    assert.equal(decodeSource(bytes('#coding:latin1\r\nx="\udce9"'), 'f.py'), '#coding:latin1\nx="é"');
    // Not on line 3, not after code, not in a comment after code: invalid bytes stay escaped.
    assert.equal(decodeSource(bytes('\n\n# coding: latin-1\nx="\udce9"'), 'f.py').slice(-3), '"\udce9"');
    assert.equal(decodeSource(bytes('x\n# coding: latin-1\nx="\udce9"'), 'f.py').slice(-3), '"\udce9"');
    assert.equal(decodeSource(bytes('x = 1 # coding: latin-1\nx="\udce9"'), 'f.py').slice(-3), '"\udce9"');
  });

  test('errors as CPython reports them', () => {
    const cases: [string, string][] = [
      ['# -*- coding: uft-8 -*-\n', 'unknown encoding: uft-8'],
      ['\udcef\udcbb\udcbf#coding: utf8\nprint("x")\n', 'encoding problem: utf8 with BOM'],
      ['\udcef\udcbb\udcbf# coding: latin-1\nx = 1', 'encoding problem: iso-8859-1 with BOM'],
      ['# coding: ascii\nx = "\udce9"', "'ascii' codec can't decode byte 0xe9 in position 21: ordinal not in range(128)"],
      ['# coding: cp1252\nx = "\udc81"', "'charmap' codec can't decode byte 0x81 in position 22: character maps to <undefined>"],
      ['# coding: rot13\nx=1', "'rot13' is not a text encoding; use codecs.decode() to handle arbitrary codecs"],
    ];
    for (const [source, msg] of cases) {
      assert.throws(() => decodeSource(bytes(source), 'f.py'), (e) => {
        assert.deepEqual(errorFields(e), initError(msg));
        return true;
      });
    }
  });

  test('NUL bytes are refused before anything else', () => {
    assert.throws(() => decodeSource(bytes('# coding: uft-8\n\0'), 'f.py'), (e) => {
      assert.deepEqual(errorFields(e), ['SyntaxError', 'source code string cannot contain null bytes', null, null, null, null, null]);
      return true;
    });
  });

  test('invalid UTF-8 is kept as escaped bytes for the stage that decodes the token', () => {
    const text = decodeSource(bytes('print("b\udcf6se")\n'), 'f.py');
    assert.equal(text, 'print("b\udcf6se")\n');
    assert.equal(utf8ErrorMessage(escapedBytes('b\udcf6se')), "'utf-8' codec can't decode byte 0xf6 in position 1: invalid start byte");
    assert.equal(utf8ErrorMessage(escapedBytes('a\udcf0\udc9f')), "'utf-8' codec can't decode bytes in position 1-2: unexpected end of data");
    assert.equal(utf8ErrorMessage(escapedBytes('\udced\udca0\udc80')), "'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte");
    assert.equal(utf8ErrorMessage(escapedBytes('ok é')), null);
  });
});
