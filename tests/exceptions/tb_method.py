class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount

def process(acc, amounts):
    for a in amounts:
        acc.withdraw(a)

process(Account(10), [3, 4, 5])
