class C:
    def __init__(self):
        self._hidden = 1
C()._hiden
