# Raising an exception class without a message: the last line is just its name.

class Service:
    def __init__(self, name, running):
        self.name = name
        self.running = running
    def stop(self):
        state = "ok" if self.running else "already stopped"
        self.running = False
        return state

def shutdown(services):
    results = {}
    for svc in services:
        results[svc.name] = svc.stop()
        print(f"stopping {svc.name}: {results[svc.name]}")
    if any(r != "ok" for r in results.values()):
        raise RuntimeError
    return results

print(shutdown([Service("web", True), Service("db", True)]))
try:
    shutdown([Service("queue", False)])
except RuntimeError as e:
    print("caught:", repr(e), repr(str(e)), e.args)
shutdown([Service("web", True), Service("cache", False)])
