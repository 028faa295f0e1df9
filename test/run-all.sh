#!/usr/bin/env bash
# Every test of govreport: the core's unit tests (no server), the pg_regress
# suite on a throwaway cluster, then each test/suites/*.sh (property tests,
# fuzzing, postgres_fdw, …).  Prints one line per suite and a closing
# "N passed, N failed" line; exits non-zero if anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
# On a fresh machine, install the build and test dependencies first.
if ! command -v pg_virtualenv >/dev/null || ! command -v clang >/dev/null ||
	! [ -f "$(pg_config --includedir-server 2>/dev/null)/postgres.h" ] ||
	! [ -f "$(pg_config --sharedir 2>/dev/null)/extension/postgres_fdw.control" ]; then
	bash scripts/deps.sh
fi
export GOVREPORT_SEEDS="${GOVREPORT_SEEDS:-$(cd .. && pwd)/shared/seeds}"
pass=0; fail=0; failed=()
run() {
	local name=$1; shift
	local log="/tmp/govreport-test-$name.log"
	local t0=$SECONDS
	if "$@" >"$log" 2>&1; then
		pass=$((pass+1)); echo "ok   $name ($((SECONDS-t0)) s)"
	else
		fail=$((fail+1)); failed+=("$name"); echo "FAIL $name ($((SECONDS-t0)) s) — log: $log"
		tail -n 60 "$log" | sed 's/^/     /'
	fi
}
run core-unit make -s check-core
run regress ./test/pg-test.sh
for s in test/suites/*.sh; do
	[ -e "$s" ] || continue
	run "$(basename "$s" .sh)" bash "$s"
done
echo
[ ${#failed[@]} -eq 0 ] || echo "failed: ${failed[*]}"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
