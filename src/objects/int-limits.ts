// sys.set_int_max_str_digits: the largest int, in decimal digits, that str() and int() convert
// (0: no limit). A process-wide setting, as CPython's is per interpreter; it lives with int's
// repr (int-repr.ts), which both conversions consult.
export { getIntMaxStrDigits, setIntMaxStrDigits } from './int-repr';
