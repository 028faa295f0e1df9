#!/usr/bin/env bash
# Version discipline: the document the reader makes of a text may change
# only with the extension's version.  test/reader-digest.txt records the
# version and, for every fixture in test/data, a digest of its text and of
# its document (tools/grdump, the core's JSON writer, no server).  Fails when
#   - the reader's version (GR_READER_VERSION in src/core/gr.h) is not
#     default_version of govreport.control;
#   - a fixture whose text is unchanged now reads into a different document
#     while the version is the recorded one (bump the version, write the
#     update script, then refresh);
#   - the version is not the recorded one (refresh the record).
# Refresh, after a deliberate change:
#   bash test/suites/16-reader-digest.sh --update
# Fixtures added, removed or edited since the record are listed, not failed.
set -euo pipefail
cd "$(dirname "$0")/../.."
record=test/reader-digest.txt
make -s -C tools grdump >/dev/null

control=$(sed -n "s/^default_version = '\(.*\)'$/\1/p" govreport.control)
reader=$(sed -n 's/^#define GR_READER_VERSION "\(.*\)"$/\1/p' src/core/gr.h)
if [ "$control" != "$reader" ]; then
	echo "FAIL: default_version is $control but GR_READER_VERSION is $reader"
	exit 1
fi

current() {
	for f in $(cd test/data && ls *.txt *.html 2>/dev/null | LC_ALL=C sort); do
		t=$(sha256sum <"test/data/$f" | cut -c1-16)
		d=$(tools/grdump "test/data/$f" | sha256sum | cut -c1-16)
		echo "$t $d $f"
	done
}

if [ "${1:-}" = --update ]; then
	{
		echo "# The documents of test/data's fixtures, by reader version (test/suites/16-reader-digest.sh)."
		echo "# Columns: digest of the text, digest of its document, file.  Refresh:"
		echo "#   bash test/suites/16-reader-digest.sh --update"
		echo "version $control"
		current
	} >"$record"
	echo "recorded version $control, $(grep -c '^[0-9a-f]' "$record") fixtures"
	exit 0
fi

recorded=$(sed -n 's/^version //p' "$record")
changed=0
while read -r t d f; do
	old=$(awk -v f="$f" '$3 == f { print $1, $2 }' "$record")
	if [ -z "$old" ]; then
		echo "new fixture (not recorded): $f"
	elif [ "${old%% *}" != "$t" ]; then
		echo "fixture text changed (not compared): $f"
	elif [ "${old##* }" != "$d" ]; then
		echo "document changed: $f"
		changed=$((changed+1))
	fi
done < <(current)
awk '/^[0-9a-f]/ { print $3 }' "$record" | while read -r f; do
	[ -e "test/data/$f" ] || echo "fixture gone: $f"
done

if [ "$recorded" != "$control" ]; then
	echo "FAIL: the record is for version $recorded, the extension is $control: refresh it"
	echo "  bash test/suites/16-reader-digest.sh --update"
	exit 1
fi
if [ "$changed" -gt 0 ]; then
	echo "FAIL: $changed documents changed but the version is still $control."
	echo "  A change of the reader needs a new version: default_version in govreport.control,"
	echo "  GR_READER_VERSION in src/core/gr.h, an update script govreport--$control--NEW.sql"
	echo "  (the frozen govreport--$control.sql kept), then: bash test/suites/16-reader-digest.sh --update"
	exit 1
fi
echo "version $control: the documents of $(current | wc -l) fixtures are the recorded ones"
