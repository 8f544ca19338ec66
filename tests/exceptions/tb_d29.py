e = ValueError("x")
e.add_note("note 1")
try:
    raise e
except ValueError as err:
    g = ExceptionGroup("with notes", [err])
    g.add_note("group note")
    raise g
