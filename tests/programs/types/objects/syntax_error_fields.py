# SyntaxError fields: msg, filename, lineno, offset, text, end_lineno, end_offset, print_file_and_line

e = SyntaxError()
print(e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, e.args, repr(str(e)))
e = SyntaxError("just msg")
print(e.msg, e.filename, e.lineno, e.args, str(e))
e = SyntaxError("bad", ("file.py", 3, 5, "x = = 1\n"))
print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset, str(e))
e = SyntaxError("bad", ("file.py", 3, 5, "x = = 1\n", 3, 7))
print(e.end_lineno, e.end_offset, e.args, str(e))
e = SyntaxError("bad", ("f", None, None, None))
print(str(e), e.lineno)
e = SyntaxError("bad", (None, 7, None, None))
print(str(e))
e = SyntaxError("bad", ("dir/sub/name.py", 7, None, None))
print(str(e))
print(repr(SyntaxError("m", ("f", 1, 2, "t"))))

def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as err:
        print(label, type(err).__name__, err)

attempt("details not tuple", lambda: SyntaxError("m", 5))
attempt("details short", lambda: SyntaxError("m", ("f", 1)))
attempt("details long", lambda: SyntaxError("m", ("f", 1, 2, "t", 1, 2, 3)))
attempt("three args", lambda: SyntaxError("a", "b", "c").args)

# compile errors carry real positions
for src in ["x = = 1", "def f(:\n  pass", "1 +", "a b", "if x:\npass", "f(**a, *b)", "x = (1,\n2", "'unterminated"]:
    try:
        compile(src, "<prog>", "exec")
    except SyntaxError as err:
        print(type(err).__name__, repr(err.msg), err.filename, err.lineno, err.offset,
              repr(err.text), err.end_lineno, err.end_offset)

# attributes are writable
e = SyntaxError("x")
e.lineno = 10
e.msg = "changed"
e.filename = "f.py"
print(str(e), e.args)
print(IndentationError("i", ("f", 1, 1, "t")).lineno, TabError("t").msg)
print(issubclass(IndentationError, SyntaxError), SyntaxError("m").print_file_and_line)
