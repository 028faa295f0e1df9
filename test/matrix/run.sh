#!/usr/bin/env bash
# The converter matrix: generated reports (test/gen) written as HTML in
# several real styles, as DOCX (pandoc, LibreOffice) and as PDF
# (wkhtmltopdf, LibreOffice), put through every real converter that applies
# (pdftotext, lynx, w3m, html2text, python3-html2text, pandoc, docx2txt,
# LibreOffice's text export), in simplified characters and in traditional
# ones (opencc s2t and s2twp on the converter's text), read by gr_parse and
# compared cell by cell with the generated document (check.c).
#
#   bash test/matrix/run.sh                 the CI sample; fails when a
#                                           combination reads worse than
#                                           test/matrix/baseline.tsv
#   bash test/matrix/run.sh --full          the full matrix (200 reports a
#                                           combination); no ratchet
#   bash test/matrix/run.sh --update        the sample, then writes its
#                                           figures to baseline.tsv
#   bash test/matrix/run.sh --full --update the full matrix, then writes its
#                                           tables into doc/layouts.md
#   bash test/matrix/run.sh --refresh       both of the above
#
# Options: --n N (reports), --first SEED, --jobs J (parallel converters,
# default 2), --out DIR (keep the files there; default a temporary
# directory, removed at the end), --reuse DIR (read again the texts a run
# with --out DIR converted, without converting: a minute instead of twenty
# for the full matrix, after a change to the reader), -v (list every file
# with a difference).
# Skips (exit 0, says so) when the converters are not installed.
set -euo pipefail
# (all in a function, so that bash has read the whole script before it
# starts: the script may be edited during a twenty-minute run)
main() {
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

full=0 update=0 refresh=0 n="" first=1 jobs=${GOVREPORT_MATRIX_JOBS:-2} out="" reuse="" verbose=""
while [ $# -gt 0 ]; do
	case $1 in
	--full) full=1 ;;
	--update) update=1 ;;
	--refresh) refresh=1 ;;
	--n) n=$2; shift ;;
	--first) first=$2; shift ;;
	--jobs) jobs=$2; shift ;;
	--out) out=$2; shift ;;
	--reuse) reuse=$2; shift ;;
	-v) verbose=-v ;;
	*) echo "usage: run.sh [--full] [--update] [--refresh] [--n N] [--first SEED] [--jobs J] [--out DIR] [--reuse DIR] [-v]" >&2; exit 2 ;;
	esac
	shift
done
if [ $refresh -eq 1 ]; then
	bash "$0" --update --jobs "$jobs"
	exec bash "$0" --full --update --jobs "$jobs"
fi
# The sample: 12 reports from seed 1, fixed so that the baseline compares
# like with like.  The full run: 200 reports from seed 1001.
if [ -z "$n" ]; then
	if [ $full -eq 1 ]; then n=200; first=1001; else n=12; fi
fi

# ---- which converters are here
missing=()
have() { command -v "$1" >/dev/null 2>&1 || { missing+=("$1"); return 1; }; }
html_convs=(raw)
have lynx && html_convs+=(lynx)
have w3m && html_convs+=(w3m)
have html2markdown && html_convs+=(html2markdown)
have html2text && html_convs+=(html2text)
docx_convs=()
have docx2txt && docx_convs+=(docx2txt)
pdf_convs=()
have pdftotext && pdf_convs+=(pdftotext pdftotext-layout pdftotext-raw)
if have pandoc; then
	html_convs+=(pandoc-gfm pandoc-plain pandoc-markdown)
	docx_convs+=(pandoc-gfm pandoc-plain pandoc-markdown)
fi
lo=""
if have soffice; then lo=soffice; docx_convs+=(lo-txt); fi
have wkhtmltopdf || true
have opencc || true
if [ ${#missing[@]} -gt 0 ]; then
	echo "SKIP (not installed: ${missing[*]}) — install them with scripts/deps.sh"
	if [ ${#missing[@]} -ge 8 ]; then
		echo "SKIP: no converters; the matrix did not run"
		exit 0
	fi
fi

if [ -n "$reuse" ]; then
	work=$reuse
	[ -f "$work/params" ] || { echo "$work: not a matrix run kept with --out" >&2; exit 2; }
	. "$work/params"
elif [ -n "$out" ]; then
	work=$out; rm -rf "$work"; mkdir -p "$work"
else
	work=$(mktemp -d /tmp/govreport-matrix.XXXXXX)
	trap 'rm -rf "$work"' EXIT
fi
t0=$SECONDS
stamp() { echo "[$((SECONDS - t0)) s] $*"; }

make -s -C "$here"
text=$work/text
if [ -z "$reuse" ]; then
echo "n=$n first=$first full=$full" >"$work/params"
"$here/mkdocs" "$work/docs" "$first" "$n"
seeds=$(seq "$first" $((first + n - 1)))
stamp "$n reports generated, 6 HTML styles each"

# ---- documents made from the print style: DOCX and PDF
made=$work/made
mkdir -p "$made"/{docx-pandoc,docx-lo,pdf-wk,pdf-lo,pdf-wk-bare,pdf-lo-bare}
lo_run() {
	# one LibreOffice for many files; its own profile, so that runs in
	# parallel (other checkouts, other users) do not share one
	HOME=$work/lo-home timeout 1800 "$lo" -env:UserInstallation="file://$work/lo-profile" \
		--headless --norestore "$@" >>"$work/lo.log" 2>&1 || echo "LibreOffice failed: see $work/lo.log" >&2
}
if have pandoc; then
	for s in $seeds; do echo "$work/docs/print/$s.html $made/docx-pandoc/$s.docx"; done |
		xargs -P "$jobs" -n 2 sh -c 'timeout 120 pandoc "$0" -o "$1" || echo "pandoc $0 failed" >&2'
fi
if [ -n "$lo" ]; then
	lo_run --convert-to 'docx:MS Word 2007 XML' --outdir "$made/docx-lo" "$work"/docs/print/*.html
	lo_run --convert-to pdf --outdir "$made/pdf-lo" "$work"/docs/print/*.html
	# the bare style printed as it is: real pages turned into PDF have no rules
	lo_run --convert-to pdf --outdir "$made/pdf-lo-bare" "$work"/docs/bare/*.html
fi
if have wkhtmltopdf; then
	for s in $seeds; do
		echo "$work/docs/print/$s.html $made/pdf-wk/$s.pdf"
		echo "$work/docs/bare/$s.html $made/pdf-wk-bare/$s.pdf"
	done |
		xargs -P "$jobs" -n 2 sh -c 'timeout 120 wkhtmltopdf -q --page-size A4 "$0" "$1" >/dev/null 2>&1 || [ -s "$1" ] || echo "wkhtmltopdf $0 failed" >&2'
fi
stamp "DOCX and PDF made"

# ---- every converter on every file it applies to
jobsfile=$work/jobs
: >"$jobsfile"
add() { # source converter input seed
	mkdir -p "$text/$1/$2/s"
	echo "$2 $3 $text/$1/$2/s/$4.txt" >>"$jobsfile"
}
for s in $seeds; do
	for style in plain mso cms span bare; do
		for c in "${html_convs[@]}"; do add "$style" "$c" "$work/docs/$style/$s.html" "$s"; done
	done
	for src in docx-pandoc docx-lo; do
		for c in "${docx_convs[@]}"; do
			[ "$c" = lo-txt ] && continue
			[ -s "$made/$src/$s.docx" ] && add "$src" "$c" "$made/$src/$s.docx" "$s"
		done
	done
	for src in pdf-wk pdf-lo pdf-wk-bare pdf-lo-bare; do
		for c in "${pdf_convs[@]}"; do
			[ -s "$made/$src/$s.pdf" ] && add "$src" "$c" "$made/$src/$s.pdf" "$s"
		done
	done
done
xargs -P "$jobs" -n 3 bash "$here/convert.sh" <"$jobsfile" 2>>"$work/convert.log" || true
if [ -n "$lo" ]; then
	for src in docx-pandoc docx-lo; do
		ls "$made/$src"/*.docx >/dev/null 2>&1 || continue
		mkdir -p "$text/$src/lo-txt/s"
		lo_run --convert-to 'txt:Text (encoded):UTF8' --outdir "$text/$src/lo-txt/s" "$made/$src"/*.docx
	done
fi
stamp "$(find "$text" -name '*.txt' | wc -l) texts converted"

# ---- traditional characters: opencc on the converter's text, the way a
# site's traditional edition is made from its simplified page.  One opencc
# per configuration on all texts at once, split again by marker lines.
if command -v opencc >/dev/null; then
	for cfg in s2t:t s2twp:tw; do
		python3 - "$text" "${cfg%%:*}" "${cfg##*:}" <<'PY'
import os, subprocess, sys
root, cfg, script = sys.argv[1:4]
files = []
for d, _, names in os.walk(root):
    if os.path.basename(d) == "s":
        files += [os.path.join(d, n) for n in names if n.endswith(".txt")]
files.sort()
mark = "\x01MATRIX-FILE\x01".encode()

def convert(batch):
    parts = []
    for i, f in enumerate(batch):
        with open(f, "rb") as fh:
            # opencc stops at the first byte that is not UTF-8 (html2text cuts
            # characters in two): such bytes become U+FFFD first
            body = fh.read().decode("utf-8", errors="replace").encode("utf-8")
        parts.append(b"%s %d\n" % (mark, i) + body + b"\n")
    res = subprocess.run(["opencc", "-c", cfg], input=b"".join(parts),
                         stdout=subprocess.PIPE, check=True).stdout
    chunks = res.split(mark + b" ")[1:]
    assert len(chunks) == len(batch), (len(chunks), len(batch))
    for i, c in enumerate(chunks):
        nl = c.index(b"\n")
        assert int(c[:nl]) == i
        body = c[nl + 1:]
        if body.endswith(b"\n"):
            body = body[:-1]
        f = batch[i]
        o = os.path.join(os.path.dirname(os.path.dirname(f)), script, os.path.basename(f))
        os.makedirs(os.path.dirname(o), exist_ok=True)
        with open(o, "wb") as fh:
            fh.write(body)

# batches of about 20 MB, so that memory stays small on the full matrix
batch, size = [], 0
for f in files:
    batch.append(f)
    size += os.path.getsize(f)
    if size > 20 << 20:
        convert(batch)
        batch, size = [], 0
if batch:
    convert(batch)
PY
	done
	stamp "traditional texts made (opencc s2t, s2twp)"
fi

fi # not --reuse

# ---- read and compare
list=$work/list.tsv
: >"$list"
for d in "$text"/*/*/*; do
	script=$(basename "$d"); conv=$(basename "$(dirname "$d")"); src=$(basename "$(dirname "$(dirname "$d")")")
	for f in "$d"/*.txt; do
		[ -e "$f" ] || continue
		printf '%s\t%s\t%s\t%s\t%s\n' "$src" "$conv" "$script" "$(basename "$f" .txt)" "$f"
	done
done | sort -t$'\t' -k1,1 -k2,2 -k3,3r -k4,4n >"$list"
# combinations in a fixed order: sources, then converters, as listed above
order() {
	local i=0
	for src in plain mso cms span bare docx-pandoc docx-lo pdf-wk pdf-lo pdf-wk-bare pdf-lo-bare; do
		for c in raw lynx w3m html2markdown html2text pandoc-gfm pandoc-plain pandoc-markdown docx2txt lo-txt pdftotext pdftotext-layout pdftotext-raw; do
			for sc in s t tw; do echo "$i $src $c $sc"; i=$((i + 1)); done
		done
	done
}
awk 'NR == FNR { k[$2 "|" $3 "|" $4] = $1; next } { print ((($1 "|" $2 "|" $3) in k) ? k[$1 "|" $2 "|" $3] : 99999) "\t" $0 }' \
	FS=' ' <(order) FS='\t' "$list" | sort -t$'\t' -k1,1n -k5,5n | cut -f2- >"$list.sorted"
mv "$list.sorted" "$list"
args=(-md "$work/matrix.md" -tsv "$work/matrix.tsv" $verbose)
[ $full -eq 0 ] && [ $update -eq 0 ] && args+=(-baseline "$here/baseline.tsv")
rc=0
"$here/check" "${args[@]}" <"$list" || rc=$?
stamp "checked"

if [ $update -eq 1 ] && [ $full -eq 0 ]; then
	{
		echo "# The converter matrix's CI sample ($n reports from seed $first): cells and files read"
		echo "# exactly per combination.  test/matrix/run.sh fails when a combination reads"
		echo "# less than this.  Refresh with: bash test/matrix/run.sh --update"
		cat "$work/matrix.tsv"
	} >"$here/baseline.tsv"
	echo "wrote $here/baseline.tsv"
fi
if [ $update -eq 1 ] && [ $full -eq 1 ]; then
	doc=$root/doc/layouts.md
	python3 - "$doc" "$work/matrix.md" "$n" "$first" "$(tail -n +2 "$work/matrix.tsv" | awk -F'\t' '{c+=$4; e+=$5; f+=$6; x+=$7} END {printf "%d %d %d %d", e, c, x, f}')" <<'PY'
import sys
doc, md, n, first, totals = sys.argv[1:6]
e, c, x, f = map(int, totals.split())
begin, end = "<!-- matrix tables: begin -->", "<!-- matrix tables: end -->"
text = open(doc, encoding="utf-8").read()
if begin not in text:
    sys.exit("doc/layouts.md has no matrix tables markers")
head, rest = text.split(begin, 1)
_, tail = rest.split(end, 1)
body = ("\n*Generated by `bash test/matrix/run.sh --full --update`: {} reports (seeds {}–{}) "
        "in every combination; overall {:,} of {:,} cells exact ({:.1f}%), {:,} of {:,} files fully exact.*\n"
        .format(int(n), int(first), int(first) + int(n) - 1, e, c, 100.0 * e / c if c else 0, x, f))
body += open(md, encoding="utf-8").read()
open(doc, "w", encoding="utf-8").write(head + begin + "\n" + body + "\n" + end + tail)
PY
	echo "wrote the tables of $doc"
fi
[ -s "$work/convert.log" ] && { echo "converter messages (first 5):"; head -5 "$work/convert.log"; }
exit $rc
}
main "$@"
