# warnings: default filters, once-per-place, stacklevel, catch_warnings(record=True), simplefilter/filterwarnings,
# 'error' and 'once' actions, formatwarning, deprecated.
import warnings
import sys
import os


class _RelativePaths:
    """Prints paths relative to this program's directory, so the output is the same wherever it runs."""

    def __init__(self, stream):
        self.stream = stream
        self.directory = os.path.dirname(os.path.abspath(__file__)) + os.sep

    def write(self, text):
        return self.stream.write(text.replace(self.directory, ''))

    def flush(self):
        self.stream.flush()


sys.stdout = _RelativePaths(sys.stdout)


def old():
    warnings.warn('old() is deprecated', DeprecationWarning, stacklevel=2)
    return 1


sys.stderr = sys.stdout
warnings.warn('plain user warning')
warnings.warn('plain user warning')
for _ in range(2):
    warnings.warn('in a loop')
old()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    warnings.warn('recorded', UserWarning)
    warnings.warn('again', RuntimeWarning)
    old()
print([(str(w.message), w.category.__name__, w.lineno) for w in caught])
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        warnings.warn('now an error')
    except UserWarning as e:
        print('raised', type(e).__name__, e)
warnings.filterwarnings('ignore', message='skip.*')
warnings.warn('skip me')
warnings.warn('Skip me too')
warnings.warn('shown')
print(warnings.formatwarning('msg', UserWarning, 'file.py', 3, 'x = 1'))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('once')
    for i in range(3):
        warnings.warn('once only', FutureWarning)
    print(len(w))
try:
    warnings.simplefilter('bogus')
except ValueError as e:
    print('ValueError', e)
try:
    warnings.warn('x', int)
except TypeError as e:
    print('TypeError', e)
warnings.warn(UserWarning('as instance'))


@warnings.deprecated('use new_api')
def legacy():
    return 'legacy'


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(legacy(), [str(x.message) for x in w], legacy.__deprecated__)
print(len(warnings.filters) > 0, warnings.filters[0][0])
