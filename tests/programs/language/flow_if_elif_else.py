# if / elif / else chains in a grading and classification program.

def grade(score):
    if score < 0 or score > 100:
        return "invalid"
    elif score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    elif score >= 60:
        return "D"
    else:
        return "F"

scores = [95, 90, 89.9, 80, 79, 65, 60, 59, 0, -1, 101]
for s in scores:
    print(f"{s!r:>5} -> {grade(s)}")

def fizzbuzz(n):
    if n % 15 == 0:
        return "FizzBuzz"
    if n % 3 == 0:
        return "Fizz"
    if n % 5 == 0:
        return "Buzz"
    return str(n)

print(" ".join(fizzbuzz(i) for i in range(1, 31)))

def classify(x):
    if isinstance(x, bool):
        kind = "bool"
    elif isinstance(x, int):
        if x < 0:
            kind = "negative int"
        elif x == 0:
            kind = "zero"
        else:
            kind = "positive int" if x < 1000 else "big int"
    elif isinstance(x, str):
        kind = "empty string" if not x else ("digit string" if x.isdigit() else "string")
    elif x is None:
        kind = "none"
    else:
        kind = type(x).__name__
    return kind

for v in [True, -5, 0, 7, 10**6, "", "123", "abc", None, 1.5, [1]]:
    print(repr(v), "=>", classify(v))

# Truthiness in conditions
for v in [0, 1, "", "x", [], [0], None, 0.0]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")

# Nested conditions with and/or short-circuit side effects
calls = []
def check(name, result):
    calls.append(name)
    return result
if check("a", False) and check("b", True):
    print("both")
elif check("c", True) or check("d", True):
    print("c or d")
print(calls)

x = 5
if x: pass
if x > 3: print("one-line if body")
