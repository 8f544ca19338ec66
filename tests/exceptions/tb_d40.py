y = (1 +  # comment
     None)
