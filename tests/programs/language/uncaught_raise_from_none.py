# raise ... from None hides the original error in the report.

class Missing(LookupError):
    pass

registry = {"alpha": 1, "beta": 2}

def get(name):
    try:
        return registry[name]
    except KeyError:
        raise Missing(f"no entry named {name!r}; known: {sorted(registry)}") from None

print(get("alpha"), get("beta"))
registry["gamma_ray"] = 3
print(sorted(registry))
try:
    get("delta")
except Missing as e:
    print("caught:", e, "| cause:", e.__cause__, "| suppress:", e.__suppress_context__)
    print("context kept for debugging:", repr(e.__context__))
print(get("gamma"))
