// None, NotImplemented and Ellipsis: one object each.
import { PyObject } from './object';
import { EllipsisType, NoneType, NotImplementedType } from './builtin-types';

export const None = new PyObject(NoneType);
export const NotImplemented = new PyObject(NotImplementedType);
export const Ellipsis = new PyObject(EllipsisType);
