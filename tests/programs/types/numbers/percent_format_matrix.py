# %-formatting of str and bytes against many conversion specs and value types.
vals = [5, -5, True, 2.5, -0.0, 2**70, "s", None, 1j]
specs = ["%d", "%i", "%u", "%o", "%x", "%X", "%e", "%E", "%f", "%F", "%g", "%G", "%c", "%r", "%s", "%a", "%#o", "%#x", "%+d", "% d", "%-6d|", "%06.2f",
         "%.0e", "%#.0f", "%+ d", "% +d", "%-+06d", "%0-6d|", "%#-8x|", "%.3s", "%5.1s|", "%%", "%*d", "%hd", "%ld", "%Lf", "%lld" if False else "%zd"]
for spec in specs:
    row = []
    for v in vals:
        try:
            row.append(repr(spec % v) if spec != "%*d" else repr(spec % (6, v)))
        except Exception as e:
            row.append(type(e).__name__ + ":" + str(e))
    print(repr(spec), " | ".join(row))
for spec in specs:
    row = []
    for v in [5, 2.5, True, 65]:
        try:
            row.append(repr(spec.encode() % v) if spec != "%*d" else repr(spec.encode() % (6, v)))
        except Exception as e:
            row.append(type(e).__name__ + ":" + str(e))
    print(repr(spec), " | ".join(row))
