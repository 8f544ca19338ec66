"""What pathlib's path classes share beyond one operating system: the exception for operations
a kind of path cannot do, and which OSErrors mean 'no such path' to the is_*() questions."""

__all__ = ["UnsupportedOperation"]

# ENOENT, ENOTDIR, EBADF, ELOOP: exists(), is_dir(), … answer False on these instead of raising.
_IGNORED_ERRNOS = (2, 20, 9, 40)


def _ignore_error(exception):
    return getattr(exception, 'errno', None) in _IGNORED_ERRNOS


class UnsupportedOperation(NotImplementedError):
    """Raised when a path object is asked for an operation its kind or this system cannot do."""
