raise ExceptionGroup("outer", [
    ValueError("a"),
    ExceptionGroup("mid", [TypeError("b"), ExceptionGroup("in", [KeyError("c")])]),
])
