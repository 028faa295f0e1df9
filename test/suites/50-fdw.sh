#!/usr/bin/env bash
# Scale-out with postgres_fdw: a coordinator and two data nodes, separate
# clusters on loopback ports started here.  Reports are partitioned by year
# across the nodes (a partitioned table on the coordinator whose partitions
# are foreign tables); the foreign servers list `extensions 'govreport'`, so
# govreport's IMMUTABLE functions are shipped to the nodes.  Asserts:
#   - EXPLAIN VERBOSE shows public.report_balance_ok( inside Remote SQL;
#   - with partitionwise aggregation, report_sum itself runs on the nodes;
#   - report_sum over all nodes equals report_sum over one local table
#     holding the same rows (overall, and per year).
# Needs postgresql-contrib (postgres_fdw); installs nothing else itself.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)

bindir=$(pg_config --bindir)
if [ ! -f "$(pg_config --sharedir)/extension/postgres_fdw.control" ]; then
	echo "postgres_fdw is not installed (Debian: postgresql-contrib)" >&2
	exit 1
fi

# Build and install under the lock test/pg-test.sh uses; keep it while the
# clusters run so that nobody replaces the library under them.
exec 9>/tmp/govreport-install.lock
flock 9
make -s PROFILE="${PROFILE:--Werror}" >/dev/null
sh scripts/as-root.sh make -s install >/dev/null

# initdb refuses to run as root: run the clusters as postgres then.
as_pg() {
	if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
	local p=$1
	while (echo >"/dev/tcp/127.0.0.1/$p") 2>/dev/null; do p=$((p + 1)); done
	echo "$p"
}

work=$(mktemp -d /tmp/govreport-fdw.XXXXXX)
chmod 755 "$work"
[ "$(id -u)" -eq 0 ] && chown postgres "$work"
names=(coord node1 node2)
declare -A port
started=()
cleanup() {
	for n in "${started[@]}"; do
		as_pg "$bindir/pg_ctl" -D "$work/$n" -m immediate stop >/dev/null 2>&1 || true
	done
	rm -rf "$work"
}
trap cleanup EXIT

next=5491
for n in "${names[@]}"; do
	port[$n]=$(free_port $next)
	next=$((port[$n] + 1))
	as_pg "$bindir/initdb" -D "$work/$n" -U postgres -A trust -E UTF8 --no-locale >"$work/$n.initdb.log" 2>&1
	as_pg "$bindir/pg_ctl" -D "$work/$n" -l "$work/$n.log" -w \
		-o "-p ${port[$n]} -k $work -c listen_addresses=127.0.0.1 -c max_worker_processes=8" start >/dev/null
	started+=("$n")
done
echo "coordinator :${port[coord]}, nodes :${port[node1]} :${port[node2]}"

psql_on() {
	local n=$1; shift
	psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "${port[$n]}" -U postgres -d postgres "$@"
}

for n in node1 node2; do
	psql_on $n <<-'SQL'
		CREATE EXTENSION govreport;
		CREATE TABLE reports (id int PRIMARY KEY, agency text NOT NULL, year int NOT NULL, doc jsonb NOT NULL);
	SQL
done

psql_on coord -f test/suites/gen_docs.sql
psql_on coord <<SQL
CREATE EXTENSION govreport;
CREATE EXTENSION postgres_fdw;
CREATE SERVER node1 FOREIGN DATA WRAPPER postgres_fdw
    OPTIONS (host '127.0.0.1', port '${port[node1]}', dbname 'postgres', extensions 'govreport');
CREATE SERVER node2 FOREIGN DATA WRAPPER postgres_fdw
    OPTIONS (host '127.0.0.1', port '${port[node2]}', dbname 'postgres', extensions 'govreport');
CREATE USER MAPPING FOR CURRENT_USER SERVER node1 OPTIONS (user 'postgres');
CREATE USER MAPPING FOR CURRENT_USER SERVER node2 OPTIONS (user 'postgres');

CREATE TABLE reports (id int NOT NULL, agency text NOT NULL, year int NOT NULL, doc jsonb NOT NULL)
    PARTITION BY RANGE (year);
CREATE FOREIGN TABLE reports_2019_2021 PARTITION OF reports FOR VALUES FROM (2019) TO (2022)
    SERVER node1 OPTIONS (schema_name 'public', table_name 'reports');
CREATE FOREIGN TABLE reports_2022_2024 PARTITION OF reports FOR VALUES FROM (2022) TO (2025)
    SERVER node2 OPTIONS (schema_name 'public', table_name 'reports');

-- 1200 generated balanced documents of 60 bodies over six years, written
-- through the coordinator (tuple routing into the foreign partitions).
-- The requests table is in the 2019 form in some early reports.
INSERT INTO reports
SELECT i, 'body ' || (i % 60), yr,
       gen_doc(i, '2021', CASE WHEN yr < 2021 AND i % 3 = 0 THEN '2019' ELSE '2021' END,
               yr, 'body ' || (i % 60))
  FROM generate_series(1, 1200) i, LATERAL (SELECT 2019 + i % 6 AS yr) y;
-- a few unbalanced ones, so the pushed-down filter has something to drop
UPDATE reports SET doc = jsonb_set(doc, '{requests,total,total}', '100000')
 WHERE id % 97 = 0;

-- statistics of the foreign partitions (sampled on the nodes): without
-- them the planner guesses 200 groups per partition and keeps the
-- aggregation local
ANALYZE reports;
CREATE TABLE reports_local AS SELECT * FROM reports;
ANALYZE reports_local;
SQL

# the rows really are on the nodes
n1=$(psql_on node1 -At -c "SELECT count(*) || ' ' || min(year) || '-' || max(year) FROM reports")
n2=$(psql_on node2 -At -c "SELECT count(*) || ' ' || min(year) || '-' || max(year) FROM reports")
echo "node1: $n1 rows/years, node2: $n2 rows/years"
[ "$n1" = "600 2019-2021" ] && [ "$n2" = "600 2022-2024" ]

# report_balance_ok is shipped: it appears inside the Remote SQL
plan=$(psql_on coord -At -c "EXPLAIN (VERBOSE, COSTS OFF)
    SELECT id FROM reports WHERE NOT report_balance_ok(doc)")
echo "$plan"
if ! grep -q 'Remote SQL: .*WHERE .*public\.report_balance_ok(' <<<"$plan"; then
	echo "FAIL: report_balance_ok is not in the Remote SQL" >&2
	exit 1
fi
[ "$(grep -c 'Remote SQL: .*public\.report_balance_ok(' <<<"$plan")" -eq 2 ]

# with partitionwise aggregation, report_sum runs on the nodes (per year)
plan=$(psql_on coord -At -c "SET enable_partitionwise_aggregate = on;
    EXPLAIN (VERBOSE, COSTS OFF) SELECT year, report_sum(doc) FROM reports GROUP BY year")
echo "$plan"
[ "$(grep -c 'Remote SQL: SELECT year, public.report_sum(doc) FROM public\.reports GROUP BY' <<<"$plan")" -eq 2 ]

# equal results: distributed vs one local table
psql_on coord -At <<'SQL' | tee "$work/result"
SELECT 'unbalanced ' || (SELECT count(*) FROM reports WHERE NOT report_balance_ok(doc))
       || ' ' || (SELECT count(*) FROM reports_local WHERE NOT report_balance_ok(doc));
SELECT 'sum_equal ' || ((SELECT report_sum(doc) FROM reports)
                        = (SELECT report_sum(doc) FROM reports_local));
SET enable_partitionwise_aggregate = on;
SELECT 'per_year_equal ' || count(*) || ' ' || bool_and(d.s = l.s)
  FROM (SELECT year, report_sum(doc) AS s FROM reports GROUP BY year) d
  JOIN (SELECT year, report_sum(doc) AS s FROM reports_local GROUP BY year) l USING (year);
SELECT 'balanced_sum_equal ' || ((SELECT report_sum(doc) FROM reports WHERE report_balance_ok(doc))
                                 = (SELECT report_sum(doc) FROM reports_local WHERE report_balance_ok(doc)))
       || ' ' || report_balance_ok((SELECT report_sum(doc) FROM reports WHERE report_balance_ok(doc)));
SELECT 'forms ' || ((SELECT report_sum(doc) FROM reports) -> 'forms')::text;
SQL
grep -qx 'unbalanced 12 12' "$work/result"
grep -qx 'sum_equal true' "$work/result"
grep -qx 'per_year_equal 6 true' "$work/result"
grep -qx 'balanced_sum_equal true true' "$work/result"
grep -qx 'forms {"active": "2021", "requests": "2019"}' "$work/result"
echo "postgres_fdw scale-out: ok"
