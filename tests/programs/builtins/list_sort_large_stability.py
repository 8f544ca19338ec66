# Sorting larger data: stability, key, reverse, and already-sorted runs
records = [((i * 7919) % 97, (i * 104729) % 1000, i) for i in range(3000)]
by_first = sorted(records, key=lambda r: r[0])
stable = all(by_first[i][2] < by_first[i + 1][2] for i in range(len(by_first) - 1) if by_first[i][0] == by_first[i + 1][0])
print(stable, by_first[:3], by_first[-3:])
by_first_rev = sorted(records, key=lambda r: r[0], reverse=True)
stable_rev = all(by_first_rev[i][2] < by_first_rev[i + 1][2] for i in range(len(by_first_rev) - 1) if by_first_rev[i][0] == by_first_rev[i + 1][0])
print(stable_rev, by_first_rev[:3])
multi = sorted(records, key=lambda r: (r[0], -r[1]))
print(multi[:4], multi[1500])
data = list(range(1000)) + list(range(999, -1, -1)) + [5] * 50
data.sort()
print(data[:5], data[995:1005], data[-3:], len(data))
strs = ["%03d-%s" % ((i * 31) % 200, chr(97 + i % 26)) for i in range(500)]
strs.sort(key=lambda s: s[-1])
print(strs[:6], strs[-3:])
strs.sort()
print(strs[:4])
floats = [((i * 0.37) % 1.0) - 0.5 for i in range(400)]
fs = sorted(floats)
print(fs[:3], fs[-3:], all(fs[i] <= fs[i + 1] for i in range(399)))
words = ("lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore et dolore magna aliqua " * 20).split()
ws = sorted(words, key=len, reverse=True)
print(ws[:5], ws[-5:])
seen_order = sorted(set(words), key=words.index)
print(seen_order)
desc = list(range(100, 0, -1))
desc.sort(reverse=True)
print(desc[:5], desc == list(range(100, 0, -1)))
