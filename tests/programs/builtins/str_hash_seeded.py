# hash() of str and bytes under PYTHONHASHSEED=0 (SipHash-1-3 with a zero key)
for s in ["", "a", "b", "ab", "abc", "hello", "hello world", "Hello World", "é", "日本語", "😀", "a" * 100,
          "The quick brown fox jumps over the lazy dog", "0", "1", "key", "value", "__init__", "x" * 7, "x" * 8, "x" * 9]:
    print(repr(s)[:30], hash(s))
for b in [b"", b"a", b"abc", b"hello", b"\x00\xff", b"x" * 16]:
    print(b, hash(b))
print(hash("abc") == hash(b"abc"), hash("a") == hash("a"[:1]), hash("ab") == hash("a" + "b"))
print(hash(("a", "b")), hash(("a", 1, 2.5, None)), hash(frozenset(["a", "b", "c"])))
print(hash("é") == hash("\u00e9"), hash("e\u0301") == hash("é"))
words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"]
print([hash(w) % 8 for w in words])
print([hash(w) % 1000 for w in words])
print(set(words))
print(dict.fromkeys(words, 0).keys() == set(words), list(dict.fromkeys(words))[:3])
print({w[0] for w in words}, {w[:2] for w in words})
print(frozenset("mississippi"), set("abcdefghijklmnop"), set(["10", "20", "30", "40"]))
d = {}
for w in words:
    d[w] = len(d)
print(list(d), [hash(w) & 7 for w in d])
s = set()
for ch in "the quick brown fox jumps over the lazy dog":
    s.add(ch)
print(s, len(s))
print({"x%d" % i for i in range(12)})
