# A tiny text adventure driven by scripted commands, using match, classes and exceptions.

class GameOver(Exception):
    pass

class Room:
    def __init__(self, name, description, items=()):
        self.name = name
        self.description = description
        self.items = list(items)
        self.exits = {}
    def connect(self, direction, other, back):
        self.exits[direction] = other
        other.exits[back] = self

class Game:
    def __init__(self):
        hall = Room("hall", "A dusty hall.", ["lamp"])
        library = Room("library", "Shelves of old books.", ["key", "book"])
        vault = Room("vault", "A locked vault.", ["gold"])
        hall.connect("north", library, "south")
        library.connect("east", vault, "west")
        self.room = hall
        self.inventory = []
        self.moves = 0
        self.locked = {"vault"}

    def handle(self, command):
        self.moves += 1
        match command.lower().split():
            case ["look"]:
                items = ", ".join(self.room.items) or "nothing"
                exits = ", ".join(sorted(self.room.exits))
                return f"{self.room.description} You see: {items}. Exits: {exits}."
            case ["go", direction] | [("north" | "south" | "east" | "west") as direction]:
                target = self.room.exits.get(direction)
                if target is None:
                    return "You can't go that way."
                if target.name in self.locked:
                    if "key" not in self.inventory:
                        return "The door is locked."
                    self.locked.discard(target.name)
                    self.room = target
                    return f"You unlock the door and enter the {target.name}."
                self.room = target
                return f"You enter the {target.name}."
            case ["take", item] if item in self.room.items:
                self.room.items.remove(item)
                self.inventory.append(item)
                if item == "gold":
                    raise GameOver(f"You found the gold in {self.moves} moves!")
                return f"Taken: {item}."
            case ["take", item]:
                return f"There is no {item} here."
            case ["take"]:
                return "Take what?"
            case ["inventory" | "inv" | "i"]:
                return "You carry: " + (", ".join(self.inventory) or "nothing")
            case ["drop", item] if item in self.inventory:
                self.inventory.remove(item)
                self.room.items.append(item)
                return f"Dropped {item}."
            case []:
                self.moves -= 1
                return "Say something."
            case [verb, *_]:
                return f"I don't know how to {verb!r}."

script = ["look", "take lamp", "take sword", "north", "look", "east", "take key", "i",
          "dance wildly", "", "go east", "look", "drop lamp", "take gold", "look"]
game = Game()
try:
    for cmd in script:
        print(f"> {cmd}")
        print(game.handle(cmd))
except GameOver as win:
    print("*** " + str(win) + " ***")
print("inventory:", game.inventory, "| room:", game.room.name, "| moves:", game.moves)
