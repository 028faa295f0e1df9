#!/usr/bin/env bash
# Real converters on generated reports: test/gen's reports as HTML, through
# lynx -dump and wkhtmltopdf + pdftotext (-raw, -layout), read back and
# every cell compared with the generated one (test/conv/conv).  Per
# converter: the share of cells exact must stay at or above its floor, and
# no cell may be wrong (a number that is not the printed one) beyond the
# ceiling doc/layouts.md gives for it.  A converter that is not installed
# is skipped.  GOVREPORT_CONV_N sets the reports per script (default 6).
set -euo pipefail
cd "$(dirname "$0")/../conv"
make -s conv
n=${GOVREPORT_CONV_N:-6}
first=${GOVREPORT_CONV_SEED:-11}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
have() { command -v "$1" >/dev/null 2>&1; }

# converter  floor(exact per mille)  ceiling(wrong per mille)
conv_text() {
	local k=$1 f=$2
	case $k in
	lynx) lynx -dump -nolist -display_charset=utf-8 -assume_charset=utf-8 "$f.html" ;;
	raw) pdftotext -raw "$f.pdf" - ;;
	layout) pdftotext -layout "$f.pdf" - ;;
	esac
}
fail=0
for spec in "lynx 850 0" "raw 800 3" "layout 780 20"; do
	set -- $spec
	k=$1 floor=$2 ceil=$3
	if [ "$k" = lynx ] && ! have lynx; then echo "22-converters: $k skipped (lynx not installed)"; continue; fi
	if [ "$k" != lynx ] && ! { have wkhtmltopdf && have pdftotext; }; then
		echo "22-converters: $k skipped (wkhtmltopdf or pdftotext not installed)"; continue
	fi
	ex=0 tot=0 wr=0
	for s in $(seq "$first" $((first + n - 1))); do
		for sc in s t; do
			f=$tmp/$s$sc
			[ -f "$f.html" ] || ./conv html "$s" "$sc" > "$f.html"
			if [ "$k" != lynx ] && [ ! -f "$f.pdf" ]; then
				wkhtmltopdf -q "$f.html" "$f.pdf" >/dev/null 2>&1 || true
			fi
			conv_text "$k" "$f" > "$f.$k.txt"
			read -r e t w < <(./conv cmp "$s" "$sc" "$f.$k.txt" || true)
			ex=$((ex + e)) tot=$((tot + t)) wr=$((wr + w))
		done
	done
	pm=$((1000 * ex / tot)) wpm=$((1000 * wr / tot))
	echo "22-converters: $k $ex/$tot cells exact (${pm}‰, floor ${floor}‰), $wr wrong (${wpm}‰, ceiling ${ceil}‰)"
	if [ "$pm" -lt "$floor" ] || [ "$wpm" -gt "$ceil" ]; then fail=1; fi
done
exit $fail
