# bench/lib.sh — the set-up the benchmarks share, sourced by bench/run.sh
# and bench/dashboards.sh:
#   bench_export NAME TREE   export the tree measured into a temporary
#                            directory ($work/src, removed on exit) and cd
#                            there: HEAD, or with TREE non-empty the working
#                            tree (tracked and untracked files, uncommitted
#                            changes included); sets $work and $what
#   bench_gen                build bench/gen.bin (the benchmark's reports)
#   bench_install            build the extension and install it into
#                            $work/inst only (DESTDIR): the system's extension
#                            directory, which test/pg-test.sh installs into,
#                            is left alone
#   bench_cluster PORT [-o SETTING]… -- COMMAND…
#                            run COMMAND against a throwaway cluster
#                            (pg_virtualenv) on PORT that finds the extension
#                            in $work/inst through extension_destdir, so what
#                            is measured is exactly that tree whatever other
#                            engineers install
# CC and CFLAGS may be set by the caller.

bench_export() {
	work=$(mktemp -d "/tmp/govreport-$1.XXXXXX")
	# shellcheck disable=SC2064
	trap "rm -rf '$work'" EXIT
	chmod 755 "$work"
	mkdir "$work/src" "$work/inst"
	local commit
	commit=$(git rev-parse --short HEAD)
	if [ -n "$2" ]; then
		git ls-files -z -co --exclude-standard | tar --null -T - -cf - 2>/dev/null | tar -x -C "$work/src"
		what="working tree at $commit$(git diff --quiet HEAD || echo ', with uncommitted changes')"
	else
		git archive HEAD | tar -x -C "$work/src"
		what="commit $commit$(git diff --quiet HEAD -- src || echo ' (the working tree has uncommitted changes in src/, not measured)')"
	fi
	cd "$work/src"
}

bench_gen() {
	CC=${CC:-cc}
	CFLAGS=${CFLAGS:-"-std=c99 -D_GNU_SOURCE -O2 -g -Wall -Wextra -Werror"}
	# shellcheck disable=SC2086
	$CC $CFLAGS -Isrc/core -Itest/gen -o bench/gen.bin bench/gen.c bench/bodies.c test/gen/libgen.c \
		src/core/*.c -lm
}

bench_install() {
	make -s >/dev/null
	make -s install DESTDIR="$work/inst" >/dev/null
}

bench_cluster() {
	local port=$1 libdir opts=()
	shift
	while [ $# -gt 0 ] && [ "$1" != -- ]; do
		opts+=("$1")
		shift
	done
	shift
	libdir=$(pg_config --pkglibdir)
	export PGPORT=$port
	pg_virtualenv -t "${opts[@]}" \
		-o "extension_destdir=$work/inst" -o "dynamic_library_path=$work/inst$libdir:$libdir" "$@"
}
