raise AttributeError("custom", name="attribute", obj=[1])
