# Adding incompatible types deep inside a computation.

def total_length(items):
    total = 0
    for item in items:
        total = total + item["length"]
        print("running total:", total)
    return total

def describe(items):
    return [f"{i}:{type(item['length']).__name__}" for i, item in enumerate(items)]

good = [{"length": 3}, {"length": 4.5}, {"length": 2}]
print(describe(good))
print("good total:", total_length(good))
items = [{"length": 3}, {"length": 4.5}, {"length": "7"}, {"length": 1}]
print(describe(items))
print("converted total:", sum(float(i["length"]) for i in items))
print("string lengths:", [i["length"] for i in items if isinstance(i["length"], str)])
print(total_length(items))
