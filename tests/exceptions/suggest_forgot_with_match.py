sya = 1
print(sys)
