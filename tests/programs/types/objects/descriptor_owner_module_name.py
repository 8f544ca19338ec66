# A method descriptor of a type defined in a module other than builtins, applied to an object
# of the wrong type, names the type with its module once (as its tp_name does).
import collections
import unicodedata

for call in [lambda: collections.deque.append(1, 2), lambda: collections.deque.popleft('x'),
             lambda: unicodedata.UCD.category(1, 'a'), lambda: list.append((), 1)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
