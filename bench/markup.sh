#!/usr/bin/env bash
# bench/markup.sh — build bench/markup_bench.bin (the core alone, -O2) and
# run it: Word text against the same report as an HTML page, and a page
# with 19 rows of section 3 missing.  See doc/bench.md, "Markup".
#   bash bench/markup.sh [N]        N reports (default 2000)
set -euo pipefail
cd "$(dirname "$0")/.."
${CC:-cc} -std=c99 -D_GNU_SOURCE -O2 -g -Wall -Wextra -Werror -Isrc/core \
	-o bench/markup_bench.bin bench/markup_bench.c bench/bodies.c src/core/*.c -lm
bench/markup_bench.bin "${1:-2000}"
