# Reading from stdin with input() and sys.stdin
import sys
n = int(input())
print("count:", n)
total = 0
for i in range(n):
    line = input()
    parts = line.split()
    name, score = parts[0], int(parts[1])
    total += score
    print(f"{i + 1}. {name:<8} {score:>4}")
print("total:", total, "avg:", round(total / n, 2))
prompt_answer = input("prompt> ")
print()
print("answer:", repr(prompt_answer))
rest = sys.stdin.read()
print("remaining chars:", len(rest))
lines = rest.splitlines()
print(lines)
words = [w for line in lines for w in line.split()]
print(len(words), sorted(set(w.lower().strip(".,") for w in words))[:8])
try:
    input()
except EOFError as e:
    print("EOFError", repr(e))
