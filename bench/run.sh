#!/usr/bin/env bash
# bench/run.sh — the govreport benchmark, one command:
#   bash bench/run.sh            full run (10,000 reports, 1,000,000-call memory run; ~10 min)
#   bash bench/run.sh --quick    smoke run (under a minute)
#   bash bench/run.sh --n 5000 --reps 5 --memcalls 200000 --no-core [--tree]
# Exports the committed tree (HEAD; with --tree, the working tree, uncommitted
# changes included) into a temporary directory, builds the extension there
# and installs it into that directory only (DESTDIR), starts a throwaway
# cluster (pg_virtualenv) that finds it through extension_destdir, so what is
# measured is exactly that tree whatever other engineers install; loads
# generated reports (bench/gen.bin) and times, in one backend, md5(body), report_to_jsonb, parse_report,
# report_check, report_balance_ok, report_sum and the two regexp baselines
# (bench/baseline.sql: A, one tight regexp; B, one regexp per row label) over
# the same rows; then 10x and 100x longer reports,
# the pathological texts, and the backend's memory over many calls
# (bench/bench.sql).  First it times the core alone (bench/core_bench.bin).
# The export, build, install and cluster are bench/lib.sh's, shared with
# bench/dashboards.sh.
# See doc/bench.md.
set -euo pipefail
cd "$(dirname "$0")/.."

n=10000 reps=5 memcalls=1000000 core=1 quick='' tree=''
while [ $# -gt 0 ]; do
	case "$1" in
		--quick) n=400 reps=3 memcalls=20000 quick=--quick ;;
		--n) n=$2; shift ;;
		--reps) reps=$2; shift ;;
		--memcalls) memcalls=$2; shift ;;
		--no-core) core= ;;
		--tree) tree=1 ;;
		*) echo "usage: $0 [--quick] [--n N] [--reps R] [--memcalls M] [--no-core] [--tree]" >&2; exit 2 ;;
	esac
	shift
done

# shellcheck source=bench/lib.sh
. bench/lib.sh
bench_export bench "$tree"

CFLAGS="-std=c99 -D_GNU_SOURCE -O2 -g -Wall -Wextra -Werror"
bench_gen
CC=${CC:-cc}
core_srcs=$(ls src/core/*.c)
# shellcheck disable=SC2086
$CC $CFLAGS -Isrc/core -Itest/gen -o bench/core_bench.bin bench/core_bench.c bench/bodies.c test/gen/libgen.c $core_srcs -lm

echo "== machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(pg_config --version), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== measured: $what"
if [ -n "$core" ]; then
	echo
	echo "== the core alone (bench/core_bench.bin $quick)"
	bench/core_bench.bin $quick
fi

bench_install
x10=$(( n / 10 > 2 ? n / 10 : 2 ))
x100=$(( n / 100 > 2 ? n / 100 : 2 ))
if [ -n "$quick" ]; then x10=20 x100=2; fi
bench/gen.bin reports "$n" 1 1 >"$work/x1.copy"
bench/gen.bin reports "$x10" 10 1000001 >"$work/x10.copy"
bench/gen.bin reports "$x100" 100 2000001 >"$work/x100.copy"
bench/gen.bin patho 1000000 >"$work/patho.copy"
chmod 644 "$work"/*.copy

# a port of its own: test/pg-test.sh's clusters (other engineers) take 5432
export BENCH_WORK=$work BENCH_REPS=$reps BENCH_MEMCALLS=$memcalls
bench_cluster "${BENCH_PGPORT:-5499}" -o 'max_parallel_workers_per_gather=0' -o 'shared_buffers=256MB' -- bash -c '
	set -e
	psql -qX -v ON_ERROR_STOP=1 >/dev/null <<SQL
CREATE EXTENSION govreport;
CREATE TABLE bodies (id int, kind text, body text);
CREATE TABLE patho (id int, kind text, body text);
\copy bodies FROM '"'"'$BENCH_WORK/x1.copy'"'"'
\copy bodies FROM '"'"'$BENCH_WORK/x10.copy'"'"'
\copy bodies FROM '"'"'$BENCH_WORK/x100.copy'"'"'
\copy patho FROM '"'"'$BENCH_WORK/patho.copy'"'"'
SQL
	psql -X -v reps="$BENCH_REPS" -v memcalls="$BENCH_MEMCALLS" -f bench/bench.sql
'
