"""The import system's building blocks: module specs, loaders and the suffixes they handle."""

from ._bootstrap import ModuleSpec, BuiltinImporter, SourceFileLoader

SOURCE_SUFFIXES = [".py"]
BYTECODE_SUFFIXES = [".pyc"]
EXTENSION_SUFFIXES = []


def all_suffixes():
    """Every file suffix the import system recognises for modules."""
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES
