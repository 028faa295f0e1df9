#!/usr/bin/env python3
"""same_tables.py WANT.json GOT.json: exit 0 when two documents (one line of
JSON each, as govreport read prints) have the same status, agency, year,
forms and every cell of the three tables; else print the differences."""
import json
import sys

want = json.loads(open(sys.argv[1], encoding="utf-8").read())
got = json.loads(open(sys.argv[2], encoding="utf-8").read())
bad = 0
for key in ("status", "agency", "year", "forms", "active", "requests", "appeals"):
    a, b = want.get(key), got.get(key)
    if a == b:
        continue
    bad += 1
    if isinstance(a, dict) and isinstance(b, dict):
        for k in sorted(set(a) | set(b)):
            if a.get(k) != b.get(k):
                print("%s.%s: want %s, got %s" % (key, k, a.get(k), b.get(k)))
    else:
        print("%s: want %s, got %s" % (key, a, b))
sys.exit(1 if bad else 0)
