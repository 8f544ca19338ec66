# Richards: Martin Richards' operating-system simulation (an idle task, a worker, two packet
# handlers and two devices passing packets through a priority scheduler). Exercises method
# calls on a small class hierarchy, attribute reads and writes, and linked-list walking.
# Usage: richards.py [ITERATIONS]
import sys

ITERATIONS = 5

BUFFER_SIZE = 4
ID_IDLE, ID_WORKER, ID_HANDLER_A, ID_HANDLER_B, ID_DEVICE_A, ID_DEVICE_B = range(1, 7)
KIND_DEVICE, KIND_WORK = 0, 1

# What one run of the simulation must report: packets queued and times a task held itself.
EXPECTED = (23246, 9297)


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFFER_SIZE

    def appended_to(self, queue):
        """Puts this packet at the end of queue; returns the queue's new head."""
        self.link = None
        if queue is None:
            return self
        last = queue
        while last.link is not None:
            last = last.link
        last.link = self
        return queue


class Scheduler:
    def __init__(self):
        self.tasks = [None] * 7
        self.task_list = None
        self.current = None
        self.queued = 0
        self.holds = 0

    def add(self, task):
        task.link = self.task_list
        self.task_list = task
        self.tasks[task.ident] = task

    def run(self):
        task = self.task_list
        while task is not None:
            if task.holding or (task.waiting and not task.pending):
                task = task.link
            else:
                self.current = task
                task = task.step()


class Task:
    def __init__(self, scheduler, ident, priority, queue, pending, waiting):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.pending = pending
        self.waiting = waiting
        self.holding = False
        self.link = None
        scheduler.add(self)

    def step(self):
        if self.pending and self.waiting and not self.holding:
            packet = self.queue
            self.queue = packet.link
            self.waiting = False
            self.pending = self.queue is not None
        else:
            packet = None
        return self.run(packet)

    def wait(self):
        self.waiting = True
        return self

    def hold(self):
        self.scheduler.holds += 1
        self.holding = True
        return self.link

    def release(self, ident):
        task = self.scheduler.tasks[ident]
        task.holding = False
        return task if task.priority > self.priority else self

    def send(self, packet):
        scheduler = self.scheduler
        target = scheduler.tasks[packet.ident]
        scheduler.queued += 1
        packet.link = None
        packet.ident = self.ident
        return target.receive(packet, self)

    def receive(self, packet, sender):
        if self.queue is None:
            self.queue = packet
            self.pending = True
            if self.priority > sender.priority:
                return self
        else:
            self.queue = packet.appended_to(self.queue)
        return sender


class IdleTask(Task):
    def __init__(self, scheduler, count):
        Task.__init__(self, scheduler, ID_IDLE, 0, None, False, False)
        self.control = 1
        self.count = count

    def run(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.hold()
        if self.control & 1 == 0:
            self.control >>= 1
            return self.release(ID_DEVICE_A)
        self.control = (self.control >> 1) ^ 0xD008
        return self.release(ID_DEVICE_B)


class WorkerTask(Task):
    def __init__(self, scheduler, queue):
        Task.__init__(self, scheduler, ID_WORKER, 1000, queue, True, True)
        self.destination = ID_HANDLER_A
        self.count = 0

    def run(self, packet):
        if packet is None:
            return self.wait()
        self.destination = ID_HANDLER_B if self.destination == ID_HANDLER_A else ID_HANDLER_A
        packet.ident = self.destination
        packet.datum = 0
        for i in range(BUFFER_SIZE):
            self.count += 1
            if self.count > 26:
                self.count = 1
            packet.data[i] = ord('A') + self.count - 1
        return self.send(packet)


class HandlerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        Task.__init__(self, scheduler, ident, priority, queue, True, True)
        self.work = None
        self.devices = None

    def run(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work = packet.appended_to(self.work)
            else:
                self.devices = packet.appended_to(self.devices)
        work = self.work
        if work is None:
            return self.wait()
        index = work.datum
        if index >= BUFFER_SIZE:
            self.work = work.link
            return self.send(work)
        device = self.devices
        if device is None:
            return self.wait()
        self.devices = device.link
        device.datum = work.data[index]
        work.datum = index + 1
        return self.send(device)


class DeviceTask(Task):
    def __init__(self, scheduler, ident, priority):
        Task.__init__(self, scheduler, ident, priority, None, False, True)
        self.held = None

    def run(self, packet):
        if packet is None:
            packet = self.held
            if packet is None:
                return self.wait()
            self.held = None
            return self.send(packet)
        self.held = packet
        return self.hold()


def simulate():
    scheduler = Scheduler()
    IdleTask(scheduler, 10000)
    queue = Packet(Packet(None, 0, KIND_WORK), 0, KIND_WORK)
    WorkerTask(scheduler, queue)
    for ident, device, priority in ((ID_HANDLER_A, ID_DEVICE_A, 2000),
                                    (ID_HANDLER_B, ID_DEVICE_B, 3000)):
        queue = None
        for _ in range(3):
            queue = Packet(queue, device, KIND_DEVICE)
        HandlerTask(scheduler, ident, priority, queue)
    DeviceTask(scheduler, ID_DEVICE_A, 4000)
    DeviceTask(scheduler, ID_DEVICE_B, 5000)
    scheduler.run()
    return scheduler.queued, scheduler.holds


def main(iterations):
    for _ in range(iterations):
        result = simulate()
        if result != EXPECTED:
            raise SystemExit(f"richards: wrong result {result!r}, expected {EXPECTED!r}")
    print(f"richards: ok, {iterations} iterations")


if __name__ == '__main__':
    main(int(sys.argv[1]) if len(sys.argv) > 1 else ITERATIONS)
