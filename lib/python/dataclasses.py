"""Classes that are mostly data: @dataclass writes __init__, __repr__, __eq__ and more from the
class's annotated fields (PEP 557)."""

import sys
import types

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY', 'MISSING', 'fields',
           'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    """Assigning to or deleting a field of a frozen dataclass instance."""


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _FieldKind:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FieldKind('_FIELD')
_FIELD_CLASSVAR = _FieldKind('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FieldKind('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class InitVar:
    """The annotation of an init-only pseudo-field: passed to __init__ and __post_init__, not stored."""

    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return f'dataclasses.InitVar[{type_name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """One field of a dataclass: its name, type, default and options."""

    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init', 'compare', 'metadata',
                 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = types.MappingProxyType({}) if metadata is None else types.MappingProxyType(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return (f'Field(name={self.name!r},type={self.type!r},default={self.default!r},'
                f'default_factory={self.default_factory!r},init={self.init!r},repr={self.repr!r},'
                f'hash={self.hash!r},compare={self.compare!r},metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},_field_type={self._field_type})')

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)

    __class_getitem__ = classmethod(types.GenericAlias)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen', 'match_args', 'kw_only', 'slots',
                 'weakref_slot')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots, weakref_slot):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen
        self.match_args = match_args
        self.kw_only = kw_only
        self.slots = slots
        self.weakref_slot = weakref_slot

    def __repr__(self):
        return ('_DataclassParams(' + ','.join(f'{name}={getattr(self, name)!r}' for name in self.__slots__) + ')')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
          metadata=None, kw_only=MISSING):
    """Options for one field: its default (or default_factory), and whether it takes part in
    __init__, __repr__, comparisons and hashing."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _string_names(annotation, module_ns, name, owner_module_name, owner):
    """Whether a string annotation names `owner.name` as the defining module sees it ('X[...]' or 'm.X[...]')."""
    text = annotation.strip()
    head = text.split('[', 1)[0].strip()
    if '.' in head:
        module_name, _, attr = head.rpartition('.')
        module = module_ns.get(module_name.strip())
        return attr.strip() == name and getattr(module, '__name__', None) == owner_module_name
    return head == name and module_ns.get(name) is owner


def _is_classvar(annotation, module_ns):
    typing = sys.modules.get('typing')
    if typing is None:
        return False
    if annotation is typing.ClassVar or getattr(annotation, '__origin__', None) is typing.ClassVar:
        return True
    return isinstance(annotation, str) and _string_names(annotation, module_ns, 'ClassVar', 'typing', typing.ClassVar)


def _is_initvar(annotation, module_ns):
    if annotation is InitVar or isinstance(annotation, InitVar):
        return True
    return isinstance(annotation, str) and _string_names(annotation, module_ns, 'InitVar', 'dataclasses', InitVar)


def _is_kw_only(annotation, module_ns):
    if annotation is KW_ONLY:
        return True
    return isinstance(annotation, str) and _string_names(annotation, module_ns, 'KW_ONLY', 'dataclasses', KW_ONLY)


def _make_field(cls, name, annotation, kw_only, module_ns):
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if isinstance(default, types.MemberDescriptorType):
            default = MISSING
        f = field(default=default)
    f.name = name
    f.type = annotation
    f._field_type = _FIELD
    if _is_classvar(annotation, module_ns):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(annotation, module_ns):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f'field {name} cannot have a default factory')
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = kw_only
    else:
        if f.kw_only is not MISSING:
            raise TypeError(f'field {name} is a ClassVar but specifies kw_only')
    if f._field_type is _FIELD and f.default is not MISSING and f.default.__class__.__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field {name} is not allowed: use default_factory')
    return f


def _recursive_repr(method):
    running = set()

    def wrapper(self):
        key = id(self)
        if key in running:
            return '...'
        running.add(key)
        try:
            return method(self)
        finally:
            running.discard(key)

    wrapper.__name__ = method.__name__
    wrapper.__qualname__ = method.__qualname__
    wrapper.__module__ = method.__module__
    wrapper.__doc__ = method.__doc__
    wrapper.__wrapped__ = method
    return wrapper


def _set_method(cls, name, value, overwrite_error=False, rehome=True):
    if name in cls.__dict__:
        if overwrite_error:
            raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__} '
                            f'Consider using functools.total_ordering' if name in ('__lt__', '__le__', '__gt__', '__ge__')
                            else f'Cannot overwrite attribute {name} in class {cls.__name__}')
        return False
    if rehome:
        value = _in_module_of(cls, value)
    else:
        value.__qualname__ = f'{cls.__qualname__}.{value.__name__}'
    setattr(cls, name, value)
    return True


def _module_globals(cls):
    module = sys.modules.get(cls.__module__)
    return module.__dict__ if module is not None else {}


def _in_module_of(cls, method):
    """`method` as a function of the class's own module, as CPython builds the methods it adds
    (their __globals__ is the module's namespace, which is how doctest's finder and anything else
    that asks tells them apart from library code). The method's code must only use builtins and
    the variables it closes over."""
    moved = types.FunctionType(method.__code__, _module_globals(cls), method.__name__, method.__defaults__,
                               method.__closure__)
    moved.__kwdefaults__ = method.__kwdefaults__
    moved.__qualname__ = f'{cls.__qualname__}.{method.__name__}'
    return moved


def _compile(cls, name, params, body, namespace):
    """Compiles `def name(params): body` in the class's module, the helper values in `namespace`
    reaching the body (and the defaults) as variables of an enclosing function."""
    helpers = ', '.join(namespace)
    lines = '\n'.join(f'        {line}' for line in (body or ['pass']))
    source = (f'def __create_fn__({helpers}):\n'
              f'    def {name}({", ".join(params)}):\n{lines}\n'
              f'    return {name}\n')
    scope = {}
    exec(source, _module_globals(cls), scope)
    return scope['__create_fn__'](**namespace)


def _init_method(cls, fields, std_init_fields, kw_only_fields, frozen, has_post_init, self_name):
    namespace = {'MISSING': MISSING, '__dataclass_builtins_object__': object,
                 '__dataclass_HAS_DEFAULT_FACTORY__': _HAS_DEFAULT_FACTORY}
    seen_default = None
    for f in std_init_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = f
            elif seen_default is not None:
                raise TypeError(f'non-default argument {f.name!r} follows default argument {seen_default.name!r}')

    def param(f):
        if f.default is MISSING and f.default_factory is MISSING:
            default = ''
        elif f.default is not MISSING:
            namespace[f'__dataclass_dflt_{f.name}__'] = f.default
            default = f'=__dataclass_dflt_{f.name}__'
        else:
            default = '=__dataclass_HAS_DEFAULT_FACTORY__'
        namespace[f'__dataclass_type_{f.name}__'] = f.type
        return f'{f.name}{default}'

    params = [self_name] + [param(f) for f in std_init_fields]
    if kw_only_fields:
        params += ['*'] + [param(f) for f in kw_only_fields]
    body = []
    for f in fields:
        value = None
        if f.default_factory is not MISSING:
            namespace[f'__dataclass_dflt_{f.name}__'] = f.default_factory
            if f.init:
                value = (f'__dataclass_dflt_{f.name}__() if {f.name} is __dataclass_HAS_DEFAULT_FACTORY__ '
                         f'else {f.name}')
            else:
                value = f'__dataclass_dflt_{f.name}__()'
        elif f.init:
            value = f.name
        elif f.default is not MISSING:
            namespace[f'__dataclass_dflt_{f.name}__'] = f.default
            value = f'__dataclass_dflt_{f.name}__'
        if value is None or f._field_type is _FIELD_INITVAR:
            continue
        if frozen:
            body.append(f'__dataclass_builtins_object__.__setattr__({self_name}, {f.name!r}, {value})')
        else:
            body.append(f'{self_name}.{f.name} = {value}')
    if has_post_init:
        initvars = ', '.join(f.name for f in fields if f._field_type is _FIELD_INITVAR)
        body.append(f'{self_name}.{_POST_INIT_NAME}({initvars})')
    return _compile(cls, '__init__', params, body, namespace)


def _repr_method(fields):
    names = [f.name for f in fields if f.repr]

    def __repr__(self):
        return f'{self.__class__.__qualname__}(' + ', '.join(f'{n}={getattr(self, n)!r}' for n in names) + ')'

    return __repr__


def _eq_method(fields):
    names = [f.name for f in fields if f.compare]

    def __eq__(self, other):
        if self is other:
            return True
        if other.__class__ is self.__class__:
            for name in names:
                if not getattr(self, name) == getattr(other, name):
                    return False
            return True
        return NotImplemented

    return __eq__


def _order_method(name, op, fields):
    names = [f.name for f in fields if f.compare]

    def compare(self, other):
        if other.__class__ is self.__class__:
            return op(tuple(getattr(self, n) for n in names), tuple(getattr(other, n) for n in names))
        return NotImplemented

    compare.__name__ = name
    return compare


def _hash_method(fields):
    names = [f.name for f in fields if (f.compare if f.hash is None else f.hash)]

    def __hash__(self):
        return hash(tuple(getattr(self, n) for n in names))

    return __hash__


def _frozen_methods(cls, fields):
    names = frozenset(f.name for f in fields)
    error = FrozenInstanceError

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise error(f'cannot assign to field {name!r}')
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise error(f'cannot delete field {name!r}')
        super(cls, self).__delattr__(name)

    for method in (__setattr__, __delattr__):
        if method.__name__ in cls.__dict__:
            raise TypeError(f'Cannot overwrite attribute {method.__name__} in class {cls.__name__}')
        _set_method(cls, method.__name__, method)


def _format_annotation(annotation):
    if isinstance(annotation, type) and not isinstance(annotation, types.GenericAlias):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return f'{annotation.__module__}.{annotation.__qualname__}'
    if isinstance(annotation, str):
        return repr(annotation)
    return repr(annotation).replace('typing.', '')


def _signature_text(cls, init_fields):
    parts = []
    star = False
    for f in init_fields:
        if f.kw_only and not star:
            parts.append('*')
            star = True
        text = f'{f.name}: {_format_annotation(f.type)}'
        if f.default is not MISSING:
            text += f' = {f.default!r}'
        elif f.default_factory is not MISSING:
            text += ' = <factory>'
        parts.append(text)
    return f'{cls.__name__}({", ".join(parts)})'


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots, weakref_slot):
    fields = {}
    if cls.__module__ in sys.modules:
        globals_ = sys.modules[cls.__module__].__dict__
    else:
        globals_ = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                                           slots, weakref_slot))
    any_frozen_base = False
    all_frozen_bases = None
    has_dataclass_bases = False
    for base in cls.__mro__[-1:0:-1]:
        base_fields = getattr(base, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if all_frozen_bases is None:
                all_frozen_bases = True
            current_frozen = getattr(base, _PARAMS).frozen
            all_frozen_bases = all_frozen_bases and current_frozen
            any_frozen_base = any_frozen_base or current_frozen
    annotations = cls.__dict__.get('__annotations__', {})
    own_fields = []
    kw_only_now = kw_only
    kw_only_seen = False
    for name, annotation in annotations.items():
        if _is_kw_only(annotation, globals_):
            if kw_only_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been specified')
            kw_only_seen = True
            kw_only_now = True
            continue
        own_fields.append(_make_field(cls, name, annotation, kw_only_now, globals_))
    for f in own_fields:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')
    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if all_frozen_bases is False and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
    setattr(cls, _FIELDS, fields)
    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or (class_hash is None and '__eq__' in cls.__dict__))
    if order and not eq:
        raise ValueError('eq must be true if order is true')
    all_init_fields = [f for f in fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init_fields = [f for f in all_init_fields if f.init and not f.kw_only]
    kw_only_init_fields = [f for f in all_init_fields if f.init and f.kw_only]
    field_list = [f for f in fields.values() if f._field_type is _FIELD]
    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        self_name = '__dataclass_self__' if 'self' in fields else 'self'
        _set_method(cls, '__init__', _init_method(cls, all_init_fields, std_init_fields, kw_only_init_fields,
                                                   frozen, has_post_init, self_name))
    if repr:
        # Like CPython's, the recursion-guarding wrapper is the library's; what it wraps is the class module's.
        # CPython's is compiled inside a __create_fn__ function, whose name pprint looks for.
        inner = _in_module_of(cls, _repr_method(field_list))
        inner.__qualname__ = '__create_fn__.<locals>.__repr__'
        _set_method(cls, '__repr__', _recursive_repr(inner), rehome=False)
    if eq:
        _set_method(cls, '__eq__', _eq_method(field_list))
    if order:
        for name, op in (('__lt__', lambda a, b: a < b), ('__le__', lambda a, b: a <= b),
                         ('__gt__', lambda a, b: a > b), ('__ge__', lambda a, b: a >= b)):
            _set_method(cls, name, _order_method(name, op, field_list), overwrite_error=True)
    if frozen:
        _frozen_methods(cls, field_list)
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        cls.__hash__ = _in_module_of(cls, _hash_method(field_list))
    elif eq and not has_explicit_hash:
        if frozen:
            cls.__hash__ = _in_module_of(cls, _hash_method(field_list))
        else:
            cls.__hash__ = None
    if not getattr(cls, '__doc__'):
        try:
            cls.__doc__ = _signature_text(cls, [f for f in all_init_fields if f.init]).replace(' -> None', '')
        except (TypeError, ValueError):
            cls.__doc__ = ''
    cls.__replace__ = _replace
    if match_args and '__match_args__' not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in std_init_fields)
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)
    return cls


def _add_slots(cls, is_frozen, weakref_slot):
    namespace = dict(cls.__dict__)
    field_names = tuple(f.name for f in getattr(cls, _FIELDS).values() if f._field_type is _FIELD)
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(getattr(base, '__slots__', ()))
    namespace['__slots__'] = tuple(n for n in field_names if n not in inherited) + (
        ('__weakref__',) if weakref_slot else ())
    for name in field_names:
        namespace.pop(name, None)
    namespace.pop('__dict__', None)
    namespace.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    new_cls = type(cls)(cls.__name__, cls.__bases__, namespace)
    if qualname is not None:
        new_cls.__qualname__ = qualname
    return new_cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Add __init__, __repr__, __eq__ (and, as asked, ordering, hashing, immutability, __slots__)
    to a class from its annotated fields."""

    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots,
                              weakref_slot)

    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """The Field objects of a dataclass or instance (ClassVar and InitVar pseudo-fields left out)."""
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Whether obj is a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a dict, recursing into dataclasses, lists, tuples and dicts."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _convert(obj, dict_factory, True)


def astuple(obj, *, tuple_factory=tuple):
    """The fields of a dataclass instance as a tuple, recursing as asdict does."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _convert(obj, tuple_factory, False)


def _convert(obj, factory, as_dict):
    if _is_dataclass_instance(obj):
        if as_dict:
            return factory([(f.name, _convert(getattr(obj, f.name), factory, True)) for f in fields(obj)])
        return factory([_convert(getattr(obj, f.name), factory, False) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_convert(v, factory, as_dict) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_convert(v, factory, as_dict) for v in obj)
    if isinstance(obj, dict):
        if hasattr(type(obj), 'default_factory'):
            result = type(obj)(obj.default_factory)
            for k, v in obj.items():
                result[_convert(k, factory, as_dict)] = _convert(v, factory, as_dict)
            return result
        return type(obj)((_convert(k, factory, as_dict), _convert(v, factory, as_dict)) for k, v in obj.items())
    import copy
    return copy.deepcopy(obj)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True, eq=True, order=False,
                   unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False, module=None):
    """A new dataclass named cls_name with fields given as names, (name, type) or (name, type, Field)."""
    namespace = {} if namespace is None else namespace
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        import keyword
        if keyword.iskeyword(name):
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in seen:
            raise TypeError(f'Field name duplicated: {name!r}')
        seen.add(name)
        annotations[name] = tp

    def exec_body(ns):
        ns.update(namespace)
        ns.update(defaults)
        ns['__annotations__'] = annotations

    cls = types.new_class(cls_name, bases, {}, exec_body)
    if module is None:
        try:
            module = sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            module = '__main__'
    cls.__module__ = module
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots, weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    """A new instance like obj with the given fields changed (through __init__)."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    return _replace(obj, **changes)


def _replace(self, /, **changes):
    for f in getattr(self, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise TypeError(f'field {f.name} is declared with init=False, it cannot be specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise TypeError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(self, f.name)
    return self.__class__(**changes)
