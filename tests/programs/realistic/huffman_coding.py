# Huffman compression: build the tree, encode to bits, pack into bytes, decode back
class Node:
    def __init__(self, freq, symbol=None, left=None, right=None):
        self.freq, self.symbol, self.left, self.right = freq, symbol, left, right
    def key(self):
        return (self.freq, self.symbol if self.symbol is not None else "\uffff")

def build_tree(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    nodes = [Node(f, s) for s, f in freq.items()]
    order = 0
    while len(nodes) > 1:
        nodes.sort(key=lambda n: n.key())
        a, b = nodes.pop(0), nodes.pop(0)
        merged = Node(a.freq + b.freq, None, a, b)
        merged.symbol_hint = order
        order += 1
        nodes.append(merged)
    return nodes[0], freq

def codes(node, prefix="", table=None):
    if table is None:
        table = {}
    if node.symbol is not None:
        table[node.symbol] = prefix or "0"
    else:
        codes(node.left, prefix + "0", table)
        codes(node.right, prefix + "1", table)
    return table

def encode(text, table):
    return "".join(table[ch] for ch in text)

def pack(bits):
    pad = (8 - len(bits) % 8) % 8
    bits += "0" * pad
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8)), pad

def unpack(data, pad):
    bits = "".join(format(b, "08b") for b in data)
    return bits[:len(bits) - pad] if pad else bits

def decode(bits, root):
    out, node = [], root
    if root.symbol is not None:
        return root.symbol * len(bits)
    for b in bits:
        node = node.left if b == "0" else node.right
        if node.symbol is not None:
            out.append(node.symbol)
            node = root
    return "".join(out)

samples = [
    "abracadabra",
    "mississippi river",
    "aaaaaaaa",
    "the quick brown fox jumps over the lazy dog",
    "Ünïcödé 😀😀😀 text with emoji 😀",
    "".join(chr(97 + (i * i) % 7) for i in range(200)),
]
for text in samples:
    root, freq = build_tree(text)
    table = codes(root)
    bits = encode(text, table)
    data, pad = pack(bits)
    back = decode(unpack(data, pad), root)
    raw_bits = len(text.encode("utf-8")) * 8
    print(repr(text[:30]), f"symbols={len(freq)} bits={len(bits)} bytes={len(data)} pad={pad} ratio={len(bits) / raw_bits:.3f} ok={back == text}")
    if len(freq) <= 12:
        print("   ", " ".join(f"{s!r}:{c}" for s, c in sorted(table.items(), key=lambda kv: (len(kv[1]), kv[1]))))
    print("   ", data[:12].hex(" "))
root, freq = build_tree(samples[3])
table = codes(root)
weighted = sum(freq[s] * len(c) for s, c in table.items()) / sum(freq.values())
print("average code length: %.4f bits/symbol" % weighted)
prefix_free = all(not b.startswith(a) for a in table.values() for b in table.values() if a != b)
print("prefix free:", prefix_free, "| longest code:", max(table.values(), key=len))
