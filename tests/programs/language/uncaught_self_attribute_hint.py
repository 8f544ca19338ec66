# Using a bare name inside a method where self.name was meant.

class Greeter:
    def __init__(self, name):
        self.name = name
        self.greeting = "Hello"

    def greet(self):
        return f"{self.greeting}, {self.name}!"

    def whisper(self):
        return f"{self.greeting.lower()}, {self.name.lower()}..."

    def shout(self):
        return f"{self.greeting.upper()}, {name.upper()}!"

g = Greeter("Ada")
print(g.greet())
print(g.whisper())
g.greeting = "Hi"
print(g.greet())
print([Greeter(n).greet() for n in ("Alan", "Grace")])
print(g.shout())
