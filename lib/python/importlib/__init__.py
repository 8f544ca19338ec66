"""The import system's interface for programs: import_module, reload and invalidate_caches."""

import sys
import _taipan
from . import _bootstrap

__all__ = ["__import__", "import_module", "invalidate_caches", "reload"]

__import__ = __import__

_RELOADING = {}


def _resolve_name(name, package, level):
    bits = package.rsplit(".", level - 1)
    if len(bits) < level:
        raise ImportError("attempted relative import beyond top-level package")
    base = bits[0]
    return f"{base}.{name}" if name else base


def _absolute_name(name, package):
    if not name.startswith("."):
        return name
    if not package:
        raise TypeError(f"the 'package' argument is required to perform a relative import for {name!r}")
    level = len(name) - len(name.lstrip("."))
    return _resolve_name(name[level:], package, level)


def import_module(name, package=None):
    """Import a module by name; a relative name ('.mod', '..pkg.mod') is resolved against `package`."""
    absolute = _absolute_name(name, package)
    if not absolute:
        raise ValueError("Empty module name")
    __import__(absolute)
    return sys.modules[absolute]


def invalidate_caches():
    """Forget what the finders cached; Taipan's finder looks at the file system on each import."""


def reload(module):
    """Execute a module's source again in its own namespace, and return it."""
    try:
        name = module.__spec__.name
    except AttributeError:
        try:
            name = module.__name__
        except AttributeError:
            raise TypeError("reload() argument must be a module")
    if not isinstance(module, type(sys)):
        raise TypeError("reload() argument must be a module")
    if sys.modules.get(name) is not module:
        raise ImportError(f"module {name} not in sys.modules", name=name)
    if name in _RELOADING:
        return _RELOADING[name]
    _RELOADING[name] = module
    try:
        parent_name = name.rpartition(".")[0]
        if parent_name and parent_name not in sys.modules:
            raise ImportError(f"parent {parent_name!r} not in sys.modules", name=parent_name)
        spec = module.__spec__
        if spec is None or spec.loader is None or spec.loader is _bootstrap.BuiltinImporter:
            return module
        spec.loader.exec_module(module)
        return sys.modules[name]
    finally:
        del _RELOADING[name]
