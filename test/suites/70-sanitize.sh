#!/usr/bin/env bash
# The core's unit tests (test/unit, what `make check-core` runs) built with
# clang under AddressSanitizer and UndefinedBehaviorSanitizer, any report
# fatal.  Built in a temporary copy of test/unit so that the ordinary
# binaries of `make check-core` are left alone.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
command -v clang >/dev/null || { echo "70-sanitize: clang is not installed (Debian: clang libclang-rt-14-dev)"; exit 1; }
tmp=$(mktemp -d /tmp/govreport-sanitize.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/test/unit"
cp test/unit/Makefile test/unit/*.c test/unit/*.h "$tmp/test/unit/"
ln -s "$root/src" "$tmp/src"
ln -s "$root/test/data" "$tmp/test/data"	# fixtures some unit tests read
ln -s "$root/test/gen" "$tmp/test/gen"	# the generator library they link
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:halt_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
make -s -C "$tmp/test/unit" CC=clang \
	CORE_CFLAGS="-std=c99 -D_GNU_SOURCE -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -Wall -Wextra -Werror"
echo "70-sanitize: core unit tests clean under ASan+UBSan"
