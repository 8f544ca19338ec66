# A doubly linked list with the sequence protocol
class Node:
    __slots__ = ("value", "prev", "next")
    def __init__(self, value):
        self.value, self.prev, self.next = value, None, None

class LinkedList:
    def __init__(self, iterable=()):
        self.head = self.tail = None
        self.size = 0
        for v in iterable:
            self.append(v)
    def append(self, v):
        n = Node(v)
        if self.tail is None:
            self.head = self.tail = n
        else:
            n.prev, self.tail.next, self.tail = self.tail, n, n
        self.size += 1
    def appendleft(self, v):
        n = Node(v)
        if self.head is None:
            self.head = self.tail = n
        else:
            n.next, self.head.prev, self.head = self.head, n, n
        self.size += 1
    def _node(self, i):
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError("LinkedList index out of range")
        if i < self.size // 2:
            n = self.head
            for _ in range(i):
                n = n.next
        else:
            n = self.tail
            for _ in range(self.size - 1 - i):
                n = n.prev
        return n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return LinkedList(self[j] for j in range(*i.indices(self.size)))
        return self._node(i).value
    def __setitem__(self, i, v):
        self._node(i).value = v
    def __delitem__(self, i):
        self._unlink(self._node(i))
    def _unlink(self, n):
        if n.prev: n.prev.next = n.next
        else: self.head = n.next
        if n.next: n.next.prev = n.prev
        else: self.tail = n.prev
        self.size -= 1
        return n.value
    def pop(self, i=-1):
        if not self.size:
            raise IndexError("pop from empty LinkedList")
        return self._unlink(self._node(i))
    def remove(self, v):
        n = self.head
        while n:
            if n.value == v:
                self._unlink(n)
                return
            n = n.next
        raise ValueError(f"{v!r} not in LinkedList")
    def reverse(self):
        n = self.head
        while n:
            n.prev, n.next = n.next, n.prev
            n = n.prev
        self.head, self.tail = self.tail, self.head
    def __iter__(self):
        n = self.head
        while n:
            yield n.value
            n = n.next
    def __reversed__(self):
        n = self.tail
        while n:
            yield n.value
            n = n.prev
    def __len__(self):
        return self.size
    def __contains__(self, v):
        return any(x == v for x in self)
    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)
    def __add__(self, other):
        return LinkedList(list(self) + list(other))
    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"

ll = LinkedList(range(5))
ll.append(5); ll.appendleft(-1)
print(ll, len(ll), ll[0], ll[-1], ll[3], 4 in ll, 10 in ll)
ll[2] = "two"
del ll[0]
print(ll, ll.pop(), ll.pop(0), ll)
ll.remove("two")
print(ll, list(reversed(ll)), ll[1:3], ll[::-1], ll[::2])
ll.reverse()
print(ll, ll.head.value, ll.tail.value, sum(x for x in ll if isinstance(x, int)))
for bad in [lambda: ll[10], lambda: ll.remove(99), lambda: LinkedList().pop()]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
words = LinkedList("the quick brown fox".split())
print(sorted(words), max(words, key=len), " ".join(words), words + LinkedList(["!"]), words == LinkedList(list(words)))
big = LinkedList(range(1000))
for _ in range(500):
    big.pop(0)
print(len(big), big[0], big[-1], big[250])
