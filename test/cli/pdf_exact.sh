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
# test/cli/pdf_exact.sh -m MATRIX: the same for the PDFs a converter matrix
# made (test/matrix, MATRIX/made/pdf-lo and pdf-wk) against its documents
# (MATRIX/docs/truth), tables only (those pages print no title).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
n=40 verbose= dir= matrix=
while [ $# -gt 0 ]; do
	case "$1" in
		-n) n=$2; shift ;;
		-m) matrix=$2; shift ;;
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
if [ -n "$matrix" ]; then
	for m in LibreOffice:lo wkhtmltopdf:wk; do
		exact=0 wrong=0 missing=0 unread=0 n=0 list=
		for f in "$matrix/made/pdf-${m#*:}"/*.pdf; do
			b=$(basename "$f" .pdf)
			n=$((n + 1))
			if ! cli/govreport read "$f" >"$dir/$b.json" 2>/dev/null; then
				unread=$((unread + 1)); list+="  $b: not read"$'\n'; continue
			fi
			read -r e w s < <(python3 test/cli/pdf_cells.py --tables "$matrix/docs/truth/$b.json" "$dir/$b.json" 2>/dev/null)
			exact=$((exact + e)); wrong=$((wrong + w)); missing=$((missing + s))
			[ "$e" = 1 ] || list+="  $b: $w wrong, $s missing"$'\n'
		done
		echo "${m%:*} (matrix): $exact of $n tables exact, $wrong cells wrong, $missing missing, $unread not read"
		[ -z "$verbose" ] || printf '%s' "$list"
	done
	exit 0
fi
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
for m in LibreOffice:g wkhtmltopdf:w; do
	exact=0 wrong=0 missing=0 unread=0 list=
	for i in $(seq 1 "$n"); do
		f=$dir/${m#*:}$i.pdf.json
		if ! [ -f "$f" ]; then unread=$((unread + 1)); list+="  ${m#*:}$i: not read"$'\n'; continue; fi
		read -r e w s < <(python3 test/cli/pdf_cells.py "$dir/g$i.json" "$f" 2>/dev/null)
		exact=$((exact + e)); wrong=$((wrong + w)); missing=$((missing + s))
		[ "$e" = 1 ] || list+="  ${m#*:}$i: $w wrong, $s missing"$'\n'
	done
	echo "${m%:*}: $exact of $n every cell exact, $wrong cells wrong, $missing missing, $unread not read"
	[ -z "$verbose" ] || printf '%s' "$list"
done
