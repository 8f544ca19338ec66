# Classes whose __iter__ is a generator: trees, ranges, and reversible containers.

class Tree:
    def __init__(self):
        self.root = None
        self.size = 0

    class _Node:
        __slots__ = ("key", "left", "right")
        def __init__(self, key):
            self.key, self.left, self.right = key, None, None

    def insert(self, key):
        if self.root is None:
            self.root = self._Node(key)
            self.size += 1
            return
        node = self.root
        while True:
            if key == node.key:
                return
            side = "left" if key < node.key else "right"
            child = getattr(node, side)
            if child is None:
                setattr(node, side, self._Node(key))
                self.size += 1
                return
            node = child

    def __iter__(self):
        def inorder(node):
            if node:
                yield from inorder(node.left)
                yield node.key
                yield from inorder(node.right)
        return inorder(self.root)

    def __reversed__(self):
        stack, node = [], self.root
        while stack or node:
            while node:
                stack.append(node)
                node = node.right
            node = stack.pop()
            yield node.key
            node = node.left

    def __len__(self):
        return self.size

    def __contains__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return True
            node = node.left if key < node.key else node.right
        return False

    def levels(self):
        level = [self.root] if self.root else []
        while level:
            yield [n.key for n in level]
            level = [c for n in level for c in (n.left, n.right) if c]

t = Tree()
for k in [50, 30, 70, 20, 40, 60, 80, 30, 65]:
    t.insert(k)
print(list(t), len(t))
print(list(reversed(t)))
print(40 in t, 45 in t, min(t), max(t), sum(t))
print(list(t.levels()))
it1, it2 = iter(t), iter(t)
print(next(it1), next(it1), next(it2))

class Span:
    def __init__(self, start, stop, step=1):
        self.start, self.stop, self.step = start, stop, step
    def __iter__(self):
        x = self.start
        while x < self.stop:
            yield x
            x += self.step
    def __repr__(self):
        return f"Span({self.start}, {self.stop}, {self.step})"

s = Span(0, 1, 0.25)
print(s, list(s), [round(v * 4) for v in s])
print(list(zip(Span(0, 3), Span(10, 40, 10))), sorted(Span(1, 6), reverse=True))
a, b, *rest = Span(1, 5)
print(a, b, rest)
print(dict(enumerate(Span(5, 8))))
