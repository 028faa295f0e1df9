#!/usr/bin/env python3
"""The page of `govreport review` against what the batch holds.

  review_check.py page PAGE MANIFEST READ_JSONL UNREADABLE
      PAGE: the review page; MANIFEST: review_batch's output; READ_JSONL:
      `govreport read` of the batch's report files (one line each, in the
      manifest's order); UNREADABLE: how many files the page must list as
      not read.  Checks the summary's counts, one section per body holding
      its reports, the marked cells (exactly the changed ones, with their
      printed and expected values, their row and column marked), the charts'
      figures against the documents, the year-over-year table of the body
      with several years, markup in names shown as text, and that the page
      refers to nothing outside itself.
  review_check.py png PNG WIDTH HEIGHT
      A screenshot: a PNG of that size that is not blank (many colours, a
      share of ink, the red and green of the summary's counts).

Prints what is wrong and exits 1, or prints a line of what was checked.
"""
import json
import re
import struct
import sys
import zlib
from html.parser import HTMLParser

VOID = {"meta", "br", "img", "input", "link", "hr", "rect", "circle", "line", "polyline"}


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent = tag, dict(attrs), parent
        self.children, self.text = [], []

    def cls(self):
        return (self.attrs.get("class") or "").split()

    def all_text(self):
        out = list(self.text)
        for c in self.children:
            out.append(c.all_text())
        return "".join(out)

    def find(self, pred):
        for c in self.children:
            if pred(c):
                yield c
            yield from c.find(pred)

    def up(self, tag):
        n = self.parent
        while n is not None and n.tag != tag:
            n = n.parent
        return n


class Tree(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", [], None)
        self.cur = self.root

    def handle_starttag(self, tag, attrs):
        n = Node(tag, attrs, self.cur)
        self.cur.children.append(n)
        if tag not in VOID:
            self.cur = n

    def handle_startendtag(self, tag, attrs):
        self.cur.children.append(Node(tag, attrs, self.cur))

    def handle_endtag(self, tag):
        n = self.cur
        while n is not None and n.tag != tag:
            n = n.parent
        if n is not None and n.parent is not None:
            self.cur = n.parent

    def handle_data(self, data):
        self.cur.text.append(data)


problems = []


def want(cond, what):
    if not cond:
        problems.append(what)


def cell(doc, *path):
    x = doc
    for p in path:
        if not isinstance(x, dict) or p not in x:
            return None
        x = x[p]
    return x


def fmt(v):
    return "—" if v is None else str(v)


def group_total(doc, group):
    """The total column of a disposition group: the sum of its leaves (None if none is a number)."""
    g = cell(doc, "requests", group)
    if g is None:
        return None
    if "total" in g and not isinstance(g["total"], dict):
        return g["total"]  # a leaf (the 2019 form's other)
    vals = [leaf.get("total") for leaf in g.values() if isinstance(leaf, dict)]
    vals = [v for v in vals if v is not None]
    return sum(vals) if vals else None


def check_page(page, manifest, readjsonl, unreadable):
    raw = open(page, encoding="utf-8").read()
    t = Tree()
    t.feed(raw)
    root = t.root
    reports = []
    others = []
    for line in open(manifest, encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if f[0] == "report":
            reports.append(dict(file=f[1], agency=f[2], year=int(f[3]), balanced=f[4] == "1",
                                path=None if f[5] == "-" else f[5], printed=f[6], expected=f[7],
                                carry=int(f[8])))
        else:
            others.append(f[1])
    docs = [json.loads(l) for l in open(readjsonl, encoding="utf-8")]
    want(len(docs) == len(reports), "read gave %d documents for %d reports" % (len(docs), len(reports)))
    for r, d in zip(reports, docs):
        r["doc"] = d

    # nothing outside the page: no URL, no script, no stylesheet or image to fetch
    for pat, what in [(r"(?i)\b(https?|ftp|file|data):", "a URL"), (r"(?i)<script", "a script element"),
                      (r"(?i)\bsrc\s*=", "a src attribute"), (r"(?i)url\(", "a CSS url()"),
                      (r"(?i)@import", "a CSS @import"), (r"(?i)<link", "a link element"),
                      (r"(?i)href\s*=\s*\"(?!#)", "a link out of the page"), (r"//[a-z0-9]", "a protocol-relative reference")]:
        m = re.search(pat, raw)
        want(m is None, "the page has %s: %r" % (what, raw[max(0, m.start() - 40):m.end() + 40] if m else ""))

    # the summary
    def count(i):
        n = [x for x in root.find(lambda n: n.attrs.get("id") == i)]
        return int(n[0].all_text()) if len(n) == 1 else None
    # a report with no agency is a body of its own, keyed (and listed) by its file
    for r in reports:
        r["body"] = r["agency"] or r["file"]
    agencies = sorted({r["body"] for r in reports})
    expect = {
        "n-files": len(reports) + len(others) + unreadable,
        "n-bodies": len(agencies),
        "n-balanced": sum(r["balanced"] for r in reports),
        "n-unbalanced": sum(not r["balanced"] for r in reports),
        "n-suspect": sum(r["path"] is not None for r in reports),
        "n-carryover": sum(r["carry"] for r in reports),
        "n-unread": len(others) + unreadable,
    }
    for k, v in expect.items():
        want(count(k) == v, "summary %s is %s, the batch has %d" % (k, count(k), v))

    # one section per body, holding its reports
    sections = list(root.find(lambda n: n.tag == "section" and "body" in n.cls()))
    by_agency = {}
    for s in sections:
        key = s.attrs.get("data-agency")
        if not key:
            arts = list(s.find(lambda n: n.tag == "article"))
            key = arts[0].attrs.get("data-file", "").lstrip("./") if arts else ""
        by_agency[key] = s
    want(len(sections) == len(agencies), "%d body sections for %d bodies" % (len(sections), len(agencies)))
    for a in agencies:
        s = by_agency.get(a)
        want(s is not None, "no section for %r" % a)
        if s is None:
            continue
        named = any(r["agency"] == a for r in reports)
        h2 = [n for n in s.find(lambda n: n.tag == "h2")]
        want(h2 and h2[0].all_text().replace("./", "") == (a if named else "（未识别单位）" + a),
             "the heading of %r reads %r" % (a, h2[0].all_text() if h2 else None))
        files = sorted(n.attrs.get("data-file", "").lstrip("./") for n in s.find(lambda n: n.tag == "article"))
        mine = sorted(r["file"] for r in reports if r["body"] == a)
        want(files == mine, "section %r holds %s, want %s" % (a, files, mine))
        years = sorted({r["year"] for r in reports if r["body"] == a})
        yoy = list(s.find(lambda n: n.tag == "table" and "yoy" in n.cls()))
        svg = list(s.find(lambda n: n.tag == "svg" and "yoy" in n.cls()))
        if len(years) > 1:
            want(len(yoy) == 1 and len(svg) == 1, "no year-over-year chart and table for %r" % a)
            if yoy:
                head = [n.all_text() for n in yoy[0].find(lambda n: n.tag == "th" and n.parent.parent.tag == "thead")]
                want(head[1:] == [str(y) for y in years], "year-over-year years of %r: %s" % (a, head[1:]))
                rows = [[c.all_text() for c in tr.children] for tr in yoy[0].find(lambda n: n.tag == "tr" and n.parent.tag == "tbody")]
                mine_docs = sorted((r for r in reports if r["body"] == a), key=lambda r: (r["year"], r["file"]))
                firsts = {}
                for r in mine_docs:
                    firsts.setdefault(r["year"], r["doc"])
                series = [
                    [cell(firsts[y], "requests", "new_received", "total") for y in years],
                    [group_total(firsts[y], "granted") for y in years],
                    [group_total(firsts[y], "withheld") for y in years],
                    [cell(firsts[y], "requests", "carried_forward", "total") for y in years],
                ]
                for i, ser in enumerate(series):
                    want(i < len(rows) and rows[i][1:] == [fmt(v) for v in ser],
                         "year-over-year row %d of %r: %s, documents say %s" % (i, a, rows[i][1:] if i < len(rows) else None, ser))
        else:
            want(not yoy and not svg, "a year-over-year chart for %r, which has one year" % a)

    # bodies with an unbalanced report or a carryover break come first
    def flagged(sec):
        files = [n.attrs.get("data-file", "").lstrip("./") for n in sec.find(lambda n: n.tag == "article")]
        return any(not r["balanced"] or r["carry"] for r in reports if r["file"] in files)
    flags = [flagged(sec) for sec in sections]
    want(flags == sorted(flags, reverse=True), "bodies with problems are not first: %s" % flags)

    # each report: balanced or not, its charts' figures, its marked cell
    arts = {n.attrs.get("data-file", "").lstrip("./"): n for n in root.find(lambda n: n.tag == "article")}
    for r in reports:
        art = arts.get(r["file"])
        want(art is not None, "no article for %s" % r["file"])
        if art is None:
            continue
        want(art.attrs.get("data-balanced") == ("true" if r["balanced"] else "false"),
             "%s shown as balanced=%s" % (r["file"], art.attrs.get("data-balanced")))
        d = r["doc"]
        disp = list(art.find(lambda n: n.tag == "svg" and "disp" in n.cls()))
        appl = list(art.find(lambda n: n.tag == "svg" and "appl" in n.cls()))
        want(len(disp) == 1 and len(appl) == 1, "%s: %d disposition and %d applicant charts" % (r["file"], len(disp), len(appl)))
        if disp:
            vals = [n.all_text() for n in disp[0].find(lambda n: n.tag == "text" and "cv" in n.cls())]
            groups = ["granted", "partially_granted", "withheld", "unavailable", "not_processed", "other"]
            exp = [fmt(group_total(d, g)) for g in groups]
            want(vals == exp, "%s: disposition chart %s, document %s" % (r["file"], vals, exp))
        if appl:
            vals = [n.all_text() for n in appl[0].find(lambda n: n.tag == "text" and "cv" in n.cls())]
            cols = ["natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org"]
            exp = [fmt(cell(d, "requests", "new_received", c)) for c in cols]
            want(vals == exp, "%s: applicant chart %s, document %s" % (r["file"], vals, exp))
        carry = [n for n in art.find(lambda n: n.tag == "li" and n.attrs.get("data-rule") == "carryover" and "error" in n.cls())]
        want(len(carry) == r["carry"], "%s: %d carryover errors listed, want %d" % (r["file"], len(carry), r["carry"]))
        marked = list(art.find(lambda n: n.tag == "td" and "suspect" in n.cls()))
        if r["path"] is None:
            want(not marked, "%s: cells marked though none is suspect: %s" % (r["file"], [m.attrs.get("data-path") for m in marked]))
            continue
        want(len(marked) == 1, "%s: %d cells marked, want 1 (%s)" % (r["file"], len(marked), r["path"]))
        if len(marked) != 1:
            continue
        m = marked[0]
        want(m.attrs.get("data-path") == r["path"], "%s: marked %s, want %s" % (r["file"], m.attrs.get("data-path"), r["path"]))
        want(m.all_text() == "%s→%s" % (r["printed"], r["expected"]),
             "%s: the marked cell reads %r, want %s→%s" % (r["file"], m.all_text(), r["printed"], r["expected"]))
        tr = m.parent
        want("hl-row" in tr.cls(), "%s: the marked cell's row is not marked" % r["file"])
        col = [c for c in tr.children if c.tag == "td"].index(m)
        table = m.up("table")
        rows = [x for x in table.find(lambda n: n.tag == "tr" and n.parent.tag == "tbody")]
        for x in rows:
            tds = [c for c in x.children if c.tag == "td"]
            if len(tds) == 7:
                want("hl-col" in tds[col].cls(), "%s: column %d not marked in every row" % (r["file"], col))
                want(sum("hl-col" in c.cls() for c in tds) == 1, "%s: more than one column marked" % r["file"])
        finding = [n for n in art.find(lambda n: n.tag == "li" and n.attrs.get("data-rule") == "suspect_cell")]
        want(len(finding) == 1 and finding[0].attrs.get("data-path") == r["path"],
             "%s: the suspect_cell finding is not listed for %s" % (r["file"], r["path"]))

    # markup in a name is text
    for r in reports:
        if "<" in r["agency"]:
            esc = r["agency"].replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            want(esc in raw, "the name %r is not escaped in the page" % r["agency"])
    nav = sorted(n.all_text().replace("./", "") for n in root.find(lambda n: n.tag == "a" and n.up("nav") is not None))
    want(nav == agencies, "the list of bodies reads %s, want %s" % (nav, agencies))
    unread = list(root.find(lambda n: n.tag == "li" and n.parent.parent is not None and n.parent.parent.attrs.get("id") == "unread"))
    want(len(unread) == len(others) + unreadable, "%d files listed as not read, want %d" % (len(unread), len(others) + unreadable))
    return "page: %d reports, %d bodies, %d marked cells, summary and charts agree" % (
        len(reports), len(agencies), expect["n-suspect"])


def png_pixels(path):
    data = open(path, "rb").read()
    want(data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG")
    pos, idat, w = 8, [], None
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if kind == b"IHDR":
            w, h, depth, ctype, _, _, interlace = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        pos += 12 + n
    if w is None or depth != 8 or ctype not in (2, 6) or interlace:
        problems.append("a PNG this check does not read (depth %s, colour type %s)" % (depth, ctype))
        return 0, 0, 0, []
    bpp = 3 if ctype == 2 else 4
    raw = zlib.decompress(b"".join(idat))
    stride = w * bpp
    prev = bytearray(stride)
    rows = []
    p = 0
    for _ in range(h):
        f = raw[p]
        line = bytearray(raw[p + 1:p + 1 + stride])
        p += 1 + stride
        if f == 1:
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 255
        elif f == 2:
            for i in range(stride):
                line[i] = (line[i] + prev[i]) & 255
        elif f == 3:
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + ((left + prev[i]) >> 1)) & 255
        elif f == 4:
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0
                b = prev[i]
                c = prev[i - bpp] if i >= bpp else 0
                pa, pb, pc = abs(b - c), abs(a - c), abs(a + b - 2 * c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return w, h, bpp, rows


def check_png(path, width, height):
    w, h, bpp, rows = png_pixels(path)
    want((w, h) == (width, height), "the screenshot is %dx%d, want %dx%d" % (w, h, width, height))
    colours, ink, red, green, n = set(), 0, 0, 0, 0
    for row in rows[::2]:
        for i in range(0, len(row), bpp * 2):
            r, g, b = row[i], row[i + 1], row[i + 2]
            n += 1
            colours.add((r >> 3, g >> 3, b >> 3))
            if r + g + b < 600:
                ink += 1
            if r > 170 and g < 80 and b < 80:
                red += 1
            if g > 110 and r < 80 and b < 110:
                green += 1
    share = ink / n if n else 0
    want(len(colours) >= 50, "the screenshot has %d colours: blank?" % len(colours))
    want(0.01 <= share <= 0.6, "ink covers %.1f%% of the screenshot" % (100 * share))
    want(red > 20, "no red in the screenshot (the unbalanced count and badges)")
    want(green > 20, "no green in the screenshot (the balanced count and charts)")
    return "png: %dx%d, %d colours, ink %.1f%%" % (w, h, len(colours), 100 * share)


def main():
    if len(sys.argv) == 6 and sys.argv[1] == "page":
        said = check_page(sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]))
    elif len(sys.argv) == 5 and sys.argv[1] == "png":
        said = check_png(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
    else:
        print(__doc__)
        return 3
    if problems:
        for p in problems[:40]:
            print("FAIL:", p)
        return 1
    print(said)
    return 0


if __name__ == "__main__":
    sys.exit(main())
