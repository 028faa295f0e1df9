#!/usr/bin/env bash
# Peak memory: no call of any function raises the backend's peak resident
# memory (VmHWM, read by the backend from /proc/<pid>/status) by more than
# 8 times its input plus 16 MB, on the worst texts of bench/mem_cases.h
# (pipe and tab tables, one cell per line, blank lines, pdftotext rows,
# wrapped and bordered cells, HTML cells, spans and deep tags, one long line,
# a long narrative) and on a real report repeated, at 20 MB — the pipe table
# of `repeat(E'| 1 | 2 | 3 |\n', 1500000)` among them — and at 2 MB, where
# the constant counts most (PEAK_SIZES="20 2" are the sizes in MB).  The calls: report_to_jsonb and parse_report of the text;
# parse_report, report_check, report_balance_ok, report_render and
# report_sum of the document read from it.  bench/memory.sh does the work
# (it prints the figures; doc/bench.md has them for larger texts).
set -euo pipefail
cd "$(dirname "$0")/../.."
fail=0
for mb in ${PEAK_SIZES:-20 2}; do
	bash bench/memory.sh --mb "$mb" --check >/tmp/govreport-peak-memory.$$ 2>&1 || fail=1
	grep -v -e '^NOTICE:' -e '^Creating' -e '^Dropping' /tmp/govreport-peak-memory.$$ |
		sed "s/^/67-peak-memory: ${mb} MB: /"
	rm -f /tmp/govreport-peak-memory.$$
done
exit "$fail"
