# Bank accounts with transactions, interest, and validation errors
class InsufficientFunds(Exception):
    pass

class AccountFrozen(Exception):
    pass

class Account:
    _next_id = 1000

    def __init__(self, owner, balance_cents=0):
        self.owner = owner
        self.balance = balance_cents
        self.history = []
        self.frozen = False
        self.id = Account._next_id
        Account._next_id += 1

    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"account {self.id} is frozen")

    def deposit(self, cents, memo="deposit"):
        self._check()
        if cents <= 0:
            raise ValueError(f"deposit must be positive, got {cents}")
        self.balance += cents
        self.history.append((memo, cents, self.balance))

    def withdraw(self, cents, memo="withdrawal"):
        self._check()
        if cents > self.balance:
            raise InsufficientFunds(f"{self.owner}: balance {fmt(self.balance)} < {fmt(cents)}")
        self.balance -= cents
        self.history.append((memo, -cents, self.balance))

    def __repr__(self):
        return f"Account({self.id}, {self.owner!r}, {fmt(self.balance)})"

class SavingsAccount(Account):
    def __init__(self, owner, balance_cents=0, rate_bp=250):
        super().__init__(owner, balance_cents)
        self.rate_bp = rate_bp

    def add_monthly_interest(self):
        interest = self.balance * self.rate_bp // (12 * 10000)
        if interest:
            self.deposit(interest, "interest")
        return interest

def fmt(cents):
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return f"{sign}${cents // 100:,}.{cents % 100:02d}"

def transfer(src, dst, cents):
    src.withdraw(cents, f"transfer to {dst.id}")
    try:
        dst.deposit(cents, f"transfer from {src.id}")
    except Exception:
        src.deposit(cents, "transfer reversal")
        raise

alice = Account("Alice", 150_00)
bob = SavingsAccount("Bob", 1_000_000_00, rate_bp=375)
carol = Account("Carol")
print(alice, bob, carol)

operations = [
    ("deposit", alice, 25_50),
    ("withdraw", alice, 10_05),
    ("transfer", (alice, carol), 100_00),
    ("withdraw", carol, 250_00),
    ("deposit", carol, -5),
    ("transfer", (bob, alice), 12_345_67),
    ("freeze", carol, None),
    ("transfer", (alice, carol), 1_00),
    ("withdraw", alice, 1_000_000_00),
]
for op, target, amount in operations:
    try:
        if op == "deposit":
            target.deposit(amount)
        elif op == "withdraw":
            target.withdraw(amount)
        elif op == "transfer":
            transfer(target[0], target[1], amount)
        elif op == "freeze":
            target.frozen = True
        print(f"ok   {op:<9} {fmt(amount) if amount is not None else '':>14}")
    except (InsufficientFunds, AccountFrozen, ValueError) as e:
        print(f"FAIL {op:<9} {type(e).__name__}: {e}")

for month in range(1, 7):
    earned = bob.add_monthly_interest()
    print(f"month {month}: interest {fmt(earned)} -> {fmt(bob.balance)}")

for acct in (alice, bob, carol):
    print(acct)
    for memo, delta, bal in acct.history:
        print(f"    {memo:<22}{fmt(delta):>16}{fmt(bal):>18}")
total = sum(a.balance for a in (alice, bob, carol))
print("total holdings:", fmt(total))
richest = max((alice, bob, carol), key=lambda a: a.balance)
print("richest:", richest.owner, "| ids:", [a.id for a in (alice, bob, carol)])
