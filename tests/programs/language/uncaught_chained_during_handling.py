# An error inside an except block: "During handling of the above exception..."

settings = {"retries": "3", "timeout": "fast", "workers": "4"}
FALLBACKS = {"retries": 1}

def get_int(key):
    try:
        return int(settings[key])
    except ValueError:
        print(f"bad value for {key!r}, falling back to default")
        return DEFAULTS[key]

def get_int_safe(key):
    try:
        return int(settings[key])
    except (ValueError, KeyError):
        return FALLBACKS.get(key, 0)

print("retries:", get_int("retries"))
print("workers:", get_int("workers"))
print("safe timeout:", get_int_safe("timeout"))
print("safe missing:", get_int_safe("missing"))
print("timeout:", get_int("timeout"))
