try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
except* ValueError:
    print("handled ValueError")
except* TypeError as e:
    raise RuntimeError("from handler")
