# input() with a prompt: the prompt is written to stdout without a newline.

name = input("What is your name? ")
age = int(input("How old are you? "))
colours = input("Favourite colours (comma separated): ").split(",")
print()
print(f"Hello, {name}!")
print(f"In ten years you will be {age + 10}.")
print("Colours:", [c.strip() for c in colours if c.strip()])

answers = []
while True:
    answer = input("Continue? [y/n] ").strip().lower()
    answers.append(answer)
    if answer in ("y", "yes", "n", "no"):
        break
    print(f"please answer y or n (got {answer!r})")
print()
print("continuing" if answers[-1].startswith("y") else "stopping", "after", len(answers), "answer(s)")
number = input("Pick a number: ")
print(f"{number!r} doubled is {int(number) * 2}" if number.strip().isdigit() else f"{number!r} is not a number")
