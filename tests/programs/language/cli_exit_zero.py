# sys.exit(0) stops the program with status 0; finally blocks still run.
import sys

class Session:
    def __enter__(self):
        print("session opened")
        return self
    def __exit__(self, et, ev, tb):
        print("session closed because of", et.__name__ if et else "normal exit")
        return False

def main():
    with Session():
        for i in range(5):
            print("step", i)
            if i == 2:
                print("done early, exiting with 0")
                try:
                    sys.exit(0)
                finally:
                    print("finally runs during exit")
        print("never printed")

main()
print("never printed either")
