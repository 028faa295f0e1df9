#!/usr/bin/env bash
# Server encodings.  In a database whose encoding is EUC_CN the extension
# gives what it gives in UTF8 (texts are converted to UTF-8 inside and back):
# report_to_jsonb, parse_report, report_render, report_check messages, the
# types' labels and input, report_sum.  In LATIN1 (any other encoding) it
# installs, and reading a text raises 0A000 naming the encoding.  The psql
# client encoding is UTF8 throughout, so the server converts the bodies.
# Uses a throwaway cluster (pg_virtualenv) and test/pg-test.sh's install lock;
# GOVREPORT_TEST_SERVER=1 uses the server of the PG* variables instead.
set -euo pipefail
cd "$(dirname "$0")/../.."
if LC_ALL=C grep -nP '[^\x00-\x7F]' src/sql/*.sql src/sql/*.sql.in; then
	echo "65-encodings: the install script must be ASCII (it is converted to the server encoding)"
	exit 1
fi
if [ -n "${GOVREPORT_TEST_SERVER:-}" ]; then
	runner=(bash -s)
else
	exec 9>/tmp/govreport-install.lock
	flock 9
	make -s PROFILE=-Werror >/dev/null
	sh scripts/as-root.sh make -s install >/dev/null
	runner=(pg_virtualenv -o 'max_worker_processes=16' bash -s)
fi

"${runner[@]}" <<'EOS'
set -euo pipefail
export PGCLIENTENCODING=UTF8
base=$(cat test/data/hostile_base.txt)
for db in gr_enc_utf8:UTF8 gr_enc_euc_cn:EUC_CN gr_enc_latin1:LATIN1; do
	name=${db%%:*}; enc=${db##*:}
	psql -qX -d postgres -c "DROP DATABASE IF EXISTS $name" \
		-c "CREATE DATABASE $name ENCODING '$enc' TEMPLATE template0 LC_COLLATE 'C' LC_CTYPE 'C'"
	psql -qX -d "$name" -v ON_ERROR_STOP=1 -c "CREATE EXTENSION govreport"
done

# the same queries in each database; their output must be identical
queries() {
	psql -qXAt -d "$1" -v ON_ERROR_STOP=1 -v base="$base" <<'SQL'
SHOW server_encoding;
CREATE TEMP TABLE r AS SELECT :'base'::text AS body;
CREATE TEMP TABLE d AS SELECT report_to_jsonb(body) AS doc FROM r;
SELECT doc ->> 'status', doc ->> 'agency', doc ->> 'year', doc -> 'narrative' ->> 'problems' FROM d;
SELECT doc::text FROM d;
SELECT string_agg(c::text, ' ') FROM r, parse_report(body) c;
SELECT count(*) FROM d, parse_report(doc);
SELECT report_render(doc) FROM d;
SELECT report_to_jsonb(report_render(doc)) -> 'requests' = doc -> 'requests' FROM d;
SELECT f.* FROM d, report_check(jsonb_set(doc, '{requests,new_received,natural_person}', '-3')) f;
SELECT label('不予公开'::disposition), '1.属于国家秘密'::disposition::text, '（三）不予公开'::disposition::text;
SELECT label('legal_person'::applicant);
SELECT string_agg(label, '/') FROM dispositions();
SELECT report_sum(doc) ->> 'agency', report_sum(doc) -> 'requests' -> 'total' FROM d;
SQL
}
queries gr_enc_utf8 >/tmp/govreport-enc-utf8.out
queries gr_enc_euc_cn >/tmp/govreport-enc-euc.out
fail=0
if ! diff <(sed 1d /tmp/govreport-enc-utf8.out) <(sed 1d /tmp/govreport-enc-euc.out) >/tmp/govreport-enc.diff; then
	echo "65-encodings: EUC_CN differs from UTF8:"; head -40 /tmp/govreport-enc.diff; fail=1
else
	echo "65-encodings: EUC_CN gives the same $(wc -l </tmp/govreport-enc-utf8.out) lines of output as UTF8"
	sed -n 1,2p /tmp/govreport-enc-euc.out | sed 's/^/65-encodings: /'
fi
grep -q '^ok|松涧镇人民政府|2023|' /tmp/govreport-enc-euc.out ||
	{ echo "65-encodings: EUC_CN: the document's values are wrong"; fail=1; }

# LATIN1: a clear error naming the encoding, from every function reading text
for q in "SELECT report_to_jsonb('abc')" "SELECT * FROM parse_report('abc'::text)"; do
	out=$(psql -qXA -d gr_enc_latin1 -v VERBOSITY=verbose -c '\set VERBOSITY verbose' -c "$q" 2>&1 || true)
	if echo "$out" | grep -q 'ERROR:  0A000: govreport does not support server encoding "LATIN1"'; then
		echo "65-encodings: LATIN1: $q -> $(echo "$out" | grep ERROR)"
	else
		echo "65-encodings: LATIN1: $q gave no clear error:"; echo "$out" | head -5; fail=1
	fi
done
for db in gr_enc_utf8 gr_enc_euc_cn gr_enc_latin1; do psql -qX -d postgres -c "DROP DATABASE $db"; done
exit $fail
EOS
