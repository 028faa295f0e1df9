#!/usr/bin/env bash
# examples/reports_table.sql, and backups of report tables.  Asserts:
#   - INSERT (path, body) fills doc with report_to_jsonb(body); a doc given
#     with the row (INSERT or COPY) is kept as given, even when today's
#     reader reads the body differently; UPDATE OF body re-reads it; a report
#     that does not balance is rejected;
#   - pg_dump -Fc of the table, restored into a new database, gives back
#     every row with every doc byte for byte, the row whose doc differs from
#     today's reading included (the triggers are restored after the data);
#   - a dump of a table in the old shape (doc GENERATED ALWAYS AS
#     (report_to_jsonb(body)) STORED, CHECK report_balance_ok(doc)) restores
#     every row, and converts to the new shape keeping every doc.
set -euo pipefail
cd "$(dirname "$0")/../.."
exec 9>/tmp/govreport-install.lock
flock 9
make -s PROFILE=-Werror >/dev/null
sh scripts/as-root.sh make -s install >/dev/null

work=$(mktemp -d /tmp/govreport-reports-table-XXXXXX)
trap 'rm -rf "$work"' EXIT
chmod 755 "$work"
export work

pg_virtualenv -o 'max_worker_processes=16' bash -s <<'EOS'
set -euo pipefail
q() { psql -qXAt -v ON_ERROR_STOP=1 "$@"; }
fail() { echo "FAIL: $*"; exit 1; }

q -d postgres -c "CREATE DATABASE gr_src"
q -d gr_src -c "CREATE EXTENSION govreport" -f examples/reports_table.sql
for f in check_2022 check_2023 check_2020_form2019 check_2023_lines_trad report_sample hostile_base; do
	q -d gr_src -v path="$f.txt" -v body="$(cat test/data/$f.txt)" \
		<<<"INSERT INTO reports (path, sha256, body) VALUES (:'path', encode(sha256(convert_to(:'body', 'UTF8')), 'hex'), :'body')"
done
# a report that does not balance is rejected
if q -d gr_src -v body="$(cat test/data/check_2023_bad.txt)" \
	<<<"INSERT INTO reports (path, body) VALUES ('bad.txt', :'body')" 2>"$work/err"; then
	fail "an unbalanced report was inserted"
fi
grep -q 'violates check constraint "reports_doc_check"' "$work/err" || { cat "$work/err"; fail "no check violation"; }

# a doc given with the row is kept: one read by an older reader (its
# "reader" differs and its narrative was read differently), by INSERT ...
q -d gr_src -v body="$(cat test/data/check_2023.txt)" <<'SQL'
INSERT INTO reports (path, body, doc)
VALUES ('given.txt', :'body',
        jsonb_set(jsonb_set(report_to_jsonb(:'body'), '{reader}', '"1.0"'),
                  '{narrative,overview}', '"read by an older reader"'));
SQL
# ... and by COPY
q -d gr_src -c "COPY (SELECT 'copied.txt', body, jsonb_set(doc, '{reader}', '\"1.0\"') FROM reports WHERE path = 'report_sample.txt') TO STDOUT" >"$work/copy.tsv"
q -d gr_src -c "\\copy reports (path, body, doc) FROM '$work/copy.tsv'"
got=$(q -d gr_src -c "SELECT count(*) FILTER (WHERE doc = report_to_jsonb(body)),
                             count(*) FILTER (WHERE doc <> report_to_jsonb(body) AND doc->>'reader' = '1.0'),
                             count(*) FROM reports")
echo "read by the trigger, given (older reader), rows: $got"
[ "$got" = "6|2|8" ] || fail "expected 6|2|8"

# UPDATE OF body re-reads the document
q -d gr_src -v body="$(cat test/data/check_2022.txt)" <<<"UPDATE reports SET body = :'body' WHERE path = 'given.txt'"
got=$(q -d gr_src -c "SELECT doc = report_to_jsonb(body), doc->>'year', doc->>'reader' FROM reports WHERE path = 'given.txt'")
echo "after UPDATE OF body: $got"
ver=$(sed -n "s/^default_version = '\(.*\)'/\1/p" govreport.control)
[ "$got" = "t|2022|$ver" ] || fail "doc not re-read (want t|2022|$ver)"
q -d gr_src -v body="$(cat test/data/check_2023.txt)" <<<"UPDATE reports SET body = :'body' WHERE path = 'given.txt'"
# give that row its older document back, with the trigger off, for the dump
q -d gr_src <<'SQL'
ALTER TABLE reports DISABLE TRIGGER reports_read_doc_update;
UPDATE reports SET doc = jsonb_set(jsonb_set(doc, '{reader}', '"1.0"'),
                                   '{narrative,overview}', '"read by an older reader"')
 WHERE path = 'given.txt';
ALTER TABLE reports ENABLE TRIGGER reports_read_doc_update;
SQL
snapshot() { q -d "$1" -c "SELECT id, path, md5(body), md5(doc::text), pg_column_size(doc) FROM reports ORDER BY id"; }
snapshot gr_src >"$work/before"
[ "$(grep -c 'given.txt' "$work/before")" = 1 ]

# dump and restore
pg_dump -Fc -d gr_src -f "$work/src.dump"
pg_restore -l "$work/src.dump" >"$work/toc"
data_line=$(grep -n 'TABLE DATA public reports ' "$work/toc" | cut -d: -f1)
trig_line=$(grep -n 'TRIGGER public reports reports_read_doc_insert' "$work/toc" | cut -d: -f1)
[ -n "$data_line" ] && [ -n "$trig_line" ] && [ "$trig_line" -gt "$data_line" ] ||
	fail "the insert trigger is not restored after the data"
q -d postgres -c "CREATE DATABASE gr_dst"
pg_restore --exit-on-error -d gr_dst "$work/src.dump"
snapshot gr_dst >"$work/after"
diff -u "$work/before" "$work/after" || fail "restored rows differ"
got=$(q -d gr_dst -c "SELECT count(*), count(*) FILTER (WHERE doc->>'reader' = '1.0'),
                             count(*) FILTER (WHERE doc->'narrative'->>'overview' = 'read by an older reader')
                        FROM reports")
echo "restored: rows, read by an older reader, with the older reading: $got"
[ "$got" = "8|2|1" ] || fail "expected 8|2|1"
# the restored table still reads new rows and rejects unbalanced ones
q -d gr_dst -v body="$(cat test/data/hostile_base.txt)" <<<"INSERT INTO reports (path, body) VALUES ('new.txt', :'body')"
[ "$(q -d gr_dst -c "SELECT doc = report_to_jsonb(body) FROM reports WHERE path = 'new.txt'")" = t ]
echo "dump of reports restored: every row and doc byte for byte"

# a table in the old shape: a generated doc
q -d postgres -c "CREATE DATABASE gr_old"
q -d gr_old -c "CREATE EXTENSION govreport" -c "CREATE TABLE reports (
    id int PRIMARY KEY, body text NOT NULL,
    doc jsonb GENERATED ALWAYS AS (report_to_jsonb(body)) STORED,
    CONSTRAINT reports_balanced CHECK (report_balance_ok(doc)))"
i=0
for f in check_2022 check_2023 check_2020_form2019 check_2023_lines_trad report_sample hostile_base; do
	i=$((i+1))
	q -d gr_old -v body="$(cat test/data/$f.txt)" <<<"INSERT INTO reports (id, body) VALUES ($i, :'body')"
done
pg_dump -Fc -d gr_old -f "$work/old.dump"
q -d postgres -c "CREATE DATABASE gr_old_restored"
pg_restore --exit-on-error -d gr_old_restored "$work/old.dump"
[ "$(q -d gr_old_restored -c "SELECT count(*) FROM reports")" = 6 ] || fail "rows lost restoring the old shape"
# converting it to the new shape keeps every stored doc
q -d gr_old_restored -c "SELECT id, md5(doc::text) FROM reports ORDER BY id" >"$work/old_before"
q -d gr_old_restored >/dev/null <<'SQL'
BEGIN;
ALTER TABLE reports ALTER COLUMN doc DROP EXPRESSION;
ALTER TABLE reports ALTER COLUMN doc SET NOT NULL;
ALTER TABLE reports RENAME TO reports_old;
\i examples/reports_table.sql
INSERT INTO reports (id, body, doc) OVERRIDING SYSTEM VALUE SELECT id, body, doc FROM reports_old;
SELECT setval(pg_get_serial_sequence('reports', 'id'), (SELECT max(id) FROM reports));
DROP TABLE reports_old;
COMMIT;
SQL
q -d gr_old_restored -c "SELECT id, md5(doc::text) FROM reports ORDER BY id" >"$work/old_after"
diff -u "$work/old_before" "$work/old_after" || fail "converting the old shape changed documents"
echo "dump of an old-shape table restored: 6 of 6 rows; converted to the new shape with every doc kept"
EOS
