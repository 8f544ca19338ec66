"""Abstract base classes: the ABCMeta metaclass, the ABC helper class and the decorators
that mark methods abstract."""

import _collection_flags


def abstractmethod(funcobj):
    """Mark a method abstract: a class whose metaclass is ABCMeta cannot be instantiated
    until every abstract method is overridden."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """A classmethod that is also abstract (deprecated: stack classmethod on abstractmethod)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """A staticmethod that is also abstract (deprecated: stack staticmethod on abstractmethod)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """A property that is also abstract (deprecated: stack property on abstractmethod)."""

    __isabstractmethod__ = True


# Bumped by every register() anywhere: negative answers cached before it are stale.
_invalidation_counter = 0


def get_cache_token():
    """An object that changes whenever a class is registered with any ABC, for callers that
    cache isinstance/issubclass answers about ABCs."""
    return _invalidation_counter


def _is_abstract(value):
    return getattr(value, '__isabstractmethod__', False)


def _abstract_names(cls, own_namespace):
    # Abstract names declared here, plus inherited abstract names that are still abstract.
    names = {name for name, value in own_namespace.items() if _is_abstract(value)}
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if _is_abstract(getattr(cls, name, None)):
                names.add(name)
    return frozenset(names)


class _abc_data:
    """What an ABC remembers: the classes registered with it, and the classes known to be or
    not to be its virtual subclasses."""

    __slots__ = ('registry', 'cache', 'negative_cache', 'negative_cache_version')

    def __init__(self):
        self.registry = set()
        self.cache = set()
        self.negative_cache = set()
        self.negative_cache_version = _invalidation_counter


class ABCMeta(type):
    """Metaclass for abstract base classes: instances of classes made with it can only be
    created once all abstract methods are overridden, and unrelated classes may be registered
    as virtual subclasses."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstract_names(cls, namespace)
        cls._abc_impl = _abc_data()
        flags = namespace.get('__abc_tpflags__')
        if flags is not None:
            # Sequence and Mapping say which patterns their subclasses match.
            _collection_flags.set(cls, flags)
            del cls.__abc_tpflags__
        return cls

    def register(cls, subclass):
        """Register a virtual subclass of this ABC; returns it, so this works as a decorator."""
        global _invalidation_counter
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError('Refusing to create an inheritance cycle')
        cls._abc_impl.registry.add(subclass)
        _invalidation_counter += 1
        flag = _collection_flags.get(cls)
        if flag:
            _collection_flags.set(subclass, flag)
        return subclass

    def __instancecheck__(cls, instance):
        """Override for isinstance(instance, cls)."""
        impl = cls._abc_impl
        subclass = instance.__class__
        if subclass in impl.cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if impl.negative_cache_version == _invalidation_counter and subclass in impl.negative_cache:
                return False
            return cls.__subclasscheck__(subclass)
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        """Override for issubclass(subclass, cls)."""
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        impl = cls._abc_impl
        if subclass in impl.cache:
            return True
        if impl.negative_cache_version < _invalidation_counter:
            impl.negative_cache = set()
            impl.negative_cache_version = _invalidation_counter
        elif subclass in impl.negative_cache:
            return False
        answer = cls.__subclasshook__(subclass)
        if answer is not NotImplemented:
            if answer is not True and answer is not False:
                raise AssertionError('__subclasshook__ must return either False, True, or NotImplemented')
            (impl.cache if answer else impl.negative_cache).add(subclass)
            return answer
        if cls in subclass.__mro__:
            impl.cache.add(subclass)
            return True
        for registered in impl.registry:
            if issubclass(subclass, registered):
                impl.cache.add(subclass)
                return True
        for child in cls.__subclasses__():
            if issubclass(subclass, child):
                impl.cache.add(subclass)
                return True
        impl.negative_cache.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        """Debug helper: print the ABC's registry and caches."""
        impl = cls._abc_impl
        print(f'Class: {cls.__module__}.{cls.__qualname__}', file=file)
        print(f'Inv. counter: {get_cache_token()}', file=file)
        print(f'_abc_registry: {impl.registry!r}', file=file)
        print(f'_abc_cache: {impl.cache!r}', file=file)
        print(f'_abc_negative_cache: {impl.negative_cache!r}', file=file)
        print(f'_abc_negative_cache_version: {impl.negative_cache_version!r}', file=file)

    def _abc_registry_clear(cls):
        """Forget the registered virtual subclasses (for tests)."""
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        """Forget the cached subclass answers (for tests)."""
        cls._abc_impl.cache.clear()
        cls._abc_impl.negative_cache.clear()


def update_abstractmethods(cls):
    """Recompute cls.__abstractmethods__ after abstract methods were implemented or added
    to a class after its creation (class decorators use it). Returns cls."""
    if not hasattr(cls, '__abstractmethods__'):
        # Not an ABC: nothing tracks its abstract methods.
        return cls
    cls.__abstractmethods__ = _abstract_names(cls, cls.__dict__)
    return cls


class ABC(metaclass=ABCMeta):
    """A helper class that has ABCMeta as its metaclass: subclass it to make an ABC."""

    __slots__ = ()
