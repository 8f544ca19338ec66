total = 1
total += "a"
