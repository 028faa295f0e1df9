#!/usr/bin/env bash
# Interrupts: a parse of a very large body stops promptly on statement_timeout
# and on pg_cancel_backend from a second session, with SQLSTATE 57014, and
# the backend stays usable (SELECT 1 in the same session).  The core calls
# CHECK_FOR_INTERRUPTS through gr_parse's callback every 4096 lines or tokens
# and every MiB inside one long line.
#
# Bodies: 200 MB of digits on one line, the hand-written report repeated
# 10,000 times (38 MB, 2 million lines), and 70 MB of HTML table rows.
# Uses a throwaway cluster (pg_virtualenv) and test/pg-test.sh's install lock;
# GOVREPORT_TEST_SERVER=1 uses the server and empty database of the PG*
# variables instead (the extension installed there already).
set -euo pipefail
cd "$(dirname "$0")/../.."
BOUND=${INTERRUPT_BOUND:-5}		# seconds from the timeout or cancel to the error
if [ -n "${GOVREPORT_TEST_SERVER:-}" ]; then
	runner=(bash -s "$BOUND")
else
	exec 9>/tmp/govreport-install.lock
	flock 9
	make -s PROFILE=-Werror >/dev/null
	sh scripts/as-root.sh make -s install >/dev/null
	runner=(pg_virtualenv -o 'max_worker_processes=16' bash -s "$BOUND")
fi

"${runner[@]}" <<'EOS'
set -euo pipefail
BOUND=$1
export PGDATABASE=${PGDATABASE:-postgres}
base=$(cat test/data/hostile_base.txt)
psql -qX -v ON_ERROR_STOP=1 -v base="$base" <<'SQL'
CREATE EXTENSION govreport;
CREATE TABLE big (name text PRIMARY KEY, body text NOT NULL);
ALTER TABLE big ALTER body SET STORAGE EXTERNAL;	-- no decompression time
INSERT INTO big VALUES ('digits', repeat('7', 200000000));
INSERT INTO big VALUES ('reports', repeat(:'base', 10000));
INSERT INTO big SELECT 'html', '<html><body><table>'
    || repeat(E'<tr><td>规章</td><td>1</td></tr>\n', 5000000) || '</table>';
SQL
fail=0
for name in digits reports html; do
	# the whole parse, for scale: a timeout must land inside it
	full=$(psql -qXAt <<SQL
SELECT extract(epoch FROM clock_timestamp()) AS t0 \gset
SELECT length(report_to_jsonb(body)::text) > 0 FROM big WHERE name = '$name';
SELECT round((extract(epoch FROM clock_timestamp()) - :t0)::numeric, 2);
SQL
)
	full=$(echo "$full" | tail -n 1)
	# statement_timeout: the error, the time it took, then the same session works
	out=$(psql -qXAt -v VERBOSITY=verbose 2>&1 <<SQL
\set VERBOSITY verbose
SET statement_timeout = '200ms';
SELECT extract(epoch FROM clock_timestamp()) AS t0 \gset
SELECT length(report_to_jsonb(body)::text) FROM big WHERE name = '$name';
RESET statement_timeout;
SELECT 'elapsed=' || round((extract(epoch FROM clock_timestamp()) - :t0)::numeric, 3);
SELECT 'after=' || 1;
SQL
)
	el=$(echo "$out" | sed -n 's/^elapsed=//p')
	echo "60-interrupts: $name: whole parse ${full} s; statement_timeout 200ms: error after ${el} s"
	if ! echo "$out" | grep -q 'ERROR:  57014: canceling statement due to statement timeout'; then
		echo "60-interrupts: $name: no 57014 error:"; echo "$out" | head -5; fail=1
	fi
	echo "$out" | grep -q '^after=1$' || { echo "60-interrupts: $name: session unusable after the timeout"; fail=1; }
	awk -v e="$el" -v b="$BOUND" 'BEGIN { exit !(e != "" && e < b) }' ||
		{ echo "60-interrupts: $name: took ${el} s (bound ${BOUND} s)"; fail=1; }
	awk -v f="$full" 'BEGIN { exit !(f > 0.4) }' ||
		echo "60-interrupts: $name: note: the whole parse (${full} s) is short; the timeout may land outside it"

	# pg_cancel_backend from a second session, 0.3 s into the parse
	victim=$(mktemp /tmp/govreport-victim.XXXXXX)
	psql -qXAt >"$victim" 2>&1 <<SQL &
\set VERBOSITY verbose
SET application_name = 'govreport_victim';
SELECT length(report_to_jsonb(body)::text) FROM big WHERE name = '$name';
SELECT 'errat=' || extract(epoch FROM clock_timestamp());
SELECT 'after=' || 1;
SQL
	vpid=$!
	cancelled=$(psql -qXAt <<'SQL'
DO $$
BEGIN
    FOR i IN 1..200 LOOP
        PERFORM pg_stat_clear_snapshot();
        EXIT WHEN EXISTS (SELECT 1 FROM pg_stat_activity
                           WHERE application_name = 'govreport_victim' AND state = 'active'
                             AND query LIKE '%report_to_jsonb%');
        PERFORM pg_sleep(0.05);
    END LOOP;
    PERFORM pg_sleep(0.3);
END $$;
SELECT extract(epoch FROM clock_timestamp()) || ' ' || pg_cancel_backend(pid)
  FROM pg_stat_activity WHERE application_name = 'govreport_victim';
SQL
)
	wait "$vpid" || true
	at=${cancelled%% *}
	ok=${cancelled##* }
	errat=$(sed -n 's/^errat=//p' "$victim")
	lat=$(awk -v a="$at" -v e="$errat" 'BEGIN { if (a == "" || e == "") print ""; else printf "%.3f", e - a }')
	echo "60-interrupts: $name: pg_cancel_backend ($ok): error ${lat} s after the cancel"
	if [ "$ok" != "true" ] || ! grep -q 'ERROR:  57014: canceling statement due to user request' "$victim"; then
		echo "60-interrupts: $name: no 57014 error on cancel:"; head -5 "$victim"; fail=1
	fi
	grep -q '^after=1$' "$victim" || { echo "60-interrupts: $name: session unusable after the cancel"; fail=1; }
	awk -v l="$lat" -v b="$BOUND" 'BEGIN { exit !(l != "" && l < b) }' ||
		{ echo "60-interrupts: $name: cancel took ${lat} s (bound ${BOUND} s)"; fail=1; }
	rm -f "$victim"
done
exit $fail
EOS
