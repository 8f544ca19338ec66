# The import system: specs and loaders, importlib, namespace packages, circular imports and
# the messages CPython gives for them. The modules are written to a scratch directory first.
import importlib
import importlib.machinery
import importlib.util
import json
import math
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "_import_system_scratch")

FILES = {
    "circle/__init__.py": "from . import first\n",
    "circle/first.py": "from . import second\ndef early():\n    return 'first'\n",
    "circle/second.py": (
        "from . import first\n"
        "ROOT = __file__.rpartition('/circle/')[0]\n"
        "try:\n    first.early\nexcept AttributeError as e:\n    print('attribute:', str(e).replace(ROOT, '<root>'))\n"
        "try:\n    from .first import early\nexcept ImportError as e:\n    print('from-import:', str(e).replace(ROOT, '<root>'))\n"
    ),
    "spaced/inner/leaf.py": "VALUE = 'leaf'\n",
    "spaced/top.py": "VALUE = 'top'\n",
    "counter.py": "count = globals().get('count', 0) + 1\n",
    "regular/__init__.py": "from .helper import helper\n",
    "regular/helper.py": "def helper():\n    return __name__, __package__\n",
}


def hide(text):
    return str(text).replace(ROOT, "<root>")


def write_tree():
    for name, text in FILES.items():
        path = os.path.join(ROOT, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(text)


def remove_tree(path):
    for entry in os.listdir(path):
        full = os.path.join(path, entry)
        if os.path.isdir(full):
            remove_tree(full)
        else:
            os.remove(full)
    os.rmdir(path)


write_tree()
sys.path.insert(1, ROOT)
try:
    # Specs of a package, a submodule and a built-in module.
    import regular
    spec = regular.__spec__
    print(spec.name, spec.parent, hide(spec.origin), hide(spec.submodule_search_locations), spec.has_location)
    print(spec.submodule_search_locations is regular.__path__, regular.__package__, hide(regular.__file__))
    print(type(spec).__name__, type(spec).__module__, type(regular.__loader__).__name__, regular.__loader__ is spec.loader)
    print(regular.helper(), regular.helper.__module__, regular.__loader__.is_package("regular"))
    helper = sys.modules["regular.helper"]
    print(helper.__spec__.parent, helper.__spec__.submodule_search_locations, helper.__package__)
    print(sys.__spec__, sys.__loader__, math.__spec__.name, math.__spec__.parent)
    print(json.__spec__.name, json.__spec__.parent, json.decoder.__spec__.parent)

    # importlib.
    print(importlib.import_module("regular.helper") is helper)
    print(importlib.import_module(".helper", "regular") is helper)
    print(importlib.util.resolve_name("..x", "a.b.c"), importlib.util.resolve_name("x", None))
    print(importlib.util.find_spec("no_such_module_anywhere"))
    print(importlib.util.find_spec("counter").name, hide(importlib.util.find_spec("counter").origin))
    print("counter" in sys.modules)
    import counter
    print(counter.count, importlib.reload(counter) is counter, counter.count)
    print(importlib.util.find_spec("sys").origin, importlib.machinery.SOURCE_SUFFIXES)
    for call in [
        lambda: importlib.import_module(".helper"),
        lambda: importlib.import_module("regular.nothing_here"),
        lambda: importlib.reload(42),
        lambda: importlib.util.resolve_name(".x", None),
        lambda: importlib.import_module(""),
    ]:
        try:
            call()
        except (ImportError, TypeError, ValueError) as e:
            print(type(e).__name__, e)

    # Namespace packages: directories without __init__.py.
    import spaced.top
    from spaced.inner import leaf
    import spaced
    print(spaced.top.VALUE, leaf.VALUE, hide(spaced.__path__), hide(list(spaced.__path__)), spaced.__file__)
    print(spaced.__spec__.origin, hide(spaced.__spec__.submodule_search_locations), spaced.__package__)
    print(hide(repr(spaced)), spaced.inner.__name__)

    # Circular imports see a partially initialized module.
    import circle
    print(circle.first.early())
    try:
        circle.missing
    except AttributeError as e:
        print(hide(e))
    try:
        from circle import missing
    except ImportError as e:
        print(hide(e))
finally:
    remove_tree(ROOT)
