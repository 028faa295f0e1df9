#!/usr/bin/env bash
# Real converters on generated reports: test/gen's reports as the layouts
# property test's HTML page (test/matrix/mkdocs -page, both scripts),
# through lynx -dump, C html2text (its tables laid out by bytes: what it
# cuts or shifts is declined, never read wrong) and wkhtmltopdf + pdftotext
# (-raw, -layout) (test/matrix/convert.sh), read back and every cell compared with the
# generated one (test/matrix/check -count).  Per converter: the share of
# cells exact must stay at or above its floor, and no cell may be wrong (a
# number that is not the printed one) beyond the ceiling doc/layouts.md
# gives for it.  A converter that is not installed is skipped.
# GOVREPORT_CONV_N sets the reports per script (default 6).
set -euo pipefail
cd "$(dirname "$0")/../matrix"
make -s mkdocs check
n=${GOVREPORT_CONV_N:-6}
first=${GOVREPORT_CONV_SEED:-11}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
have() { command -v "$1" >/dev/null 2>&1; }

# converter (convert.sh)  floor(exact per mille)  ceiling(wrong per mille)
fail=0
for spec in "lynx-nolist 850 0" "html2text 200 0" "pdftotext-raw 800 3" "pdftotext-layout 780 20"; do
	set -- $spec
	k=$1 floor=$2 ceil=$3
	html=0
	case $k in lynx-nolist|html2text) html=1 ;; esac
	if [ "$k" = lynx-nolist ] && ! have lynx; then echo "22-converters: $k skipped (lynx not installed)"; continue; fi
	if [ "$k" = html2text ] && ! have html2text; then echo "22-converters: $k skipped (html2text not installed)"; continue; fi
	if [ $html -eq 0 ] && ! { have wkhtmltopdf && have pdftotext; }; then
		echo "22-converters: $k skipped (wkhtmltopdf or pdftotext not installed)"; continue
	fi
	ex=0 tot=0 wr=0
	for s in $(seq "$first" $((first + n - 1))); do
		for sc in s t; do
			f=$tmp/$s$sc
			[ -f "$f.html" ] || ./mkdocs -page "$s" "$sc" > "$f.html"
			in=$f.html
			if [ $html -eq 0 ]; then
				[ -f "$f.pdf" ] || wkhtmltopdf -q "$f.html" "$f.pdf" >/dev/null 2>&1 || true
				in=$f.pdf
			fi
			bash convert.sh "$k" "$in" "$f.$k.txt"
			read -r e t w < <(./check -count "$s" "$sc" "$f.$k.txt" || true)
			ex=$((ex + e)) tot=$((tot + t)) wr=$((wr + w))
		done
	done
	pm=$((1000 * ex / tot)) wpm=$((1000 * wr / tot))
	echo "22-converters: $k $ex/$tot cells exact (${pm}‰, floor ${floor}‰), $wr wrong (${wpm}‰, ceiling ${ceil}‰)"
	if [ "$pm" -lt "$floor" ] || [ "$wpm" -gt "$ceil" ]; then fail=1; fi
done
exit $fail
