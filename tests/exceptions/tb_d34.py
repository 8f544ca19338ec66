raise UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
