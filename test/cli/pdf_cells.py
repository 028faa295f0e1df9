#!/usr/bin/env python3
"""pdf_cells.py [--tables] WANT.json GOT.json [PATH…]: compare two documents (one line
of JSON each, as govreport read prints) cell by cell over the three tables.
Prints "exact WRONG MISSING": exact is 1 when status, agency, year, forms
and every table cell agree; WRONG counts the cells GOT has as a number
other than WANT's (a number where WANT has none included); MISSING the
cells WANT has and GOT has as null.  With PATHs (requests.total.total …)
exits 1 unless each of those cells agrees; else exits 0.  --tables: exact
leaves out status, agency and year (a page printed without its title)."""
import json
import sys


def cells(doc):
    out = {}

    def walk(x, p):
        if isinstance(x, dict):
            for k, y in x.items():
                walk(y, p + "." + k)
        else:
            out[p] = x
    for key in ("active", "requests", "appeals"):
        walk(doc.get(key), key)
    return out


args = sys.argv[1:]
tables = args[:1] == ["--tables"]
if tables:
    args = args[1:]
want = json.loads(open(args[0], encoding="utf-8").read())
got = json.loads(open(args[1], encoding="utf-8").read())
fw, fg = cells(want), cells(got)
keys = ("forms", "active", "requests", "appeals")
exact = all(want.get(k) == got.get(k) for k in keys) and \
    (tables or all(want.get(k) == got.get(k) for k in ("status", "agency", "year")))
wrong = [c for c in fg if isinstance(fg[c], (int, float)) and not isinstance(fg[c], bool)
         and fw.get(c) != fg[c]]
missing = [c for c in fw if fw[c] is not None and fg.get(c) is None]
print("%d %d %d" % (exact, len(wrong), len(missing)))
for c in wrong:
    print("wrong %s: printed %s, read %s" % (c, fw.get(c), fg[c]), file=sys.stderr)
bad = [p for p in args[2:] if fw.get(p, "absent") != fg.get(p, "absent")]
for p in bad:
    print("%s: printed %s, read %s" % (p, fw.get(p), fg.get(p)), file=sys.stderr)
sys.exit(1 if bad else 0)
