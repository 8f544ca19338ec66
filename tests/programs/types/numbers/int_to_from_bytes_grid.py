# to_bytes/from_bytes round trips over lengths, byte orders and signedness near the boundaries.
for length in [1, 2, 3, 4, 8, 9, 16]:
    bits = 8 * length
    for n in [0, 1, 2 ** (bits - 1) - 1, 2 ** (bits - 1), 2 ** bits - 1, -1, -(2 ** (bits - 1)), -(2 ** (bits - 1)) - 1, 2 ** bits]:
        out = []
        for order in ["big", "little"]:
            for signed in [False, True]:
                try:
                    b = n.to_bytes(length, order, signed=signed)
                    back = int.from_bytes(b, order, signed=signed)
                    out.append(b.hex() + ("=" if back == n else "!"))
                except OverflowError as e:
                    out.append("OverflowError:" + str(e))
        print(length, n, " ".join(out))
seed = 3
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed
for i in range(20):
    data = bytes(rnd() % 256 for _ in range(rnd() % 12))
    big = int.from_bytes(data, "big")
    little = int.from_bytes(data, "little")
    sbig = int.from_bytes(data, "big", signed=True)
    print(data.hex(), big, little, sbig, big.to_bytes(len(data), "big") == data, sbig.to_bytes(len(data), "big", signed=True) == data if data else "")
