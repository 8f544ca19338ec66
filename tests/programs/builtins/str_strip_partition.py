# strip family, partition, removeprefix/suffix
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixyx".strip("xy")), repr("xxhixyx".lstrip("x")), repr("xxhixyx".rstrip("yx")))
print(repr("www.example.com".strip("cmowz.")), repr("abc".strip("")), repr("abc".strip(None)))
print(repr("\u3000 wide space\u3000".strip()), repr("\x85nel\x85".strip()), repr("\xa0nbsp\xa0".strip()))
print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("="), "abc".rpartition("="))
print("a::b::c".partition("::"), "a::b::c".rpartition("::"), "".partition("x"))
try:
    "abc".partition("")
except ValueError as e:
    print("ValueError", e)
try:
    "abc".partition(None)
except TypeError as e:
    print("TypeError", e)
print("TestCase".removeprefix("Test"), "TestCase".removeprefix("Case"), "TestCase".removesuffix("Case"), "x".removesuffix(""))
print("aaa".removeprefix("a"), "".removeprefix(""), "abc".removesuffix("abc"))
url = "https://example.org/path/to/page.html?q=1#frag"
scheme, _, rest = url.partition("://")
rest, _, frag = rest.partition("#")
rest, _, query = rest.partition("?")
host, _, path = rest.partition("/")
print(scheme, host, path, query, frag)
base, dot, ext = path.rpartition(".")
print(base, dot, ext, path.rpartition("/")[2])
print(b"  bytes  ".strip(), b"xxabxx".strip(b"x"), bytearray(b"--a--").rstrip(b"-"), b"a=b".partition(b"="))
print(b"prefix_x".removeprefix(b"prefix_"), bytearray(b"abc.txt").removesuffix(b".txt"))
