// The state the tokenizer keeps for each f-string it is inside (CPython's
// `tokenizer_mode`, Parser/lexer/state.h): what it is scanning, how the f-string ends, and
// the bracket depths that decide where replacement fields and format specs begin and end.

/** What the tokenizer is scanning inside one f-string. */
export const enum FMode {
  /** The literal text between replacement fields (and format specs). */
  LITERAL,
  /** The ordinary tokens of a replacement field. */
  FIELD,
}

/** The state of one f-string being tokenized (CPython's `tokenizer_mode`). */
export class FString {
  /** Literal text or replacement field. */
  mode = FMode.LITERAL;
  /** The quote character code. */
  quote = 0;
  /** 1 or 3. */
  quoteSize = 1;
  /** An `r` prefix: backslashes escape nothing, so `\{` is not an (invalid) escape. */
  raw = false;
  /** Source offset of the prefix; "unterminated f-string" errors point just after it. */
  start = 0;
  /** Line of the prefix, and the offset where that line starts. */
  startLine = 0;
  startLineStart = 0;
  /** Brackets of any kind open inside this f-string's replacement fields (CPython's curly_bracket_depth). */
  depth = 0;
  /** The `depth` at which the innermost open replacement field started, -1 outside any (curly_bracket_expr_start_depth). */
  exprDepth = -1;
  /** Scanning a format spec: `{` opens a nested field there, and `}}` is no escape. */
  inFormatSpec = false;
}
