x = [1, 2, 3]
x.push(4)
