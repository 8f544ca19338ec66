# upper/lower/title/casefold over ranges of code points
def show(lo, hi, step=1):
    out = []
    for cp in range(lo, hi, step):
        c = chr(cp)
        u, l, t, f = c.upper(), c.lower(), c.title(), c.casefold()
        if u != c or l != c or t != c or f != c:
            out.append("%x:%s/%s/%s/%s" % (cp, u, l, t, f))
    print(len(out), " ".join(out))
show(0x41, 0x7b)
show(0xc0, 0x180)
show(0x180, 0x250, 3)
show(0x370, 0x400)
show(0x400, 0x460)
show(0x1e00, 0x1e20)
show(0x1f00, 0x1fff, 5)
show(0x2160, 0x2190)
show(0x24b6, 0x24ea, 4)
show(0xff21, 0xff5b, 5)
show(0x10400, 0x10450, 4)
show(0xfb00, 0xfb07)
show(0x1e900, 0x1e944, 6)
s = "ǅǈǋǲ ΐΰ ẞ ﬀ ﬅ İı ſ K Å Ω"
print(s.upper(), s.lower(), s.title(), s.casefold(), s.swapcase())
print(len(s), len(s.upper()), len(s.casefold()))
