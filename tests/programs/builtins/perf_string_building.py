# String building and scanning at moderate scale
parts = []
for i in range(20000):
    parts.append(str(i))
s = ",".join(parts)
print(len(s), s[:30], s[-20:], s.count(","), s.count("99"))
acc = ""
for i in range(5000):
    acc += chr(97 + i % 26)
print(len(acc), acc[:30], acc.count("xyz"), acc.find("zab"), acc.rfind("abc"))
text = ("the quick brown fox jumps over the lazy dog " * 2000).strip()
words = text.split(" ")
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(len(words), sorted(freq.items()))
upper = text.upper()
print(upper[:20], upper.count("O"), text.replace("the", "THE", 3)[:60])
rev = "".join(reversed(text[:100]))
print(rev)
pal = 0
for i in range(1, 20000):
    t = str(i)
    if t == t[::-1]:
        pal += 1
print(pal)
lines = ["%05d|%s|%8.3f" % (i, "x" * (i % 7), i / 7) for i in range(3000)]
print(lines[0], lines[1], lines[2999], sum(len(l) for l in lines))
b = bytearray()
for i in range(10000):
    b.append(i % 256)
print(len(b), bytes(b[250:260]), b.count(0), sum(b))
