# input() past the end of stdin raises EOFError, here left uncaught.

def read_pair():
    key = input()
    value = input()
    return key.strip(), value.strip()

pairs = {}
for _ in range(2):
    k, v = read_pair()
    pairs[k] = v
    print("read pair:", k, "=", v)

print("pairs so far:", pairs)
print("lengths:", {k: len(v) for k, v in pairs.items()})
print("born is numeric:", pairs["born"].isdigit(), "age in 1900:", 1900 - int(pairs["born"]))

# The stdin file has only four lines, so this prompt is printed and then input() fails.
third = input("and a third: ")
print("never printed", third)
