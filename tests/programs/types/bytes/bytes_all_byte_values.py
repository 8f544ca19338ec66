# Every byte value through repr, case mapping, predicates, hex and membership.
allb = bytes(range(256))
print(allb.upper()[96:128])
print(allb.lower()[64:96])
print(allb.swapcase() == bytes(c ^ 32 if (65 <= c <= 90 or 97 <= c <= 122) else c for c in allb))
print(allb.title()[:128] == allb[:128].title())
print(allb.hex()[:64])
print(allb.hex()[-64:])
print(bytes.fromhex(allb.hex()) == allb, bytes.fromhex(allb.hex().upper()) == allb)
groups = {}
for c in range(256):
    one = bytes([c])
    key = (one.isalpha(), one.isdigit(), one.isspace(), one.isupper(), one.islower(), one.isascii())
    groups.setdefault(key, []).append(c)
for key in sorted(groups):
    vals = groups[key]
    print(key, len(vals), vals[0], vals[-1])
reprs = [repr(bytes([c])) for c in range(256)]
print(reprs[:12])
print(reprs[30:40])
print(reprs[90:100])
print(reprs[125:130], reprs[-2:])
print(sum(len(r) for r in reprs))
print(all(c in allb for c in range(256)), all(bytes([c]) in allb for c in range(256)))
print(allb.find(allb[100:110]), allb.count(allb[::-1][:1]), allb.rfind(b"\x00"))
print(allb[::-1][:5], allb[::51], allb[255:0:-64])
print(allb.translate(None, allb[::2])[:10], len(allb.translate(None, allb[::2])))
print(len(allb.split()), allb.split()[:2], allb.split()[-1][-3:])
print(len(allb.splitlines()), [len(x) for x in allb.splitlines(True)])
print(allb.strip()[:3], allb.strip()[-3:], len(allb.strip()))
print(allb.decode("latin-1").encode("latin-1") == allb, len(allb.decode("utf-8", "replace")))
print(ascii(allb.decode("ascii", "ignore")[-3:]), len(allb.decode("ascii", "ignore")))
print(allb.decode("cp1252", "replace").count("\ufffd"))
