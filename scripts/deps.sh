#!/usr/bin/env bash
# Install what govreport needs to build and test, from Debian's packages only:
#   postgresql-15, postgresql-server-dev-15  the server and its PGXS headers
#   postgresql-common                       pg_virtualenv (throwaway clusters)
#   postgresql-contrib                      postgres_fdw, for the scale-out test
#   gcc, make                               the build
#   clang, libclang-rt-14-dev               PGXS bitcode, libFuzzer, ASan/UBSan
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
if [ "$(id -u)" -ne 0 ]; then
	echo "run as root (apt-get install)" >&2
	exit 1
fi
apt-get update -qq
apt-get install -y -qq postgresql-15 postgresql-server-dev-15 postgresql-common \
	postgresql-contrib gcc make clang libclang-rt-14-dev >/dev/null
# pandoc, python3-html2text: the markup converters test/suites/67-markup.sh runs
apt-get install -y -qq pandoc python3-html2text >/dev/null
