# Validating user registration records with custom exception hierarchy
class ValidationError(Exception):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field

class MissingField(ValidationError):
    def __init__(self, field):
        super().__init__(field, "is required")

class BadFormat(ValidationError):
    pass

class OutOfRange(ValidationError):
    def __init__(self, field, value, lo, hi):
        super().__init__(field, f"{value} not in [{lo}, {hi}]")
        self.value = value

def validate_email(v):
    if v.count("@") != 1:
        raise BadFormat("email", f"{v!r} must contain exactly one '@'")
    local, domain = v.split("@")
    if not local or "." not in domain or domain.startswith(".") or domain.endswith("."):
        raise BadFormat("email", f"{v!r} has an invalid domain or local part")
    allowed = set("abcdefghijklmnopqrstuvwxyz0123456789._+-")
    if not set(local.lower()) <= allowed:
        raise BadFormat("email", f"illegal characters {sorted(set(local.lower()) - allowed)}")
    return v.lower()

def validate_password(v):
    problems = []
    if len(v) < 8:
        problems.append("at least 8 characters")
    if not any(c.isupper() for c in v):
        problems.append("an uppercase letter")
    if not any(c.isdigit() for c in v):
        problems.append("a digit")
    if v.isalnum():
        problems.append("a symbol")
    if problems:
        raise BadFormat("password", "needs " + ", ".join(problems))
    return "*" * len(v)

def validate_age(v):
    try:
        age = int(v)
    except (TypeError, ValueError):
        raise BadFormat("age", f"{v!r} is not an integer") from None
    if not 13 <= age <= 120:
        raise OutOfRange("age", age, 13, 120)
    return age

def validate_username(v):
    if not v.isidentifier():
        raise BadFormat("username", f"{v!r} is not a valid identifier")
    if v.lower() in {"admin", "root", "system"}:
        raise ValidationError("username", f"{v!r} is reserved")
    return v

VALIDATORS = {"username": validate_username, "email": validate_email, "password": validate_password, "age": validate_age}

def validate(record):
    clean, errors = {}, []
    for field, check in VALIDATORS.items():
        try:
            if field not in record or record[field] in ("", None):
                raise MissingField(field)
            clean[field] = check(record[field])
        except ValidationError as e:
            errors.append(e)
    unknown = sorted(set(record) - set(VALIDATORS))
    if unknown:
        errors.append(ValidationError("record", f"unknown fields {unknown}"))
    return clean, errors

records = [
    {"username": "alice_1", "email": "Alice@Example.com", "password": "Secr3t!pw", "age": "34"},
    {"username": "2bob", "email": "bob@@example.com", "password": "short", "age": 12},
    {"username": "root", "email": "root@localhost", "password": "ALLUPPER123", "age": "abc"},
    {"username": "carol", "email": "carol.smith+tag@mail.example.org", "password": "Pa$$w0rd", "age": 121, "nickname": "cc"},
    {"email": "dave@x.io", "password": "", "age": None},
    {"username": "ünïcode", "email": "e v@x.com", "password": "Ünïcödé1!", "age": 30.0},
]
stats = {}
for i, rec in enumerate(records, 1):
    clean, errors = validate(rec)
    status = "VALID" if not errors else f"{len(errors)} error(s)"
    print(f"record {i}: {status}")
    if clean:
        print("   clean:", clean)
    for e in errors:
        kind = type(e).__name__
        stats[kind] = stats.get(kind, 0) + 1
        print(f"   {kind:<16} {e}")
print("error kinds:", dict(sorted(stats.items())))
print("hierarchy:", [c.__name__ for c in OutOfRange.__mro__[:-2]])
try:
    raise OutOfRange("score", 101, 0, 100)
except ValidationError as e:
    print("caught via base class:", repr(e.field), e.value, e.args)
