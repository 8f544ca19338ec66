# raise ... from ...: "The above exception was the direct cause..."

class ConfigError(Exception):
    pass

def load(text):
    result = {}
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        try:
            key, value = line.split("=")
        except ValueError as e:
            raise ConfigError(f"line {lineno}: expected key=value, got {line!r}") from e
        result[key.strip()] = value.strip()
        print(f"parsed {key.strip()!r}")
    return result

print(load("a = 1\nb = 2"))
print(load("# comment\n\nname = demo\nport=8080"))
try:
    load("ok = 1\nbroken line")
except ConfigError as e:
    print("caught:", e, "| cause:", repr(e.__cause__))
print(load("x = 1\ny: 2\nz = 3"))
