# int.to_bytes / int.from_bytes
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'))
print((1024).to_bytes(4, byteorder='big'))
print((-1).to_bytes(2, 'big', signed=True), (-129).to_bytes(2, 'little', signed=True))
print((255).to_bytes(1, 'big'), (0).to_bytes(3, 'big'))
print((2 ** 64 - 1).to_bytes(8, 'big'))
print((65).to_bytes())
print(int.from_bytes(b'\x00\x10', 'big'), int.from_bytes(b'\x00\x10', 'little'))
print(int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes(b'\xff\xff', 'big'))
print(int.from_bytes(b'\x80', 'big', signed=True), int.from_bytes(b'', 'big'))
print(int.from_bytes([1, 2, 3], 'big'), int.from_bytes(bytearray(b'abc'), 'little'))
print(int.from_bytes(b'A'))
try:
    (256).to_bytes(1, 'big')
except OverflowError as e:
    print("OverflowError", e)
try:
    (-1).to_bytes(1, 'big')
except OverflowError as e:
    print("OverflowError", e)
try:
    (128).to_bytes(1, 'big', signed=True)
except OverflowError as e:
    print("OverflowError", e)
try:
    (1).to_bytes(1, 'middle')
except ValueError as e:
    print("ValueError", e)
for n in (0, 1, 127, 128, 255, 256, -1, -128, -129, 2 ** 63, -(2 ** 63)):
    length = (n.bit_length() + 8) // 8
    bs = n.to_bytes(length, 'big', signed=True)
    back = int.from_bytes(bs, 'big', signed=True)
    print(n, length, bs, bs.hex(), back == n)
big = 3 ** 100
bs = big.to_bytes((big.bit_length() + 7) // 8, 'little')
print(len(bs), bs.hex())
print(int.from_bytes(bs, 'little') == big)
print(list((0x01020304).to_bytes(4, 'big')), list((0x01020304).to_bytes(4, 'little')))
