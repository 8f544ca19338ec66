for item in 5:
    pass
