raise ValueError(ValueError("nested"))
