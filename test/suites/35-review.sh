#!/usr/bin/env bash
# govreport review, as a person sees it.  A generated batch (test/cli/review_batch.c
# on test/gen: balanced reports, reports with one known changed cell, three
# years of one body, two years whose carryover breaks, a traditional one, a
# name holding markup, one with no agency, a text that is no report, an empty PDF) goes through `govreport review`; then
#  - the page's structure (test/cli/review_check.py): the summary's counts are
#    the batch's, every body has its section with its reports, the marked cells
#    are exactly the changed ones (printed and expected value, row and column
#    marked), the charts' figures and the year-over-year table are those of
#    `govreport read`, markup in a name is text, nothing outside the page is
#    referred to;
#  - the same input gives the same bytes;
#  - against a throwaway server (pg_virtualenv, under test/pg-test.sh's install
#    lock): --table over load's table and --query over a table of texts give
#    the page the same files give, byte for byte;
#  - headless Chromium renders the page to PNG: no console message (a page
#    with a console error is rendered first, to show that one would be seen),
#    a PNG of the window's size that is not blank.
# Without chromium (scripts/deps.sh installs it) the rendering is skipped and
# the suite says so and exits 77 after the structure checks.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
for p in poppler libzip libxml-2.0; do
	if ! pkg-config --exists "$p"; then
		echo "SKIP 35-review: $p development files missing (scripts/deps.sh installs them)"
		exit 77
	fi
done
if ! [ -f "$(pg_config --includedir)/libpq-fe.h" ] || ! command -v python3 >/dev/null; then
	echo "SKIP 35-review: libpq-dev or python3 missing (scripts/deps.sh installs them)"
	exit 77
fi
make -s cli
G=$root/cli/govreport
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
pass=0
fail=0
ok() { pass=$((pass + 1)); }
bad() { echo "FAIL: $*"; fail=$((fail + 1)); }

${CC:-cc} -std=c99 -D_GNU_SOURCE -O2 -Wall -Wextra -Werror -Isrc/core -Itest/gen \
	-o "$T/review_batch" test/cli/review_batch.c test/gen/gen.c test/gen/libgen.c src/core/*.c
mkdir -p "$T/batch"
"$T/review_batch" "$T/batch" >"$T/manifest"
: >"$T/batch/empty.pdf"
(cd "$T/batch" && awk -F'\t' '$1 == "report" {print $2}' "$T/manifest" | xargs "$G" read) >"$T/read.jsonl"

# ---------------------------------------------------------------- the page
rc=0
(cd "$T/batch" && "$G" review -o "$T/review.html" .) >"$T/out" 2>"$T/err" || rc=$?
[ "$rc" -eq 2 ] && grep -q "empty.pdf" "$T/err" && ok || bad "review exit $rc (want 2: empty.pdf unreadable): $(cat "$T/err")"
n=$(awk -F'\t' '$1 == "report"' "$T/manifest" | wc -l)
nb=$(awk -F'\t' '$1 == "report" && $5 == "1"' "$T/manifest" | wc -l)
grep -qx "$T/review.html: $((n + 2)) files, .* bodies, $nb balanced, $((n - nb)) unbalanced, .*, 2 not read" "$T/out" \
	&& ok || bad "the summary line: $(cat "$T/out")"
if python3 test/cli/review_check.py page "$T/review.html" "$T/manifest" "$T/read.jsonl" 1; then ok; else bad "the page"; fi
(cd "$T/batch" && "$G" review . >"$T/again.html" 2>/dev/null) || true
cmp -s "$T/review.html" "$T/again.html" && ok || bad "a second run (to standard output) differs"
# a file name holding markup, quotes and a byte that is not UTF-8 is text in the page
mkdir "$T/odd"
cp "$T/batch/c.txt" "$T/odd/<b>\"q'&"$'\xff'".txt"
"$G" review -o "$T/odd.html" "$T/odd"
grep -q "&lt;b&gt;&quot;q&#39;&amp;"$'\xef\xbf\xbd'".txt" "$T/odd.html" && ! grep -q '<b>' "$T/odd.html" \
	&& ok || bad "an odd file name is not escaped: $(grep -o 'data-file="[^"]*' "$T/odd.html" | head -1)"
# usage errors say what is accepted
rc=0; "$G" review -o "$T/x.html" 2>"$T/err" || rc=$?
[ "$rc" -eq 3 ] && grep -q "no file given" "$T/err" && ok || bad "no file: exit $rc"
rc=0; "$G" review --dbname "" "$T/batch" 2>"$T/err" || rc=$?
[ "$rc" -eq 3 ] && grep -q "not both" "$T/err" && ok || bad "files and --dbname: exit $rc"
rc=0; "$G" review --dbname "" 2>"$T/err" || rc=$?
[ "$rc" -eq 3 ] && grep -q -- "--table NAME or --query SQL" "$T/err" && ok || bad "--dbname alone: exit $rc"
echo "page: $(wc -c <"$T/review.html") bytes"

# ---------------------------------------------------------------- from a database
# the stored documents (load's table; a query over a table of texts) give the
# page the same files give, byte for byte
export T G
server() {
	set -euo pipefail
	cd "$T/batch"
	psql -qX -v ON_ERROR_STOP=1 -c "CREATE EXTENSION govreport"
	balanced=$(awk -F'\t' '$1 == "report" && $5 == "1" {print $2}' "$T/manifest")
	all=$(awk -F'\t' '$1 == "report" {print $2}' "$T/manifest")
	"$G" load --quiet $balanced >/dev/null
	"$G" review -o "$T/db.html" --table reports
	"$G" review -o "$T/files.html" $balanced
	cmp -s "$T/db.html" "$T/files.html" || { echo "FAIL: --table gives another page than the files"; return 1; }
	for f in $all notice.txt; do printf '%s\t%s\n' "$f" "$(base64 -w0 "$f")"; done >"$T/texts.tsv"
	psql -qX -v ON_ERROR_STOP=1 -c "CREATE TABLE texts (name text, b64 text)" -c "\copy texts FROM '$T/texts.tsv'"
	"$G" review -o "$T/dbq.html" --dbname "" \
		--query "SELECT name, report_to_jsonb(convert_from(decode(b64, 'base64'), 'UTF8')) FROM texts; "
	"$G" review -o "$T/filesq.html" $all notice.txt
	cmp -s "$T/dbq.html" "$T/filesq.html" || { echo "FAIL: --query gives another page than the files"; return 1; }
	rc=0; "$G" review -o "$T/x.html" --table nosuch 2>"$T/err" || rc=$?
	[ "$rc" -eq 2 ] && grep -q 'needs columns path (text) and doc (jsonb)' "$T/err" || { echo "FAIL: a missing table (exit $rc)"; return 1; }
	echo "database: --table ($(echo $balanced | wc -w) documents) and --query ($(echo $all notice.txt | wc -w) rows) give the files' page"
}
export -f server
if command -v pg_virtualenv >/dev/null; then
	exec 9>/tmp/govreport-install.lock
	flock 9
	make -s PROFILE=-Werror >/dev/null
	make -s install >/dev/null
	if pg_virtualenv bash -c server; then ok; else bad "the database part"; fi
	flock -u 9
else
	echo "SKIP the database part: pg_virtualenv missing (scripts/deps.sh installs postgresql-common)"
fi

# ---------------------------------------------------------------- Chromium
browser=$(command -v chromium || true)
if [ -z "$browser" ]; then
	echo "35-review: $pass passed, $fail failed"
	[ "$fail" -eq 0 ] || exit 1
	echo "SKIP 35-review rendering: chromium missing (scripts/deps.sh installs it)"
	exit 77
fi
shot() { # PAGE PNG WIDTH HEIGHT → chromium's log in $2.log
	HOME=$T timeout 120 "$browser" --headless --disable-gpu --no-sandbox --hide-scrollbars \
		--user-data-dir="$T/profile" --enable-logging=stderr --v=0 \
		--screenshot="$2" --window-size="$3,$4" "file://$1" >"$2.log" 2>&1
}
# a console message is seen (so that none below means none)
printf '<!DOCTYPE html><p>x</p><script>console.error("review-probe")</script>\n' >"$T/probe.html"
shot "$T/probe.html" "$T/probe.png" 300 200 || true
grep -q 'CONSOLE.*review-probe' "$T/probe.png.log" && ok || bad "chromium's console is not seen: $(tail -3 "$T/probe.png.log")"
if shot "$T/review.html" "$T/review.png" 1200 1600; then ok; else bad "chromium failed: $(tail -5 "$T/review.png.log")"; fi
if grep -E ':CONSOLE|Uncaught|net::ERR_' "$T/review.png.log"; then bad "console messages while rendering the page"; else ok; fi
if [ -s "$T/review.png" ] && python3 test/cli/review_check.py png "$T/review.png" 1200 1600; then ok; else bad "the screenshot"; fi
if [ -n "${GOVREPORT_REVIEW_PNG:-}" ]; then cp "$T/review.png" "$GOVREPORT_REVIEW_PNG"; fi

echo "35-review: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
