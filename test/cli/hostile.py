#!/usr/bin/env python3
"""Hostile inputs for the govreport command, written into DIR:
  pages2000.pdf  a valid PDF of 2,000 pages, a line of text on each
  bomb.docx      a .docx whose word/document.xml unpacks to 200 MB
  deep.docx      a .docx whose XML nests 100,000 elements deep
  doctype.docx   a .docx whose XML declares entities (billion laughs)
  notxml.docx    a .docx whose word/document.xml is not XML
  nodoc.docx     a zip without word/document.xml
  and, with --seeds, small well-formed inputs for the fuzz target:
  tiny.pdf       one page, two lines of text
  table.docx     paragraphs and a table with w:gridSpan and w:vMerge
usage: hostile.py [--seeds] DIR"""
import os
import sys
import zipfile

seeds = len(sys.argv) > 2 and sys.argv[1] == "--seeds"
out = sys.argv[-1]


def pdf(path, npages, lines=("page %d of a long file",)):
    objs = []
    kids = " ".join("%d 0 R" % (4 + 2 * i) for i in range(npages))
    objs.append("<< /Type /Catalog /Pages 2 0 R >>")
    objs.append("<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, npages))
    objs.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    for i in range(npages):
        stream = "BT /F1 12 Tf 72 720 Td " + " 0 -14 Td ".join(
            "(%s) Tj" % (l % (i + 1) if "%d" in l else l) for l in lines) + " ET"
        objs.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                    "/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (5 + 2 * i))
        objs.append("<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
    body = b"%PDF-1.4\n"
    offsets = []
    for n, o in enumerate(objs, 1):
        offsets.append(len(body))
        body += ("%d 0 obj\n%s\nendobj\n" % (n, o)).encode()
    xref = len(body)
    body += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode()
    for off in offsets:
        body += ("%010d 00000 n \n" % off).encode()
    body += ("trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
             % (len(objs) + 1, xref)).encode()
    with open(path, "wb") as f:
        f.write(body)


def docx(path, xml, name="word/document.xml"):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        if hasattr(xml, "__call__"):
            with z.open(name, "w", force_zip64=True) as f:
                xml(f)
        else:
            z.writestr(name, xml)


def bomb(f):
    f.write(b'<?xml version="1.0"?><w:document xmlns:w="w"><w:body><w:p><w:r><w:t>')
    chunk = b"0" * (1 << 20)
    for _ in range(200):
        f.write(chunk)
    f.write(b"</w:t></w:r></w:p></w:body></w:document>")


TABLE = ('<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
         'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>2023 report</w:t></w:r></w:p><w:tbl>'
         '<w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>A</w:t></w:r></w:p></w:tc>'
         '<w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>3</w:t></w:r></w:p></w:tc></w:tr>'
         '<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc>'
         '<w:tc><w:p><w:r><w:tab/><w:t>2</w:t><w:br/></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>')
if seeds:
    pdf(os.path.join(out, "tiny.pdf"), 1, ("Rules 1 0 12", "Total 3"))
    docx(os.path.join(out, "table.docx"), TABLE)
    sys.exit(0)
pdf(os.path.join(out, "pages2000.pdf"), 2000)
docx(os.path.join(out, "bomb.docx"), bomb)
docx(os.path.join(out, "deep.docx"),
     '<?xml version="1.0"?><w:document xmlns:w="w"><w:body>' + "<w:p>" * 100000 +
     "</w:p>" * 100000 + "</w:body></w:document>")
docx(os.path.join(out, "doctype.docx"),
     '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
     '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><w:document xmlns:w="w"><w:body><w:p><w:r><w:t>&c;'
     "</w:t></w:r></w:p></w:body></w:document>")
docx(os.path.join(out, "notxml.docx"), "<w:document><w:body><w:p>unterminated")
docx(os.path.join(out, "nodoc.docx"), "<x/>", name="word/other.xml")
