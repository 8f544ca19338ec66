a = 2
b = "s"
c = a ** b
