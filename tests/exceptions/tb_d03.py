class Q:
    def m(self):
        return {}['k']
def g(q):
    return q.m()
g(Q())
