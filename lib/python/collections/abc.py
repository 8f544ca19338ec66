"""The abstract base classes of the containers. They live in _collections_abc (which modules
needed early import directly); this name is the same module."""

import sys
import _collections_abc

sys.modules[__name__] = _collections_abc
