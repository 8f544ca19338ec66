def mk():
    return lambda y: y.nope
mk()(3)
