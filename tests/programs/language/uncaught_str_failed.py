# An exception whose __str__ itself fails.

class BrokenMessage(Exception):
    def __str__(self):
        return self.missing_attribute

class GoodMessage(Exception):
    def __str__(self):
        return f"good: {self.args[0]}"

print("about to raise")
try:
    raise GoodMessage("details")
except GoodMessage as e:
    print("caught good one:", e)
try:
    raise BrokenMessage("details")
except BrokenMessage as e:
    print("caught once, args:", e.args)
    print("repr works:", repr(e))
    try:
        str(e)
    except AttributeError as inner:
        print("str() fails with:", inner)
raise BrokenMessage("for real")
