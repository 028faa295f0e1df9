#!/usr/bin/env bash
# bench/markup.sh — the reader on Word text against the same reports as an
# HTML page, and a page with 19 rows of section 3 missing.  See
# doc/bench.md, "Markup".
#   bash bench/markup.sh [N]            the core alone (bench/core_bench.bin markup)
#   bash bench/markup.sh --server [N]   report_to_jsonb against md5 in a
#                                       throwaway cluster (installs the
#                                       working tree, as test/pg-test.sh does)
set -euo pipefail
cd "$(dirname "$0")/.."
server=
if [ "${1:-}" = --server ]; then
	server=1
	shift
fi
n=${1:-2000}
${CC:-cc} -std=c99 -D_GNU_SOURCE -O2 -g -Wall -Wextra -Werror -Isrc/core -Itest/gen \
	-o bench/core_bench.bin bench/core_bench.c bench/bodies.c test/gen/libgen.c src/core/*.c -lm
if [ -z "$server" ]; then
	bench/core_bench.bin markup "$n"
	exit
fi
dir=$(mktemp -d /tmp/govreport-markup.XXXXXX)
trap 'rm -rf "$dir"' EXIT
chmod 755 "$dir"
MARKUP_EMIT=$dir bench/core_bench.bin markup "$n"
chmod 644 "$dir"/*
exec 9>/tmp/govreport-install.lock
flock 9
make -s PROFILE=-Werror >/dev/null
make -s install >/dev/null
pg_virtualenv psql -X -v dir="$dir" -v n="$n" -f bench/markup.sql
