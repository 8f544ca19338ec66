# Cooperative multiple inheritance with **kwargs passing.

class Component:
    def __init__(self, **kwargs):
        if kwargs:
            print("leftover:", kwargs)
        super().__init__()
        print("Component init")

class Named(Component):
    def __init__(self, *, name, **kwargs):
        self.name = name
        print("Named init", name)
        super().__init__(**kwargs)

class Colored(Component):
    def __init__(self, *, color="black", **kwargs):
        self.color = color
        print("Colored init", color)
        super().__init__(**kwargs)

class Sized(Component):
    def __init__(self, *, size=1, **kwargs):
        self.size = size
        print("Sized init", size)
        super().__init__(**kwargs)

class Widget(Named, Colored, Sized):
    def __init__(self, **kwargs):
        print("Widget init start")
        super().__init__(**kwargs)
        print("Widget init end")

print([c.__name__ for c in Widget.__mro__])
w = Widget(name="btn", color="red", size=3)
print(w.name, w.color, w.size)
print("---")
w2 = Widget(name="lbl", extra=True)
print(w2.color, w2.size)

# Method chains through the MRO collecting results
class Plugin:
    def hooks(self):
        return ["Plugin"]
class Logging(Plugin):
    def hooks(self):
        return ["Logging"] + super().hooks()
class Caching(Plugin):
    def hooks(self):
        return ["Caching"] + super().hooks()
class Auth(Plugin):
    def hooks(self):
        return ["Auth"] + super().hooks()
class App(Logging, Caching, Auth):
    def hooks(self):
        return ["App"] + super().hooks()
class App2(Auth, Logging, Caching):
    pass
print(App().hooks())
print(App2().hooks())
