// repr() of int, with CPython's limit on decimal conversion (Objects/longobject.c,
// long_to_decimal_string_internal: the limit added for CVE-2020-10735, see
// `sys.set_int_max_str_digits`).
// An int is a JS number when it is a safe integer and a bigint beyond (DESIGN.md §2).

/** `sys.get_int_max_str_digits()` by default. */
export const DEFAULT_INT_MAX_STR_DIGITS = 4300;

let limitDigits = -1;
let limitValue = 0n;

/**
 * `repr(v)` for an int. An int of more than `maxStrDigits` decimal digits (0: no limit)
 * cannot be written: CPython raises ValueError; until the runtime has Python exceptions this
 * throws a JS Error with CPython's message.
 */
export function intRepr(v: number | bigint, maxStrDigits: number = DEFAULT_INT_MAX_STR_DIGITS): string {
  if (typeof v === 'number') return String(v);
  if (maxStrDigits > 0) {
    if (limitDigits !== maxStrDigits) {
      limitValue = 10n ** BigInt(maxStrDigits);
      limitDigits = maxStrDigits;
    }
    // More than maxStrDigits digits (the sign does not count) means at least 10**maxStrDigits.
    if (v >= limitValue || -v >= limitValue) {
      throw new Error(
        `Exceeds the limit (${maxStrDigits} digits) for integer string conversion; ` +
          'use sys.set_int_max_str_digits() to increase the limit',
      );
    }
  }
  return v.toString();
}
