#!/usr/bin/env bash
# Install what govreport needs to build and test, from Debian's packages only:
#   postgresql-15, postgresql-server-dev-15  the server and its PGXS headers
#   postgresql-common                       pg_virtualenv (throwaway clusters)
#   postgresql-contrib                      postgres_fdw, for the scale-out test
#   gcc, make                               the build
#   clang, libclang-rt-14-dev               PGXS bitcode, libFuzzer, ASan/UBSan
# and the real converters of the converter matrix (test/matrix):
#   poppler-utils                           pdftotext (default, -layout, -raw)
#   lynx, w3m                               text browsers' -dump
#   html2text                               the C html2text
#   python3-html2text                       html2markdown, the Python html2text
#   pandoc                                  HTML and DOCX to gfm, plain, markdown; HTML to DOCX
#   docx2txt                                Word text
#   opencc                                  traditional characters (s2t, s2twp)
#   fonts-noto-cjk                          Chinese glyphs in the PDFs made
#   wkhtmltopdf                             HTML to PDF (WebKit)
#   libreoffice-writer-nogui                HTML to DOCX and PDF, DOCX to text
#   debhelper, dpkg-dev, postgresql-server-dev-all  the Debian packages (scripts/deb.sh:
#                                           dpkg-buildpackage, dh, pg_buildext)
#   python3                                 the META.json check (test/suites/68-deb.sh)
#   pkg-config, libpoppler-private-dev      the govreport command: a PDF page's characters, boxes and
#                                           lines (poppler's own classes; nothing rendered)
#   libzip-dev, libxml2-dev                 the govreport command: a .docx's zip and XML
#   libpq-dev                               the govreport command: load (COPY)
#   libreoffice-writer-nogui, wkhtmltopdf,  the command's tests: DOCX and PDF made from our
#     fonts-noto-cjk, python3                 own HTML, hostile files
#   chromium                                the review page's test: rendered headless to PNG
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive
# As root, apt-get runs directly; as another user, through sudo.
as_root="sh scripts/as-root.sh env DEBIAN_FRONTEND=noninteractive"
$as_root apt-get update -qq
$as_root apt-get install -y -qq postgresql-15 postgresql-server-dev-15 postgresql-common \
	postgresql-contrib gcc make clang libclang-rt-14-dev >/dev/null
$as_root apt-get install -y -qq poppler-utils lynx w3m html2text python3-html2text pandoc docx2txt \
	opencc fonts-noto-cjk wkhtmltopdf libreoffice-writer-nogui >/dev/null
$as_root apt-get install -y -qq debhelper dpkg-dev postgresql-server-dev-all python3 >/dev/null
$as_root apt-get install -y -qq pkg-config libpoppler-private-dev libzip-dev libxml2-dev libpq-dev \
	libreoffice-writer-nogui wkhtmltopdf fonts-noto-cjk python3 >/dev/null
$as_root apt-get install -y -qq chromium >/dev/null
