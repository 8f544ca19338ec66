# Observer pattern with bound methods as callbacks.

class Event:
    def __init__(self, name):
        self.name = name
        self.handlers = []
    def __iadd__(self, handler):
        self.handlers.append(handler)
        return self
    def __isub__(self, handler):
        self.handlers.remove(handler)
        return self
    def __call__(self, *args, **kwargs):
        return [h(*args, **kwargs) for h in self.handlers]
    def __len__(self):
        return len(self.handlers)

class Thermostat:
    def __init__(self):
        self.changed = Event("changed")
        self._temp = 20
    @property
    def temp(self):
        return self._temp
    @temp.setter
    def temp(self, value):
        old, self._temp = self._temp, value
        if old != value:
            self.changed(old, value)

class Display:
    def __init__(self, name):
        self.name = name
        self.shown = []
    def update(self, old, new):
        self.shown.append(new)
        return f"{self.name}: {old}->{new}"

class Alarm:
    def __init__(self, limit):
        self.limit = limit
        self.triggered = 0
    def __call__(self, old, new):
        if new > self.limit:
            self.triggered += 1
            return "ALARM"
        return None

t = Thermostat()
d1, d2 = Display("lobby"), Display("office")
alarm = Alarm(25)
t.changed += d1.update
t.changed += d2.update
t.changed += alarm
print(len(t.changed))
for value in [21, 21, 30, 18, 26]:
    t.temp = value
print(d1.shown, d2.shown, alarm.triggered)
print(t.changed(0, 100))
t.changed -= d1.update          # bound methods compare equal, so removal works
print(len(t.changed), t.changed(1, 2))
try:
    t.changed -= d1.update
except ValueError as e:
    print(type(e).__name__, e)
print(d1.update == d1.update, d1.update == d2.update)
