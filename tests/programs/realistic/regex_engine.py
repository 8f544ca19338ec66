# A backtracking regex matcher supporting . * + ? ^ $ character classes and groups of alternation
def parse_class(p, i):
    negate = p[i] == "^"
    if negate:
        i += 1
    items = []
    while p[i] != "]":
        if i + 2 < len(p) and p[i + 1] == "-" and p[i + 2] != "]":
            items.append((p[i], p[i + 2]))
            i += 3
        else:
            items.append((p[i], p[i]))
            i += 1
    return (negate, items), i + 1

def compile_pattern(p):
    tokens, i = [], 0
    while i < len(p):
        c = p[i]
        if c == "[":
            cls, i = parse_class(p, i + 1)
            atom = ("class", cls)
        elif c == "(":
            depth, j = 1, i + 1
            while depth:
                depth += {"(": 1, ")": -1}.get(p[j], 0)
                j += 1
            alts, buf, d = [], "", 0
            for ch in p[i + 1:j - 1]:
                if ch == "|" and d == 0:
                    alts.append(buf); buf = ""
                else:
                    d += {"(": 1, ")": -1}.get(ch, 0)
                    buf += ch
            alts.append(buf)
            atom = ("alt", [compile_pattern(a) for a in alts])
            i = j
        elif c == "\\":
            atom = ("lit", p[i + 1]) if p[i + 1] not in "dw" else ("class", (False, [("0", "9")] if p[i + 1] == "d" else [("a", "z"), ("A", "Z"), ("0", "9"), ("_", "_")]))
            i += 2
        elif c == ".":
            atom = ("any", None); i += 1
        elif c == "$" and i == len(p) - 1:
            atom = ("end", None); i += 1
        else:
            atom = ("lit", c); i += 1
        if i < len(p) and p[i] in "*+?":
            tokens.append((p[i], atom)); i += 1
        else:
            tokens.append(("1", atom))
    return tokens

def match_atom(atom, s, i):
    kind, arg = atom
    if kind == "end":
        return [i] if i == len(s) else []
    if kind == "alt":
        out = []
        for alt in arg:
            out.extend(match_seq(alt, 0, s, i))
        return out
    if i >= len(s):
        return []
    c = s[i]
    if kind == "any":
        return [i + 1] if c != "\n" else []
    if kind == "lit":
        return [i + 1] if c == arg else []
    negate, items = arg
    hit = any(lo <= c <= hi for lo, hi in items)
    return [i + 1] if hit != negate else []

def match_seq(tokens, k, s, i):
    if k == len(tokens):
        return [i]
    q, atom = tokens[k]
    results = []
    if q == "1":
        for j in match_atom(atom, s, i):
            results.extend(match_seq(tokens, k + 1, s, j))
    elif q == "?":
        for j in match_atom(atom, s, i):
            results.extend(match_seq(tokens, k + 1, s, j))
        results.extend(match_seq(tokens, k + 1, s, i))
    else:
        positions = [i]
        frontier = [i]
        while frontier:
            nxt = []
            for p in frontier:
                for j in match_atom(atom, s, p):
                    if j not in positions and j != p:
                        positions.append(j)
                        nxt.append(j)
            frontier = nxt
        if q == "+":
            positions = positions[1:]
        for p in reversed(positions):
            results.extend(match_seq(tokens, k + 1, s, p))
    return results

def search(pattern, s):
    anchored = pattern.startswith("^")
    tokens = compile_pattern(pattern[1:] if anchored else pattern)
    for start in ([0] if anchored else range(len(s) + 1)):
        ends = match_seq(tokens, 0, s, start)
        if ends:
            return s[start:ends[0]]
    return None

tests = [
    ("a.c", "xxabcxx"), ("ab*c", "ac abbbc"), ("ab+c", "ac abbbc"), ("colou?r", "what colour"), ("colou?r", "color me"),
    ("^hello", "hello world"), ("^world", "hello world"), ("world$", "hello world"), ("[0-9]+", "order 66 now"),
    ("[^aeiou ]+", "aeiou xyz"), ("\\d\\d-\\d+", "call 55-1234 today"), ("(cat|dog)s?", "hotdogs"), ("(a|b)+c", "xxababbcz"),
    ("\\w+@\\w+\\.com", "mail bob@example.com now"), ("x*", "aaa"), (".*", "greedy"), ("a(b(c|d)|e)f", "acdf abdf aef"),
    ("[a-cx-z]+", "mmmbcaxzy!"), ("\\.", "no dots"), ("^$", ""), ("q", ""),
]
for pattern, text in tests:
    print(f"{pattern!r:<22} {text!r:<28} -> {search(pattern, text)!r}")
words = "alpha beta gamma delta epsilon zeta eta theta iota kappa".split()
print([w for w in words if search("^[a-z]*ta$", w)], [w for w in words if search("(ph|th)", w)])
