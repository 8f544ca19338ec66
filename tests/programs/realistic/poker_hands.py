# Ranking poker hands and comparing them with tuple ordering
RANKS = "23456789TJQKA"
CATEGORIES = ["high card", "pair", "two pair", "three of a kind", "straight", "flush",
              "full house", "four of a kind", "straight flush"]

def parse(hand):
    cards = hand.split()
    if len(cards) != 5 or len(set(cards)) != 5:
        raise ValueError(f"bad hand {hand!r}")
    return [(RANKS.index(c[0]), c[1]) for c in cards]

def evaluate(hand):
    cards = parse(hand)
    values = sorted((v for v, _ in cards), reverse=True)
    suits = {s for _, s in cards}
    counts = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    groups = sorted(counts.items(), key=lambda kv: (kv[1], kv[0]), reverse=True)
    shape = [c for _, c in groups]
    ordered = [v for v, _ in groups]
    straight = len(counts) == 5 and values[0] - values[4] == 4
    if values == [12, 3, 2, 1, 0]:
        straight, ordered = True, [3, 2, 1, 0, -1]
    flush = len(suits) == 1
    if straight and flush:
        cat = 8
    elif shape == [4, 1]:
        cat = 7
    elif shape == [3, 2]:
        cat = 6
    elif flush:
        cat = 5
    elif straight:
        cat = 4
    elif shape == [3, 1, 1]:
        cat = 3
    elif shape == [2, 2, 1]:
        cat = 2
    elif shape == [2, 1, 1, 1]:
        cat = 1
    else:
        cat = 0
    return (cat, ordered)

hands = {
    "Alice": "AH KH QH JH TH",
    "Bob": "9C 9D 9S 9H 2D",
    "Carol": "3S 3D 3C KD KS",
    "Dave": "2H 7H 9H JH KH",
    "Erin": "5D 4C 3S 2H AD",
    "Frank": "TC JD QS KH AH",
    "Grace": "8S 8D 8H 4C 2S",
    "Heidi": "JS JD 4H 4S 9C",
    "Ivan": "JC JH 4D 4C AC",
    "Judy": "QS QD 7H 5C 2D",
    "Mallory": "AS KD 9H 7C 3D",
    "Niaj": "AC KC 9S 7D 2H",
}
scored = {name: evaluate(h) for name, h in hands.items()}
for name in sorted(scored, key=lambda n: scored[n], reverse=True):
    cat, tiebreak = scored[name]
    print(f"{name:<8} {hands[name]}  {CATEGORIES[cat]:<16} {[RANKS[v] if v >= 0 else 'A' for v in tiebreak]}")
def compare(a, b):
    ea, eb = evaluate(a), evaluate(b)
    return "first" if ea > eb else "second" if eb > ea else "tie"
print(compare(hands["Heidi"], hands["Ivan"]), compare(hands["Mallory"], hands["Niaj"]), compare("2H 3H 4H 5H 6H", "2D 3D 4D 5D 6D"))
for bad in ["AH AH KD QD JD", "AH KH", "ZZ 2H 3H 4H 5H"]:
    try:
        evaluate(bad)
    except ValueError as e:
        print("ValueError:", e)
deck = [r + s for r in RANKS for s in "CDHS"]
seed = 5
def shuffle(cards):
    global seed
    cards = cards[:]
    for i in range(len(cards) - 1, 0, -1):
        seed = (seed * 16807) % 2147483647
        j = seed % (i + 1)
        cards[i], cards[j] = cards[j], cards[i]
    return cards
tally = [0] * 9
for _ in range(2000):
    d = shuffle(deck)
    tally[evaluate(" ".join(d[:5]))[0]] += 1
for cat, n in enumerate(tally):
    print(f"{CATEGORIES[cat]:<16}{n:>6}{n / 20:>8.2f}%")
