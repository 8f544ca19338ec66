# "Did you mean" for a NameError: a close local variable name (uncaught, last stderr line compared)

def collect(names):
    found = []
    for n in names:
        try:
            eval(n)
        except NameError as e:
            found.append((n, e.name, str(e)))
    return found

for n, name, msg in collect(["alpha", "beta_value", "undefined_thing"]):
    print(n, name, msg)

# NameError objects record the missing name; only uncaught printing adds suggestions
try:
    lenght = 1
    print(lenght)
    lengthh
except NameError as e:
    print(repr(e.name), str(e))

# UnboundLocalError is a NameError without a name
def unbound():
    try:
        print(value)
    except UnboundLocalError as e:
        print(type(e).__name__, e.name, str(e))
    value = 1
unbound()

# the comprehension's own scope
try:
    [undefined_in_comp for _ in range(1)]
except NameError as e:
    print(e.name)

def compute_total(items):
    running_total = 0
    for item in items:
        running_total += item
    print("partial", running_total)
    return running_totl

print("about to fail")
compute_total([1, 2, 3])
