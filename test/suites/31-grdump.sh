#!/usr/bin/env bash
# The server-free document and the server's are one document: tools/grdump
# (the core's JSON writer, src/core/json.c) prints byte for byte
# report_to_jsonb(body)::text for every text of test/data, 280 generated
# reports (test/gen prop -show: seven layouts, both scripts), the benchmark's
# bodies (bench/core_bench.c markup: Word text, an HTML page, a page with 19 rows
# of section 3 left out) and each generated text cut short at five places
# (tables and rows partly there, rows missing, tables not found).
# Uses a throwaway cluster (pg_virtualenv) and test/pg-test.sh's install lock.
set -euo pipefail
cd "$(dirname "$0")/../.."
make -s -C tools grdump
make -s -C test/gen prop
${CC:-cc} -std=c99 -D_GNU_SOURCE -O2 -Wall -Wextra -Werror -Isrc/core -Itest/gen \
	-o bench/core_bench.bin bench/core_bench.c bench/bodies.c test/gen/libgen.c src/core/*.c -lm
T=$(mktemp -d /tmp/govreport-grdump.XXXXXX)
trap 'rm -rf "$T"' EXIT
chmod 755 "$T"
mkdir "$T/in"
for f in test/data/*; do
	[ -f "$f" ] && cp "$f" "$T/in/data_$(basename "$f")"
done
for i in $(seq 1 40); do
	for l in tab lines pipe html pdf box ascii; do
		sc=s; [ $((i % 2)) = 0 ] && sc=t
		test/gen/prop -show "$i" "$l" "$sc" >"$T/in/gen_${i}_$l"
	done
done
mkdir "$T/markup"
MARKUP_EMIT=$T/markup bench/core_bench.bin markup 20
for f in "$T"/markup/*; do cp "$f" "$T/in/markup_$(basename "$f")"; done
# cut short: a fifth, two fifths, … of the text, at a character boundary
for f in "$T"/in/gen_*_tab "$T"/in/gen_*_html "$T"/in/markup_missing_*; do
	n=$(wc -c <"$f")
	for k in 1 2 3 4 5; do
		head -c $((n * k / 6)) "$f" | { iconv -f UTF-8 -t UTF-8 -c 2>/dev/null || true; } >"$f.cut$k"
	done
done
: >"$T/texts.tsv"; : >"$T/grdump.tsv"
for f in "$T"/in/*; do
	n=$(basename "$f")
	printf '%s\t%s\n' "$n" "$(base64 -w0 "$f")" >>"$T/texts.tsv"
	printf '%s\t%s\n' "$n" "$(tools/grdump "$f")" >>"$T/grdump.tsv"
done
chmod 644 "$T"/*.tsv

exec 9>/tmp/govreport-install.lock
flock 9
make -s PROFILE=-Werror >/dev/null
sh scripts/as-root.sh make -s install >/dev/null
T=$T pg_virtualenv bash -s <<'EOS'
set -euo pipefail
psql -qX -v ON_ERROR_STOP=1 -c "CREATE EXTENSION govreport" \
	-c "CREATE TABLE t (name text, b64 text)" -c "\copy t FROM '$T/texts.tsv'"
schema=$(psql -XAt -c "SELECT quote_ident(extnamespace::regnamespace::text) FROM pg_extension WHERE extname = 'govreport'")
psql -XAt -F $'\t' -v ON_ERROR_STOP=1 \
	-c "SELECT name, $schema.report_to_jsonb(convert_from(decode(b64, 'base64'), 'UTF8'))::text FROM t" \
	>"$T/server.tsv"
EOS
sort "$T/server.tsv" >"$T/a"
sort "$T/grdump.tsv" >"$T/b"
n=$(wc -l <"$T/a")
if [ "$n" -lt 700 ]; then
	echo "FAIL: only $n texts compared"
	exit 1
fi
if cmp -s "$T/a" "$T/b"; then
	echo "grdump = report_to_jsonb(body)::text, byte for byte, for $n texts"
else
	echo "FAIL: grdump differs from report_to_jsonb(body)::text:"
	diff "$T/a" "$T/b" | head -c 4000
	exit 1
fi
