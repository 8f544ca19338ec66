class Config:
    def __init__(self):
        self._secret = 1
        self.public = 2
c = Config()
print(c.secret)
