"""Helpers around the import system: finding specs and making modules from them."""

import sys
import _taipan
from ._bootstrap import ModuleSpec, SourceFileLoader, BuiltinImporter, _spec_for
from . import _resolve_name


def resolve_name(name, package):
    """The absolute name of a possibly relative module name, relative to `package`."""
    if not name.startswith("."):
        return name
    if not package:
        raise ImportError(f"no package specified for {name!r} (required for relative module names)")
    level = 0
    for character in name:
        if character != ".":
            break
        level += 1
    return _resolve_name(name[level:], package, level)


def find_spec(name, package=None):
    """The spec of the module `name` (imported or not), or None when there is no such module."""
    fullname = resolve_name(name, package) if name.startswith(".") else name
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        try:
            spec = module.__spec__
        except AttributeError:
            raise ValueError(f"{name}.__spec__ is not set") from None
        if spec is None:
            raise ValueError(f"{name}.__spec__ is None")
        return spec
    parent_name = fullname.rpartition(".")[0]
    if parent_name:
        parent = __import__(parent_name, fromlist=["__path__"])
        try:
            search_path = parent.__path__
        except AttributeError as e:
            raise ModuleNotFoundError(
                f"__path__ attribute not found on {parent_name!r} while trying to find {fullname!r}",
                name=fullname) from e
    else:
        if _taipan.is_builtin_module(fullname):
            return _spec_for(fullname, None, False)
        search_path = sys.path
    found = _taipan.find_source(fullname, list(search_path))
    if found is None:
        return None
    file, is_package, portions = found
    return _spec_for(fullname, file, is_package, portions)


def spec_from_file_location(name, location=None, *, loader=None, submodule_search_locations=None):
    """A spec for the module `name` whose source is the file `location`."""
    if location is None:
        return None
    location = str(location)
    if loader is None:
        loader = SourceFileLoader(name, location)
    is_package = location.rpartition("/")[2] == "__init__.py"
    spec = ModuleSpec(name, loader, origin=location, is_package=is_package or submodule_search_locations is not None)
    spec.has_location = True
    if is_package and submodule_search_locations is None:
        spec.submodule_search_locations.append(location.rpartition("/")[0])
    elif submodule_search_locations is not None:
        spec.submodule_search_locations.extend(submodule_search_locations)
    return spec


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """A spec for the module `name` that `loader` loads."""
    if is_package is None and hasattr(loader, "is_package"):
        try:
            is_package = loader.is_package(name)
        except ImportError:
            is_package = None
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


def module_from_spec(spec):
    """A new module made from `spec`, with its import-related attributes set; not yet executed."""
    module = None
    if hasattr(spec.loader, "create_module"):
        module = spec.loader.create_module(spec)
    elif hasattr(spec.loader, "exec_module"):
        raise ImportError("loaders that define exec_module() must also define create_module()")
    if module is None:
        module = type(sys)(spec.name)
    module.__spec__ = spec
    module.__loader__ = spec.loader
    module.__package__ = spec.parent
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
    if spec.has_location:
        module.__file__ = spec.origin
    return module
