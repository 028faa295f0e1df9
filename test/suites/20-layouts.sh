#!/usr/bin/env bash
# The layouts property test: generated reports in every layout and both
# scripts read back to the generated tables.  GOVREPORT_PROP_N sets the
# count (CI default 2000; doc/layouts.md gives the count run locally).
set -euo pipefail
cd "$(dirname "$0")/../gen"
make -s prop
./prop "${GOVREPORT_PROP_N:-2000}" "${GOVREPORT_PROP_SEED:-1}"
