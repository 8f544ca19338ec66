# A realistic little domain model: accounts, transactions, custom errors.

class InsufficientFunds(Exception):
    def __init__(self, account, requested):
        super().__init__(account.owner, requested)
        self.account = account
        self.requested = requested
    def __str__(self):
        return (f"{self.account.owner} has {self.account.balance:.2f}, "
                f"cannot withdraw {self.requested:.2f}")

class Account:
    _next_id = 1000
    interest_rate = 0.01

    def __init__(self, owner, balance=0.0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = balance
        self.history = []

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self

    def apply_interest(self):
        gained = round(self._balance * self.interest_rate, 2)
        self._balance += gained
        return gained

    def __repr__(self):
        return f"<{type(self).__name__} #{self.id} {self.owner}: {self._balance:.2f}>"

class Savings(Account):
    interest_rate = 0.05
    withdrawals_allowed = 2

    def withdraw(self, amount):
        used = sum(1 for kind, _ in self.history if kind == "withdraw")
        if used >= self.withdrawals_allowed:
            raise PermissionError(f"only {self.withdrawals_allowed} withdrawals allowed")
        return super().withdraw(amount)

def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except (InsufficientFunds, PermissionError) as e:
        print(f"transfer failed: {type(e).__name__}: {e}")
        return False
    else:
        dst.deposit(amount)
        return True
    finally:
        print(f"  after transfer attempt: {src!r} {dst!r}")

alice = Account("alice", 100)
bob = Savings("bob", 500)
print(alice, bob)
alice.deposit(50).withdraw(30)
print(alice.balance, alice.history)
print(transfer(alice, bob, 500))
print(transfer(bob, alice, 100))
print(transfer(bob, alice, 100))
print(transfer(bob, alice, 100))
print(alice.apply_interest(), bob.apply_interest())
print(alice, bob)
try:
    alice.deposit(-5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    alice.balance = 1e9
except AttributeError as e:
    print(type(e).__name__, e)
err = InsufficientFunds(alice, 1e6)
print(err.args, repr(str(err)))
accounts = sorted([alice, bob, Account("carol", 320)], key=lambda a: a.balance, reverse=True)
print([a.owner for a in accounts], [a.id for a in accounts])
