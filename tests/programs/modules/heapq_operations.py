# heapq: the exact list layout after each operation, merge, nsmallest/nlargest, and errors.
import heapq

data = [5, 3, 8, 1, 9, 2, 7, 4, 6, 0, 3, 8]
heap = []
for x in data:
    heapq.heappush(heap, x)
    print(heap)
print([heapq.heappop(heap) for _ in range(5)], heap)
h = list(data)
heapq.heapify(h)
print(h)
print(heapq.heapreplace(h, 10), h)
print(heapq.heappushpop(h, -1), heapq.heappushpop(h, 4), h)
print(heapq.heappushpop([], 3))
words = 'the quick brown fox jumps over the lazy dog again and again'.split()
w = []
for word in words:
    heapq.heappush(w, (len(word), word))
print(w)
print([heapq.heappop(w) for _ in range(len(w))])
tasks = []
for priority, name in [(3, 'write'), (1, 'plan'), (2, 'test'), (1, 'coffee'), (5, 'ship')]:
    heapq.heappush(tasks, [priority, name])
while tasks:
    print(heapq.heappop(tasks))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge()), list(heapq.merge([], [1], [])))
print(list(heapq.merge([1, 1, 2], [1, 2.0, 2], key=None)))
print(list(heapq.merge(['bb', 'a'], ['ccc', 'dd'], key=len, reverse=True)), list(heapq.merge([9, 5, 1], [8, 2], reverse=True)))
print(list(heapq.merge('ace', 'bdf')), list(heapq.merge([(1, 'b'), (2, 'a')], [(1, 'a')], key=lambda t: t[0])))
nums = [7, 2, 9, 2, 5, 1, 9, 3, 1.0, 8]
print(heapq.nsmallest(3, nums), heapq.nlargest(3, nums), heapq.nsmallest(0, nums), heapq.nlargest(20, nums))
print(heapq.nsmallest(1, []), heapq.nlargest(1, nums), heapq.nsmallest(2, iter(nums)), heapq.nsmallest(-1, nums))
print(heapq.nlargest(2, words, key=len), heapq.nsmallest(3, words, key=lambda s: s[-1]))
for call in ['heapq.heappop([])', 'heapq.heapreplace([], 1)', 'heapq.heappush((), 1)', 'heapq.heapify("abc")',
             'heapq.heappush([1], "a")', 'heapq.heappop(None)']:
    try:
        print(call, '->', eval(call))
    except Exception as e:
        print(call, '!!', type(e).__name__, e)
print(heapq.__all__ if hasattr(heapq, '__all__') else None)
