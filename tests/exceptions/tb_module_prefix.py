class MyErr(Exception):
    pass
MyErr.__module__ = "pkg.errors"
raise MyErr("custom", 2)
