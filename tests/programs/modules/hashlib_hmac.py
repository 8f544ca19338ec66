# hashlib (md5, sha1, sha2, sha3, blake2, shake; copy, pbkdf2_hmac) and hmac.
import hashlib, hmac
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_256', 'blake2b', 'blake2s']:
    h = hashlib.new(name, b'hello')
    h.update(b' world')
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest(), len(h.digest()))
print(hashlib.sha256(b'abc').hexdigest(), hashlib.md5().hexdigest(), hashlib.shake_128(b'x').hexdigest(8), hashlib.shake_256(b'x').digest(4))
h = hashlib.sha1(b'a')
c = h.copy()
c.update(b'b')
print(h.hexdigest(), c.hexdigest(), hashlib.sha1(b'ab').hexdigest() == c.hexdigest())
print(sorted(hashlib.algorithms_guaranteed)[:6], hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 1000).hex())
print(hmac.new(b'key', b'The quick brown fox jumps over the lazy dog', 'sha256').hexdigest(), hmac.new(b'key', digestmod=hashlib.md5).hexdigest(), hmac.digest(b'k', b'm', 'sha1').hex())
print(hmac.compare_digest(b'a', b'a'), hmac.new(b'k' * 100, b'x', 'sha512').hexdigest()[:32], hmac.new(b'k', b'x', 'sha256').name)
for bad in [lambda: hashlib.sha256('text'), lambda: hashlib.new('nope'), lambda: hmac.new(b'k'), lambda: hmac.new('k', digestmod='md5')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
