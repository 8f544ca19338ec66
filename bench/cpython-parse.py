"""CPython's side of the parse benchmark (bench/parse.ts): times `ast.parse` alone.

Reads paths (one per line) from stdin and pre-reads them as bytes, then parses all of them
RUNS times with type_comments=True, as Taipan's side does, timing only the parse loop.

    python3.13 bench/cpython-parse.py RUNS < paths

Prints one JSON object: {"files", "ok", "rejected", "seconds": [one per run], "max_rss_kb"}.
"""

import ast
import json
import resource
import sys
import time
import warnings


def main():
    runs = int(sys.argv[1])
    # Taipan's side prints no warnings either; printing would be timed otherwise.
    warnings.simplefilter('ignore')
    sources = []
    for line in sys.stdin:
        path = line.rstrip('\n')
        if path:
            with open(path, 'rb') as f:
                sources.append((path, f.read()))
    seconds = []
    ok = rejected = 0
    for _ in range(runs):
        ok = rejected = 0
        start = time.perf_counter()
        for path, source in sources:
            try:
                ast.parse(source, path, type_comments=True)
                ok += 1
            except (SyntaxError, ValueError):
                rejected += 1
        seconds.append(time.perf_counter() - start)
    print(json.dumps({
        'files': len(sources),
        'ok': ok,
        'rejected': rejected,
        'seconds': seconds,
        # Linux reports kilobytes.
        'max_rss_kb': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
    }))


if __name__ == '__main__':
    main()
