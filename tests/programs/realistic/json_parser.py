# A recursive-descent JSON parser with error positions
class JSONError(Exception):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at position {pos}")
        self.pos = pos

class Parser:
    def __init__(self, text):
        self.s = text
        self.i = 0

    def ws(self):
        while self.i < len(self.s) and self.s[self.i] in " \t\r\n":
            self.i += 1

    def peek(self):
        self.ws()
        return self.s[self.i] if self.i < len(self.s) else ""

    def expect(self, ch):
        if self.peek() != ch:
            raise JSONError(f"expected {ch!r}, got {self.peek() or 'EOF'!r}", self.i)
        self.i += 1

    def parse(self):
        v = self.value()
        if self.peek():
            raise JSONError("extra data", self.i)
        return v

    def value(self):
        ch = self.peek()
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.arr()
        if ch == '"':
            return self.string()
        for lit, val in (("true", True), ("false", False), ("null", None)):
            if self.s.startswith(lit, self.i):
                self.i += len(lit)
                return val
        if ch == "-" or ch.isdigit():
            return self.number()
        raise JSONError(f"unexpected {ch or 'EOF'!r}", self.i)

    def obj(self):
        self.expect("{")
        out = {}
        if self.peek() == "}":
            self.i += 1
            return out
        while True:
            if self.peek() != '"':
                raise JSONError("expected string key", self.i)
            k = self.string()
            self.expect(":")
            out[k] = self.value()
            if self.peek() == ",":
                self.i += 1
                continue
            self.expect("}")
            return out

    def arr(self):
        self.expect("[")
        out = []
        if self.peek() == "]":
            self.i += 1
            return out
        while True:
            out.append(self.value())
            if self.peek() == ",":
                self.i += 1
                continue
            self.expect("]")
            return out

    def string(self):
        self.expect('"')
        buf = []
        esc = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
        while True:
            if self.i >= len(self.s):
                raise JSONError("unterminated string", self.i)
            ch = self.s[self.i]
            self.i += 1
            if ch == '"':
                return "".join(buf)
            if ch == "\\":
                e = self.s[self.i]
                self.i += 1
                if e == "u":
                    code = int(self.s[self.i:self.i + 4], 16)
                    self.i += 4
                    if 0xD800 <= code < 0xDC00 and self.s.startswith("\\u", self.i):
                        low = int(self.s[self.i + 2:self.i + 6], 16)
                        self.i += 6
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    buf.append(chr(code))
                elif e in esc:
                    buf.append(esc[e])
                else:
                    raise JSONError(f"bad escape \\{e}", self.i - 1)
            else:
                buf.append(ch)

    def number(self):
        start = self.i
        if self.s[self.i] == "-":
            self.i += 1
        while self.i < len(self.s) and self.s[self.i] in "0123456789.eE+-":
            self.i += 1
        text = self.s[start:self.i]
        try:
            if any(c in text for c in ".eE"):
                return float(text)
            return int(text)
        except ValueError:
            raise JSONError(f"bad number {text!r}", start) from None

samples = [
    '{"a": 1, "b": [true, false, null], "c": {"d": "e"}}',
    '[1, -2, 3.5, -4e2, 1E-3, 0, 12345678901234567890]',
    '"unicode: \\u00e9 \\ud83d\\ude00 \\n\\t \\"quoted\\" \\\\ slash\\/"',
    '  {"nested": [[[]], {}, [{}]], "empty": ""}  ',
    '{"dup": 1, "dup": 2}',
    '{"a": 1,}',
    '[1 2]',
    '{"a" 1}',
    '"unterminated',
    'tru',
    '[1, 2] extra',
    '{"x": -}',
    '"bad \\q escape"',
]
for text in samples:
    try:
        v = Parser(text).parse()
        print("OK ", repr(v))
    except JSONError as e:
        print("ERR", e, "| near:", repr(text[max(0, e.pos - 3):e.pos + 3]))
big = "[" + ", ".join('{"id": %d, "sq": %d, "name": "n%d"}' % (i, i * i, i) for i in range(200)) + "]"
data = Parser(big).parse()
print(len(data), data[150], sum(d["sq"] for d in data), max(data, key=lambda d: d["name"])["name"])
