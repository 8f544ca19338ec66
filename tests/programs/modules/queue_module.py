# queue: Queue, PriorityQueue, LifoQueue, SimpleQueue, Empty/Full, task_done/join.
import queue
q = queue.Queue()
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), [q.get() for _ in range(3)], q.get_nowait(), q.qsize())
pq = queue.PriorityQueue()
for item in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'aa')]:
    pq.put(item)
print([pq.get() for _ in range(4)], pq.empty())
lq = queue.LifoQueue(maxsize=2)
lq.put('x')
lq.put('y')
print(lq.full(), lq.get(), lq.get())
try:
    lq.get_nowait()
except queue.Empty:
    print('Empty raised', repr(queue.Empty()))
small = queue.Queue(1)
small.put(1)
try:
    small.put_nowait(2)
except queue.Full:
    print('Full raised')
sq = queue.SimpleQueue()
sq.put('s')
print(sq.qsize(), sq.get(), sq.empty())
t = queue.Queue()
t.put('job')
t.get()
t.task_done()
t.join()
try:
    t.task_done()
except ValueError as e:
    print('ValueError', e)
print(queue.Queue[int], issubclass(queue.PriorityQueue, queue.Queue))
