# A trie supporting insert, prefix search with ranking, deletion and wildcard match
class TrieNode:
    __slots__ = ("children", "count", "end")
    def __init__(self):
        self.children = {}
        self.count = 0
        self.end = 0

class Trie:
    def __init__(self):
        self.root = TrieNode()
        self.words = 0
    def insert(self, word, weight=1):
        node = self.root
        for ch in word:
            node = node.children.setdefault(ch, TrieNode())
            node.count += 1
        if not node.end:
            self.words += 1
        node.end += weight
    def _walk(self, prefix):
        node = self.root
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return None
        return node
    def __contains__(self, word):
        node = self._walk(word)
        return bool(node and node.end)
    def complete(self, prefix, limit=5):
        node = self._walk(prefix)
        if node is None:
            return []
        out = []
        stack = [(node, prefix)]
        while stack:
            n, w = stack.pop()
            if n.end:
                out.append((w, n.end))
            for ch in sorted(n.children, reverse=True):
                stack.append((n.children[ch], w + ch))
        out.sort(key=lambda p: (-p[1], p[0]))
        return out[:limit]
    def delete(self, word):
        if word not in self:
            raise KeyError(word)
        node = self.root
        for ch in word:
            nxt = node.children[ch]
            nxt.count -= 1
            if nxt.count == 0:
                del node.children[ch]
                break
            node = nxt
        else:
            node.end = 0
        self.words -= 1
    def match(self, pattern):
        results = []
        def go(node, i, acc):
            if i == len(pattern):
                if node.end:
                    results.append(acc)
                return
            ch = pattern[i]
            options = sorted(node.children) if ch == "?" else [ch] if ch in node.children else []
            for o in options:
                go(node.children[o], i + 1, acc + o)
        go(self.root, 0, "")
        return results
    def longest_common_prefix(self):
        node, out = self.root, ""
        while len(node.children) == 1 and not node.end:
            ch, node = next(iter(node.children.items()))
            out += ch
        return out

corpus = """the then there these they this that than thanks theme theory therapy thermal
tea team tear tease tech ten tend tent test text tiny to today toe token tone tool top
car card care career cart case cast cat catch"""
t = Trie()
for i, w in enumerate(corpus.split()):
    t.insert(w, weight=1 + (i * 7) % 5)
for w in ["the", "the", "the", "that", "tea", "car"]:
    t.insert(w, weight=3)
print("words:", t.words, "| 'the' in trie:", "the" in t, "| 'th' in trie:", "th" in t)
for prefix in ["th", "the", "te", "ca", "to", "x", ""]:
    print(f"{prefix!r:>6} -> {t.complete(prefix, 4)}")
print(t.match("t??"), t.match("ca?t"), t.match("?e?"), t.match("????y"))
t.delete("then")
t.delete("car")
print("after deletes:", t.words, t.complete("the", 10), t.complete("car"), "car" in t, "card" in t)
try:
    t.delete("nope")
except KeyError as e:
    print("KeyError", e)
small = Trie()
for w in ["interview", "internet", "interval", "internal"]:
    small.insert(w)
print("lcp:", small.longest_common_prefix(), "| unicode:", end=" ")
u = Trie()
for w in ["naïve", "naïveté", "nab", "日本", "日本語"]:
    u.insert(w)
print(u.complete("na"), u.complete("日"), u.match("日?"))
