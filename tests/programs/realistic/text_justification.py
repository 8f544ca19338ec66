# Word wrapping, full justification, centering, and a hand-written dedent
TEXT = """Python is a high-level, general-purpose programming language. Its design philosophy
emphasizes code readability with the use of significant indentation. Python is dynamically
typed and garbage-collected. It supports multiple programming paradigms, including structured
(particularly procedural), object-oriented and functional programming. Supercalifragilisticexpialidocious words still fit."""

def wrap(text, width):
    lines, cur = [], []
    for word in text.split():
        while len(word) > width:
            if cur:
                lines.append(cur); cur = []
            lines.append([word[:width - 1] + "-"])
            word = word[width - 1:]
        if cur and len(" ".join(cur + [word])) > width:
            lines.append(cur)
            cur = []
        cur.append(word)
    if cur:
        lines.append(cur)
    return lines

def justify(words, width, last=False):
    if last or len(words) == 1:
        return " ".join(words).ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    base, extra = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (base + (1 if i < extra else 0))
    return out + words[-1]

for width in (30, 45):
    lines = wrap(TEXT, width)
    print("+" + "-" * width + "+")
    for i, ws in enumerate(lines):
        print("|" + justify(ws, width, last=i == len(lines) - 1) + "|")
    print("+" + "-" * width + "+")
for ws in wrap(TEXT, 60)[:3]:
    print("[" + " ".join(ws).center(60) + "]")
    print("[" + " ".join(ws).rjust(60) + "]")

def dedent(block):
    lines = block.split("\n")
    indents = [len(l) - len(l.lstrip(" ")) for l in lines if l.strip()]
    cut = min(indents) if indents else 0
    return "\n".join(l[cut:] if l.strip() else "" for l in lines)
code = """
        def greet(name):
            if name:
                return "hi " + name

            return "hi"
"""
print(dedent(code))
def indent(block, prefix):
    return "\n".join(prefix + l if l.strip() else l for l in block.split("\n"))
print(indent(dedent(code).strip(), "> "))
def shorten(text, width, placeholder=" [...]"):
    words = text.split()
    out = ""
    for w in words:
        candidate = (out + " " + w).strip()
        if len(candidate) + len(placeholder) > width:
            return out + placeholder
        out = candidate
    return out
print(shorten(TEXT, 50))
print(shorten("short enough", 50))
stats = [len(" ".join(ws)) for ws in wrap(TEXT, 40)]
print("line lengths at 40:", stats, "| ragged:", max(stats) - min(stats))
