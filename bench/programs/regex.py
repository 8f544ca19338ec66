# Regex: a `re` workload over a generated server log: compiled patterns with groups and
# named groups, findall, finditer, search, fullmatch, split, sub with a template and with a
# function, case-insensitive and verbose patterns, and backtracking alternations.
# Usage: regex.py [ITERATIONS]
import sys
import re

ITERATIONS = 2
LINES = 1200

# Per-iteration figures, as CPython 3.13 computes them.
EXPECTED = (5, 172, 480, 29941800, 240, 10, 515, 344, 3600, ('2', '1', None), 900, 142753, 1200,
            146520, 14641, 12122, 2400)

METHODS = ["GET", "POST", "PUT", "DELETE", "get"]
PATHS = ["/index.html", "/api/v1/users/42", "/static/app.js", "/api/v2/orders?id=7&x=y",
         "/login", "/images/logo.png", "/API/v1/Items/9"]
AGENTS = ["Mozilla/5.0 (X11; Linux x86_64)", "curl/8.1.2", "python-requests/2.31",
          "Googlebot/2.1 (+http://www.google.com/bot.html)"]


def make_log(n):
    lines = []
    for i in range(n):
        ip = f"{10 + i % 240}.{i * 7 % 256}.{i * 13 % 256}.{i * 31 % 256}"
        day = 1 + i % 28
        stamp = f"{day:02d}/Nov/2026:{i % 24:02d}:{i * 7 % 60:02d}:{i * 11 % 60:02d} +0000"
        method = METHODS[i % len(METHODS)]
        path = PATHS[i * 3 % len(PATHS)]
        status = (200, 301, 404, 500, 200, 200, 403)[i % 7]
        size = (i * 997) % 50000
        agent = AGENTS[i % len(AGENTS)]
        mail = f" user{i % 50}@example{'.org' if i % 2 else '.com'}" if i % 5 == 0 else ""
        lines.append(f'{ip} - - [{stamp}] "{method} {path} HTTP/1.1" {status} {size} '
                     f'"{agent}"{mail}')
    return "\n".join(lines)


LINE = re.compile(r'(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) - - \[(?P<day>\d\d)/(?P<month>\w{3})/'
                  r'(?P<year>\d{4}):(?P<time>[\d:]+) [+-]\d{4}\] "(?P<method>[A-Za-z]+) '
                  r'(?P<path>\S+) HTTP/[\d.]+" (?P<status>\d{3}) (?P<size>\d+)')
EMAIL = re.compile(r'\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b')
API = re.compile(r'/api/v(\d+)/(\w+)(?:/(\d+))?', re.IGNORECASE)
QUERY = re.compile(r'[?&]([^=&]+)=([^&"\s]*)')
VERBOSE = re.compile(r"""
    (?P<major> \d+ ) \.      # major version
    (?P<minor> \d+ )         # minor version
    (?: \. (?P<patch> \d+ ) )?
""", re.VERBOSE)
WORDS = re.compile(r'[A-Za-z]+')
ALTERNATION = re.compile(r'(?:bot|crawler|spider|curl|wget|python)[-/]', re.I)


def mask_ip(match):
    a, b, _, _ = match.group(0).split('.')
    return f"{a}.{b}.x.x"


def run(log):
    statuses = {}
    methods = {}
    bytes_total = 0
    for m in LINE.finditer(log):
        statuses[m['status']] = statuses.get(m['status'], 0) + 1
        method = m.group('method').upper()
        methods[method] = methods.get(method, 0) + 1
        bytes_total += int(m['size'])
    emails = EMAIL.findall(log)
    apis = API.findall(log)
    queries = QUERY.findall(log)
    versions = [(m['major'], m['minor'], m['patch']) for m in VERBOSE.finditer(log)]
    bots = sum(1 for line in log.splitlines() if ALTERNATION.search(line))
    masked = re.sub(r'\b(\d{1,3}\.){3}\d{1,3}\b', mask_ip, log)
    dated = re.sub(r'(\d\d)/(\w{3})/(\d{4})', r'\3-\2-\1', log)
    pieces = re.split(r'[\s"\[\]]+', log)
    words = WORDS.findall(log)
    full = sum(1 for p in pieces if re.fullmatch(r'\d+', p))
    return (len(statuses), statuses.get('404'), methods.get('GET'), bytes_total,
            len(emails), len(set(emails)), len(apis), len(queries), len(versions),
            versions[-1], bots, len(masked), masked.count('.x.x'), len(dated),
            len(pieces), len(words), full)


def main(iterations):
    log = make_log(LINES)
    for _ in range(iterations):
        result = run(log)
        if result != EXPECTED:
            raise SystemExit(f"regex: wrong result {result!r}, expected {EXPECTED!r}")
    print(f"regex: ok, {iterations} iterations")


if __name__ == '__main__':
    main(int(sys.argv[1]) if len(sys.argv) > 1 else ITERATIONS)
