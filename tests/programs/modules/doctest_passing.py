"""Doctests that pass, run through testmod() quietly and verbosely.

>>> square(4)
16
"""
import doctest


def square(x):
    """Return x squared.

    >>> square(3)
    9
    >>> [square(n) for n in range(5)]
    [0, 1, 4, 9, 16]
    >>> square(-2.5)
    6.25
    """
    return x * x


def describe(items):
    """
    >>> describe(['a', 'b'])
    2 items: a, b
    >>> describe([])  # doctest: +NORMALIZE_WHITESPACE
    0 items:
    >>> print(describe.__doc__ is not None)
    True
    """
    print(f"{len(items)} items: {', '.join(items)}")


def fails_loudly(n):
    """Raises for negative input.

    >>> fails_loudly(-1)
    Traceback (most recent call last):
        ...
    ValueError: n must be non-negative, got -1
    >>> fails_loudly(2)
    2
    >>> fails_loudly('x')  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    TypeError: something else entirely
    """
    if not isinstance(n, int):
        raise TypeError('not an int')
    if n < 0:
        raise ValueError(f'n must be non-negative, got {n}')
    return n


def options():
    """
    >>> list(range(20))  # doctest: +ELLIPSIS
    [0, 1, ..., 19]
    >>> print('a   b\\n c')  # doctest: +NORMALIZE_WHITESPACE
    a b c
    >>> print('x\\n\\ny')
    x
    <BLANKLINE>
    y
    >>> 1 == 1
    True
    >>> None
    >>> this_is_skipped()  # doctest: +SKIP
    42
    >>> x = 10
    >>> x += 5; x
    15
    >>> for i in range(3):
    ...     print(i, end=' ')
    0 1 2 
    >>> {'b': 2, 'a': 1}
    {'b': 2, 'a': 1}
    """


class Counter:
    """A counter.

    >>> c = Counter()
    >>> c.increment()
    1
    >>> c.increment()
    2
    """

    def __init__(self):
        self.count = 0

    def increment(self):
        """
        >>> Counter().increment()
        1
        """
        self.count += 1
        return self.count

    @staticmethod
    def zero():
        """
        >>> Counter.zero()
        0
        """
        return 0

    @classmethod
    def make(cls):
        """
        >>> Counter.make().count
        0
        """
        return cls()

    @property
    def doubled(self):
        """
        >>> c = Counter(); c.increment(); c.doubled
        1
        2
        """
        return self.count * 2


def no_docstring():
    pass


__test__ = {'extra': """
>>> square(11)
121
"""}

if __name__ == '__main__':
    print(doctest.testmod())
    print(doctest.testmod(verbose=True))
    print(doctest.testmod(optionflags=doctest.ELLIPSIS, exclude_empty=True))
    doctest.run_docstring_examples(square, {'square': square}, verbose=True, name='sq')
