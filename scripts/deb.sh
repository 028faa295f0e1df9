#!/usr/bin/env bash
# Build the Debian packages with Debian's own tooling (dpkg-buildpackage,
# debhelper, pg_buildext):
#   dist/postgresql-NN-govreport_VERSION_ARCH.deb   the extension, for each
#        PostgreSQL version of debian/pgversions this machine has (15 on Debian 12)
#   dist/govreport_VERSION_ARCH.deb                 the govreport command,
#        when the Makefile has a `cli` target (else the build profile nocli
#        leaves it out, and this says so)
#   bash scripts/deb.sh            build (no root needed)
# The build does not run the regression tests (DEB_BUILD_OPTIONS=nocheck):
# pg_buildext's installcheck cluster loads the system's govreport.so before
# the package's when one is installed, so on a machine with a build of its
# own it would test that one.  test/suites/68-deb.sh installs the packages
# and tests them there.
# VERSION is default_version of govreport.control; the package is Debian
# native (format 3.0 (native)), so it is the package's version too.  The
# build runs on a copy of the working tree (tracked and untracked files,
# ignored ones left out), so the tree itself is left as it was.
# Install: apt-get install ./dist/*.deb   (as root)
set -euo pipefail
cd "$(dirname "$0")/.."

[ $# -eq 0 ] || { echo "usage: $0" >&2; exit 2; }

for tool in dpkg-buildpackage dh pg_buildext; do
	command -v "$tool" >/dev/null || {
		echo "deb.sh: $tool is missing: run scripts/deps.sh as root (dpkg-dev, debhelper, postgresql-server-dev-all)" >&2
		exit 1
	}
done

version=$(sed -n "s/^default_version *= *'\([^']*\)'.*/\1/p" govreport.control)
[ -n "$version" ] || { echo "deb.sh: no default_version in govreport.control" >&2; exit 1; }
arch=$(dpkg-architecture -qDEB_HOST_ARCH)

profiles=()
if grep -Eq '^cli[[:space:]]*:' Makefile; then
	echo "deb.sh: the Makefile has a cli target: building govreport (the command) too"
else
	echo "deb.sh: the Makefile has no cli target: building the extension only (profile nocli)"
	profiles=(-Pnocli)
fi

work=$(mktemp -d /tmp/govreport-deb.XXXXXX)
trap 'rm -rf "$work"' EXIT
src="$work/govreport-$version"
mkdir "$src"
# the working tree as git sees it (a fresh clone has the same files); outside
# git (an unpacked tarball), everything but dist/
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
	git ls-files -z --cached --others --exclude-standard |
		while IFS= read -r -d '' f; do [ -e "$f" ] && printf '%s\0' "$f"; done |
		tar --null -T - -cf - | tar -xf - -C "$src"
else
	tar --exclude=./dist -cf - . | tar -xf - -C "$src"
fi

# the changelog's newest entry names the version built
top=$(sed -n '1s/^govreport (\([^)]*\)).*/\1/p' "$src/debian/changelog")
if [ "$top" != "$version" ]; then
	echo "deb.sh: debian/changelog is at $top, govreport.control at $version: adding an entry for $version to the build copy"
	{
		printf 'govreport (%s) unstable; urgency=medium\n\n' "$version"
		printf '  * Version %s of the extension (govreport.control).\n\n' "$version"
		printf ' -- the govreport developers <govreport@localhost>  %s\n\n' "$(date -R)"
		cat "$src/debian/changelog"
	} >"$work/changelog"
	mv "$work/changelog" "$src/debian/changelog"
fi

(
	cd "$src"
	# debian/control from control.in, for the PostgreSQL versions present
	pg_buildext updatecontrol
	export DEB_BUILD_OPTIONS="nocheck ${DEB_BUILD_OPTIONS:-}"
	dpkg-buildpackage -b -us -uc "${profiles[@]}"
) >"$work/build.log" 2>&1 || {
	tail -n 40 "$work/build.log" >&2
	echo "deb.sh: dpkg-buildpackage failed (last 40 lines above)" >&2
	exit 1
}

mkdir -p dist
n=0
for deb in "$work"/*.deb; do
	case "$(basename "$deb")" in
		*-dbgsym_*) continue ;;			# debug symbols: not shipped in dist/
	esac
	cp "$deb" dist/
	echo "dist/$(basename "$deb")"
	n=$((n + 1))
done
[ "$n" -gt 0 ] || { echo "deb.sh: no package was built" >&2; exit 1; }
ls dist/postgresql-*-govreport_"${version}_${arch}".deb >/dev/null
