// Operators and delimiters other than brackets, longest match first, as CPython's
// generated Parser/token.c (_PyToken_OneChar/TwoChars/ThreeChars) spells them. `<>` is
// NOTEQUAL there too; only the parser rejects it.
import { Tok } from '../tokens';

/**
 * The operator at `pos`, whose first character code is `c`, packed as `kind | length << 8`;
 * -1 when `c` starts none (brackets are the caller's, and so is `.`).
 */
export function operatorAt(src: string, pos: number, c: number): number {
  const c2 = src.charCodeAt(pos + 1);
  const eq = c2 === 61; // a following '='
  switch (c) {
    case 58: return eq ? two(Tok.COLONEQUAL) : one(Tok.COLON);
    case 44: return one(Tok.COMMA);
    case 59: return one(Tok.SEMI);
    case 126: return one(Tok.TILDE);
    case 33: return eq ? two(Tok.NOTEQUAL) : one(Tok.EXCLAMATION);
    case 61: return eq ? two(Tok.EQEQUAL) : one(Tok.EQUAL);
    case 43: return eq ? two(Tok.PLUSEQUAL) : one(Tok.PLUS);
    case 45: return eq ? two(Tok.MINEQUAL) : c2 === 62 ? two(Tok.RARROW) : one(Tok.MINUS);
    case 124: return eq ? two(Tok.VBAREQUAL) : one(Tok.VBAR);
    case 38: return eq ? two(Tok.AMPEREQUAL) : one(Tok.AMPER);
    case 37: return eq ? two(Tok.PERCENTEQUAL) : one(Tok.PERCENT);
    case 94: return eq ? two(Tok.CIRCUMFLEXEQUAL) : one(Tok.CIRCUMFLEX);
    case 64: return eq ? two(Tok.ATEQUAL) : one(Tok.AT);
    case 42: // *
      if (c2 === 42) return src.charCodeAt(pos + 2) === 61 ? three(Tok.DOUBLESTAREQUAL) : two(Tok.DOUBLESTAR);
      return eq ? two(Tok.STAREQUAL) : one(Tok.STAR);
    case 47: // /
      if (c2 === 47) return src.charCodeAt(pos + 2) === 61 ? three(Tok.DOUBLESLASHEQUAL) : two(Tok.DOUBLESLASH);
      return eq ? two(Tok.SLASHEQUAL) : one(Tok.SLASH);
    case 60: // <
      if (c2 === 60) return src.charCodeAt(pos + 2) === 61 ? three(Tok.LEFTSHIFTEQUAL) : two(Tok.LEFTSHIFT);
      return eq ? two(Tok.LESSEQUAL) : c2 === 62 ? two(Tok.NOTEQUAL) : one(Tok.LESS);
    case 62: // >
      if (c2 === 62) return src.charCodeAt(pos + 2) === 61 ? three(Tok.RIGHTSHIFTEQUAL) : two(Tok.RIGHTSHIFT);
      return eq ? two(Tok.GREATEREQUAL) : one(Tok.GREATER);
    default:
      return -1;
  }
}

function one(kind: Tok): number {
  return kind | (1 << 8);
}

function two(kind: Tok): number {
  return kind | (2 << 8);
}

function three(kind: Tok): number {
  return kind | (3 << 8);
}
