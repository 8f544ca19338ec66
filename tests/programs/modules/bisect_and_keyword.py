# bisect's searches and insertions (with lo, hi and key) and the keyword module.
import bisect
import keyword

a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 2.5, 3, 8, 9]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 5, hi=4), bisect.bisect([], 1))
grades = [(60, 'D'), (70, 'C'), (80, 'B'), (90, 'A')]
for score in [33, 60, 77, 89, 90, 100]:
    i = bisect.bisect(grades, score, key=lambda g: g[0])
    print(score, 'F' if i == 0 else grades[i - 1][1])
b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(b, x)
print(b)
c = [1.0, 2.0]
bisect.insort_left(c, 1)
bisect.insort_right(c, 2)
print(c, [type(v).__name__ for v in c])
people = [('ann', 31), ('bob', 25)]
people.sort(key=lambda p: p[1])
bisect.insort(people, ('cy', 28), key=lambda p: p[1])
bisect.insort_left(people, ('dee', 25), key=lambda p: p[1])
print(people)
words = ['apple', 'fig', 'banana']
print(bisect.bisect(sorted(words), 'cherry'), bisect.bisect_left('abcde', 'c'), bisect.bisect_right((1, 3, 5), 3))
for call in ['bisect.bisect(a, 1, -1)', 'bisect.bisect(None, 1)', 'bisect.bisect([1, "a"], 2)', 'bisect.insort((1, 2), 3)']:
    try:
        print(call, '->', eval(call))
    except Exception as e:
        print(call, '!!', type(e).__name__, e)

print(keyword.kwlist)
print(keyword.softkwlist, len(keyword.kwlist))
print([w for w in ['if', 'match', 'print', 'None', 'none', 'async', '_', 'type', 'lambda'] if keyword.iskeyword(w)])
print([w for w in ['if', 'match', 'print', 'case', '_', 'type'] if keyword.issoftkeyword(w)])
print(sorted(keyword.__all__))
