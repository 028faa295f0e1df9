#!/usr/bin/env bash
# Fuzz the govreport command's readers (cli/: sniffing, encodings, DOCX,
# PDF) with test/fuzz/fuzz_cli.bin (libFuzzer, ASan, UBSan): any bytes give
# an error message or UTF-8 text without NUL that the core then reads.
# Seeds: a tiny PDF and DOCX (test/cli/hostile.py --seeds), test/data texts
# and their GB18030 and UTF-16 forms.  20 s (60 s with GOVREPORT_CI;
# FUZZ_SECONDS overrides).  Skips visibly without the libraries or python3.
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v clang >/dev/null || { echo "81-fuzz-cli: clang is not installed"; exit 1; }
for p in poppler libzip libxml-2.0; do
	pkg-config --exists "$p" || { echo "SKIP 81-fuzz-cli: $p development files missing"; exit 0; }
done
command -v python3 >/dev/null || { echo "SKIP 81-fuzz-cli: python3 missing (it writes the seeds)"; exit 0; }
secs=${FUZZ_SECONDS:-$([ -n "${GOVREPORT_CI:-}" ] && echo 60 || echo 20)}
make -s -C test/fuzz cli
corpus=$(mktemp -d /tmp/govreport-fuzz-cli.XXXXXX)
art=$(mktemp -d /tmp/govreport-fuzz-cli-art.XXXXXX)
log=$(mktemp /tmp/govreport-fuzz-cli.XXXXXX.log)
python3 test/cli/hostile.py --seeds "$corpus"
cp test/data/layout_html.html test/data/layout_tab.txt "$corpus/"
iconv -f UTF-8 -t GB18030 test/data/report_sample.txt >"$corpus/gb18030.txt"
{ printf '\xff\xfe'; iconv -f UTF-8 -t UTF-16LE test/data/layout_pipe.txt; } >"$corpus/utf16.txt"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export LSAN_OPTIONS=suppressions=$PWD/test/fuzz/lsan-cli.supp
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
# the kept crashers first
if ls test/fuzz/regress-cli/* >/dev/null 2>&1; then
	test/fuzz/fuzz_cli.bin -runs=1 test/fuzz/regress-cli/* >"$log" 2>&1 ||
		{ tail -n 40 "$log"; echo "81-fuzz-cli: a kept input of test/fuzz/regress-cli fails"; exit 1; }
	echo "81-fuzz-cli: $(ls test/fuzz/regress-cli | wc -l) kept inputs replayed"
fi
rc=0
test/fuzz/fuzz_cli.bin -max_total_time="$secs" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
	-print_final_stats=1 -artifact_prefix="$art/" "$corpus" >"$log" 2>&1 || rc=$?
{ grep -E '^#[0-9]+[[:space:]]+(INITED|DONE)' "$log" || true; } | sed 's/^/81-fuzz-cli: /'
{ grep -E '^stat::(number_of_executed_units|peak_rss_mb)' "$log" || true; } | sed 's/^/81-fuzz-cli: /'
if [ "$rc" -ne 0 ] || ls "$art"/* >/dev/null 2>&1; then
	grep -E 'ERROR|SUMMARY|#[0-9]+ in ' "$log" | head -n 40
	echo "81-fuzz-cli: FAILED (rc $rc); inputs kept in $art"
	exit 1
fi
rm -rf "$corpus" "$art" "$log"
echo "81-fuzz-cli: ${secs} s of fuzzing, no crash"
