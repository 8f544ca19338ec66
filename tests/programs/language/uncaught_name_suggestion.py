# A misspelled variable name: NameError with a suggestion.

def count_vowels(text):
    count = 0
    for ch in text.lower():
        if ch in "aeiou":
            count += 1
    return count

for word in ["banana", "sky", "queue"]:
    print(word, count_vowels(word))

def count_consonants(text):
    count = 0
    for ch in text.lower():
        if ch.isalpha() and ch not in "aeiou":
            count += 1
    return conut

print("consonants in 'python':")
print(count_consonants("python"))
