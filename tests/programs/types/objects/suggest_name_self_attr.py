# "Did you mean: 'self.x'?" when a method uses a bare name that is an attribute of self

class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        self.balance += amount
        self.history.append(("deposit", amount))
        return self.balance

    def describe(self):
        return f"{self.owner}: {self.balance} ({len(self.history)} ops)"

    def broken_report(self):
        print("report for", self.owner)
        return balance

acct = Account("ann", 10)
print(acct.deposit(5), acct.describe())
print(sorted(vars(acct)))

# the same lookup caught: the exception itself has only the name
try:
    acct.broken_report()
except NameError as e:
    print(type(e).__name__, e.name, str(e))

# a name that matches both a local and an attribute prefers the local suggestion
class Both:
    def __init__(self):
        self.counter = 0
    def run(self):
        counter = 5
        try:
            return countr
        except NameError as e:
            return ("caught", e.name)
print(Both().run())

class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius
    def fahrenheit(self):
        return celsius * 9 / 5 + 32

t = Temperature(100)
print("celsius", t.celsius)
print(t.fahrenheit())
