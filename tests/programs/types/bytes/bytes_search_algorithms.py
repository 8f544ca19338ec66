# find/count/replace/split on longer inputs, where search algorithms take shortcuts.
hay = (b"abcab" * 40) + b"needle" + (b"xyz" * 50) + b"needle" + b"tail"
print(len(hay), hay.find(b"needle"), hay.rfind(b"needle"), hay.count(b"needle"))
print(hay.find(b"needlex"), hay.count(b"ab"), hay.count(b"abcab"), hay.count(b"bca"))
print(hay.index(b"xyzx"), hay.rindex(b"zx"), hay.find(b"tail", -10), hay.find(b"tail", -3))
print(hay.count(b"z", 200, 300), hay.find(b"abcab", 195), hay.rfind(b"abcab", 0, 100))
pattern = b"aab"
text = b"a" * 100 + b"aab" + b"a" * 100
print(text.find(pattern), text.rfind(pattern), text.count(pattern), text.count(b"aa"))
print(text.replace(b"aa", b"b").count(b"b"), len(text.replace(b"aab", b"")))
print(len(text.split(b"a")), text.split(b"aab"), len(text.rsplit(b"aa", 3)))
print((b"ab" * 500).count(b"ba"), (b"ab" * 500).find(b"bb"), (b"ab" * 500).rfind(b"aba"))
periodic = b"xyxyxyxyxz" * 20
print(periodic.find(b"xyxz"), periodic.rfind(b"xyxz"), periodic.count(b"xyxz"), periodic.count(b"xyx"))
print(periodic.find(b"zxy", 10, 15), periodic.find(b"zxy", 9, 12), periodic.find(b"zxy", 9, 11))
big = bytes(range(256)) * 8
print(big.find(bytes(range(250, 256)) + bytes(range(4))), big.rfind(b"\xff\x00"), big.count(b"\xff\x00"))
print(big.find(b"\x00", 1), big.rfind(b"\x00", 0, 1024), big.count(0), big.index(255, 300))
ba = bytearray(hay)
print(ba.find(b"needle"), ba.count(b"needle"), ba.replace(b"needle", b"N").count(b"N"))
print(hay.partition(b"needle")[2][:6], hay.rpartition(b"needle")[0][-6:])
print(b"".find(b""), b"".rfind(b""), b"a".find(b"", 2), b"a".rfind(b"", 1), b"abc".rfind(b"", -1))
