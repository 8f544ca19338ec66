# Mixins that add behaviour through cooperative methods.

class ReprMixin:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items() if not k.startswith("_"))
        return f"{type(self).__name__}({fields})"

class EqMixin:
    def __eq__(self, other):
        return type(self) is type(other) and self.__dict__ == other.__dict__
    __hash__ = None

class ToDictMixin:
    def to_dict(self):
        out = {}
        for k, v in self.__dict__.items():
            if k.startswith("_"):
                continue
            out[k] = v.to_dict() if isinstance(v, ToDictMixin) else v
        return out

class ValidateMixin:
    required = ()
    def validate(self):
        missing = [f for f in self.required if getattr(self, f, None) in (None, "")]
        if missing:
            raise ValueError(f"{type(self).__name__} missing: {', '.join(missing)}")
        return True

class Address(ReprMixin, EqMixin, ToDictMixin):
    def __init__(self, street, city):
        self.street = street
        self.city = city

class User(ReprMixin, EqMixin, ToDictMixin, ValidateMixin):
    required = ("name", "email")
    def __init__(self, name, email, address=None):
        self.name = name
        self.email = email
        self.address = address
        self._secret = "hidden"

u = User("ann", "ann@example.com", Address("1 Main St", "Springfield"))
print(u)
print(u.to_dict())
print(u.validate())
print(u == User("ann", "ann@example.com", Address("1 Main St", "Springfield")))
print(u == User("ann", "other@example.com"))
try:
    User("bob", "").validate()
except ValueError as e:
    print(type(e).__name__, e)
try:
    User("", None).validate()
except ValueError as e:
    print(type(e).__name__, e)
try:
    {u}
except TypeError as e:
    print(type(e).__name__, e)
print([c.__name__ for c in User.__mro__])
print(isinstance(u, ToDictMixin), issubclass(Address, ValidateMixin))
print(User.__repr__ is ReprMixin.__repr__, "to_dict" in User.__dict__)
