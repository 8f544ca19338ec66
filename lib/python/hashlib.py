"""Secure hashes and message digests: md5, sha1, sha224/256/384/512, sha3_*, blake2b/blake2s, shake_128/256."""

import _hashlib

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'blake2b', 'blake2s', 'sha3_224', 'sha3_256',
           'sha3_384', 'sha3_512', 'shake_128', 'shake_256', 'new', 'algorithms_guaranteed', 'algorithms_available',
           'pbkdf2_hmac', 'file_digest')

algorithms_guaranteed = set(_hashlib.names().split())
algorithms_available = set(algorithms_guaranteed)


def new(name, data=b'', **kwargs):
    """A hash object of the named algorithm, fed data."""
    if not isinstance(name, str):
        raise TypeError(f"new() argument 'name' must be str, not {type(name).__name__}")
    return _hashlib.new(name, data)


def _constructor(name):
    def constructor(data=b'', *, usedforsecurity=True, string=None):
        if string is not None:
            if data:
                raise TypeError("'data' and 'string' are mutually exclusive and support for 'string' keyword "
                                "parameter is slated for removal in a future version.")
            data = string
        return _hashlib.new(name, data)
    constructor.__name__ = f'openssl_{name}'
    constructor.__qualname__ = constructor.__name__
    return constructor


md5 = _constructor('md5')
sha1 = _constructor('sha1')
sha224 = _constructor('sha224')
sha256 = _constructor('sha256')
sha384 = _constructor('sha384')
sha512 = _constructor('sha512')
sha3_224 = _constructor('sha3_224')
sha3_256 = _constructor('sha3_256')
sha3_384 = _constructor('sha3_384')
sha3_512 = _constructor('sha3_512')
shake_128 = _constructor('shake_128')
shake_256 = _constructor('shake_256')


def blake2b(data=b'', *, digest_size=64, **kwargs):
    if digest_size != 64 or kwargs:
        raise ValueError('Taipan supports blake2b with its default parameters only')
    return _hashlib.new('blake2b', data)


def blake2s(data=b'', *, digest_size=32, **kwargs):
    if digest_size != 32 or kwargs:
        raise ValueError('Taipan supports blake2s with its default parameters only')
    return _hashlib.new('blake2s', data)


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """PBKDF2 with HMAC-hash_name: dklen bytes (the digest size by default)."""
    if dklen is None:
        dklen = new(hash_name).digest_size
    if iterations < 1:
        raise ValueError('iteration value must be greater than 0.')
    if dklen < 1:
        raise ValueError('key length must be greater than 0.')
    return _hashlib.pbkdf2_hmac(hash_name, password, salt, iterations, dklen)


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """The digest of a binary file object's content."""
    digestobj = new(digest) if isinstance(digest, str) else digest()
    while True:
        data = fileobj.read(_bufsize)
        if not data:
            break
        digestobj.update(data)
    return digestobj
