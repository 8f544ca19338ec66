# Which str methods accept keyword arguments (3.13)
s = 'a,b,c\nd e'
print(s.split(sep=','), s.split(maxsplit=1), s.rsplit(sep=',', maxsplit=1))
print(s.splitlines(keepends=True), 'a\tb'.expandtabs(tabsize=2))
print('é'.encode(encoding='utf-8', errors='strict'), 'x'.replace('x', 'y', count=1))
print('{a}'.format(a=1), str(object=5), str(b'x', encoding='ascii', errors='strict'))
calls = [
    ('find', lambda: s.find(sub='a')), ('count', lambda: s.count(x='a')), ('strip', lambda: s.strip(chars='a')),
    ('startswith', lambda: s.startswith(prefix='a')), ('endswith', lambda: s.endswith(suffix='a')),
    ('center', lambda: s.center(width=5)), ('ljust', lambda: s.ljust(width=5, fillchar='x')),
    ('zfill', lambda: s.zfill(width=5)), ('partition', lambda: s.partition(sep=',')), ('join', lambda: ','.join(iterable=[])),
    ('translate', lambda: s.translate(table={})), ('removeprefix', lambda: s.removeprefix(prefix='a')),
    ('upper', lambda: s.upper(x=1)), ('isdigit', lambda: s.isdigit(x=1)), ('split', lambda: s.split(seps=',')),
    ('splitlines', lambda: s.splitlines(keep=True)), ('expandtabs', lambda: s.expandtabs(tab=2)),
    ('encode', lambda: s.encode(enc='utf-8')), ('replace', lambda: s.replace(old='a', new='b')),
    ('split-dup', lambda: s.split(',', sep=',')), ('rsplit-dup', lambda: s.rsplit(None, 1, maxsplit=2)),
    ('encode-dup', lambda: s.encode('utf-8', encoding='utf-8')), ('maketrans', lambda: str.maketrans(x='a', y='b')),
    ('format_map', lambda: s.format_map(mapping={})), ('index', lambda: s.index('a', start=0)),
    ('rjust', lambda: s.rjust(5, fillchar='-')), ('rpartition', lambda: s.rpartition(sep=',')),
    ('str', lambda: str(obj=1)), ('str-dup', lambda: str(1, object=2)), ('replace-3pos', lambda: 'aa'.replace('a', 'b', 1)),
    ('replace-count-dup', lambda: 'aa'.replace('a', 'b', 1, count=1)), ('splitlines-2', lambda: s.splitlines(True, keepends=True)),
]
for name, call in calls:
    try:
        print(name, repr(call()))
    except Exception as e:
        print(name, type(e).__name__, e)
