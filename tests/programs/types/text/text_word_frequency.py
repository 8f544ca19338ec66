# Word frequencies: normalising case and punctuation with str methods only
text = """It was the best of times, it was the worst of times; it was the age of wisdom,
it was the age of foolishness... It was the epoch of belief -- it was the epoch of incredulity!
"Was it?" she asked. 'It WAS,' he said.\tThe END.\r\nÉté, ÉTÉ, été: ﬁn."""
punct = '.,;:!?"\'-'
words = []
for raw in text.split():
    w = raw.strip(punct).casefold()
    if w:
        words.append(w)
print(len(words), words[:12])
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in ranked[:10]:
    print(f'{word:<12}|{n:>3}|{"#" * n}')
print(sorted(w for w, n in counts.items() if n == 1))
longest = max(words, key=len)
print(longest, len(longest), longest.upper(), longest.title())
lines = text.splitlines()
print(len(lines), [len(line) for line in lines])
print([line.split(None, 2)[:2] for line in lines])
table = str.maketrans('', '', punct)
print(text.translate(table).lower().split()[-6:])
caps = [w for w in text.split() if w[:1].isupper()]
print(caps)
print(sum(c.isalpha() for c in text), sum(c.isspace() for c in text), sum(c in punct for c in text))
vowels = {v: text.lower().count(v) for v in 'aeiou'}
print(vowels)
initials = ''.join(w[0] for w in words if w[0].isalpha())
print(initials[:30], initials.count('i'))
print(' '.join(reversed(words[:8])))
print('|'.join(w.center(9, '.') for w in words[:4]))
print(text.find('wisdom'), text.rfind('it'), text.index('epoch'), text.count('was'), text.lower().count('was'))
print(text.replace('was', 'is', 3)[:60])
