// sys.set_int_max_str_digits: the largest int, in decimal digits, that str() and int() convert
// (0: no limit). A process-wide setting, as CPython's is per interpreter.
import { DEFAULT_INT_MAX_STR_DIGITS } from './int-repr';

let maxStrDigits = DEFAULT_INT_MAX_STR_DIGITS;

export function getIntMaxStrDigits(): number {
  return maxStrDigits;
}

export function setIntMaxStrDigits(n: number): void {
  maxStrDigits = n;
}
