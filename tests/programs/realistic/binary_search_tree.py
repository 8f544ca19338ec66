# Binary search tree with insert, delete, traversals, and balancing
class BST:
    class _Node:
        __slots__ = ("key", "val", "left", "right")
        def __init__(self, key, val):
            self.key, self.val, self.left, self.right = key, val, None, None
    def __init__(self):
        self.root = None
        self.count = 0
    def insert(self, key, val=None):
        def go(n):
            if n is None:
                self.count += 1
                return BST._Node(key, val)
            if key < n.key:
                n.left = go(n.left)
            elif key > n.key:
                n.right = go(n.right)
            else:
                n.val = val
            return n
        self.root = go(self.root)
    def get(self, key, default=None):
        n = self.root
        while n:
            if key == n.key:
                return n.val
            n = n.left if key < n.key else n.right
        return default
    def delete(self, key):
        def go(n, key):
            if n is None:
                raise KeyError(key)
            if key < n.key:
                n.left = go(n.left, key)
            elif key > n.key:
                n.right = go(n.right, key)
            else:
                if n.left is None:
                    return n.right
                if n.right is None:
                    return n.left
                s = n.right
                while s.left:
                    s = s.left
                n.key, n.val = s.key, s.val
                n.right = go(n.right, s.key)
                return n
            return n
        self.root = go(self.root, key)
        self.count -= 1
    def inorder(self):
        out, stack, n = [], [], self.root
        while stack or n:
            while n:
                stack.append(n); n = n.left
            n = stack.pop()
            out.append(n.key)
            n = n.right
        return out
    def preorder(self):
        out, stack = [], [self.root] if self.root else []
        while stack:
            n = stack.pop()
            out.append(n.key)
            if n.right: stack.append(n.right)
            if n.left: stack.append(n.left)
        return out
    def levels(self):
        out, level = [], [self.root] if self.root else []
        while level:
            out.append([n.key for n in level])
            level = [c for n in level for c in (n.left, n.right) if c]
        return out
    def height(self, n="root"):
        n = self.root if n == "root" else n
        return 0 if n is None else 1 + max(self.height(n.left), self.height(n.right))
    def range(self, lo, hi):
        return [k for k in self.inorder() if lo <= k <= hi]
    def floor(self, key):
        n, best = self.root, None
        while n:
            if n.key <= key:
                best, n = n.key, n.right
            else:
                n = n.left
        return best
    def rebuild_balanced(self):
        keys = [(k, self.get(k)) for k in self.inorder()]
        self.root, self.count = None, 0
        def build(lo, hi):
            if lo > hi:
                return
            mid = (lo + hi) // 2
            self.insert(*keys[mid])
            build(lo, mid - 1)
            build(mid + 1, hi)
        build(0, len(keys) - 1)
    def __len__(self):
        return self.count
    def __contains__(self, key):
        return self.get(key, self) is not self

t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 10, 25, 75, 85, 5]:
    t.insert(k, str(k))
print(len(t), t.inorder(), t.preorder(), t.height())
print(t.levels())
print(t.get(45), t.get(46, "missing"), 65 in t, 66 in t, t.range(30, 65), t.floor(62), t.floor(4))
for k in (20, 70, 50, 5):
    t.delete(k)
    print("after delete", k, t.inorder(), "root", t.root.key, "height", t.height())
try:
    t.delete(999)
except KeyError as e:
    print("KeyError", e)
skewed = BST()
for k in range(1, 32):
    skewed.insert(k)
print("skewed height", skewed.height())
skewed.rebuild_balanced()
print("balanced height", skewed.height(), skewed.levels()[:3])
words = BST()
for w in "it was the best of times it was the worst of times".split():
    words.insert(w, words.get(w, 0) + 1)
print([(w, words.get(w)) for w in words.inorder()])
