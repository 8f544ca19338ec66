data = {"a": [1, 2, {"b": 3}]}
def get():
    return data["a"][2]["c"]
print(get())
