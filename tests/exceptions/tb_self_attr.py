class C:
    def __init__(self):
        self.total = 5
    def show(self):
        return total
C().show()
