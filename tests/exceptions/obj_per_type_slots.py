print('__init__' in ValueError.__dict__, '__new__' in ValueError.__dict__, '__new__' in KeyError.__dict__)
print('__init__' in ExceptionGroup.__dict__, '__new__' in StopIteration.__dict__)
try:
    ValueError.__init__(KeyError(), 1)
except TypeError:
    print('TypeError')
try:
    ValueError.__new__(KeyError)
except TypeError as e:
    print(e)
print(type(ValueError.__new__(UnicodeError)).__name__)
print(type(ArithmeticError.__new__(ZeroDivisionError, 1)).__name__)
