def fail(i):
    if i % 2:
        raise ValueError(f"odd {i}")
    raise TypeError(f"even {i}")

errors = []
for i in range(3):
    try:
        fail(i)
    except Exception as e:
        errors.append(e)
raise ExceptionGroup("batch failed", errors)
