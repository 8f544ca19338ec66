# nonlocal and global declarations.

total = 0
log = []

def add(n):
    global total
    total += n
    log.append(n)  # mutation needs no declaration

for i in range(1, 6):
    add(i)
print(total, log)

def make_account(balance):
    history = []
    def deposit(amount):
        nonlocal balance
        balance += amount
        history.append(("dep", amount))
        return balance
    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            raise ValueError(f"insufficient funds: {balance} < {amount}")
        balance -= amount
        history.append(("wd", amount))
        return balance
    def report():
        return balance, list(history)
    return deposit, withdraw, report

dep, wd, rep = make_account(100)
print(dep(50))
print(wd(30))
try:
    wd(1000)
except ValueError as e:
    print("error:", e)
print(rep())

# global declared inside nested function creates module global
def outer():
    def inner():
        global created_later
        created_later = "made by inner"
    inner()

outer()
print(created_later)

# nonlocal skips intermediate scopes that don't bind the name
def a():
    x = "a"
    def b():
        def c():
            nonlocal x
            x = "set by c"
        c()
        return x
    r = b()
    return r, x

print(a())

# UnboundLocalError when assignment makes a name local
counter = 5
def broken():
    try:
        counter += 1
    except UnboundLocalError as e:
        print(type(e).__name__, e)
broken()

def broken2():
    try:
        print(y)
    except NameError as e:
        print(type(e).__name__, e)
    y = 1
broken2()
