#!/usr/bin/env bash
# Install what govreport needs to build and test, from Debian's packages only:
#   postgresql-15, postgresql-server-dev-15  the server and its PGXS headers
#   postgresql-common                       pg_virtualenv (throwaway clusters)
#   postgresql-contrib                      postgres_fdw, for the scale-out test
#   gcc, make                               the build
#   clang, libclang-rt-14-dev               PGXS bitcode, libFuzzer, ASan/UBSan
#   pkg-config, libpoppler-glib-dev         the govreport command: PDF words and positions
#   libzip-dev, libxml2-dev                 the govreport command: a .docx's zip and XML
#   libpq-dev                               the govreport command: load (COPY)
#   libreoffice-writer-nogui, wkhtmltopdf,  the command's tests: DOCX and PDF made from our
#     fonts-noto-cjk, python3                 own HTML, hostile files
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
if [ "$(id -u)" -ne 0 ]; then
	echo "run as root (apt-get install)" >&2
	exit 1
fi
apt-get update -qq
apt-get install -y -qq postgresql-15 postgresql-server-dev-15 postgresql-common \
	postgresql-contrib gcc make clang libclang-rt-14-dev >/dev/null
apt-get install -y -qq pkg-config libpoppler-glib-dev libzip-dev libxml2-dev libpq-dev \
	libreoffice-writer-nogui wkhtmltopdf fonts-noto-cjk python3 >/dev/null
