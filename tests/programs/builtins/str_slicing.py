# String indexing and slicing exhaustively
s = "abcdefghij"
for start in (None, -12, -3, 0, 2, 9, 12):
    for stop in (None, -12, -2, 0, 5, 12):
        row = []
        for step in (None, 1, 2, -1, -3):
            row.append(s[start:stop:step] or "_")
        print(start, stop, row)
print(s[0], s[-1], s[5], s[-10])
try:
    s[10]
except IndexError as e:
    print("IndexError", e)
try:
    s[-11]
except IndexError as e:
    print("IndexError", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError", e)
u = "añ😀日b"
print([u[i] for i in range(-len(u), len(u))], u[::-1], u[1:-1], u[::2], u[-2::-2])
print("palindrome" == "palindrome"[::-1], "racecar" == "racecar"[::-1], "ab" * 3, 3 * "ab", "a" * 0, "a" * -2, "" * 10)
print("a" in "abc", "" in "abc", "ac" in "abc", "abc" in "abc", "abcd" in "abc", "" in "")
try:
    1 in "abc"
except TypeError as e:
    print("TypeError", e)
words = "the quick brown fox".split()
print([w[0].upper() + w[1:] for w in words], [w[::-1] for w in words], [w[-2:] for w in words], "".join(w[0] for w in words))
print(s[2:8][::-1][1:3], s[::-1][::-1] == s, s[len(s):], s[:0], s[-1:-2], s[-1:-2:-1])
big = "x" * 1000 + "y"
print(len(big), big[-1], big[995:], big.count("x"), big.rfind("x"), big.index("y"))
