class K:
    attribute = 1
K.atribute
