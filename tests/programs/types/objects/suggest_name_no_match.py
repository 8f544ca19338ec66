# Names too far from anything get no suggestion; the plain NameError message is printed

def score(values):
    total = 0
    for v in values:
        total += v
    return total

print(score([1, 2, 3]))

# a few near misses that are caught (their suggestions are never printed)
for expr in ["scor", "totl", "valuez"]:
    try:
        eval(expr)
    except NameError as e:
        print(expr, "->", e)

# very short names are compared too, but only within the allowed distance
try:
    q
except NameError as e:
    print(e.name, str(e))

# long names far from every candidate
try:
    completely_unrelated_identifier_xyz
except NameError as e:
    print(e.name)

# names defined later in the module are not yet visible
try:
    later_defined()
except NameError as e:
    print(str(e))

def later_defined():
    return "now defined"

print(later_defined())
print(zzzzzzzzzzqqqq + 1)
