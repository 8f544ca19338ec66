class T:
    def m(self):
        return self.n()
    def n(self):
        return {}["k"]
T().m()
