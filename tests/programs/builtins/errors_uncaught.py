# Program ends with an uncaught exception after output
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__("need %d, have %d" % (needed, available))
        self.needed = needed
        self.available = available
def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFunds(amount, balance)
    return balance - amount
balance = 100
for amount in [30, 20, 10]:
    balance = withdraw(balance, amount)
    print("withdrew", amount, "balance", balance)
try:
    withdraw(balance, 1000)
except InsufficientFunds as e:
    print("caught:", e, e.needed, e.available)
print("now failing for real")
withdraw(balance, 41)
print("never printed")
