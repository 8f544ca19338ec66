// How CPython names and words an OSError, for the failures Node reports when the CLI or a module
// opens a file: `FileNotFoundError: [Errno 2] No such file or directory: 'x.py'`.

/** The exception class CPython raises (PEP 3151's subclasses), errno, and glibc's strerror text. */
interface OsErrorInfo {
  readonly type: string;
  readonly errno: number;
  readonly strerror: string;
}

/** Linux errno values; the CLI runs where Node runs, and these are the ones file access meets. */
const OS_ERRORS: Readonly<Record<string, OsErrorInfo>> = {
  EPERM: { type: 'PermissionError', errno: 1, strerror: 'Operation not permitted' },
  ENOENT: { type: 'FileNotFoundError', errno: 2, strerror: 'No such file or directory' },
  EIO: { type: 'OSError', errno: 5, strerror: 'Input/output error' },
  EBADF: { type: 'OSError', errno: 9, strerror: 'Bad file descriptor' },
  ENXIO: { type: 'OSError', errno: 6, strerror: 'No such device or address' },
  EAGAIN: { type: 'BlockingIOError', errno: 11, strerror: 'Resource temporarily unavailable' },
  ENOMEM: { type: 'OSError', errno: 12, strerror: 'Cannot allocate memory' },
  EACCES: { type: 'PermissionError', errno: 13, strerror: 'Permission denied' },
  EEXIST: { type: 'FileExistsError', errno: 17, strerror: 'File exists' },
  EXDEV: { type: 'OSError', errno: 18, strerror: 'Invalid cross-device link' },
  ENOTDIR: { type: 'NotADirectoryError', errno: 20, strerror: 'Not a directory' },
  EISDIR: { type: 'IsADirectoryError', errno: 21, strerror: 'Is a directory' },
  EINVAL: { type: 'OSError', errno: 22, strerror: 'Invalid argument' },
  EMFILE: { type: 'OSError', errno: 24, strerror: 'Too many open files' },
  EFBIG: { type: 'OSError', errno: 27, strerror: 'File too large' },
  ENOSPC: { type: 'OSError', errno: 28, strerror: 'No space left on device' },
  EROFS: { type: 'OSError', errno: 30, strerror: 'Read-only file system' },
  EPIPE: { type: 'BrokenPipeError', errno: 32, strerror: 'Broken pipe' },
  ENAMETOOLONG: { type: 'OSError', errno: 36, strerror: 'File name too long' },
  ENOTEMPTY: { type: 'OSError', errno: 39, strerror: 'Directory not empty' },
  ELOOP: { type: 'OSError', errno: 40, strerror: 'Too many levels of symbolic links' },
};

/** A Node system error (fs and friends set `code` and a negative `errno`). */
export function isNodeSystemError(e: unknown): e is NodeJS.ErrnoException & { code: string } {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string';
}

/** The Python exception a Node system error stands for. */
export function osErrorInfo(e: NodeJS.ErrnoException): OsErrorInfo {
  const known = e.code !== undefined ? OS_ERRORS[e.code] : undefined;
  if (known !== undefined) return known;
  return { type: 'OSError', errno: Math.abs(e.errno ?? 0), strerror: e.code ?? e.message };
}
