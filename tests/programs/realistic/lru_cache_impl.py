# An LRU cache built from a dict and a doubly linked list, used to memoize a slow function
class _Link:
    __slots__ = ("key", "value", "prev", "next")
    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = self

class LRUCache:
    def __init__(self, capacity):
        if capacity < 1:
            raise ValueError("capacity must be >= 1")
        self.capacity = capacity
        self.map = {}
        self.root = _Link()
        self.hits = self.misses = self.evictions = 0
    def _unlink(self, link):
        link.prev.next, link.next.prev = link.next, link.prev
    def _push_front(self, link):
        link.next, link.prev = self.root.next, self.root
        self.root.next.prev = link
        self.root.next = link
    def get(self, key, default=None):
        link = self.map.get(key)
        if link is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(link)
        self._push_front(link)
        return link.value
    def put(self, key, value):
        link = self.map.get(key)
        if link is not None:
            link.value = value
            self._unlink(link)
            self._push_front(link)
            return
        if len(self.map) >= self.capacity:
            lru = self.root.prev
            self._unlink(lru)
            del self.map[lru.key]
            self.evictions += 1
        link = _Link(key, value)
        self.map[key] = link
        self._push_front(link)
    def keys(self):
        out, link = [], self.root.next
        while link is not self.root:
            out.append(link.key)
            link = link.next
        return out
    def __len__(self):
        return len(self.map)
    def __contains__(self, key):
        return key in self.map
    def __repr__(self):
        return f"LRUCache({self.capacity}, {self.keys()}, hits={self.hits}, misses={self.misses}, evictions={self.evictions})"

c = LRUCache(3)
for op in ["put a 1", "put b 2", "get a", "put c 3", "put d 4", "get b", "get c", "put a 10", "put e 5", "get d", "get a", "get c"]:
    parts = op.split()
    if parts[0] == "put":
        c.put(parts[1], int(parts[2]))
        print(f"{op:<10} -> {c.keys()}")
    else:
        print(f"{op:<10} -> {c.get(parts[1], 'MISS')!r:<6} {c.keys()}")
print(c, len(c), "a" in c, "b" in c)

def lru_memo(capacity):
    def deco(fn):
        cache = LRUCache(capacity)
        def wrapper(*args):
            sentinel = object()
            v = cache.get(args, sentinel)
            if v is sentinel:
                v = fn(*args)
                cache.put(args, v)
            return v
        wrapper.cache = cache
        return wrapper
    return deco

@lru_memo(128)
def ways(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return ways(n - k, k) + ways(n, k - 1)
print(ways(30, 30), ways.cache.hits, ways.cache.misses, ways.cache.evictions, len(ways.cache))
seq_cache = LRUCache(4)
pattern = [1, 2, 3, 4, 1, 2, 5, 1, 2, 3, 4, 5] * 3
faults = 0
for page in pattern:
    if seq_cache.get(page) is None:
        faults += 1
        seq_cache.put(page, True)
print("page faults:", faults, "of", len(pattern), seq_cache.keys())
try:
    LRUCache(0)
except ValueError as e:
    print("ValueError:", e)
