// Docstrings (Python/compile.c, _PyAST_GetDocString and _PyCompile_CleanDoc): a body's docstring
// is a first statement that is a str constant; since 3.13 the compiler stores it cleaned — tabs
// expanded, the first line's leading spaces and the common indentation of the others removed.
import type * as ast from '../../generated/ast';

export function getDocString(body: readonly ast.stmt[]): string | null {
  const st = body[0];
  if (st === undefined || st._kind !== 'Expr') return null;
  const e = st.value;
  return e._kind === 'Constant' && typeof e.value === 'string' ? e.value : null;
}

/** str.expandtabs() with the default tab size of 8. */
function expandTabs(s: string): string {
  let out = '';
  let col = 0;
  for (const ch of s) {
    if (ch === '\t') {
      const n = 8 - (col % 8);
      out += ' '.repeat(n);
      col += n;
    } else {
      out += ch;
      col = ch === '\n' || ch === '\r' ? 0 : col + 1;
    }
  }
  return out;
}

/** _PyCompile_CleanDoc. */
export function cleanDoc(doc: string): string {
  doc = expandTabs(doc);
  const lines = doc.split('\n');
  // The least indentation of the lines after the first that are not blank.
  let margin = Infinity;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    const indent = line.length - line.replace(/^ +/, '').length;
    if (indent < line.length) margin = Math.min(margin, indent);
  }
  if (margin === Infinity) margin = 0;
  const first = lines[0].replace(/^ +/, '');
  if (first.length === lines[0].length && margin === 0) return doc;
  const rest = lines.slice(1).map((line) => {
    let i = 0;
    while (i < margin && line[i] === ' ') i++;
    return line.slice(i);
  });
  return [first, ...rest].join('\n');
}
