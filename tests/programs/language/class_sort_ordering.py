# Sorting custom objects: __lt__ only, key functions, stability, reverse.

class Employee:
    def __init__(self, name, dept, salary):
        self.name, self.dept, self.salary = name, dept, salary
    def __lt__(self, other):
        return self.salary < other.salary
    def __repr__(self):
        return f"{self.name}({self.dept},{self.salary})"

staff = [
    Employee("ann", "eng", 120),
    Employee("bob", "ops", 90),
    Employee("cid", "eng", 90),
    Employee("dee", "hr", 75),
    Employee("eve", "ops", 120),
    Employee("fay", "eng", 100),
]

print(sorted(staff))                      # uses __lt__, stable for ties
print(sorted(staff, reverse=True))        # reverse keeps tie order stable too
print(sorted(staff, key=lambda e: e.name, reverse=True))
print(sorted(staff, key=lambda e: (e.dept, -e.salary)))
print(max(staff), min(staff))
print(max(staff, key=lambda e: e.name), min(staff, key=lambda e: (e.salary, e.name)))

# Multi-pass stable sort: sort by secondary key first
by_dept_then_name = sorted(sorted(staff, key=lambda e: e.name), key=lambda e: e.dept)
print(by_dept_then_name)

# list.sort in place returns None
copy = list(staff)
print(copy.sort(key=lambda e: e.name[::-1]), copy)

# Sorting heterogeneous data fails
try:
    sorted([3, "a", 1])
except TypeError as e:
    print(type(e).__name__, e)

# A key that raises
try:
    sorted(staff, key=lambda e: e.missing)
except AttributeError as e:
    print(type(e).__name__, e)

# Objects with no ordering
class NoOrder:
    pass
try:
    sorted([NoOrder(), NoOrder()])
except TypeError as e:
    print(type(e).__name__, e)

# Sorting strings and tuples
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
print(sorted({"b": 2, "a": 1, "c": 0}.items(), key=lambda kv: kv[1]))
print(sorted("hello world"), "".join(sorted("python", reverse=True)))
print(sorted([[3, 1], [2], [3, 0], []]))
print(sorted([0.5, -1, True, 2, False]))
