"""Min-heaps kept in plain lists: heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2] for every k."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge', 'nlargest', 'nsmallest', 'heappushpop']


def _sift_toward_root(heap, root, pos):
    # Move heap[pos] up while it is smaller than its parent (no further up than root).
    item = heap[pos]
    while pos > root:
        parent = (pos - 1) >> 1
        if item < heap[parent]:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def _sift_toward_leaves(heap, pos):
    # Move the smaller child up until a leaf is free, then settle heap[pos]'s item from there:
    # fewer comparisons than stopping early, and the order CPython's heapq produces.
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root(heap, start, pos)


def _check_list(name, heap, position=' 1'):
    # Argument Clinic's message: no position for a function of one argument, 'None' for None.
    if not isinstance(heap, list):
        given = 'None' if heap is None else type(heap).__name__
        raise TypeError(f"{name}() argument{position} must be list, not {given}")


def heappush(heap, item):
    """Push item onto heap, keeping the heap invariant."""
    _check_list('heappush', heap)
    heap.append(item)
    _sift_toward_root(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop the smallest item off the heap, keeping the heap invariant."""
    _check_list('heappop', heap, '')
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _sift_toward_leaves(heap, 0)
        return smallest
    return last


def heapreplace(heap, item):
    """Pop the smallest item, then push item: one operation, the heap never shrinks."""
    _check_list('heapreplace', heap)
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    _sift_toward_leaves(heap, 0)
    return smallest


def heappushpop(heap, item):
    """Push item, then pop the smallest item: faster than heappush followed by heappop."""
    _check_list('heappushpop', heap)
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_toward_leaves(heap, 0)
    return item


def heapify(x):
    """Make the list x a heap, in place, in linear time."""
    _check_list('heapify', x, '')
    for i in reversed(range(len(x) // 2)):
        _sift_toward_leaves(x, i)


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into one sorted iterator; equal items come in the order of their inputs."""
    entries = []
    for order, iterable in enumerate(iterables):
        it = iter(iterable)
        for value in it:
            rank = value if key is None else key(value)
            entries.append([_Ranked(rank, order, reverse), value, it])
            break
    heapify(entries)
    while entries:
        entry = entries[0]
        rank, value, it = entry
        yield value
        for value in it:
            entry[0] = _Ranked(value if key is None else key(value), rank.order, reverse)
            entry[1] = value
            heapreplace(entries, entry)
            break
        else:
            heappop(entries)


class _Ranked:
    __slots__ = ('rank', 'order', 'reverse')

    def __init__(self, rank, order, reverse):
        self.rank = rank
        self.order = order
        self.reverse = reverse

    def __lt__(self, other):
        if self.reverse:
            if other.rank < self.rank:
                return True
            if self.rank < other.rank:
                return False
        else:
            if self.rank < other.rank:
                return True
            if other.rank < self.rank:
                return False
        return self.order < other.order


def nsmallest(n, iterable, key=None):
    """The n smallest items of iterable, smallest first (the earliest of equal items)."""
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """The n largest items of iterable, largest first (the earliest of equal items)."""
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]
