# A tiny spreadsheet: formulas with cell references, ranges, functions, and cycle detection
SHEET = {
    "A1": "10", "A2": "20", "A3": "30.5", "A4": "=SUM(A1:A3)",
    "B1": "=A1*2", "B2": "=B1+A2", "B3": "=AVG(A1:A3, B1)", "B4": "=MAX(A1:B3) - MIN(A1:B3)",
    "C1": "=A4/0", "C2": "=C3+1", "C3": "=C2+1", "C4": "=D9",
    "D1": "hello", "D2": "=D1 + 1", "D3": "=(A1 + A2) * (A3 - 0.5) / 3", "D4": "=-A1 + -(-B1)",
    "E1": "=SUM(A1:A4) + COUNT(A1:D4)", "E2": "=ROUND(A3 / 7, 3)", "E3": "=IF(A1 > 5, B1, 0)",
}

class CellError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code
def col_row(ref):
    i = 0
    while ref[i].isalpha():
        i += 1
    return ref[:i], int(ref[i:])
def expand(a, b):
    ca, ra = col_row(a)
    cb, rb = col_row(b)
    return [f"{chr(c)}{r}" for c in range(ord(ca), ord(cb) + 1) for r in range(ra, rb + 1)]

class Sheet:
    def __init__(self, cells):
        self.cells = cells
        self.cache = {}
        self.evaluating = set()
    def value(self, ref):
        if ref in self.cache:
            return self.cache[ref]
        if ref in self.evaluating:
            raise CellError("#CYCLE!")
        raw = self.cells.get(ref)
        if raw is None:
            raise CellError("#REF!")
        self.evaluating.add(ref)
        try:
            if raw.startswith("="):
                self.toks = self.tokenize(raw[1:])
                saved = self.toks
                self.pos = 0
                v = self.expr()
                self.toks = saved
            else:
                try:
                    v = float(raw) if "." in raw else int(raw)
                except ValueError:
                    v = raw
        finally:
            self.evaluating.discard(ref)
        self.cache[ref] = v
        return v
    def tokenize(self, s):
        toks, i = [], 0
        while i < len(s):
            c = s[i]
            if c.isspace():
                i += 1
            elif c.isalpha():
                j = i
                while j < len(s) and s[j].isalnum():
                    j += 1
                toks.append(s[i:j].upper()); i = j
            elif c.isdigit() or c == ".":
                j = i
                while j < len(s) and (s[j].isdigit() or s[j] == "."):
                    j += 1
                toks.append(float(s[i:j]) if "." in s[i:j] else int(s[i:j])); i = j
            else:
                toks.append(c); i += 1
        return toks
    def peek(self):
        return self.toks[self.pos] if self.pos < len(self.toks) else None
    def take(self):
        t = self.toks[self.pos]
        self.pos += 1
        return t
    def expr(self):
        left = self.term()
        while self.peek() in ("+", "-", ">", "<"):
            op = self.take()
            right = self.term()
            left = self.num(left) + self.num(right) if op == "+" else self.num(left) - self.num(right) if op == "-" else (left > right if op == ">" else left < right)
        return left
    def term(self):
        left = self.factor()
        while self.peek() in ("*", "/"):
            op = self.take()
            right = self.num(self.factor())
            if op == "/" and right == 0:
                raise CellError("#DIV/0!")
            left = self.num(left) * right if op == "*" else self.num(left) / right
        return left
    def num(self, v):
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            raise CellError("#VALUE!")
        return v
    def factor(self):
        t = self.take()
        if t == "-":
            return -self.num(self.factor())
        if t == "(":
            v = self.expr(); self.take()
            return v
        if isinstance(t, (int, float)):
            return t
        if self.peek() == "(":
            self.take()
            args = []
            while self.peek() != ")":
                a = self.take()
                if self.peek() == ":":
                    self.take()
                    b = self.take()
                    args.extend(self.sub_value(r) for r in expand(a, b))
                else:
                    self.pos -= 1
                    args.append(self.expr())
                if self.peek() == ",":
                    self.take()
            self.take()
            return self.call(t, args)
        return self.sub_value(t)
    def sub_value(self, ref):
        toks, pos = self.toks, self.pos
        try:
            return self.value(ref)
        finally:
            self.toks, self.pos = toks, pos
    def call(self, name, args):
        nums = [a for a in args if isinstance(a, (int, float)) and not isinstance(a, bool)]
        if name == "SUM": return sum(nums)
        if name == "AVG": return sum(nums) / len(nums)
        if name == "MAX": return max(nums)
        if name == "MIN": return min(nums)
        if name == "COUNT": return len(nums)
        if name == "ROUND": return round(args[0], int(args[1]))
        if name == "IF": return args[1] if args[0] else args[2]
        raise CellError("#NAME?")

sheet = Sheet(SHEET)
for ref in sorted(SHEET, key=lambda r: (col_row(r)[1], col_row(r)[0])):
    try:
        v = sheet.value(ref)
        shown = f"{v:.4g}" if isinstance(v, float) else str(v)
    except CellError as e:
        shown = e.code
    print(f"{ref:<3} {SHEET[ref]:<28} {shown}")
print("cache size:", len(sheet.cache))
