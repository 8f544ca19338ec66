# An uncaught BaseExceptionGroup whose members are not all Exceptions.

class Cancelled(BaseException):
    pass

def run_task(name):
    if name.endswith("!"):
        raise Cancelled(name.rstrip("!"))
    if name.endswith("?"):
        raise ValueError(f"{name.rstrip('?')} failed")
    return f"{name} done"

results, problems = [], []
for task in ["t1", "t2", "t3!", "t4?", "t5"]:
    try:
        results.append(run_task(task))
    except BaseException as e:
        problems.append(e)
        print("problem in", task, "->", type(e).__name__)
print(results)
print([type(p).__mro__[1].__name__ for p in problems])
print("cancelling remaining tasks")
raise BaseExceptionGroup("tasks cancelled", problems)
