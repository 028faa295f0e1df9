#!/usr/bin/env bash
# Markup converters: generated report pages read back after pandoc (gfm,
# markdown, plain) and python3-html2text, every cell compared
# (test/gen/conv).  First the kept outputs in test/data/markup (seed2_*:
# simplified, seed5_*: traditional) — no converter needed; then, for each
# converter installed, GOVREPORT_MARKUP_N fresh pages (default 20) through
# the real program.  A converter that is not installed is reported skipped.
# pandoc plain prints the generated section 3 (row spans) as "[TABLE]": its
# sections 2 and 4 are compared (CONV_NO_REQUESTS); html2markdown's titles
# differ by a space (CONV_NO_AGENCY, see test/gen/conv.c).
set -euo pipefail
cd "$(dirname "$0")/../gen"
make -s conv
for f in ../data/markup/*; do
	seed=$(basename "$f" | sed 's/^seed\([0-9]*\)_.*/\1/')
	case "$f" in
		*_pandoc_plain.txt) CONV_NO_REQUESTS=1 ./conv -check "$seed" "$f" ;;
		*) ./conv -check "$seed" "$f" ;;
	esac
done
n=${GOVREPORT_MARKUP_N:-20}
first=${GOVREPORT_MARKUP_SEED:-1}
# print conv's count line; fail when a page was not read exactly
pages() {
	local label=$1 out rc=0
	shift
	out=$("$@") || rc=$?
	echo "$label: $out"
	return "$rc"
}
if command -v pandoc >/dev/null; then
	for to in gfm markdown; do
		pages "pandoc -t $to" ./conv "$n" "$first" "pandoc -f html -t $to"
	done
	CONV_NO_REQUESTS=1 pages "pandoc -t plain (sections 2 and 4)" \
		./conv "$n" "$first" "pandoc -f html -t plain"
else
	echo "pandoc: not installed, skipped"
fi
if command -v html2markdown >/dev/null; then
	CONV_NO_AGENCY=1 pages html2markdown ./conv "$n" "$first" html2markdown
else
	echo "html2markdown (python3-html2text): not installed, skipped"
fi
