"""A first program for Taipan: `npx taipan examples/hello.py` runs it."""


def greet(name: str) -> str:
    return f"Hello, {name}!"


if __name__ == "__main__":
    for who in ["world", "Taipan"]:
        print(greet(who))
