# Calling a method on None returned by a function without a return.

def find_user(users, name):
    for user in users:
        if user["name"] == name:
            return user

users = [
    {"name": "ann", "email": "ann@example.com", "roles": ["admin"]},
    {"name": "bob", "email": "bob@example.com", "roles": []},
]
print("known users:", [u["name"] for u in users])
print("admins:", [u["name"] for u in users if "admin" in u["roles"]])
print("lookup ann:", find_user(users, "ann") is not None)
print("lookup zed:", find_user(users, "zed"))

def domain(email):
    return email.partition("@")[2]

for name in ["ann", "bob", "cid"]:
    user = find_user(users, name)
    print(name, "->", user.get("email"), "on", domain(user["email"]))
