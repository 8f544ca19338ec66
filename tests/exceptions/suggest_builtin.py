x = lenn([1, 2])
