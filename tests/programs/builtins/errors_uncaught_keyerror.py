# Uncaught KeyError with a tuple key; the last stderr line shows its repr
config = {"host": "localhost", "port": 8080}
for key in ("host", "port"):
    print(key, "=", config[key])
def lookup(d, *path):
    node = d
    for p in path:
        node = node[p]
    return node
tree = {"a": {"b": {"c": 1}}, "x": [10, 20, 30]}
def safe_lookup(d, *path, default=None):
    try:
        return lookup(d, *path)
    except (KeyError, IndexError, TypeError) as e:
        print("  safe_lookup caught", type(e).__name__, e)
        return default
print(safe_lookup(tree, "a", "z"), safe_lookup(tree, "x", 5), safe_lookup(tree, "x", 1), safe_lookup(tree, "a", "b", "c", "d"))
print(lookup(tree, "a", "b", "c"))
print(lookup(tree, "a", "b"))
lookup({(1, 2): "x"}, (1, 3))
