#!/usr/bin/env bash
# test/cli/pdf_exact.sh [-n N] [-v] [DIR] — how well `govreport read` reads
# PDFs: generated reports 1..N (test/gen, odd seeds simplified, even
# traditional, as test/suites/30-cli.sh makes them) printed by LibreOffice
# and by wkhtmltopdf, each read and compared with the HTML it came from.
# Prints, per maker, the files read with every cell exact (tables, forms,
# agency, year) and the cells that are wrong (a number other than the
# printed one, or a number where the cell is blank) or missing (null).
# DIR keeps the converted PDFs between runs (default: a temporary one).
# doc/cli.md's table comes from `-n 40`.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
n=40 verbose= dir=
while [ $# -gt 0 ]; do
	case "$1" in
		-n) n=$2; shift ;;
		-v) verbose=1 ;;
		-*) echo "usage: $0 [-n N] [-v] [DIR]" >&2; exit 2 ;;
		*) dir=$1 ;;
	esac
	shift
done
if [ -z "$dir" ]; then
	dir=$(mktemp -d)
	trap 'rm -rf "$dir"' EXIT
fi
mkdir -p "$dir"
make -s cli
make -s -C test/gen prop
G=$root/cli/govreport
P=$root/test/gen/prop
for i in $(seq 1 "$n"); do
	sc=s; [ $((i % 2)) = 0 ] && sc=t
	[ -f "$dir/g$i.html" ] || "$P" -show "$i" html "$sc" >"$dir/g$i.html"
done
todo=()
for i in $(seq 1 "$n"); do [ -f "$dir/g$i.pdf" ] || todo+=("./g$i.html"); done
if [ ${#todo[@]} -gt 0 ] && command -v soffice >/dev/null; then
	(cd "$dir" && soffice --headless --convert-to pdf "${todo[@]}" >/dev/null 2>&1) || true
fi
if command -v wkhtmltopdf >/dev/null; then
	for i in $(seq 1 "$n"); do
		[ -f "$dir/w$i.pdf" ] || wkhtmltopdf -q "$dir/g$i.html" "$dir/w$i.pdf" >/dev/null 2>&1 || true
	done
fi
for i in $(seq 1 "$n"); do
	"$G" read "$dir/g$i.html" >"$dir/g$i.json"
	for m in g w; do
		rm -f "$dir/$m$i.pdf.json"
		[ -f "$dir/$m$i.pdf" ] && { "$G" read "$dir/$m$i.pdf" >"$dir/$m$i.pdf.json" 2>/dev/null || rm -f "$dir/$m$i.pdf.json"; }
	done
done
python3 - "$dir" "$n" "$verbose" <<'PY'
import json, os, sys
d, n, verbose = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "1"

def cells(doc, key, pre=""):
    v = doc.get(key)
    out = {}
    def walk(x, p):
        if isinstance(x, dict):
            for k, y in x.items():
                walk(y, p + "." + k)
        else:
            out[p] = x
    walk(v, key)
    return out

for maker, m in (("LibreOffice", "g"), ("wkhtmltopdf", "w")):
    exact = wrong = missing = unread = 0
    bad = []
    for i in range(1, n + 1):
        p = os.path.join(d, "%s%d.pdf.json" % (m, i))
        want = json.load(open(os.path.join(d, "g%d.json" % i), encoding="utf-8"))
        if not os.path.exists(p):
            unread += 1
            bad.append("%s%d: not read" % (m, i))
            continue
        got = json.load(open(p, encoding="utf-8"))
        same = all(want.get(k) == got.get(k) for k in
                   ("status", "agency", "year", "forms", "active", "requests", "appeals"))
        exact += same
        fw = {}
        fg = {}
        for k in ("active", "requests", "appeals"):
            fw.update(cells(want, k))
            fg.update(cells(got, k))
        w = [c for c in fg if isinstance(fg[c], (int, float)) and fw.get(c) != fg[c]]
        ms = [c for c in fw if fw[c] is not None and fg.get(c) is None]
        wrong += len(w)
        missing += len(ms)
        if not same:
            bad.append("%s%d: %d wrong %s, %d missing" % (m, i, len(w), " ".join(w[:4]), len(ms)))
    print("%s: %d of %d every cell exact, %d cells wrong, %d missing, %d not read"
          % (maker, exact, n, wrong, missing, unread))
    if verbose:
        for b in bad:
            print("  " + b)
PY
