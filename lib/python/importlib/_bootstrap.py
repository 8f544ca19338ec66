"""Module specs and loaders: what the import system records about each module it imports.

Taipan's import system itself is native (src/vm/imports.ts); it asks `_spec_for` for the
`__spec__` of every module it creates once this module is loaded, and this module gives the
modules imported before it their specs when it loads.
"""

import sys
import _taipan


class ModuleSpec:
    """What the import system knows of a module: its name, loader, origin and search locations."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._uninitialized_submodules = []
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        parts = [f"name={self.name!r}", f"loader={self.loader!r}"]
        if self.origin is not None:
            parts.append(f"origin={self.origin!r}")
        if self.submodule_search_locations is not None:
            parts.append(f"submodule_search_locations={self.submodule_search_locations}")
        return f"{self.__class__.__name__}({', '.join(parts)})"

    def __eq__(self, other):
        smsl = self.submodule_search_locations
        try:
            return (self.name == other.name and self.loader == other.loader and self.origin == other.origin
                    and smsl == other.submodule_search_locations and self.cached == other.cached
                    and self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented

    @property
    def cached(self):
        # Taipan compiles source in memory and writes no bytecode files.
        return self._cached

    @cached.setter
    def cached(self, cached):
        self._cached = cached

    @property
    def parent(self):
        """The name of the package the module belongs to ('' for a top-level module)."""
        if self.submodule_search_locations is None:
            return self.name.rpartition(".")[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


ModuleSpec.__module__ = "_frozen_importlib"


class BuiltinImporter:
    """The loader of the modules built into the interpreter."""

    _ORIGIN = "built-in"

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if _taipan.is_builtin_module(fullname):
            return ModuleSpec(fullname, cls, origin=cls._ORIGIN)
        return None

    @staticmethod
    def create_module(spec):
        return __import__(spec.name)

    @staticmethod
    def exec_module(module):
        pass

    @classmethod
    def is_package(cls, fullname):
        return False

    @classmethod
    def get_code(cls, fullname):
        return None

    @classmethod
    def get_source(cls, fullname):
        return None


BuiltinImporter.__module__ = "_frozen_importlib"


class SourceFileLoader:
    """The loader of a module's Python source file."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return self.__class__ == other.__class__ and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def _check_name(self, name):
        if name is None:
            return self.name
        if name != self.name:
            raise ImportError(f"loader for {self.name} cannot handle {name}", name=name)
        return name

    def get_filename(self, name=None):
        self._check_name(name)
        return self.path

    def is_package(self, fullname):
        filename = self.get_filename(fullname).rpartition("/")[2]
        return filename.rsplit(".", 1)[0] == "__init__"

    def get_data(self, path):
        with open(path, "rb") as file:
            return file.read()

    def get_source(self, fullname):
        data = self.get_data(self.get_filename(fullname))
        return data.decode("utf-8")

    def get_code(self, fullname):
        return compile(self.get_data(self.get_filename(fullname)), self.path, "exec", dont_inherit=True)

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        exec(code, module.__dict__)

    def path_stats(self, path):
        import os
        st = os.stat(path)
        return {"mtime": st.st_mtime, "size": st.st_size}


SourceFileLoader.__module__ = "_frozen_importlib_external"


class _NamespacePath:
    """The directories that together make a namespace package (its __path__)."""

    def __init__(self, portions):
        self._path = list(portions)

    def __iter__(self):
        return iter(self._path)

    def __getitem__(self, index):
        return self._path[index]

    def __setitem__(self, index, path):
        self._path[index] = path

    def __len__(self):
        return len(self._path)

    def __contains__(self, item):
        return item in self._path

    def __repr__(self):
        return f"_NamespacePath({self._path!r})"

    def append(self, item):
        self._path.append(item)


_NamespacePath.__module__ = "_frozen_importlib_external"


class NamespaceLoader:
    """The loader of namespace packages, which have no code of their own."""

    def __init__(self, name, path):
        self._path = path

    def is_package(self, fullname):
        return True

    def get_source(self, fullname):
        return ""

    def get_code(self, fullname):
        return compile("", "<string>", "exec", dont_inherit=True)

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        pass


NamespaceLoader.__module__ = "_frozen_importlib_external"


def _spec_for(name, file, is_package, portions=()):
    """The spec of a module the native import system is creating: file None is a built-in
    module, or a namespace package made of `portions` when is_package is true."""
    if file is None and is_package:
        path = _NamespacePath(portions)
        spec = ModuleSpec(name, NamespaceLoader(name, path), is_package=True)
        spec.submodule_search_locations = path
        return spec
    if file is None:
        return ModuleSpec(name, BuiltinImporter, origin=BuiltinImporter._ORIGIN)
    spec = ModuleSpec(name, SourceFileLoader(name, file), origin=file, is_package=is_package)
    spec.has_location = True
    if is_package:
        spec.submodule_search_locations.append(file.rpartition("/")[0])
    return spec


def _setup():
    for name, module in list(sys.modules.items()):
        if name == "__main__" or getattr(module, "__spec__", None) is not None:
            continue
        file = getattr(module, "__file__", None)
        path = getattr(module, "__path__", None)
        spec = _spec_for(name, file, path is not None, path or ())
        module.__spec__ = spec
        module.__loader__ = spec.loader
    _taipan.set_spec_factory(_spec_for)


_setup()
