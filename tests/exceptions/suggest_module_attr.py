class M:
    def __init__(self):
        self.append = 1
        self.extend = 2
m = M()
m.appnd
