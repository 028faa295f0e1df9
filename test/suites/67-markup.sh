#!/usr/bin/env bash
# Markup converters: generated report pages (test/matrix/mkdocs -page; odd
# seeds in traditional characters) read back after pandoc (gfm, markdown,
# plain) and python3-html2text (test/matrix/convert.sh), the whole document
# compared (test/matrix/check -doc).  First the kept outputs in
# test/data/markup (seed2_*: simplified, seed5_*: traditional) — no
# converter needed; then, for each converter installed, GOVREPORT_MARKUP_N
# fresh pages (default 20) through the real program.  A converter that is
# not installed is reported skipped.  pandoc plain prints the generated
# section 3 (row spans) as "[TABLE]": its sections 2 and 4 are compared
# (CONV_NO_REQUESTS); html2markdown's titles differ by a space
# (CONV_NO_AGENCY, see test/matrix/check.c).
set -euo pipefail
cd "$(dirname "$0")/../matrix"
make -s mkdocs check
script_of() { if [ $(($1 % 2)) -eq 1 ]; then echo t; else echo s; fi; }
for f in ../data/markup/*; do
	seed=$(basename "$f" | sed 's/^seed\([0-9]*\)_.*/\1/')
	case "$f" in
		*_pandoc_plain.txt) CONV_NO_REQUESTS=1 ./check -doc "$seed" "$(script_of "$seed")" "$f" ;;
		*) ./check -doc "$seed" "$(script_of "$seed")" "$f" ;;
	esac
done
n=${GOVREPORT_MARKUP_N:-20}
first=${GOVREPORT_MARKUP_SEED:-1}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# pages LABEL CONVERTER: n fresh pages through convert.sh CONVERTER; prints
# the count and the differences of the pages not read exactly
pages() {
	local label=$1 conv=$2 pass=0 failed=0 s sc
	for s in $(seq "$first" $((first + n - 1))); do
		sc=$(script_of "$s")
		./mkdocs -page "$s" "$sc" >"$tmp/$s.html"
		bash convert.sh "$conv" "$tmp/$s.html" "$tmp/$s.txt"
		if ./check -doc "$s" "$sc" "$tmp/$s.txt" >"$tmp/out"; then
			pass=$((pass + 1))
		else
			failed=$((failed + 1))
			cat "$tmp/out"
		fi
	done
	echo "$label: $pass passed, $failed failed"
	[ "$failed" -eq 0 ]
}
if command -v pandoc >/dev/null; then
	for to in gfm markdown; do
		pages "pandoc -t $to" "pandoc-$to"
	done
	CONV_NO_REQUESTS=1 pages "pandoc -t plain (sections 2 and 4)" pandoc-plain
else
	echo "pandoc: not installed, skipped"
fi
if command -v html2markdown >/dev/null; then
	CONV_NO_AGENCY=1 pages html2markdown html2markdown
else
	echo "html2markdown (python3-html2text): not installed, skipped"
fi
