rc 2
