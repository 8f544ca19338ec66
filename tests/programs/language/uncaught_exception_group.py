# An uncaught ExceptionGroup from a batch of validations.

def validate(record):
    problems = []
    if not record.get("name"):
        problems.append(ValueError("name is required"))
    if not isinstance(record.get("age"), int):
        problems.append(TypeError(f"age must be int, got {type(record.get('age')).__name__}"))
    if problems:
        raise ExceptionGroup(f"invalid record {record!r}", problems)
    return True

print(validate({"name": "ann", "age": 3}))
try:
    validate({"name": "bob", "age": None})
except* TypeError as eg:
    print("handled:", [str(e) for e in eg.exceptions])
try:
    validate({"age": 1})
except ExceptionGroup as eg:
    print("caught group:", eg.message, len(eg.exceptions))
print("validating a bad record")
validate({"name": "", "age": "3"})
