prnt_x = 1
raise NameError("custom", name="prnt_y")
