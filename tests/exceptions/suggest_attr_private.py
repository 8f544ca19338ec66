class C:
    def __init__(self):
        self._hidden = 1
    def get(self):
        return self._hiden
C().get()
