#!/usr/bin/env bash
# The form's wording is one table (src/core/form.c); what is generated from
# it must be current: src/core/fold_table.h (the fold table) and
# test/unit/words_variants.h (the opencc wordings test_words.c reads) are
# what tools/gen_fold.py makes of form.c and parse.c now.  The tables'
# self-check (gr_form_selfcheck) runs in the unit tests (test_form.c).
# After editing a label of form.c:
#   python3 tools/gen_fold.py > src/core/fold_table.h
#   python3 tools/gen_fold.py --variants > test/unit/words_variants.h
set -euo pipefail
cd "$(dirname "$0")/../.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
python3 tools/gen_fold.py >"$tmp/fold_table.h"
python3 tools/gen_fold.py --variants >"$tmp/words_variants.h"
for f in src/core/fold_table.h test/unit/words_variants.h; do
	if ! cmp -s "$tmp/$(basename "$f")" "$f"; then
		echo "FAIL: $f is not what tools/gen_fold.py makes of src/core/form.c:"
		diff "$f" "$tmp/$(basename "$f")" | head -20
		fail=1
	fi
done
[ $fail = 0 ] && echo "ok: fold_table.h and words_variants.h are current"
exit $fail
