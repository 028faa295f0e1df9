#!/usr/bin/env bash
# Build, install and run pg_regress tests on a throwaway cluster.
#   test/pg-test.sh            every sql/*.sql (our own fixtures only)
#   test/pg-test.sh 00_install types   only these (00_install creates the extension)
#   test/pg-test.sh --seeds [names…]   the set in test/seeds/, on the real reports
#                              in $GOVREPORT_SEEDS (default ../shared/seeds); when
#                              they are not there it prints "skipped" and exits 77
# Installs into the system PostgreSQL, so runs are serialised with a lock
# (several developers may share one machine).  Run as root, or as a user who
# may sudo: `make install` is run through sudo when not root.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=.
if [ "${1:-}" = --seeds ]; then
	shift
	seeds="${GOVREPORT_SEEDS:-$(cd .. && pwd)/shared/seeds}"
	if ! compgen -G "$seeds/00[0-4]_*.txt" >/dev/null; then
		echo "skipped: the real reports are not in $seeds (set GOVREPORT_SEEDS)"
		exit 77
	fi
	GOVREPORT_SEEDS="$(cd "$seeds" && pwd)"
	export GOVREPORT_SEEDS
	dir=test/seeds
fi
exec 9>/tmp/govreport-install.lock
flock 9
make -s PROFILE="${PROFILE:--Werror}" >/dev/null
sh scripts/as-root.sh make -s install >/dev/null
# the tests' own functions, in a module of their own (test/pgmod)
make -s -C test/pgmod PROFILE="${PROFILE:--Werror}" >/dev/null
sh scripts/as-root.sh make -s -C test/pgmod install >/dev/null
if [ $# -gt 0 ]; then
	tests="$*"
else
	tests="$(cd "$dir/sql" && ls *.sql | sed 's/\.sql$//' | tr '\n' ' ')"
fi
rc=0
pg_virtualenv -t -o 'max_worker_processes=16' make -s installcheck REGRESS="$tests" \
	REGRESS_OPTS="--encoding=UTF8 --no-locale --inputdir=$dir --outputdir=$dir --dbname=contrib_regression" || rc=$?
if [ $rc -ne 0 ] && [ -f "$dir/regression.diffs" ]; then head -c 20000 "$dir/regression.diffs"; fi
exit $rc
