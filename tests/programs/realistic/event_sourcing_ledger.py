# Event-sourced account ledger: commands produce events, state is rebuilt by replaying them
class DomainError(Exception):
    pass

class Event:
    def __init__(self, seq, kind, **data):
        self.seq, self.kind, self.data = seq, kind, data
    def __repr__(self):
        args = ", ".join(f"{k}={v!r}" for k, v in sorted(self.data.items()))
        return f"#{self.seq} {self.kind}({args})"

class Ledger:
    def __init__(self):
        self.events = []
        self.state = {}
    def _emit(self, kind, **data):
        ev = Event(len(self.events) + 1, kind, **data)
        self.events.append(ev)
        self._apply(self.state, ev)
        return ev
    @staticmethod
    def _apply(state, ev):
        d = ev.data
        if ev.kind == "Opened":
            state[d["acct"]] = {"owner": d["owner"], "balance": 0, "open": True, "limit": d.get("limit", 0)}
        elif ev.kind == "Deposited":
            state[d["acct"]]["balance"] += d["amount"]
        elif ev.kind == "Withdrawn":
            state[d["acct"]]["balance"] -= d["amount"]
        elif ev.kind == "Closed":
            state[d["acct"]]["open"] = False
        elif ev.kind == "LimitChanged":
            state[d["acct"]]["limit"] = d["limit"]
    def open(self, acct, owner, limit=0):
        if acct in self.state:
            raise DomainError(f"account {acct} exists")
        return self._emit("Opened", acct=acct, owner=owner, limit=limit)
    def _live(self, acct):
        if acct not in self.state:
            raise DomainError(f"no account {acct}")
        if not self.state[acct]["open"]:
            raise DomainError(f"account {acct} is closed")
        return self.state[acct]
    def deposit(self, acct, amount):
        self._live(acct)
        if amount <= 0:
            raise DomainError("amount must be positive")
        return self._emit("Deposited", acct=acct, amount=amount)
    def withdraw(self, acct, amount):
        a = self._live(acct)
        if a["balance"] - amount < -a["limit"]:
            raise DomainError(f"{acct}: would exceed overdraft limit {a['limit']}")
        return self._emit("Withdrawn", acct=acct, amount=amount)
    def transfer(self, src, dst, amount):
        self._live(dst)
        return [self.withdraw(src, amount), self.deposit(dst, amount)]
    def close(self, acct):
        a = self._live(acct)
        if a["balance"] != 0:
            raise DomainError(f"{acct} balance is {a['balance']}, must be zero to close")
        return self._emit("Closed", acct=acct)
    def replay(self, upto=None):
        state = {}
        for ev in self.events:
            if upto is not None and ev.seq > upto:
                break
            self._apply(state, ev)
        return state

ledger = Ledger()
commands = [
    ("open", "A", "alice"), ("open", "B", "bob", 50), ("deposit", "A", 100), ("withdraw", "A", 30),
    ("transfer", "A", "B", 50), ("withdraw", "B", 120), ("withdraw", "B", 20), ("open", "A", "eve"),
    ("deposit", "C", 5), ("deposit", "A", -5), ("_emit_limit",), ("withdraw", "B", 60), ("close", "A"),
    ("withdraw", "A", 20), ("close", "A"), ("deposit", "A", 1), ("transfer", "B", "A", 10),
]
for cmd in commands:
    name, *args = cmd
    try:
        if name == "_emit_limit":
            result = ledger._emit("LimitChanged", acct="B", limit=100)
        else:
            result = getattr(ledger, name)(*args)
        print(f"{name:<9}{str(args):<22} -> {result}")
    except DomainError as e:
        print(f"{name:<9}{str(args):<22} !! {e}")
print("current:", ledger.state)
print("replayed equals current:", ledger.replay() == ledger.state)
for seq in (2, 5, 8, 11):
    snap = ledger.replay(upto=seq)
    print(f"as of event {seq:>2}:", {k: v["balance"] for k, v in snap.items()})
kinds = {}
for ev in ledger.events:
    kinds[ev.kind] = kinds.get(ev.kind, 0) + 1
print(kinds, "total events:", len(ledger.events))
flow = {}
for ev in ledger.events:
    if ev.kind in ("Deposited", "Withdrawn"):
        sign = 1 if ev.kind == "Deposited" else -1
        flow[ev.data["acct"]] = flow.get(ev.data["acct"], 0) + sign * ev.data["amount"]
print("net flow:", flow, "| matches balances:", all(flow[a] == ledger.state[a]["balance"] for a in flow))
