# str.isidentifier follows XID_Start / XID_Continue with NFKC rules
samples = ['abc', '_', '__init__', 'a1', '1a', '', ' a', 'a b', 'a-b', 'café', 'naïve', 'Δx', 'π', 'ℕ', '℘',
           '℮', '゛', '·', 'a·b', '·a', '᧚', 'x²', '²', 'x₁', 'A\u0301', '\u0301A', 'ǅ', 'ᢅ', '〇', 'Ⅻ', 'ⅻx',
           '𝒳', '𝒳1', '😀', 'a😀', '変数', 'переменная', 'متغير', 'ﬁ', 'a\u200c', 'a\u200d', '\u200ca',
           'True', 'None', 'def', 'class', 'match', '_1', 'a\x00', 'a.b', '$a', 'ᵃ', 'ʰ', '\u2118', '\u212e',
           '\u309b', '\u309c', '\u1885', '\u1886', '\u2e2f', 'ⸯ', 'a\u2e2f', 'ꙿ', '\uff3f', '＿a', 'ａ', '\u0387', 'x\u0387']
for s in samples:
    print(repr(s), s.isidentifier())
for s in ['True', 'if', 'print', 'match', 'case', '_', 'type']:
    print(s, s.isidentifier())
print(sum(1 for c in range(0x80) if chr(c).isidentifier()))
print(sum(1 for c in range(0x80, 0x300) if chr(c).isidentifier()))
print(sum(1 for c in range(0x80, 0x300) if ('a' + chr(c)).isidentifier()))
print(sum(1 for c in range(0x2000, 0x2200) if chr(c).isidentifier()))
print(sum(1 for c in range(0x2000, 0x2200) if ('a' + chr(c)).isidentifier()))
try:
    'a'.isidentifier(1)
except Exception as e:
    print(type(e).__name__, e)
