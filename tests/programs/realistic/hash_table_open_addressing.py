# A hash map with open addressing (linear probing), tombstones and resizing
class HashMap:
    _EMPTY = object()
    _TOMB = object()
    def __init__(self, capacity=8):
        self.slots = [self._EMPTY] * capacity
        self.size = 0
        self.tombs = 0
        self.probes = 0
        self.resizes = 0
    def _hash(self, key):
        h = 0
        for ch in str(key):
            h = (h * 31 + ord(ch)) & 0xFFFFFFFF
        return h
    def _find(self, key):
        n = len(self.slots)
        i = self._hash(key) % n
        first_tomb = None
        while True:
            self.probes += 1
            slot = self.slots[i]
            if slot is self._EMPTY:
                return (first_tomb if first_tomb is not None else i), False
            if slot is self._TOMB:
                if first_tomb is None:
                    first_tomb = i
            elif slot[0] == key:
                return i, True
            i = (i + 1) % n
    def _resize(self, new_cap):
        old = [s for s in self.slots if s is not self._EMPTY and s is not self._TOMB]
        self.slots = [self._EMPTY] * new_cap
        self.size = self.tombs = 0
        self.resizes += 1
        for k, v in old:
            self[k] = v
    def __setitem__(self, key, value):
        if (self.size + self.tombs + 1) * 3 > len(self.slots) * 2:
            self._resize(len(self.slots) * 2 if self.size * 3 > len(self.slots) else len(self.slots))
        i, found = self._find(key)
        if not found:
            if self.slots[i] is self._TOMB:
                self.tombs -= 1
            self.size += 1
        self.slots[i] = (key, value)
    def __getitem__(self, key):
        i, found = self._find(key)
        if not found:
            raise KeyError(key)
        return self.slots[i][1]
    def __delitem__(self, key):
        i, found = self._find(key)
        if not found:
            raise KeyError(key)
        self.slots[i] = self._TOMB
        self.size -= 1
        self.tombs += 1
    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default
    def __contains__(self, key):
        return self._find(key)[1]
    def __len__(self):
        return self.size
    def items(self):
        return [s for s in self.slots if s is not self._EMPTY and s is not self._TOMB]
    def layout(self):
        return "".join("." if s is self._EMPTY else "x" if s is self._TOMB else "#" for s in self.slots)

m = HashMap()
words = "apple banana cherry date elderberry fig grape honeydew kiwi lemon mango nectarine orange papaya".split()
for i, w in enumerate(words):
    m[w] = i
    if i % 4 == 3:
        print(f"after {i + 1:>2} inserts: cap={len(m.slots):>3} layout={m.layout()}")
print(len(m), m["kiwi"], m.get("zucchini", "none"), "fig" in m, "fog" in m)
for w in words[::3]:
    del m[w]
print("after deletes:", len(m), m.layout(), "tombs:", m.tombs)
try:
    del m["apple"]
except KeyError as e:
    print("KeyError", e)
m["apple"] = 100
m["banana"] = 200
print(sorted(m.items()), m.layout())
for i in range(200):
    m[i] = i * i
for i in range(0, 200, 2):
    del m[i]
print(len(m), len(m.slots), m.resizes, m.tombs, m[199], m.get(198), sum(v for k, v in m.items() if isinstance(k, int)))
print("hash spread:", [m._hash(w) % 16 for w in words])
print("avg probes per op: %.3f" % (m.probes / 600))
