# Parsing numbers from text; one token isn't a number.

def parse_all(line):
    numbers = []
    for token in line.split():
        print("parsing", repr(token))
        numbers.append(int(token))
    return numbers

ok = parse_all("1 2 3")
print("sum:", sum(ok))
print("parsed with base 16:", [int(t, 16) for t in "ff 10 0a".split()])
try:
    parse_all("7 eight 9")
except ValueError as e:
    print("caught:", e)

line = "10 20 30 4O 50"
numbers = parse_all(line)
print(sum(numbers))
