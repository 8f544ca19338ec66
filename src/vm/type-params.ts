// PEP 695's type parameter syntax at run time: what CALL_INTRINSIC_1 and CALL_INTRINSIC_2 make of
// `class C[T: int, *Ts, **P]`, `def f[T = str]()` and `type X = ...` (CPython's
// Python/intrinsics.c and Objects/typevarobject.c). The objects are typing's own TypeVar,
// ParamSpec, TypeVarTuple and TypeAliasType (lib/python/typing.py), made by its `_type_param_*`
// helpers; bounds, constraints, defaults and alias values stay unevaluated functions until asked for.
import type { PyValue } from '../objects/object';
import { PyTuple } from '../objects/boxes';
import { None } from '../objects/singletons';
import { systemError } from '../objects/exceptions';
import { call } from '../objects/ops/call';
import { getAttr, setAttr } from '../objects/ops/attributes';
import { importModule } from './imports';

function typingHelper(name: string, ...args: PyValue[]): PyValue {
  return call(getAttr(importModule('typing'), name), args);
}

/** CALL_INTRINSIC_1's type parameter operations: INTRINSIC_TYPEVAR (7) to INTRINSIC_TYPEALIAS (11). */
export function typeParamIntrinsic1(which: number, value: PyValue): PyValue {
  switch (which) {
    case 7:
      return typingHelper('_type_param_typevar', value, None, None);
    case 8:
      return typingHelper('_type_param_paramspec', value);
    case 9:
      return typingHelper('_type_param_typevartuple', value);
    case 10:
      // The implicit base Generic[*params] of a generic class.
      return typingHelper('_type_param_generic_base', value);
    case 11: {
      // (name, type_params or None, the function computing the value)
      const [name, params, compute] = (value as PyTuple).items;
      return typingHelper('_type_param_alias', name, params, compute);
    }
  }
  throw systemError(`intrinsic ${which} is not supported yet`);
}

/**
 * CALL_INTRINSIC_2's type parameter operations (value2 was pushed first): TYPEVAR_WITH_BOUND (2),
 * TYPEVAR_WITH_CONSTRAINTS (3), SET_FUNCTION_TYPE_PARAMS (4), SET_TYPEPARAM_DEFAULT (5).
 */
export function typeParamIntrinsic2(which: number, value2: PyValue, value1: PyValue): PyValue {
  switch (which) {
    case 2:
      return typingHelper('_type_param_typevar', value2, value1, None);
    case 3:
      return typingHelper('_type_param_typevar', value2, None, value1);
    case 4:
      setAttr(value2, '__type_params__', value1);
      return value2;
    case 5:
      return typingHelper('_type_param_set_default', value2, value1);
  }
  throw systemError(`intrinsic2 ${which} is not supported yet`);
}
