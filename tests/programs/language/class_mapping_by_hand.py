# A complete mapping type implemented by hand: an ordered, case-insensitive dict.

class CaseInsensitiveDict:
    def __init__(self, data=None, **kwargs):
        self._store = {}
        self.update(data or {}, **kwargs)

    def __setitem__(self, key, value):
        self._store[key.lower()] = (key, value)

    def __getitem__(self, key):
        return self._store[key.lower()][1]

    def __delitem__(self, key):
        del self._store[key.lower()]

    def __iter__(self):
        return (original for original, _ in self._store.values())

    def __len__(self):
        return len(self._store)

    def __contains__(self, key):
        return isinstance(key, str) and key.lower() in self._store

    def keys(self):
        return list(self)

    def items(self):
        return [(k, v) for k, v in self._store.values()]

    def values(self):
        return [v for _, v in self._store.values()]

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def update(self, other=(), **kwargs):
        if hasattr(other, "keys"):
            for k in other.keys():
                self[k] = other[k]
        else:
            for k, v in other:
                self[k] = v
        for k, v in kwargs.items():
            self[k] = v

    def pop(self, key, *default):
        try:
            value = self[key]
        except KeyError:
            if default:
                return default[0]
            raise
        del self[key]
        return value

    def __eq__(self, other):
        if isinstance(other, (dict, CaseInsensitiveDict)):
            return {k.lower(): v for k, v in self.items()} == {k.lower(): v for k, v in other.items()}
        return NotImplemented

    def __repr__(self):
        return f"{type(self).__name__}({dict(self.items())!r})"

    def __or__(self, other):
        new = CaseInsensitiveDict(self)
        new.update(other)
        return new

headers = CaseInsensitiveDict({"Content-Type": "text/html"}, Accept="*/*")
headers["X-Request-Id"] = "42"
print(headers)
print(headers["content-type"], headers["ACCEPT"], headers.get("x-request-ID"), headers.get("missing", "-"))
print("CONTENT-TYPE" in headers, "content-length" in headers, 5 in headers)
headers["content-type"] = "application/json"
print(headers, len(headers))
print(list(headers), headers.keys(), headers.values())
print(dict(headers))
print(headers == {"CONTENT-TYPE": "application/json", "accept": "*/*", "x-request-id": "42"})
print(headers.pop("accept"), headers.pop("accept", "gone"), len(headers))
try:
    headers["nope"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    headers.pop("nope")
except KeyError as e:
    print(type(e).__name__, e)
merged = headers | {"Cache-Control": "no-cache", "X-REQUEST-ID": "43"}
print(merged)
print(sorted(merged.items()), [k for k in merged])
def show(**kw):
    return kw
print(show(**merged))
