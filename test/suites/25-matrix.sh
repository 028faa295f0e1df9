#!/usr/bin/env bash
# The converter matrix's CI sample: generated reports as HTML, DOCX and PDF
# through the real converters, read and compared cell by cell; fails when a
# combination reads worse than test/matrix/baseline.tsv (a ratchet: refresh
# it with `bash test/matrix/run.sh --update` once the reader reads better).
# Without the converters it skips, saying so; in CI (GOVREPORT_CI set) they
# must be there, since scripts/deps.sh installs them.
set -euo pipefail
cd "$(dirname "$0")/../.."

# The checker and its ratchet, without converters: the truth texts read
# exactly, and one with a number changed is a miss that the ratchet catches.
make -s -C test/matrix
tmp=$(mktemp -d /tmp/govreport-matrix-self.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
test/matrix/mkdocs "$tmp" 7 2
awk '/本年新收/ { hit = 1 } hit == 1 && /^\t[0-9]+$/ { sub(/[0-9]+/, "&1"); hit = 2 } { print }' \
	"$tmp/truth/8.txt" >"$tmp/changed.txt"
cmp -s "$tmp/truth/8.txt" "$tmp/changed.txt" && { echo "self-test: no number changed" >&2; exit 1; }
printf 'truth\tnone\ts\t7\t%s\ntruth\tnone\ts\t8\t%s\nchanged\tnone\ts\t8\t%s\n' \
	"$tmp/truth/7.txt" "$tmp/truth/8.txt" "$tmp/changed.txt" >"$tmp/list"
printf 'truth\tnone\ts\t1\t1\t1\t1\nchanged\tnone\ts\t1\t1\t1\t1\n' >"$tmp/baseline"
if test/matrix/check -baseline "$tmp/baseline" <"$tmp/list" >"$tmp/out"; then
	echo "self-test: the ratchet passed a changed number" >&2; cat "$tmp/out" >&2; exit 1
fi
grep -q '^truth  *none  *s  *100.0%  *2/2' "$tmp/out" &&
	grep -q '^WORSE changed none s: cells' "$tmp/out" &&
	! grep -q '^WORSE truth' "$tmp/out" ||
	{ echo "self-test: unexpected checker output" >&2; cat "$tmp/out" >&2; exit 1; }
echo "self-test: truth read exactly, a changed number caught by the ratchet"

missing=()
for c in lynx w3m html2text html2markdown pandoc docx2txt pdftotext opencc wkhtmltopdf soffice python3; do
	command -v "$c" >/dev/null 2>&1 || missing+=("$c")
done
if [ ${#missing[@]} -gt 0 ]; then
	if [ -n "${GOVREPORT_CI:-}" ]; then
		echo "converters missing in CI: ${missing[*]} (scripts/deps.sh installs them)" >&2
		exit 1
	fi
	echo "SKIP 25-matrix: not installed: ${missing[*]} (bash scripts/deps.sh installs them)"
	exit 0
fi
bash test/matrix/run.sh
