s = " a,b "
print(s.strip().split(",")[5])
