eg = ValueError("leaf")
for i in range(13):
    eg = ExceptionGroup(f"level {i}", [eg])
raise eg
