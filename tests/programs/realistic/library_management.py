# Library system: books, members, loans, holds, and fines computed by day numbers
class LibraryError(Exception):
    pass

class Book:
    def __init__(self, isbn, title, author, copies=1):
        self.isbn, self.title, self.author = isbn, title, author
        self.copies = copies
        self.available = copies
        self.holds = []
    def __repr__(self):
        return f"<{self.title} ({self.available}/{self.copies})>"

class Member:
    LIMIT = {"basic": 2, "premium": 5}
    def __init__(self, mid, name, tier="basic"):
        self.mid, self.name, self.tier = mid, name, tier
        self.loans = {}
        self.fines = 0
    def __repr__(self):
        return f"{self.name}[{self.tier}]"

class Library:
    LOAN_DAYS = 14
    FINE_PER_DAY = 25
    def __init__(self):
        self.books, self.members, self.log = {}, {}, []
    def add_book(self, *args, **kw):
        b = Book(*args, **kw)
        self.books[b.isbn] = b
    def join(self, *args):
        m = Member(*args)
        self.members[m.mid] = m
    def checkout(self, mid, isbn, day):
        m, b = self.members[mid], self.books[isbn]
        if m.fines > 500:
            raise LibraryError(f"{m.name} owes {m.fines} cents")
        if len(m.loans) >= Member.LIMIT[m.tier]:
            raise LibraryError(f"{m.name} reached the {m.tier} limit")
        if isbn in m.loans:
            raise LibraryError(f"{m.name} already has {b.title!r}")
        if b.available == 0 or (b.holds and b.holds[0] != mid):
            if mid not in b.holds:
                b.holds.append(mid)
            raise LibraryError(f"{b.title!r} unavailable; {m.name} is hold #{b.holds.index(mid) + 1}")
        if b.holds and b.holds[0] == mid:
            b.holds.pop(0)
        b.available -= 1
        m.loans[isbn] = day + self.LOAN_DAYS
        self.log.append((day, "out", m.name, b.title))
    def checkin(self, mid, isbn, day):
        m, b = self.members[mid], self.books[isbn]
        due = m.loans.pop(isbn)
        late = max(0, day - due)
        if late:
            m.fines += late * self.FINE_PER_DAY
        b.available += 1
        self.log.append((day, "in", m.name, b.title))
        return late
    def pay(self, mid, cents):
        m = self.members[mid]
        paid = min(cents, m.fines)
        m.fines -= paid
        return paid

lib = Library()
lib.add_book("111", "Dune", "Herbert", copies=2)
lib.add_book("222", "Emma", "Austen")
lib.add_book("333", "Ulysses", "Joyce")
lib.add_book("444", "Beloved", "Morrison", copies=3)
lib.join(1, "Ann", "premium"); lib.join(2, "Ben"); lib.join(3, "Cat")
events = [
    (1, "out", 1, "111"), (1, "out", 2, "111"), (2, "out", 3, "111"), (2, "out", 2, "222"),
    (3, "out", 2, "333"), (3, "out", 2, "111"), (5, "out", 1, "222"), (20, "in", 2, "111"),
    (21, "out", 3, "111"), (22, "out", 1, "111"), (40, "in", 2, "222"), (41, "out", 1, "222"),
    (41, "out", 2, "444"), (45, "pay", 2, 200), (60, "in", 1, "111"), (60, "in", 3, "111"),
    (61, "out", 2, "333"), (62, "pay", 2, 1000), (62, "out", 2, "333"),
]
for day, kind, mid, arg in events:
    try:
        if kind == "out":
            lib.checkout(mid, arg, day)
            print(f"day {day:>2}: {lib.members[mid]} borrowed {lib.books[arg].title}")
        elif kind == "in":
            late = lib.checkin(mid, arg, day)
            print(f"day {day:>2}: {lib.members[mid]} returned {lib.books[arg].title}" + (f" {late} days late" if late else ""))
        else:
            print(f"day {day:>2}: {lib.members[mid]} paid {lib.pay(mid, arg)} cents")
    except LibraryError as e:
        print(f"day {day:>2}: refused: {e}")
    except KeyError as e:
        print(f"day {day:>2}: not on loan: {e}")
for m in lib.members.values():
    print(m, "loans:", {lib.books[i].title: due for i, due in m.loans.items()}, "fines:", m.fines)
print(sorted(lib.books.values(), key=lambda b: b.title))
print("holds:", {b.title: [lib.members[h].name for h in b.holds] for b in lib.books.values() if b.holds})
busiest = {}
for _, kind, name, _ in lib.log:
    if kind == "out":
        busiest[name] = busiest.get(name, 0) + 1
print("checkouts per member:", busiest, "| log size:", len(lib.log))
