#!/usr/bin/env bash
# Set everything up and run the main job: build and install govreport, start
# a throwaway PostgreSQL (pg_virtualenv), load report texts and show what
# the extension reads and finds in them (examples/demo.sql).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
exec 9>/tmp/govreport-install.lock
flock 9
make -s PROFILE=-Werror >/dev/null
sh scripts/as-root.sh make -s install >/dev/null
flock -u 9

# The reports to load: our own sample, and the real ones in $GOVREPORT_SEEDS
# (default ../shared/seeds) when they are there.
load=$(mktemp /tmp/govreport-demo-XXXXXX.sql)
trap 'rm -f "$load"' EXIT
files=(test/data/report_sample.txt)
seeds="${GOVREPORT_SEEDS:-$(cd .. && pwd)/shared/seeds}"
if [ -d "$seeds" ]; then files+=("$seeds"/*.txt); fi
for f in "${files[@]}"; do
	printf '\\set body `cat %q`\nINSERT INTO reports (path, body) VALUES (%s, :'"'"'body'"'"');\n' \
		"$f" "'$(basename "$f")'" >>"$load"
done
chmod 644 "$load"
pg_virtualenv -t sh -c "createdb govreport_demo && psql -X -q -d govreport_demo -v ON_ERROR_STOP=1 \
	-f examples/demo_schema.sql -f $load -f examples/demo.sql" 2>&1 \
	| grep -v -E '^(Creating new PostgreSQL cluster|Ver Cluster|[0-9]{2} +regress|Dropping cluster|[0-9-]+ [0-9:.]+ UTC \[)'
