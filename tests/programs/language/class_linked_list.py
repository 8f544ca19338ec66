# A singly linked list with the full set of container dunders.

class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self._len = 0
        for item in reversed(list(items)):
            self.push(item)

    def push(self, value):
        self.head = Node(value, self.head)
        self._len += 1

    def pop(self):
        if self.head is None:
            raise IndexError("pop from empty LinkedList")
        node = self.head
        self.head = node.next
        self._len -= 1
        return node.value

    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next

    def __len__(self):
        return self._len

    def __repr__(self):
        return "LinkedList([" + ", ".join(repr(v) for v in self) + "])"

    def __getitem__(self, index):
        if index < 0:
            index += len(self)
        for i, v in enumerate(self):
            if i == index:
                return v
        raise IndexError("LinkedList index out of range")

    def __reversed__(self):
        return iter(list(self)[::-1])

    def __eq__(self, other):
        if not isinstance(other, LinkedList):
            return NotImplemented
        return list(self) == list(other)

    def __add__(self, other):
        return LinkedList(list(self) + list(other))

    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev

ll = LinkedList([1, 2, 3])
print(ll, len(ll), bool(ll), ll[0], ll[-1])
ll.push(0)
print(ll, list(reversed(ll)))
ll.reverse()
print(ll)
print(ll.pop(), ll.pop(), ll)
print(ll == LinkedList([1, 0]), ll == [1, 0], ll != LinkedList())
print(ll + LinkedList("ab"))
print(3 in LinkedList([1, 2, 3]), 9 in LinkedList([1, 2, 3]))
empty = LinkedList()
print(empty, len(empty), bool(empty))
try:
    empty.pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    ll[10]
except IndexError as e:
    print(type(e).__name__, e)
print(sorted(LinkedList([5, 3, 9, 1])), max(LinkedList("hello")))
print(dict(enumerate(LinkedList("xyz"))))
