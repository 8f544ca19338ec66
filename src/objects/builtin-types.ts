// The built-in type objects, made before anything else so that every file of the object
// model can name them. Each type's own file fills its namespace (methods, slots).
import { PyDict } from './dict';
import { PyType } from './type';

function bootstrapObjectAndType(): [PyType, PyType] {
  const typeType = new PyType(null, 'type', [], false);
  const objectType = new PyType(typeType, 'object', [], false);
  objectType.mro = [objectType];
  typeType.bases = [objectType];
  objectType.subclasses.add(typeType);
  typeType.mro = [typeType, objectType];
  return [objectType, typeType];
}

export const [ObjectType, TypeType] = bootstrapObjectAndType();

/** A built-in type: its MRO is itself then its base's; its namespace is filled by its own file. */
export function newBuiltinType(name: string, base: PyType = ObjectType, options: { baseType?: boolean; module?: string } = {}): PyType {
  const t = new PyType(TypeType, name, [base], false);
  t.mro = [t, ...base.mro];
  t.ns = new PyDict();
  t.baseType = options.baseType ?? true;
  t.solid = t;
  if (options.module !== undefined) t.module = options.module;
  return t;
}

ObjectType.ns = new PyDict();
TypeType.ns = new PyDict();
ObjectType.solid = ObjectType;
TypeType.solid = TypeType;

export const DictType = newBuiltinType('dict');
// The namespaces above were made before `dict` existed.
ObjectType.ns.type = DictType;
TypeType.ns.type = DictType;
DictType.ns.type = DictType;

export const IntType = newBuiltinType('int');
export const BoolType = newBuiltinType('bool', IntType, { baseType: false });
export const FloatType = newBuiltinType('float');
export const ComplexType = newBuiltinType('complex');
export const StrType = newBuiltinType('str');
export const BytesType = newBuiltinType('bytes');
export const ByteArrayType = newBuiltinType('bytearray');
export const TupleType = newBuiltinType('tuple');
export const ListType = newBuiltinType('list');
export const SetType = newBuiltinType('set');
export const FrozenSetType = newBuiltinType('frozenset');
export const RangeType = newBuiltinType('range', ObjectType, { baseType: false });
export const SliceType = newBuiltinType('slice', ObjectType, { baseType: false });
export const NoneType = newBuiltinType('NoneType', ObjectType, { baseType: false });
export const NotImplementedType = newBuiltinType('NotImplementedType', ObjectType, { baseType: false });
export const EllipsisType = newBuiltinType('ellipsis', ObjectType, { baseType: false });
export const FunctionType = newBuiltinType('function', ObjectType, { baseType: false });
export const BuiltinFunctionType = newBuiltinType('builtin_function_or_method', ObjectType, { baseType: false });
export const MethodType = newBuiltinType('method', ObjectType, { baseType: false });
export const MethodDescriptorType = newBuiltinType('method_descriptor', ObjectType, { baseType: false });
export const ClassMethodDescriptorType = newBuiltinType('classmethod_descriptor', ObjectType, { baseType: false });
export const WrapperDescriptorType = newBuiltinType('wrapper_descriptor', ObjectType, { baseType: false });
export const MethodWrapperType = newBuiltinType('method-wrapper', ObjectType, { baseType: false });
export const GetSetDescriptorType = newBuiltinType('getset_descriptor', ObjectType, { baseType: false });
export const MemberDescriptorType = newBuiltinType('member_descriptor', ObjectType, { baseType: false });
export const ClassMethodType = newBuiltinType('classmethod');
export const StaticMethodType = newBuiltinType('staticmethod');
export const PropertyType = newBuiltinType('property');
export const CellType = newBuiltinType('cell', ObjectType, { baseType: false });
export const CodeType = newBuiltinType('code', ObjectType, { baseType: false });
export const FrameType = newBuiltinType('frame', ObjectType, { baseType: false });
export const TracebackType = newBuiltinType('traceback', ObjectType, { baseType: false });
export const ModuleType = newBuiltinType('module');
export const SuperType = newBuiltinType('super');
export const MappingProxyType = newBuiltinType('mappingproxy', ObjectType, { baseType: false });
export const GeneratorType = newBuiltinType('generator', ObjectType, { baseType: false });
export const CoroutineType = newBuiltinType('coroutine', ObjectType, { baseType: false });
export const AsyncGeneratorType = newBuiltinType('async_generator', ObjectType, { baseType: false });
