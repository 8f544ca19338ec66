# A typo in an attribute name: CPython suggests the right one.

class Config:
    def __init__(self):
        self.color = "blue"
        self.size = 12
        self.verbose = False

    def describe(self):
        return f"{self.size}pt {self.color}"

    def bigger(self, step=2):
        self.size += step
        return self

cfg = Config()
print(cfg.describe())
print("verbose:", cfg.verbose)
print(cfg.bigger().describe())
print(cfg.bigger(10).describe())
print(sorted(vars(cfg)))
print(getattr(cfg, "colour", "no 'colour' attribute (getattr default)"))
try:
    cfg.sise
except AttributeError as e:
    print("caught:", e, "| name:", e.name, "| obj is cfg:", e.obj is cfg)
print("colour is", cfg.colour)
