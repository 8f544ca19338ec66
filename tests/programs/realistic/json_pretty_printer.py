# Hand-written JSON serializer with pretty printing and key sorting
def escape(s):
    out = ['"']
    for ch in s:
        code = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif code < 0x20:
            out.append("\\u%04x" % code)
        elif code > 0x7E:
            if code > 0xFFFF:
                code -= 0x10000
                out.append("\\u%04x\\u%04x" % (0xD800 + (code >> 10), 0xDC00 + (code & 0x3FF)))
            else:
                out.append("\\u%04x" % code)
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)

def dumps(obj, indent=None, sort_keys=False, level=0):
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if isinstance(obj, int):
        return str(obj)
    if isinstance(obj, float):
        if obj != obj or obj in (float("inf"), float("-inf")):
            raise ValueError(f"Out of range float values are not JSON compliant: {obj!r}")
        return repr(obj)
    if isinstance(obj, str):
        return escape(obj)
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        parts = [dumps(v, indent, sort_keys, level + 1) for v in obj]
        if indent is None:
            return "[" + ", ".join(parts) + "]"
        pad = " " * (indent * (level + 1))
        return "[\n" + ",\n".join(pad + p for p in parts) + "\n" + " " * (indent * level) + "]"
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        keys = sorted(obj) if sort_keys else list(obj)
        parts = []
        for k in keys:
            if not isinstance(k, str):
                raise TypeError(f"keys must be str, not {type(k).__name__}")
            parts.append(escape(k) + ": " + dumps(obj[k], indent, sort_keys, level + 1))
        if indent is None:
            return "{" + ", ".join(parts) + "}"
        pad = " " * (indent * (level + 1))
        return "{\n" + ",\n".join(pad + p for p in parts) + "\n" + " " * (indent * level) + "}"
    raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")

doc = {
    "name": "Taipan test",
    "version": [1, 2, 3],
    "ratio": 0.1 + 0.2,
    "big": 2 ** 70,
    "flags": {"debug": False, "verbose": True, "level": None},
    "users": [
        {"id": 1, "name": "Zoë", "tags": ["admin", "ops"], "score": 97.5},
        {"id": 2, "name": "Li \"Lee\" Wei", "tags": [], "score": -0.0},
    ],
    "text": "line1\nline2\ttab \\ backslash \x01 ctrl 😀",
    "empty": {},
    "nested": [[1, [2, [3, []]]], {"a": {"b": {"c": "deep"}}}],
}
print(dumps(doc))
print(dumps(doc, indent=2))
print(dumps(doc["users"], indent=4, sort_keys=True))
for bad in [{"x": float("nan")}, {1: "int key"}, {"s": {1, 2}}, [1e400]]:
    try:
        print(dumps(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(dumps([1.0, 1e16, 1e-7, 123456789.125, 3.0e300, -2.5]))
