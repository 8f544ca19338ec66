# "Did you mean" for an AttributeError on a class object and on builtin types

class Config:
    DEFAULT_TIMEOUT = 30
    DEFAULT_RETRIES = 3

    @classmethod
    def create(cls):
        return cls()

    @staticmethod
    def validate(value):
        return value > 0

print(Config.DEFAULT_TIMEOUT, Config.validate(5), type(Config.create()).__name__)

try:
    Config.DEFAULT_TIMOUT
except AttributeError as e:
    print(e.name, e.obj is Config, str(e))

# builtin type attributes
for obj, attr in [([], "apend"), ("", "uper"), ({}, "iteritems"), (1, "bitlength"), (None, "x")]:
    try:
        getattr(obj, attr)
    except AttributeError as e:
        print(type(obj).__name__, e.name, str(e))

# attribute errors for setting on builtins
try:
    [].extra = 1
except AttributeError as e:
    print(str(e))
try:
    object().attr = 1
except AttributeError as e:
    print(str(e))

# class-level vs instance-level lookup
class Sub(Config):
    LOCAL = 1
print(Sub.DEFAULT_RETRIES, hasattr(Sub, "LOCALL"))

print("calling a misspelled classmethod")
Config.creat()
