class Foo:
    def __init__(self, a, b):
        self.a = a
Foo(1)
