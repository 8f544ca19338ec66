# Unbounded recursion ends in RecursionError.

def depth_of(node):
    # Bug: forgets the base case, follows the parent link forever
    return 1 + depth_of(node["parent"])

def depth_of_fixed(node, seen=None):
    seen = [] if seen is None else seen
    if "parent" not in node or any(s is node for s in seen):
        return 0
    seen.append(node)
    return 1 + depth_of_fixed(node["parent"], seen)

leaf = {"name": "leaf", "parent": {"name": "mid", "parent": {"name": "top"}}}
print("fixed depth of leaf:", depth_of_fixed(leaf))

tree = {"name": "root"}
tree["parent"] = tree          # a cycle
print("fixed depth of cycle:", depth_of_fixed(tree))
try:
    depth_of(tree)
except RecursionError as e:
    print("caught:", type(e).__name__, e)
print("computing depth again without a safety net...")
print(depth_of(tree))
