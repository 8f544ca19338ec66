# dis.dis of functions, methods and source text prints CPython 3.13's disassembly.
import dis


def scale(values, factor=2, *, offset=0):
    out = []
    for v in values:
        if v is None:
            continue
        out.append(v * factor + offset)
    return out


class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        self.balance += amount
        return self.balance


def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return None
    finally:
        print("done")


dis.dis(scale)
dis.dis(Account.deposit)
dis.dis(safe_div)
dis.dis("x = [i * i for i in range(3)]\nprint(x)")
print(scale([1, None, 3], offset=1), Account("ann").deposit(5), safe_div(1, 0))
