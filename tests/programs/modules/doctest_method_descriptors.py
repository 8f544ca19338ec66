# doctest finds the examples of a class's non-data descriptors (functools.cached_property,
# partialmethod, a descriptor of one's own), as inspect.isroutine counts them, and reports a
# failing one.
import doctest
import functools


class Quiet:
    """A descriptor with no __module__ of its own is taken as the module's.

    >>> 1 + 1
    2
    """

    def __get__(self, instance, owner=None):
        return 'got'


class Loud:
    def __get__(self, instance, owner=None):
        return 'loud'

    def __set__(self, instance, value):
        pass


class Shapes:
    """
    >>> Shapes().area
    12
    """

    def __init__(self):
        self.w, self.h = 3, 4

    @functools.cached_property
    def area(self):
        """
        >>> Shapes().area
        12
        >>> Shapes().area + 1
        14
        """
        return self.w * self.h

    def _scale(self, k):
        return self.w * k

    double = functools.partialmethod(_scale, 2)
    quiet = Quiet()
    loud = Loud()
    loud.__doc__ = """
    >>> 'data descriptors are skipped'
    """


def report(finder_names):
    for name in finder_names:
        print(name)


tests = doctest.DocTestFinder().find(Shapes, 'Shapes', globs={'Shapes': Shapes, 'functools': functools})
report(f'{t.name}: {len(t.examples)} examples, lineno {t.lineno}' for t in tests)
runner = doctest.DocTestRunner(verbose=False)
for t in tests:
    t.filename = 'shapes.py'
    runner.run(t)
print(runner.summarize(verbose=True))
