# String comparison is by code point
words = ["apple", "Apple", "APPLE", "apples", "app", "äpple", "zebra", "Zebra", "", " ", "_", "123", "1", "a1", "a10", "a2", "éclair", "eclair", "Ωmega", "日本", "😀"]
print(sorted(words))
print(sorted(words, key=str.casefold))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, reverse=True)[:6])
print("a" < "b", "a" < "B", "Z" < "a", "abc" < "abd", "abc" < "ab", "" < "a", "a" < "aa", "é" > "z", "😀" > "日本")
print(max(words), min(words), max(words, key=len), min(w for w in words if w))
def natural_key(s):
    out = []
    num = ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            if num:
                out.append((0, int(num), ""))
                num = ""
            out.append((1, 0, ch))
    if num:
        out.append((0, int(num), ""))
    return out
files = ["file10.txt", "file2.txt", "file1.txt", "file20.txt", "file3.txt", "File4.txt", "file1a.txt"]
print(sorted(files))
print(sorted(files, key=natural_key))
print(sorted(files, key=lambda f: natural_key(f.lower())))
print("abc" == "abc", "a" * 3 == "aaa", "Straße".lower() == "strasse", "Straße".casefold() == "strasse")
print([c for c in "hello" if c > "h"], sorted("Mississippi"), sorted(set("Mississippi")), "".join(sorted("dcba")))
