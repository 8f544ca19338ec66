# A traffic-light / order-processing state machine using classes.

class InvalidTransition(Exception):
    pass

class State:
    name = "state"
    transitions = {}
    def on_enter(self, machine):
        machine.log.append(f"enter {self.name}")
    def on_exit(self, machine):
        machine.log.append(f"exit {self.name}")
    def __repr__(self):
        return self.name

class Pending(State):
    name = "pending"
    transitions = {"pay": "paid", "cancel": "cancelled"}

class Paid(State):
    name = "paid"
    transitions = {"ship": "shipped", "refund": "refunded"}
    def on_enter(self, machine):
        super().on_enter(machine)
        machine.total_paid += machine.amount

class Shipped(State):
    name = "shipped"
    transitions = {"deliver": "delivered"}

class Delivered(State):
    name = "delivered"

class Cancelled(State):
    name = "cancelled"

class Refunded(State):
    name = "refunded"
    def on_enter(self, machine):
        super().on_enter(machine)
        machine.total_paid -= machine.amount

STATES = {cls.name: cls() for cls in (Pending, Paid, Shipped, Delivered, Cancelled, Refunded)}

class Order:
    def __init__(self, amount):
        self.amount = amount
        self.total_paid = 0
        self.log = []
        self.state = STATES["pending"]

    def fire(self, event):
        target = self.state.transitions.get(event)
        if target is None:
            raise InvalidTransition(f"cannot {event!r} from {self.state.name!r}")
        self.state.on_exit(self)
        self.state = STATES[target]
        self.state.on_enter(self)
        return self

    def __getattr__(self, event):
        if event.startswith("_"):
            raise AttributeError(event)
        return lambda: self.fire(event)

o = Order(50)
o.pay().ship().deliver()
print(o.state, o.total_paid)
print(o.log)

o2 = Order(20)
for event in ["pay", "pay", "refund", "ship"]:
    try:
        o2.fire(event)
        print("ok", event, "->", o2.state)
    except InvalidTransition as e:
        print("error:", e)
print(o2.total_paid, o2.log)

o3 = Order(1)
print(o3.cancel().state, o3.state.transitions)
print({name: sorted(s.transitions) for name, s in STATES.items()})
