# Docstrings, globals, deletion, large code (EXTENDED_ARG).
"""Module docstring
   with indentation."""

import sys

def doc():
    """
    An indented
        docstring.
    """

def big():
    x = 0
    for i in range(10):
        x += i; x += i; x += i; x += i; x += i; x += i; x += i; x += i
        x += i; x += i; x += i; x += i; x += i; x += i; x += i; x += i
        x += i; x += i; x += i; x += i; x += i; x += i; x += i; x += i
        x += i; x += i; x += i; x += i; x += i; x += i; x += i; x += i
        x += i; x += i; x += i; x += i; x += i; x += i; x += i; x += i
        x += i; x += i; x += i; x += i; x += i; x += i; x += i; x += i
        x += i; x += i; x += i; x += i; x += i; x += i; x += i; x += i
        x += i; x += i; x += i; x += i; x += i; x += i; x += i; x += i
    return x

def many_locals():
    a0=a1=a2=a3=a4=a5=a6=a7=a8=a9=b0=b1=b2=b3=b4=b5=b6=b7=b8=b9=c0=c1=c2=0
    return a0+a1+a2+a3+a4+a5+a6+a7+a8+a9+b0+b1+b2+b3+b4+b5+b6+b7+b8+b9+c0+c1+c2

del sys
