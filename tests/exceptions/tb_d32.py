class E(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
raise E(404, "not found")
