import os
import os.path
import os.path as osp
import collections.abc as cabc
from os import path, sep as separator
from . import sibling
from .. import parent
from .mod import name
from os.path import *

def f():
    import json
    from json import loads
    return json, loads
