// repr() of int, with CPython's limit on decimal conversion (Objects/longobject.c,
// long_to_decimal_string_internal: the limit added for CVE-2020-10735, see
// `sys.set_int_max_str_digits`).
// An int is a JS number when it is a safe integer and a bigint beyond (DESIGN.md §2).

/** `sys.get_int_max_str_digits()` by default. */
export const DEFAULT_INT_MAX_STR_DIGITS = 4300;
/** The smallest limit sys.set_int_max_str_digits accepts (other than 0, no limit). */
export const INT_MAX_STR_DIGITS_THRESHOLD = 640;

let currentMaxStrDigits = DEFAULT_INT_MAX_STR_DIGITS;

/** `sys.get_int_max_str_digits()`. */
export function getIntMaxStrDigits(): number {
  return currentMaxStrDigits;
}

/** `sys.set_int_max_str_digits(n)`, n already checked (0 or at least the threshold). */
export function setIntMaxStrDigits(n: number): void {
  currentMaxStrDigits = n;
}

/**
 * What the limit raises. The object model registers ValueError here (int.ts); without it
 * (the compiler alone) a JS Error with CPython's message.
 */
let limitError: (message: string) => unknown = (message) => new Error(message);

export function registerIntLimitError(f: (message: string) => unknown): void {
  limitError = f;
}

/** The error of str(int) and int(str) past the limit; `digits` is known when parsing. */
export function intLimitError(maxStrDigits: number, digits?: number): unknown {
  const has = digits === undefined ? '' : `: value has ${digits} digits`;
  return limitError(
    `Exceeds the limit (${maxStrDigits} digits) for integer string conversion${has}; ` +
      'use sys.set_int_max_str_digits() to increase the limit',
  );
}

let limitDigits = -1;
let limitValue = 0n;

/**
 * `repr(v)` for an int. An int of more than `maxStrDigits` decimal digits (0: no limit)
 * cannot be written: CPython raises ValueError (see registerIntLimitError).
 */
export function intRepr(v: number | bigint, maxStrDigits: number = currentMaxStrDigits): string {
  if (typeof v === 'number') return String(v);
  if (maxStrDigits > 0) {
    if (limitDigits !== maxStrDigits) {
      limitValue = 10n ** BigInt(maxStrDigits);
      limitDigits = maxStrDigits;
    }
    // More than maxStrDigits digits (the sign does not count) means at least 10**maxStrDigits.
    if (v >= limitValue || -v >= limitValue) throw intLimitError(maxStrDigits);
  }
  return v.toString();
}
