#!/usr/bin/env bash
# Fuzz the core: build test/fuzz/fuzz_parse.bin (libFuzzer, ASan, UBSan),
# replay every kept crasher of test/fuzz/regress/, then fuzz for 60 s when
# GOVREPORT_CI is set (20 s otherwise; FUZZ_SECONDS overrides) from a corpus
# generated at run time.  Any crash, sanitizer report, leak or timeout fails.
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v clang >/dev/null || { echo "80-fuzz: clang is not installed (Debian: clang libclang-rt-14-dev)"; exit 1; }
secs=${FUZZ_SECONDS:-$([ -n "${GOVREPORT_CI:-}" ] && echo 60 || echo 20)}
cd test/fuzz
rm -rf corpus
make -s all
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

# 1. the kept crashers, through libFuzzer and through the plain replay driver
n=$(ls regress | wc -l)
./fuzz_parse.bin -runs=1 regress/* >/tmp/govreport-fuzz-regress.log 2>&1 ||
	{ tail -n 60 /tmp/govreport-fuzz-regress.log; echo "80-fuzz: a regression input fails"; exit 1; }
./replay.bin regress/* >/dev/null
echo "80-fuzz: $n regression inputs replayed"

# 2. fuzz
log=$(mktemp /tmp/govreport-fuzz.XXXXXX.log)
art=$(mktemp -d /tmp/govreport-fuzz-art.XXXXXX)
rc=0
./fuzz_parse.bin -max_total_time="$secs" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
	-print_final_stats=1 -artifact_prefix="$art/" corpus >"$log" 2>&1 || rc=$?
{ grep -E '^#[0-9]+[[:space:]]+(INITED|DONE)' "$log" || true; } | sed 's/^/80-fuzz: /'
{ grep -E '^stat::(number_of_executed_units|average_exec_per_sec|new_units_added|peak_rss_mb)' "$log" || true; } | sed 's/^/80-fuzz: /'
if [ "$rc" -ne 0 ] || ls "$art"/* >/dev/null 2>&1; then
	grep -E 'ERROR|SUMMARY|fuzz_parse:|#[0-9]+ in ' "$log" | head -n 40
	echo "80-fuzz: FAILED (rc $rc); inputs kept in $art — copy them into test/fuzz/regress/"
	exit 1
fi
rm -rf "$art" "$log"
echo "80-fuzz: ${secs} s of fuzzing, no crash"
