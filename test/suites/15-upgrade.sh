#!/usr/bin/env bash
# Upgrades.  Every released version's install script is kept frozen
# (govreport--X.sql) beside the update scripts (govreport--X--Y.sql); the
# current version's script is built from src/sql.  Asserts:
#   - every C symbol that any install or update script names is exported by
#     the library (an old catalog keeps working with the new library);
#   - every released version has an update path to default_version;
#   - for each released version X: installed as X (into schema govreport,
#     which 1.0 requires and which is created first), then
#     ALTER EXTENSION govreport UPDATE, it equals a fresh install of the
#     current version into the same schema, object for object: the
#     schema-only binary-upgrade dumps (which list every member of the
#     extension with its definition, comment and owner) are identical but
#     for OIDs.  A function, type, comment or anything else added to
#     src/sql but not to the update script fails here;
#   - data and indexes made under 1.0 survive the update and are usable;
#   - the same holds step by step: from each released version, ALTER
#     EXTENSION govreport UPDATE TO each later released version in turn
#     (1.0 -> 1.1 -> 1.2 -> 1.3 -> 1.4 -> 1.5 -> 1.6 -> 1.7), where every intermediate install equals a fresh
#     install of that version's frozen script, and the last step gives the
#     fresh current version.
set -euo pipefail
cd "$(dirname "$0")/../.."
exec 9>/tmp/govreport-install.lock
flock 9
make -s PROFILE=-Werror >/dev/null
sh scripts/as-root.sh make -s install >/dev/null

current=$(sed -n "s/^default_version = '\(.*\)'$/\1/p" govreport.control)
released=()
for f in govreport--*.sql; do
	v=${f#govreport--}; v=${v%.sql}
	case $v in *--*) continue ;; esac
	[ "$v" = "$current" ] || released+=("$v")
done
echo "current $current, released before it: ${released[*]}"
[ ${#released[@]} -ge 1 ]

syms=$(grep -ho "'MODULE_PATHNAME', *'[A-Za-z0-9_]*'" govreport--*.sql | sed "s/.*, *'//; s/'$//" | sort -u)
exported=$(nm -D --defined-only govreport.so | awk '{print $NF}' | sort -u)
missing=$(comm -23 <(echo "$syms") <(echo "$exported"))
if [ -n "$missing" ]; then
	echo "symbols named by a script but not in govreport.so:"; echo "$missing"; exit 1
fi
echo "symbols: $(echo "$syms" | wc -l) named by the scripts, all exported"

export current
pg_virtualenv -o 'max_worker_processes=16' bash -s "${released[@]}" <<'EOS'
set -euo pipefail
q() { psql -qXAt -v ON_ERROR_STOP=1 "$@"; }
dump() {
	# OIDs differ between databases; nothing else may
	pg_dump --schema-only --binary-upgrade -d "$1" |
		grep -v -E "binary_upgrade_set_next_|binary_upgrade_set_type_oids|^-- Dumped (from|by)|^SELECT pg_catalog.set_config\('search_path'|^\\\\(un)?restrict "
}
q -d postgres -c "CREATE DATABASE gr_fresh"
q -d gr_fresh -c "CREATE SCHEMA govreport" -c "CREATE EXTENSION govreport SCHEMA govreport"
q -d gr_fresh -c "SELECT extversion FROM pg_extension WHERE extname = 'govreport'" | grep -qx "$current"
dump gr_fresh >/tmp/gr-upgrade-fresh.sql
members=$(q -d gr_fresh -c "SELECT count(*) FROM pg_depend WHERE refobjid = (SELECT oid FROM pg_extension WHERE extname = 'govreport') AND deptype = 'e'")
echo "fresh $current: $members member objects, dump $(wc -l </tmp/gr-upgrade-fresh.sql) lines"
[ "$members" -gt 50 ]
[ "$(grep -c '^ALTER EXTENSION govreport ADD' /tmp/gr-upgrade-fresh.sql)" -eq "$members" ]

for v in "$@"; do
	q -d postgres -c "SELECT count(*) FROM pg_extension_update_paths('govreport') WHERE source = '$v' AND target = '$current' AND path IS NOT NULL" | grep -qx 1
	db="gr_from_${v//./_}"
	q -d postgres -c "CREATE DATABASE $db"
	q -d "$db" -c "CREATE SCHEMA govreport" -c "CREATE EXTENSION govreport VERSION '$v' SCHEMA govreport"
	# data, an index on a type and an expression index, made under the old version
	q -d "$db" <<'SQL'
SET search_path = public, govreport;
CREATE TABLE t (id int PRIMARY KEY, d govreport.disposition, a govreport.applicant, doc jsonb);
INSERT INTO t SELECT g, (SELECT disposition FROM govreport.dispositions() LIMIT 1 OFFSET g % 26),
                     'commercial', govreport.report_to_jsonb('') FROM generate_series(1, 1000) g;
CREATE INDEX t_d ON t (d);
CREATE INDEX t_balanced ON t (govreport.report_balance_ok(doc));
SQL
	q -d "$db" -c "ALTER EXTENSION govreport UPDATE"
	q -d "$db" -c "SELECT extversion FROM pg_extension WHERE extname = 'govreport'" | grep -qx "$current"
	got=$(q -d "$db" <<'SQL'
SET search_path = public, govreport;
SET enable_seqscan = off;
SELECT count(*) FILTER (WHERE d <@ 'withheld'), count(*) FILTER (WHERE d::text LIKE 'withheld%'),
       count(*) FILTER (WHERE a = 'commercial'), count(*) FILTER (WHERE NOT report_balance_ok(doc))
  FROM t;
SQL
)
	echo "from $v: rows under withheld (by @>, by key), commercial, unbalanced: $got"
	IFS='|' read -r w1 w2 c u <<<"$got"
	[ "$w1" -gt 0 ] && [ "$w1" = "$w2" ] && [ "$c" = 1000 ] && [ "$u" = 1000 ] ||
		{ echo "unexpected: $got"; exit 1; }
	q -d "$db" -c "DROP TABLE t"
	dump "$db" | sed "s/\\b$db\\b/gr_fresh/g" >/tmp/gr-upgrade-from-$v.sql
	if ! diff -u /tmp/gr-upgrade-fresh.sql /tmp/gr-upgrade-from-$v.sql; then
		echo "FAIL: $v updated to $current differs from a fresh $current (diff above: - fresh, + updated)"
		exit 1
	fi
	echo "from $v: updated install equals a fresh $current install"
done

# step by step: v, then each later released version, then the current one
fresh_dump() {
	q -d postgres -c "CREATE DATABASE gr_fresh_$2"
	q -d "gr_fresh_$2" -c "CREATE SCHEMA govreport" -c "CREATE EXTENSION govreport VERSION '$1' SCHEMA govreport"
	dump "gr_fresh_$2" | sed "s/\\bgr_fresh_$2\\b/gr_fresh/g" >"/tmp/gr-upgrade-fresh-$1.sql"
}
for v in "$@"; do fresh_dump "$v" "${v//./_}"; done
cp /tmp/gr-upgrade-fresh.sql "/tmp/gr-upgrade-fresh-$current.sql"
released=("$@")
for ((i = 0; i < ${#released[@]}; i++)); do
	v=${released[$i]}
	db="gr_steps_${v//./_}"
	q -d postgres -c "CREATE DATABASE $db"
	q -d "$db" -c "CREATE SCHEMA govreport" -c "CREATE EXTENSION govreport VERSION '$v' SCHEMA govreport"
	route=$v
	for w in "${released[@]:$((i + 1))}" "$current"; do
		q -d "$db" -c "ALTER EXTENSION govreport UPDATE TO '$w'"
		q -d "$db" -c "SELECT extversion FROM pg_extension WHERE extname = 'govreport'" | grep -qx "$w"
		route="$route -> $w"
		dump "$db" | sed "s/\\b$db\\b/gr_fresh/g" >/tmp/gr-upgrade-steps.sql
		if ! diff -u "/tmp/gr-upgrade-fresh-$w.sql" /tmp/gr-upgrade-steps.sql; then
			echo "FAIL: $route differs from a fresh $w (diff above: - fresh, + updated)"
			exit 1
		fi
	done
	echo "step by step $route: each step equals a fresh install of its version"
done
EOS
