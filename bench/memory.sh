#!/usr/bin/env bash
# bench/memory.sh — peak memory of every SQL function on the worst texts.
#   bash bench/memory.sh                 every case at 20 MB, a table of figures
#   bash bench/memory.sh --mb 8 --check  fail when a call passes the bound
#   bash bench/memory.sh --cases "pipe_table narrative" --calls "to_jsonb render"
# The texts are those of bench/mem_cases.h (written by bench/mem_core.bin),
# plus "reports": test/data/report_sample.txt repeated to the size.  Each
# call runs alone in a new session, after a warm-up call; the figure is how
# much the backend's peak resident memory (VmHWM in /proc/<pid>/status, read
# with pg_read_file: the server must be local and the role a superuser) rose
# during it, against the call's input: the text's bytes, or for the
# functions of a document the jsonb's bytes (the document read from that
# text; only for documents of 64 kB or more, the others being a few kB
# whatever the text).  The bound is 8 x input + BOUND_MB (default 16 MB).
# Installs the working tree into the system PostgreSQL under
# test/pg-test.sh's lock and measures on a throwaway cluster (pg_virtualenv);
# GOVREPORT_TEST_SERVER=1 uses the server of the PG* variables instead.
# See doc/bench.md, "Peak memory".
set -euo pipefail
cd "$(dirname "$0")/.."

mb=20 check='' cases='' calls='' bound_mb=${BOUND_MB:-16}
while [ $# -gt 0 ]; do
	case "$1" in
		--mb) mb=$2; shift ;;
		--check) check=1 ;;
		--cases) cases=$2; shift ;;
		--calls) calls=$2; shift ;;
		*) echo "usage: $0 [--mb N] [--check] [--cases \"a b\"] [--calls \"f g\"]" >&2; exit 2 ;;
	esac
	shift
done

cc ${CC_FLAGS:--std=c99 -D_GNU_SOURCE -O2 -Wall -Wextra -Werror} -Isrc/core \
	-o bench/mem_core.bin bench/mem_core.c src/core/*.c -lm
all_cases=$(sed -n 's/^\t{"\([a-z_]*\)", .*/\1/p' bench/mem_cases.h)
cases=${cases:-"$all_cases reports"}
calls=${calls:-"to_jsonb parse_text parse_doc check balance_ok render sum"}

work=$(mktemp -d /tmp/govreport-memory.XXXXXX)
trap 'rm -rf "$work"' EXIT
chmod 755 "$work"
cp test/data/report_sample.txt "$work/unit_reports.txt"
for c in $cases; do
	[ "$c" = reports ] || bench/mem_core.bin --write "$c" "$mb" "$work/$c.txt"
done
chmod 644 "$work"/*.txt

if [ -n "${GOVREPORT_TEST_SERVER:-}" ]; then
	runner=(bash -s)
else
	exec 9>/tmp/govreport-install.lock
	flock 9
	make -s PROFILE=-Werror >/dev/null
	make -s install >/dev/null
	runner=(pg_virtualenv bash -s)
fi

export GR_WORK=$work GR_MB=$mb GR_CASES=$cases GR_CALLS=$calls GR_BOUND_MB=$bound_mb GR_CHECK=$check
"${runner[@]}" <<'EOS'
set -euo pipefail
export PGDATABASE=${PGDATABASE:-postgres}
psql -qXA -v ON_ERROR_STOP=1 -v mb="$GR_MB" <<SQL >/dev/null
CREATE EXTENSION IF NOT EXISTS govreport;
SET search_path = govreport, public;
DROP TABLE IF EXISTS public.gr_mem_body, public.gr_mem_doc;
CREATE TABLE public.gr_mem_body (name text PRIMARY KEY, body text);
ALTER TABLE public.gr_mem_body ALTER body SET STORAGE EXTERNAL;
$(for c in $GR_CASES; do
	if [ "$c" = reports ]; then
		echo "INSERT INTO public.gr_mem_body SELECT 'reports', repeat(t, (:mb * 1048576 / octet_length(t))::int + 1) FROM pg_read_file('$GR_WORK/unit_reports.txt') AS t;"
	else
		echo "INSERT INTO public.gr_mem_body SELECT '$c', pg_read_file('$GR_WORK/$c.txt');"
	fi
done)
CREATE TABLE public.gr_mem_doc AS SELECT name, report_to_jsonb(body) AS doc FROM public.gr_mem_body;
ALTER TABLE public.gr_mem_doc ALTER doc SET STORAGE EXTERNAL;
SQL

# the call of each name, on the row of case :'c'
call_sql() {
	case "$1" in
		to_jsonb) echo "SELECT report_to_jsonb(body) IS NOT NULL FROM public.gr_mem_body WHERE name = :'c';" ;;
		parse_text) echo "SELECT count(*) FROM public.gr_mem_body, parse_report(body) WHERE name = :'c';" ;;
		parse_doc) echo "SELECT count(*) FROM public.gr_mem_doc, parse_report(doc) WHERE name = :'c';" ;;
		check) echo "SELECT count(*) FROM public.gr_mem_doc, report_check(doc) WHERE name = :'c';" ;;
		balance_ok) echo "SELECT report_balance_ok(doc) FROM public.gr_mem_doc WHERE name = :'c';" ;;
		render) echo "SELECT octet_length(report_render(doc)) FROM public.gr_mem_doc WHERE name = :'c';" ;;
		sum) echo "SELECT report_sum(doc) IS NOT NULL FROM public.gr_mem_doc, generate_series(1, 2) WHERE name = :'c';" ;;
	esac
}
# the input of a call: the text, or the document (uncompressed jsonb bytes)
input_sql() {
	case "$1" in
		to_jsonb|parse_text) echo "SELECT octet_length(body) FROM public.gr_mem_body WHERE name = :'c';" ;;
		*) echo "SELECT pg_column_size(doc || '{}') FROM public.gr_mem_doc WHERE name = :'c';" ;;
	esac
}

# the backend's peak resident memory in kB, read by the backend itself
hwm="(regexp_match(pg_read_file('/proc/' || pg_backend_pid() || '/status'), 'VmHWM:\\s+(\\d+)'))[1]"
printf '%-12s %-10s %10s %10s %7s %s\n' case call input_MB peak+_MB x_input within
bad=0
for c in $GR_CASES; do
	docsize=$(psql -qXAt -v ON_ERROR_STOP=1 -v c="$c" <<'SQL'
SELECT pg_column_size(doc || '{}') FROM public.gr_mem_doc WHERE name = :'c';
SQL
	)
	for f in $GR_CALLS; do
		# the functions of a document only where it is large (a long narrative):
		# the others are a few kB whatever the text
		case "$f" in to_jsonb|parse_text) ;; *) [ "$docsize" -ge 65536 ] || continue ;; esac
		out=$(psql -qXAt -v ON_ERROR_STOP=1 -v c="$c" <<SQL
SET search_path = govreport, public;
SET max_parallel_workers_per_gather = 0;
-- the library loaded and its first call made before the count starts
SELECT report_balance_ok(d), octet_length(report_render(d)),
       (SELECT count(*) FROM report_check(d)), (SELECT count(*) FROM parse_report(d))
  FROM report_to_jsonb(pg_read_file('$GR_WORK/unit_reports.txt')) AS d;
SELECT report_sum(d) IS NULL FROM report_to_jsonb(pg_read_file('$GR_WORK/unit_reports.txt')) AS d;
SELECT 'input ' || ($(input_sql "$f" | sed 's/;$//'));
SELECT 'hwm0 ' || $hwm;
$(call_sql "$f")
SELECT 'hwm1 ' || $hwm;
SQL
		)
		in=$(echo "$out" | sed -n 's/^input //p')
		h0=$(echo "$out" | sed -n 's/^hwm0 //p')
		h1=$(echo "$out" | sed -n 's/^hwm1 //p')
		d=$(( (h1 - h0) * 1024 ))
		ok=yes
		[ "$d" -le $(( 8 * in + GR_BOUND_MB * 1048576 )) ] || { ok=NO; bad=$((bad + 1)); }
		awk -v c="$c" -v f="$f" -v n="$in" -v d="$d" -v ok="$ok" 'BEGIN {
			printf "%-12s %-10s %10.2f %10.2f %7s %s\n", c, f, n / 1048576, d / 1048576,
				(n >= 65536 ? sprintf("%.2f", d / n) : "-"), ok }'
	done
done
echo "bound: 8 x input + ${GR_BOUND_MB} MB; $bad calls over it"
[ -z "$GR_CHECK" ] || [ "$bad" -eq 0 ]
EOS
