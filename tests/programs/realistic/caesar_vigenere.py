# Classical ciphers and a frequency-analysis attack on Caesar
def shift_char(c, k):
    if "a" <= c <= "z":
        return chr((ord(c) - 97 + k) % 26 + 97)
    if "A" <= c <= "Z":
        return chr((ord(c) - 65 + k) % 26 + 65)
    return c

def caesar(text, k):
    return "".join(shift_char(c, k) for c in text)

def vigenere(text, key, decrypt=False):
    out, i = [], 0
    for c in text:
        if c.isascii() and c.isalpha():
            k = ord(key[i % len(key)].lower()) - 97
            out.append(shift_char(c, -k if decrypt else k))
            i += 1
        else:
            out.append(c)
    return "".join(out)

def atbash(text):
    return "".join(chr(219 - ord(c)) if "a" <= c <= "z" else chr(155 - ord(c)) if "A" <= c <= "Z" else c for c in text)

ENGLISH = {"e": 12.7, "t": 9.1, "a": 8.2, "o": 7.5, "i": 7.0, "n": 6.7, "s": 6.3, "h": 6.1, "r": 6.0, "d": 4.3,
           "l": 4.0, "c": 2.8, "u": 2.8, "m": 2.4, "w": 2.4, "f": 2.2, "g": 2.0, "y": 2.0, "p": 1.9, "b": 1.5,
           "v": 1.0, "k": 0.8, "j": 0.15, "x": 0.15, "q": 0.1, "z": 0.07}

def score(text):
    letters = [c for c in text.lower() if "a" <= c <= "z"]
    counts = {}
    for c in letters:
        counts[c] = counts.get(c, 0) + 1
    n = len(letters) or 1
    return sum((counts.get(c, 0) / n * 100 - f) ** 2 / f for c, f in ENGLISH.items())

def crack_caesar(cipher):
    results = sorted((score(caesar(cipher, -k)), k) for k in range(26))
    return results[0][1], results[:3]

plain = "The quick brown fox jumps over the lazy dog. Meet me at the old bridge at midnight, and bring the map!"
for k in (1, 3, 13, 25, 52, -1):
    c = caesar(plain, k)
    print(f"k={k:>3}: {c[:48]}")
    assert caesar(c, -k) == plain
secret = caesar(plain, 17)
k, top = crack_caesar(secret)
print("cracked key:", k, "| top candidates:", [(round(s, 1), kk) for s, kk in top])
print("recovered:", caesar(secret, -k))
for key in ("LEMON", "key", "z"):
    enc = vigenere("Attack at dawn! Ünïcödé stays, 123.", key)
    print(key, "->", enc, "->", vigenere(enc, key, decrypt=True))
print(atbash("Hello, World"), atbash(atbash("Round trip")))
rot13 = caesar("Why did the chicken cross the road?", 13)
print(rot13, "|", caesar(rot13, 13))
