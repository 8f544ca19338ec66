# Greek capital sigma lowercases to final sigma at the end of a word
tests = ['Σ', 'ΑΣ', 'ΑΣΑ', 'ΑΣ ΑΣ', 'ΟΔΟΣ.', 'Σ.', 'ΑΣ.Α', "ΑΣ'", "ΑΣ'Α", 'Α΄Σ', 'ΑΣ1', '1Σ',
         'ΑΣ\u0301', 'ΑΣ\u0301Α', 'ΑΣ\u0301 ', 'Α\u0301Σ', 'ΑΣΣ', 'ΑΣΣΑ', ' Σ ', 'aΣ', 'aΣb', 'AΣ-B', 'ΣΑ']
for t in tests:
    low = t.lower()
    print(repr(t), repr(low), [hex(ord(c)) for c in low if c in 'σς'])
print('ΣΊΣΥΦΟΣ'.lower(), 'ΣΊΣΥΦΟΣ'.casefold(), 'ΣΊΣΥΦΟΣ'.title(), 'ΣΊΣΥΦΟΣ'.capitalize())
print('σίσυφος'.upper(), 'ς'.upper(), 'ς'.casefold(), 'σ'.casefold())
print('ΟΔΟΣ ΟΔΟΣ'.swapcase(), 'οδος'.swapcase(), 'ΟδοΣ'.swapcase())
print('ΑΣ'.capitalize(), 'ΑΣ ΑΣ'.title())
print('σ'.upper() == 'ς'.upper(), 'ΑΣ'.lower().upper())

# Final sigma depends on cased letters before and none after (case-ignorable characters skipped)
def sigma_forms(s):
    return ''.join('F' if c == 'ς' else 's' if c == 'σ' else '.' for c in s.lower())

for word in ['ΣΑΣ', 'ΟΣ', 'Σ', 'ΣΣ', 'ΑΣΣ', 'Α.Σ', 'ΑΣ:', "Α'Σ", 'Α\u00adΣ', 'ΑΣ\u00ad', 'ΑΣ\u00adΒ', '\u0345Σ', 'Α\u0345Σ',
             'ΑΣ\u200d', 'ΑΣ\u200dΒ', 'ΑΣ\U0001d167', 'ΑΣ\u3000Β', 'ΑΣ_Β', 'ΑΣ1Β', 'ΑΣΒ', 'ǅΣ', 'ʰΣ', 'ΑΣʰ']:
    print(ascii(word), sigma_forms(word))
sentence = 'ΟΔΥΣΣΕΥΣ ΚΑΙ ΠΗΝΕΛΟΠΗ, ΟΙ ΔΥΟ ΦΙΛΟΙ ΤΟΥΣ. ΣΟΦΟΣ!'
print(sentence.lower())
print(sentence.capitalize())
print(sentence.title())
print(sentence.lower().upper() == sentence, sentence.casefold().count('σ'), sentence.lower().count('ς'))
print([w.lower() for w in sentence.split()])
print('ΑΣ'.lower(), 'ΑΣ'.swapcase(), 'αΣ'.swapcase(), 'ΑσΣ'.swapcase(), 'Σ'.swapcase())
mixed = 'ABCΣ DEFΣ' 
print(mixed.lower(), mixed.title(), mixed.swapcase(), mixed.casefold())
print('\U00010400Σ'.lower(), 'aΣ\U00010428'.lower(), 'ΣΣΣ'.lower(), 'Σa'.lower())
for n in range(1, 5):
    s = 'Α' * n + 'Σ' * n
    print(n, s.lower(), sigma_forms(s))
print(sum(1 for c in 'ΟΔΥΣΣΕΥΣ'.lower() if c == 'ς'), len('ΟΔΥΣΣΕΥΣ'.lower()))
# Every BMP character in the three positions that decide the sigma's form
marks = []
for start in range(0, 0x10000, 0x2000):
    sig = 0
    for c in range(start, start + 0x2000):
        ch = chr(c)
        a = ('A' + ch + 'Σ').lower()[-1] == 'ς'
        b = (' ' + ch + 'Σ').lower()[-1] == 'ς'
        d = ('AΣ' + ch).lower()[1] == 'ς'
        sig = (sig * 8 + a * 4 + b * 2 + d) % 1000000007
        if b:
            marks.append(c)
    print(f'{start:04X}', sig)
print(len(marks), [hex(c) for c in marks[:10]])
