def f(*a):
    return 1 / 0
f("日本語テキスト", 1)
