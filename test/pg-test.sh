#!/usr/bin/env bash
# Build, install and run pg_regress tests on a throwaway cluster.
#   test/pg-test.sh            every sql/*.sql
#   test/pg-test.sh 00_install types   only these (00_install creates the extension)
# Installs into the system PostgreSQL, so runs are serialised with a lock
# (several developers may share one machine).
set -euo pipefail
cd "$(dirname "$0")/.."
exec 9>/tmp/govreport-install.lock
flock 9
make -s PROFILE="${PROFILE:--Werror}" >/dev/null
make -s install >/dev/null
args=()
if [ $# -gt 0 ]; then args=(REGRESS="$*"); fi
rc=0
pg_virtualenv -t -o 'max_worker_processes=16' make -s installcheck "${args[@]}" || rc=$?
if [ $rc -ne 0 ] && [ -f regression.diffs ]; then head -c 20000 regression.diffs; fi
exit $rc
