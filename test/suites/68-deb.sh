#!/usr/bin/env bash
# META.json and the Debian packages.  META.json (PGXN, meta-spec 1.0.0)
# names the control file's version and the license of LICENSE; this part
# runs for everyone.  Then scripts/deb.sh builds the packages; the
# extension's package holds the library, the control file and the install
# script of the control file's version and depends on postgresql-15; after
# `apt-get install ./dist/…deb`, CREATE EXTENSION govreport on a throwaway
# cluster (pg_virtualenv) installs that version and reads a report; the
# command's package, when the Makefile builds one (make cli), puts govreport
# on PATH with its man page.  Installs into the system, so it runs as root
# only and under test/pg-test.sh's install lock; afterwards it purges the
# packages and installs the working tree's build again (what the other tests
# expect to find).  Prints a skip when not root or when the tools are absent.
set -euo pipefail
cd "$(dirname "$0")/../.."
say() { echo "68-deb: $*"; }

# META.json (PGXN), whoever runs this: the extension's version as a
# semantic version (1.0 is 1.0.0), the license of LICENSE
python3 - <<'PY' || exit 1
import json, re
meta = json.load(open("META.json"))
control = open("govreport.control").read()
v = re.search(r"^default_version\s*=\s*'([^']*)'", control, re.M).group(1)
semver = v + ".0" * (2 - v.count("."))
problems = []
if meta.get("meta-spec", {}).get("version") != "1.0.0": problems.append("meta-spec is not 1.0.0")
if meta.get("name") != "govreport": problems.append("name")
if meta.get("version") != semver: problems.append("version %s, control file %s" % (meta.get("version"), v))
g = meta.get("provides", {}).get("govreport", {})
if g.get("version") != semver: problems.append("provides.govreport.version %s, control file %s" % (g.get("version"), v))
if g.get("file") != "govreport.control": problems.append("provides.govreport.file")
if meta.get("license") != "postgresql" or "PostgreSQL License" not in open("LICENSE").read(): problems.append("license")
if not meta.get("abstract"): problems.append("abstract")
if "PostgreSQL" not in meta.get("prereqs", {}).get("runtime", {}).get("requires", {}): problems.append("prereqs")
for p in problems: print("68-deb: FAIL: META.json:", p)
print("68-deb: META.json: govreport %s (control file %s), license %s" % (meta.get("version"), v, meta.get("license")))
raise SystemExit(1 if problems else 0)
PY
if [ "$(id -u)" -ne 0 ]; then
	say "skipped: not root (the test installs packages into the system)"
	exit 0
fi
for tool in dpkg-buildpackage dh pg_buildext apt-get pg_virtualenv; do
	command -v "$tool" >/dev/null || { say "skipped: $tool is not installed (scripts/deps.sh)"; exit 0; }
done

version=$(sed -n "s/^default_version *= *'\([^']*\)'.*/\1/p" govreport.control)
arch=$(dpkg-architecture -qDEB_HOST_ARCH)
ext=dist/postgresql-15-govreport_${version}_${arch}.deb
cli=dist/govreport_${version}_${arch}.deb
want_cli=''
grep -Eq '^cli[[:space:]]*:' Makefile && want_cli=1

rm -f "$ext" "$cli"
bash scripts/deb.sh | sed 's/^/68-deb: /'
fail=0
bad() { say "FAIL: $*"; fail=1; }

[ -f "$ext" ] || { bad "$ext was not built"; exit 1; }
if [ -n "$want_cli" ]; then
	[ -f "$cli" ] || bad "the Makefile has a cli target but $cli was not built"
else
	[ ! -e "$cli" ] || bad "$cli built without a cli target"
fi

# the extension's package: its fields and files
[ "$(dpkg-deb -f "$ext" Package)" = postgresql-15-govreport ] || bad "package name"
[ "$(dpkg-deb -f "$ext" Version)" = "$version" ] || bad "version $(dpkg-deb -f "$ext" Version), control file $version"
dpkg-deb -f "$ext" Depends | grep -q 'postgresql-15' || bad "no dependency on postgresql-15"
files=$(dpkg-deb -c "$ext" | awk '{print $6}')
for f in ./usr/lib/postgresql/15/lib/govreport.so \
	./usr/share/postgresql/15/extension/govreport.control \
	"./usr/share/postgresql/15/extension/govreport--$version.sql" \
	./usr/share/doc/postgresql-15-govreport/copyright; do
	echo "$files" | grep -qxF "$f" || bad "$ext lacks $f"
done
say "$ext: $(dpkg-deb -f "$ext" Package) $(dpkg-deb -f "$ext" Version) $(dpkg-deb -f "$ext" Architecture), depends: $(dpkg-deb -f "$ext" Depends)"

# installed with apt, used by a cluster, then purged
exec 9>/tmp/govreport-install.lock
flock 9
pkgs=(postgresql-15-govreport)
debs=("./$ext")
if [ -f "$cli" ]; then pkgs+=(govreport); debs+=("./$cli"); fi
restore() {
	dpkg --purge "${pkgs[@]}" >/dev/null 2>&1 || true
	make -s PROFILE=-Werror >/dev/null && make -s install >/dev/null
}
trap restore EXIT
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${debs[@]}" >/dev/null 2>&1 ||
	DEBIAN_FRONTEND=noninteractive apt-get install -y "${debs[@]}" | tail -n 20
for p in "${pkgs[@]}"; do
	dpkg-query -W -f '${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || bad "$p is not installed"
done
[ "$(dpkg -S /usr/lib/postgresql/15/lib/govreport.so 2>/dev/null | cut -d: -f1)" = postgresql-15-govreport ] ||
	bad "govreport.so does not belong to the package"

out=$(pg_virtualenv bash -s "$version" <<'EOS' 2>&1
set -euo pipefail
export PGDATABASE=${PGDATABASE:-postgres}
psql -qXAt -v ON_ERROR_STOP=1 -v body="$(cat test/data/report_sample.txt)" <<'SQL'
CREATE EXTENSION govreport;
SET search_path = govreport, public;
SELECT 'extversion=' || extversion FROM pg_extension WHERE extname = 'govreport';
SELECT 'status=' || (report_to_jsonb(:'body') ->> 'status');
SELECT 'balance_ok=' || report_balance_ok(report_to_jsonb(:'body'));
SELECT 'cells=' || count(*) FROM parse_report(:'body');
SQL
EOS
) || { echo "$out" | tail -n 20; bad "CREATE EXTENSION and a query on the installed package failed"; }
echo "$out" | grep -E '^(extversion|status|balance_ok|cells)=' | sed 's/^/68-deb: installed package: /'
echo "$out" | grep -qx "extversion=$version" || bad "the installed extension is not version $version"
echo "$out" | grep -qx 'status=ok' || bad "the sample report was not read (status)"
echo "$out" | grep -qx 'balance_ok=true' || bad "the sample report does not balance"
cells=$(echo "$out" | sed -n 's/^cells=//p')
[ -n "$cells" ] && [ "$cells" -ge 150 ] || bad "parse_report gave ${cells:-no} cells"

if [ -f "$cli" ]; then
	# /usr/bin is on every PATH (a build of one's own in /usr/local/bin may come first)
	[ -x /usr/bin/govreport ] || bad "no /usr/bin/govreport"
	[ "$(dpkg -S /usr/bin/govreport 2>/dev/null | cut -d: -f1)" = govreport ] ||
		bad "/usr/bin/govreport does not belong to the package govreport"
	[ -e /usr/share/man/man1/govreport.1.gz ] || [ -e /usr/share/man/man1/govreport.1 ] ||
		bad "no man page govreport(1)"
	say "govreport command: /usr/bin/govreport, man page govreport(1)"
fi
[ "$fail" -eq 0 ] && say "packages build, install and work"
exit "$fail"
