#!/usr/bin/env bash
# The suspect_cell property test: generated reports with one random cell
# changed; the checker must name the cell whenever a brute-force search
# finds it unique, and stay silent otherwise.  GOVREPORT_SUSPECT_N sets the
# count of documents (default 400, about 2 s).
set -euo pipefail
cd "$(dirname "$0")/../gen"
make -s suspect
./suspect "${GOVREPORT_SUSPECT_N:-400}" "${GOVREPORT_PROP_SEED:-1}"
