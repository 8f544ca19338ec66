// The docstrings of bytes, bytearray and memoryview, as CPython 3.13 has them.
import { ByteArrayType, BytesType } from '../builtin-types';
import { MemoryViewType } from './buffer';

BytesType.ns.setStr(
  '__doc__',
  'bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\nbytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\n' +
    'bytes(int) -> bytes object of size given by the parameter initialized with null bytes\nbytes() -> empty bytes object\n\n' +
    'Construct an immutable array of bytes from:\n  - an iterable yielding integers in range(256)\n  - a text string encoded using the specified encoding\n' +
    '  - any object implementing the buffer API.\n  - an integer',
);
ByteArrayType.ns.setStr(
  '__doc__',
  'bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\nbytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\n' +
    'bytearray(int) -> bytes array of size given by the parameter initialized with null bytes\nbytearray() -> empty bytes array\n\n' +
    'Construct a mutable bytearray object from:\n  - an iterable yielding integers in range(256)\n  - a text string encoded using the specified encoding\n' +
    '  - a bytes or a buffer object\n  - any object implementing the buffer API.\n  - an integer',
);
MemoryViewType.ns.setStr('__doc__', 'Create a new memoryview object which references the given object.');
