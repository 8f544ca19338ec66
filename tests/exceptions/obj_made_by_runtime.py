import sys
for a in [(), (4,), ("goodbye",)]:
    try:
        sys.exit(*a)
    except SystemExit as e:
        print(repr(e.code), repr(e))
e = SystemExit(3)
del e.code
print(e.code)
try:
    import nonexistent_mod_xyz
except ImportError as e:
    print(repr(e.msg), repr(e.name), str(e))
o = OSError(2, 'x', 'f')
del o.filename
print(str(o), o.args)
