#!/usr/bin/env bash
# Every test of govreport: the core's unit tests (no server), the pg_regress
# suite on a throwaway cluster, then each test/suites/*.sh (property tests,
# fuzzing, postgres_fdw, …).  Prints one line per suite and a closing
# "N passed, N failed, N skipped" line; exits non-zero if anything failed.
# A suite that exits 77 was skipped (regress-seeds, when the real reports
# are not in $GOVREPORT_SEEDS, default ../shared/seeds).
# Run as root, or as a user who may sudo (for apt-get and make install).
set -uo pipefail
cd "$(dirname "$0")/.."
# On a fresh machine, install the build and test dependencies first.
if ! command -v pg_virtualenv >/dev/null || ! command -v clang >/dev/null ||
	! [ -f "$(pg_config --includedir-server 2>/dev/null)/postgres.h" ] ||
	! [ -f "$(pg_config --sharedir 2>/dev/null)/extension/postgres_fdw.control" ]; then
	bash scripts/deps.sh
fi
export GOVREPORT_SEEDS="${GOVREPORT_SEEDS:-$(cd .. && pwd)/shared/seeds}"
pass=0; fail=0; skip=0; failed=()
run() {
	local name=$1; shift
	local log="/tmp/govreport-test-$name.log"
	local t0=$SECONDS
	local rc=0
	"$@" >"$log" 2>&1 || rc=$?
	if [ $rc -eq 0 ]; then
		pass=$((pass+1)); echo "ok   $name ($((SECONDS-t0)) s)"
	elif [ $rc -eq 77 ]; then
		skip=$((skip+1)); echo "skip $name — $(tail -n 1 "$log")"
	else
		fail=$((fail+1)); failed+=("$name"); echo "FAIL $name ($((SECONDS-t0)) s) — log: $log"
		tail -n 60 "$log" | sed 's/^/     /'
	fi
}
run core-unit make -s check-core
run regress ./test/pg-test.sh
run regress-seeds ./test/pg-test.sh --seeds
for s in test/suites/*.sh; do
	[ -e "$s" ] || continue
	run "$(basename "$s" .sh)" bash "$s"
done
echo
[ ${#failed[@]} -eq 0 ] || echo "failed: ${failed[*]}"
echo "$pass passed, $fail failed, $skip skipped"
[ "$fail" -eq 0 ]
