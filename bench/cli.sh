#!/usr/bin/env bash
# bench/cli.sh — the govreport command's speed (doc/cli.md has the figures):
#   1. PDF: `govreport text` on PDFs of generated reports (LibreOffice and
#      wkhtmltopdf) against `pdftotext -layout` alone on the same files
#      (target: at most 1.5 times its time);
#   2. text and HTML: `govreport read` over generated reports in the tab
#      layout and as HTML, MB of input per second (target: at least 100);
#   3. `govreport load -j 2` of N files (default 10,000) into a throwaway
#      server (pg_virtualenv, under the test install lock), files per second.
#   bash bench/cli.sh [--files N] [--pdfs N] [--no-load]
set -euo pipefail
cd "$(dirname "$0")/.."
files=10000 pdfs=12 load=1
while [ $# -gt 0 ]; do
	case "$1" in
		--files) files=$2; shift ;;
		--pdfs) pdfs=$2; shift ;;
		--no-load) load= ;;
		*) echo "usage: $0 [--files N] [--pdfs N] [--no-load]" >&2; exit 2 ;;
	esac
	shift
done
make -s cli
make -s -C test/gen prop
G=$PWD/cli/govreport
P=$PWD/test/gen/prop
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
# CPU seconds (user + system) of a command: steadier than wall time on a
# machine shared with other jobs
cpu() {
	local TIMEFORMAT='%3U %3S'
	{ time "$@" >/dev/null 2>&1; } 2>&1 | awk '{printf "%.3f", $1 + $2}'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }

# 1. PDF
mkdir -p "$T/pdf"
for i in $(seq 1 "$pdfs"); do "$P" -show "$i" html s >"$T/pdf/g$i.html"; done
(cd "$T/pdf" && soffice --headless --convert-to pdf ./*.html >/dev/null 2>&1) || true
for i in $(seq 1 "$pdfs"); do wkhtmltopdf -q "$T/pdf/g$i.html" "$T/pdf/w$i.pdf" >/dev/null 2>&1 || true; done
set -- "$T"/pdf/*.pdf
export G
a=$(cpu bash -c 'for r in 1 2 3 4 5; do for f in "$@"; do pdftotext -layout "$f" - >/dev/null; done; done' _ "$@")
b=$(cpu bash -c 'for r in 1 2 3 4 5; do for f in "$@"; do "$G" text "$f" >/dev/null; done; done' _ "$@")
c=$(cpu bash -c 'for r in 1 2 3 4 5; do "$G" text "$@" >/dev/null; done' _ "$@")
d=$(cpu bash -c 'for r in 1 2 3 4 5; do "$G" --version >/dev/null; done')
printf 'PDF, %d files x 5, CPU s: pdftotext -layout per file %s; govreport text per file %s (%sx), all files in one call %s (%sx); govreport startup alone x5 %s\n' \
	"$#" "$a" "$b" "$(ratio "$b" "$a")" "$c" "$(ratio "$c" "$a")" "$d"

# 2. text and HTML
for l in tab html; do
	mkdir -p "$T/$l"
	for i in $(seq 1 1000); do "$P" -show "$i" "$l" s >"$T/$l/r$i.txt"; done
	mb=$(du -sb "$T/$l" | awk '{print $1 / 1048576}')
	s1=$(cpu "$G" read "$T/$l"/r*.txt)
	printf '%s: 1000 files, %.1f MB, %s CPU s: %s MB/s, %s files/s\n' "$l" "$mb" "$s1" \
		"$(ratio "$mb" "$s1")" "$(ratio 1000 "$s1")"
done
# one large GB18030 page: the decoding path
cat "$T/html"/r*.txt | iconv -f UTF-8 -t GB18030 >"$T/big_gb.html"
mb=$(du -sb "$T/big_gb.html" | awk '{print $1 / 1048576}')
s1=$(cpu "$G" text "$T/big_gb.html")
printf 'GB18030 page decoded: %.1f MB, %s CPU s: %s MB/s\n' "$mb" "$s1" "$(ratio "$mb" "$s1")"

# 3. load -j 2
[ -n "$load" ] || exit 0
mkdir -p "$T/load"
for i in $(seq 1 "$files"); do "$P" -show "$i" tab s >"$T/load/r$i.txt"; done
export T G files
exec 9>/tmp/govreport-install.lock
flock 9
make -s PROFILE=-Werror >/dev/null
make -s install >/dev/null
pg_virtualenv bash -c '
	set -e
	psql -qX -c "CREATE EXTENSION govreport"
	t0=$(date +%s%N)
	"$G" load -j 2 --quiet "$T/load" > "$T/load.out" 2>/dev/null || true
	t1=$(date +%s%N)
	awk -v n="$files" -v ns=$((t1 - t0)) -v out="$(cat "$T/load.out")" \
		"BEGIN {printf \"load -j 2: %d files in %.1f s (wall): %.0f files/s (%s)\\n\", n, ns / 1e9, n / (ns / 1e9), out}"
	t0=$(date +%s%N)
	"$G" load -j 2 --quiet "$T/load" > "$T/load.out" 2>/dev/null || true
	t1=$(date +%s%N)
	awk -v ns=$((t1 - t0)) -v out="$(cat "$T/load.out")" \
		"BEGIN {printf \"again, all skipped: %.1f s (%s)\\n\", ns / 1e9, out}"
' 2>&1 | grep -v "luster"
