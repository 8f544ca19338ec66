"""Object-oriented file system paths: pure paths (PurePosixPath, PureWindowsPath) that only
compute, and concrete paths (Path, PosixPath) that also ask the file system.

As in CPython 3.13 the classes live in pathlib._local and the exception in pathlib._abc.
"""

from ._abc import *
from ._local import *

__all__ = _abc.__all__ + _local.__all__
