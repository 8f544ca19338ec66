# UnboundLocalError from assigning to a global name inside a function.

counter = 0

def increment_ok():
    global counter
    counter += 1
    return counter

def read_only():
    return counter * 10

print(increment_ok(), increment_ok())
print("read only:", read_only())

def shadowing():
    counter = 100       # a separate local
    return counter
print("shadowing:", shadowing(), "global still", counter)

def increment_broken():
    counter += 1
    return counter

print("calling the broken version")
print(increment_broken())
