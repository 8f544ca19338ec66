# raise SystemExit(2) behaves like sys.exit(2); with-blocks exit cleanly.

class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("acquire", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("release", self.name, "because of", et.__name__ if et else None, getattr(ev, "code", None))
        return False

def usage_error(msg):
    print("usage: tool [options] FILE")
    print("error:", msg)
    raise SystemExit(2)

def main(argv):
    with Resource("lock"), Resource("temp dir"):
        print("working with", argv)
        if not argv:
            usage_error("missing FILE argument")
        print("processing", argv[0])

main(["input.txt"])
main([])
print("unreachable")
