class C:
    def __init__(self):
        self._value = 1
C().value
