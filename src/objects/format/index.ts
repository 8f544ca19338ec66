// The format-spec mini-language for the built-in types: what int, float, complex and str
// __format__ do with a non-empty spec, and the double-to-string conversion %-formatting shares.
export { formatInt } from './format-int';
export { formatFloat, formatFloatSpec } from './format-float';
export { formatComplex } from './format-complex';
export { formatStr } from './format-str';
export { parseFormatSpec, type FormatSpec } from './spec';
export { doubleToString, DTSF_ADD_DOT_0, DTSF_ALT, DTSF_NO_NEG_0, DTSF_SIGN } from './double-to-string';
