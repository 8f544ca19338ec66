src = "def g():\n    return 1 / 0\ng()\n"
exec(src)
