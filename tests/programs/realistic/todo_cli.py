# A to-do list manager driven by commands read from standard input
import sys

class Task:
    def __init__(self, tid, title, priority, tags):
        self.id = tid
        self.title = title
        self.priority = priority
        self.tags = tags
        self.done = False
    def __str__(self):
        box = "[x]" if self.done else "[ ]"
        tags = " ".join("#" + t for t in sorted(self.tags))
        return f"{self.id:>3} {box} {'!' * self.priority:<3} {self.title}" + (f"  {tags}" if tags else "")

class TodoList:
    def __init__(self):
        self.tasks = {}
        self.next_id = 1
    def add(self, args):
        priority = 1
        tags = set()
        words = []
        for w in args:
            if w.startswith("#") and len(w) > 1:
                tags.add(w[1:].lower())
            elif w in ("!", "!!", "!!!"):
                priority = len(w)
            else:
                words.append(w)
        if not words:
            raise ValueError("task needs a title")
        t = Task(self.next_id, " ".join(words), priority, tags)
        self.tasks[t.id] = t
        self.next_id += 1
        return f"added {t.id}"
    def _get(self, arg):
        try:
            return self.tasks[int(arg)]
        except (ValueError, KeyError):
            raise LookupError(f"no task {arg!r}") from None
    def done(self, args):
        t = self._get(args[0])
        if t.done:
            return f"task {t.id} already done"
        t.done = True
        return f"completed {t.id}: {t.title}"
    def rm(self, args):
        t = self._get(args[0])
        del self.tasks[t.id]
        return f"removed {t.id}"
    def ls(self, args):
        items = list(self.tasks.values())
        if args and args[0].startswith("#"):
            items = [t for t in items if args[0][1:].lower() in t.tags]
        elif args and args[0] == "open":
            items = [t for t in items if not t.done]
        items.sort(key=lambda t: (t.done, -t.priority, t.id))
        return "\n".join(map(str, items)) if items else "(nothing)"
    def stats(self, args):
        n = len(self.tasks)
        d = sum(t.done for t in self.tasks.values())
        tags = {}
        for t in self.tasks.values():
            for tag in t.tags:
                tags[tag] = tags.get(tag, 0) + 1
        pct = f"{d / n:.0%}" if n else "n/a"
        return f"{n} tasks, {d} done ({pct}); tags: {dict(sorted(tags.items()))}"

todo = TodoList()
for lineno, raw in enumerate(sys.stdin, 1):
    line = raw.strip()
    if not line or line.startswith(";"):
        continue
    cmd, *args = line.split()
    handler = getattr(todo, cmd, None)
    print(f"> {line}")
    if handler is None or cmd.startswith("_"):
        print(f"  error: unknown command {cmd!r} on line {lineno}")
        continue
    try:
        print("  " + handler(args).replace("\n", "\n  "))
    except (ValueError, LookupError, IndexError) as e:
        print(f"  error: {e or type(e).__name__}")
print("final:", todo.stats([]))
