#!/usr/bin/env bash
# The converter matrix's CI sample: generated reports as HTML, DOCX and PDF
# through the real converters, read and compared cell by cell; fails when a
# combination reads worse than test/matrix/baseline.tsv (a ratchet: refresh
# it with `bash test/matrix/run.sh --update` once the reader reads better).
# Without the converters it skips, saying so; in CI (GOVREPORT_CI set) they
# must be there, since scripts/deps.sh installs them.
set -euo pipefail
cd "$(dirname "$0")/../.."
missing=()
for c in lynx w3m html2text html2markdown pandoc docx2txt pdftotext opencc wkhtmltopdf soffice python3; do
	command -v "$c" >/dev/null 2>&1 || missing+=("$c")
done
if [ ${#missing[@]} -gt 0 ]; then
	if [ -n "${GOVREPORT_CI:-}" ]; then
		echo "converters missing in CI: ${missing[*]} (scripts/deps.sh installs them)" >&2
		exit 1
	fi
	echo "SKIP 25-matrix: not installed: ${missing[*]} (bash scripts/deps.sh installs them)"
	exit 0
fi
exec bash test/matrix/run.sh
