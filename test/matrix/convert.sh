#!/usr/bin/env bash
# One converter on one file: convert.sh CONVERTER IN OUT.  The converters
# are run as people run them, with their defaults; the options given are
# only those that make them read and write UTF-8 whatever the locale
# (lynx-nolist: lynx without the list of links, for the converter suites).
# Every harness of the project runs its text converters through this file:
# run.sh, test/suites/22-converters.sh, 67-markup.sh and fixtures.sh.
set -u
conv=$1 in=$2 out=$3
t="timeout 120"
case $conv in
raw) cp "$in" "$out" ;;
lynx) $t lynx -dump -assume_charset=utf-8 -display_charset=utf-8 "$in" >"$out" ;;
lynx-nolist) $t lynx -dump -nolist -assume_charset=utf-8 -display_charset=utf-8 "$in" >"$out" ;;
w3m) $t w3m -dump -I UTF-8 -O UTF-8 "$in" >"$out" ;;
html2markdown) $t html2markdown "$in" utf-8 >"$out" ;;
html2text) $t html2text -utf8 -nobs "$in" >"$out" ;;
pandoc-gfm) $t pandoc -t gfm "$in" -o "$out" ;;
pandoc-plain) $t pandoc -t plain "$in" -o "$out" ;;
pandoc-markdown) $t pandoc -t markdown "$in" -o "$out" ;;
docx2txt) $t docx2txt "$in" - >"$out" ;;
pdftotext) $t pdftotext -enc UTF-8 "$in" "$out" ;;
pdftotext-layout) $t pdftotext -enc UTF-8 -layout "$in" "$out" ;;
pdftotext-raw) $t pdftotext -enc UTF-8 -raw "$in" "$out" ;;
*) echo "convert.sh: unknown converter $conv" >&2; exit 2 ;;
esac
rc=$?
[ $rc -eq 0 ] || echo "convert.sh: $conv $in failed ($rc)" >&2
# a failed converter leaves what it wrote: the checker reads it as it is
exit 0
