# A small Markdown-to-HTML converter: headings, lists, emphasis, code, links, paragraphs
DOC = """# Release Notes

Version **2.1** brings *faster* startup and `lazy` imports.
See [the docs](https://example.org/docs?x=1&y=2) for details.

## Changes

- Parser rewritten in *pure* Python
- Added `--verbose` flag
- Fixed escaping of <angle> & ampersands

1. Install
2. Configure **carefully**
3. Run

```
def hello():
    return "<hi>"
```

> Quotes are *supported* too.
> Even on two lines.

### Edge cases
A line with ** unbalanced emphasis and a trailing backslash \\
Done.
"""

def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def inline(text):
    out, i = [], 0
    while i < len(text):
        if text[i] == "`":
            j = text.find("`", i + 1)
            if j > i:
                out.append("<code>" + escape(text[i + 1:j]) + "</code>")
                i = j + 1
                continue
        if text.startswith("**", i):
            j = text.find("**", i + 2)
            if j > i + 2 and not text[i + 2].isspace():
                out.append("<strong>" + inline(text[i + 2:j]) + "</strong>")
                i = j + 2
                continue
        if text[i] == "*":
            j = text.find("*", i + 1)
            if j > i + 1 and not text[i + 1].isspace():
                out.append("<em>" + inline(text[i + 1:j]) + "</em>")
                i = j + 1
                continue
        if text[i] == "[":
            close = text.find("](", i)
            end = text.find(")", close)
            if close > i and end > close:
                label, url = text[i + 1:close], text[close + 2:end]
                out.append(f'<a href="{escape(url)}">{inline(label)}</a>')
                i = end + 1
                continue
        out.append(escape(text[i]))
        i += 1
    return "".join(out)

def convert(md):
    html, para, list_kind, in_code, quote = [], [], None, False, []
    def flush():
        nonlocal list_kind
        if para:
            html.append("<p>" + inline(" ".join(para)) + "</p>")
            para.clear()
        if list_kind:
            html.append(f"</{list_kind}>")
            list_kind = None
        if quote:
            html.append("<blockquote>" + inline(" ".join(quote)) + "</blockquote>")
            quote.clear()
    for line in md.splitlines():
        if line.startswith("```"):
            if in_code:
                html.append("</code></pre>")
                in_code = False
            else:
                flush()
                html.append("<pre><code>")
                in_code = True
            continue
        if in_code:
            html.append(escape(line))
            continue
        stripped = line.strip()
        if not stripped:
            flush()
        elif stripped.startswith("#"):
            flush()
            level = len(stripped) - len(stripped.lstrip("#"))
            html.append(f"<h{level}>{inline(stripped[level:].strip())}</h{level}>")
        elif stripped[:2] in ("- ", "* "):
            if list_kind != "ul":
                flush()
                html.append("<ul>")
                list_kind = "ul"
            html.append("  <li>" + inline(stripped[2:]) + "</li>")
        elif stripped.split(".", 1)[0].isdigit() and ". " in stripped:
            if list_kind != "ol":
                flush()
                html.append("<ol>")
                list_kind = "ol"
            html.append("  <li>" + inline(stripped.split(". ", 1)[1]) + "</li>")
        elif stripped.startswith(">"):
            quote.append(stripped[1:].strip())
        else:
            para.append(stripped)
    flush()
    return "\n".join(html)

out = convert(DOC)
print(out)
print("---")
tags = {}
for part in out.split("<")[1:]:
    name = part.split(">")[0].split()[0]
    if not name.startswith("/"):
        tags[name] = tags.get(name, 0) + 1
print(sorted(tags.items()))
print(inline("mix *a **b** c* and `x*y*z` and [link *em*](u)"))
