"""A first program for Taipan: `npx taipan -m ast examples/hello.py` prints its syntax tree."""


def greet(name: str) -> str:
    return f"Hello, {name}!"


if __name__ == "__main__":
    for who in ["world", "Taipan"]:
        print(greet(who))
