x = None
x.append(3)
