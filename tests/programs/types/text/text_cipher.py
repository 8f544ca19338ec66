# Caesar and Vigenère ciphers with chr/ord/translate/maketrans
lower = ''.join(chr(c) for c in range(ord('a'), ord('z') + 1))
upper = lower.upper()

def caesar(s, k):
    k %= 26
    table = str.maketrans(lower + upper, lower[k:] + lower[:k] + upper[k:] + upper[:k])
    return s.translate(table)

msg = 'The Quick Brown Fox Jumps Over The Lazy Dog! 123 é'
for k in [0, 1, 3, 13, 25, 26, -1, 52]:
    enc = caesar(msg, k)
    print(k, enc, caesar(enc, -k) == msg)

def vigenere(s, key, sign=1):
    out = []
    ki = 0
    for ch in s:
        if ch.isascii() and ch.isalpha():
            base = ord('a') if ch.islower() else ord('A')
            shift = ord(key[ki % len(key)].lower()) - ord('a')
            out.append(chr((ord(ch) - base + sign * shift) % 26 + base))
            ki += 1
        else:
            out.append(ch)
    return ''.join(out)

secret = vigenere('Attack at dawn, Zebra!', 'LEMON')
print(secret, vigenere(secret, 'LEMON', -1))
rot13 = str.maketrans(lower + upper, lower[13:] + lower[:13] + upper[13:] + upper[:13])
print('Hello, World!'.translate(rot13), 'Hello, World!'.translate(rot13).translate(rot13))
freq = {}
for ch in caesar(msg, 7).lower():
    if ch.isalpha():
        freq[ch] = freq.get(ch, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
atbash = str.maketrans(lower + upper, lower[::-1] + upper[::-1])
print(msg.translate(atbash))
print(''.join(chr(ord(c) ^ 32) if c.isalpha() and c.isascii() else c for c in msg))
print(''.join(format(ord(c), '08b') for c in 'Hi'), ''.join('%02x' % ord(c) for c in 'Hi😀'))
hexed = ' '.join(f'{ord(c):04X}' for c in 'A€😀')
print(hexed, ''.join(chr(int(h, 16)) for h in hexed.split()))
