#!/usr/bin/env bash
# Install what govreport needs to build and test, from Debian's packages only:
#   postgresql-15, postgresql-server-dev-15  the server and its PGXS headers
#   postgresql-common                       pg_virtualenv (throwaway clusters)
#   postgresql-contrib                      postgres_fdw, for the scale-out test
#   gcc, make                               the build
#   clang, libclang-rt-14-dev               PGXS bitcode, libFuzzer, ASan/UBSan
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive
# As root, apt-get runs directly; as another user, through sudo.
as_root="sh scripts/as-root.sh env DEBIAN_FRONTEND=noninteractive"
$as_root apt-get update -qq
$as_root apt-get install -y -qq postgresql-15 postgresql-server-dev-15 postgresql-common \
	postgresql-contrib gcc make clang libclang-rt-14-dev >/dev/null
