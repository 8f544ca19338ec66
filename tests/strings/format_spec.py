# format() of str with every part of the format spec, and its errors
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for spec in ["z", "z5", "5z", ",", "_", "5,", ".", "5.", "x<", "<<5", "ss", "5.2ss", "99999999999999999999", ".99999999999999999999", "\u00e9^7", "^", "0", "010", "<010", ".0", "5.0s", "=", "0=5", "n", "c", "5_", "-5", " ", "##", ".,", "._"]:
    t(lambda: format("ab", spec))
t(lambda: format(1, 5))
t(lambda: format("a", "x" * 3))
t(lambda: "{!a}".format("é😀\x01"))
t(lambda: ascii("é😀\x01\ud800"))
