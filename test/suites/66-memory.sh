#!/usr/bin/env bash
# Memory: N calls of each function in one session (N = MEMORY_CALLS, default
# 200,000; 1,000,000 was run by hand, doc/reliability.md) leave the backend's
# memory flat: its private memory (RssAnon of /proc/<pid>/status) after all of them is within
# MEMORY_SLACK_KB (10 MB) of what it was after a warm-up of 2,000 calls of
# each, and its memory contexts (pg_backend_memory_contexts) total within
# 1 MB.  Arguments come from a table joined to generate_series, so every row
# is a real call (an IMMUTABLE call on constants would be folded into one).
# Uses a throwaway cluster (pg_virtualenv) and test/pg-test.sh's install lock;
# GOVREPORT_TEST_SERVER=1 uses the server and database of the PG* variables.
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${MEMORY_CALLS:-200000}
SLACK=${MEMORY_SLACK_KB:-10240}
if [ -n "${GOVREPORT_TEST_SERVER:-}" ]; then
	runner=(bash -s "$N" "$SLACK")
else
	exec 9>/tmp/govreport-install.lock
	flock 9
	make -s PROFILE=-Werror >/dev/null
	sh scripts/as-root.sh make -s install >/dev/null
	runner=(pg_virtualenv -o 'max_worker_processes=16' bash -s "$N" "$SLACK")
fi

"${runner[@]}" <<'EOS'
set -euo pipefail
N=$1; SLACK=$2
export PGDATABASE=${PGDATABASE:-postgres}
base=$(cat test/data/hostile_base.txt)
out=$(psql -qXAt -v ON_ERROR_STOP=1 -v base="$base" -v n="$N" <<'SQL'
CREATE EXTENSION IF NOT EXISTS govreport;
SET max_parallel_workers_per_gather = 0;
CREATE TEMP TABLE r AS
    SELECT :'base'::text AS body, report_to_jsonb(:'base') AS doc,
           jsonb_set(report_to_jsonb(:'base'),
                     '{requests,new_received,natural_person}', '-3') AS bad;
SELECT pg_backend_pid() AS pid \gset
\setenv GR_PID :pid
-- every function once per row of generate_series(1, :calls)
\set calls 2000
\ir test/suites/66-memory.calls
\set calls 2000
\ir test/suites/66-memory.calls
SELECT 'ctx0 ' || sum(total_bytes) FROM pg_backend_memory_contexts;
\! echo "rss0 $(awk '/^RssAnon/ {print $2}' /proc/$GR_PID/status)"
\set calls :n
\ir test/suites/66-memory.calls
SELECT 'ctx1 ' || sum(total_bytes) FROM pg_backend_memory_contexts;
\! echo "rss1 $(awk '/^RssAnon/ {print $2}' /proc/$GR_PID/status)"
SQL
)
rss0=$(echo "$out" | sed -n 's/^rss0 //p'); rss1=$(echo "$out" | sed -n 's/^rss1 //p')
ctx0=$(echo "$out" | sed -n 's/^ctx0 //p'); ctx1=$(echo "$out" | sed -n 's/^ctx1 //p')
echo "$out" | grep '^call ' | tail -n 10 | sed 's/^/66-memory: /'
echo "66-memory: $N calls of each function: RssAnon ${rss0} kB -> ${rss1} kB ($((rss1 - rss0)) kB), memory contexts ${ctx0} -> ${ctx1} bytes"
[ -n "$rss0" ] && [ -n "$rss1" ] && [ $((rss1 - rss0)) -lt "$SLACK" ] ||
	{ echo "66-memory: backend memory grew by more than ${SLACK} kB"; exit 1; }
[ $((ctx1 - ctx0)) -lt 1048576 ] ||
	{ echo "66-memory: memory contexts grew by more than 1 MB"; exit 1; }
EOS
