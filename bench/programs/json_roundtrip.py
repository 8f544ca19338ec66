# JSON round trip: a document of nested records (strings with escapes and non-ASCII text,
# ints, floats, booleans, nulls, lists, dicts) encoded with json.dumps in three styles and
# decoded again with json.loads, which must give back an equal document. Exercises the json
# encoder and decoder, string escaping and float reprs.
# Usage: json_roundtrip.py [ITERATIONS]
import sys
import json

ITERATIONS = 5
RECORDS = 150

# The lengths of the three encodings, as CPython 3.13 produces them.
EXPECTED = (42167, 69557, 35620)


def make_document(n):
    words = ["alpha", "beta", "gamma", "δέλτα", "epsilon", "ζήτα", "tab\there", 'quote"d',
             "back\\slash", "new\nline", "emoji \U0001f40d", "control \x01"]
    records = []
    for i in range(n):
        records.append({
            "id": i,
            "name": words[i % len(words)] + str(i),
            "score": i * 1.25 - 7.0 / (i + 1),
            "big": 2 ** (i % 70) - 1,
            "active": i % 3 == 0,
            "parent": None if i == 0 else i // 2,
            "tags": [words[(i + k) % len(words)] for k in range(i % 5)],
            "position": {"x": i / 3, "y": -i / 7, "z": [i, i * i, -i]},
            "notes": {"text": "Note " * (i % 4), "count": i % 11},
        })
    return {"version": 3, "title": "Benchmark – data", "records": records,
            "empty": {"list": [], "dict": {}, "string": ""}}


def run(document):
    encodings = (
        json.dumps(document),
        json.dumps(document, indent=2, sort_keys=True),
        json.dumps(document, ensure_ascii=False, separators=(",", ":")),
    )
    for text in encodings:
        if json.loads(text) != document:
            raise SystemExit("json_roundtrip: decoded document differs")
    return tuple(len(text) for text in encodings)


def main(iterations):
    document = make_document(RECORDS)
    for _ in range(iterations):
        result = run(document)
        if result != EXPECTED:
            raise SystemExit(f"json_roundtrip: wrong result {result!r}, expected {EXPECTED!r}")
    print(f"json_roundtrip: ok, {iterations} iterations")


if __name__ == '__main__':
    main(int(sys.argv[1]) if len(sys.argv) > 1 else ITERATIONS)
