# sys.exit("message") prints the message to stderr and exits with status 1.
import sys

config = {"name": "demo", "port": "eighty", "host": "localhost", "debug": "yes"}
print("loading config for", config["name"])

def parse_bool(text):
    lowered = text.strip().lower()
    if lowered in ("1", "yes", "true", "on"):
        return True
    if lowered in ("0", "no", "false", "off"):
        return False
    raise ValueError(f"not a boolean: {text!r}")

settings = {}
for key in ("host", "debug"):
    value = config[key]
    settings[key] = parse_bool(value) if key == "debug" else value
    print(f"  {key} = {settings[key]!r}")

try:
    port = int(config["port"])
except ValueError:
    print("about to exit with a message on stderr")
    sys.exit(f"error: invalid port {config['port']!r} in configuration")
print("port", port)
