/*
 * pdfrules_test.c — a PDF page's characters and ruling lines (cli/pdfpage.cc,
 * cli/pdfrules.c) on a page written here, line by line: what is a rule
 * (a dark stroke, a thin filled rectangle, a line drawn in a form
 * XObject) and what is not (a light grey line, a thick filled band, a line
 * over half the span, a vertical line with a gap), whether a page counts
 * as drawn with borders, and the page's two words in reading order with a
 * space between and their boxes.  Run by test/suites/30-cli.sh; prints the
 * checks that fail and exits 1 if any does.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pdfrules.h"

static int	failed;

static void
expect(bool got, bool want, const char *what)
{
	if (got != want)
	{
		printf("FAIL: %s: %s, expected %s\n", what, got ? "yes" : "no", want ? "yes" : "no");
		failed++;
	}
}

/*
 * Page 1 (600 x 800 points; device heights are 800 minus the PDF's):
 * black 0.5-point stroke at device height 100 (x 100..500); light grey at
 * 200; a black band 10 points thick at 300..310; a 1-point filled
 * rectangle at 400; a line over x 100..300 only at 650; the same black
 * line drawn by a form XObject moved to 700; a vertical line at x 300
 * from 450 to 550, and one at x 400 with a gap from 490 to 510.
 * Page 2: one short line (not a page drawn with borders), and the words
 * "Ab" and "C" in Helvetica 10 at (100, 100) and (116, 100) in device
 * space, the second shown first.
 */
static const char *page1 =
	"0 G 0.5 w 100 700 m 500 700 l S\n"
	"0.9 G 100 600 m 500 600 l S\n"
	"0 g 100 490 400 10 re f\n"
	"100 399.5 400 1 re f\n"
	"0 G 100 150 m 300 150 l S\n"
	"q 1 0 0 1 100 100 cm /F Do Q\n"
	"300 350 m 300 250 l S\n"
	"400 350 m 400 310 l S 400 290 m 400 250 l S\n";
static const char *form = "0 G 1 w 0 0 m 400 0 l S\n";
static const char *page2 = "0 G 1 w 100 700 m 200 700 l S\n"
	"BT /H 10 Tf 116 700 Td (C) Tj ET BT /H 10 Tf 100 700 Td (Ab) Tj ET\n";

static size_t
make_pdf(char *buf, size_t cap)
{
	size_t		off[8],
				n = 0;
	int			obj = 0;

#define PUT(...) (n += (size_t) snprintf(buf + n, cap - n, __VA_ARGS__))
	PUT("%%PDF-1.4\n");
	off[++obj] = n;
	PUT("1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n");
	off[++obj] = n;
	PUT("2 0 obj << /Type /Pages /Kids [3 0 R 6 0 R] /Count 2 >> endobj\n");
	off[++obj] = n;
	PUT("3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 600 800] /Contents 4 0 R "
		"/Resources << /XObject << /F 5 0 R >> >> >> endobj\n");
	off[++obj] = n;
	PUT("4 0 obj << /Length %zu >> stream\n%sendstream endobj\n", strlen(page1), page1);
	off[++obj] = n;
	PUT("5 0 obj << /Type /XObject /Subtype /Form /BBox [0 0 600 800] /Length %zu >> stream\n%sendstream endobj\n",
		strlen(form), form);
	off[++obj] = n;
	PUT("6 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 600 800] /Contents 7 0 R "
		"/Resources << /Font << /H << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >> endobj\n");
	off[++obj] = n;
	PUT("7 0 obj << /Length %zu >> stream\n%sendstream endobj\n", strlen(page2), page2);
	{
		size_t		xref = n;

		PUT("xref\n0 %d\n0000000000 65535 f \n", obj + 1);
		for (int i = 1; i <= obj; i++)
			PUT("%010zu 00000 n \n", off[i]);
		PUT("trailer << /Size %d /Root 1 0 R >>\nstartxref\n%zu\n%%%%EOF\n", obj + 1, xref);
	}
#undef PUT
	return n;
}

int
main(void)
{
	static char pdf[8192];
	size_t		len = make_pdf(pdf, sizeof(pdf));
	int			error;
	pdfdoc	   *doc = pdfdoc_open(pdf, len, &error);
	pdfpage		pg;
	pdfrules	r;

	if (doc == NULL)
	{
		printf("FAIL: the test's PDF does not open (error %d)\n", error);
		return 1;
	}
	expect(pdfdoc_pages(doc) == 2, true, "two pages");
	expect(pdfdoc_page(doc, 0, &pg), true, "page 1 read");
	expect(pg.width == 600 && pg.height == 800, true, "page 1 is 600 x 800");
	expect(pg.nglyphs == 0, true, "page 1 has no characters");
	expect(pdfrules_read(&r, pg.paths, pg.npaths), true, "page 1's lines indexed");
	pdfpage_free(&pg);
	expect(r.ruled, true, "page 1 is drawn with borders");
	expect(pdfrules_h(&r, 100, 500, 95, 105), true, "a black stroke is a rule");
	expect(pdfrules_h(&r, 100, 500, 110, 190), false, "no rule between the lines");
	expect(pdfrules_h(&r, 100, 500, 195, 205), false, "a light grey stroke is not ink");
	expect(pdfrules_h(&r, 100, 500, 295, 315), false, "a band 10 points thick is not a rule");
	expect(pdfrules_h(&r, 100, 500, 395, 405), true, "a 1-point filled rectangle is a rule");
	expect(pdfrules_h(&r, 100, 500, 645, 655), false, "a line over half the span is not a rule across it");
	expect(pdfrules_h(&r, 100, 300, 645, 655), true, "... but is across its own half");
	expect(pdfrules_h(&r, 100, 500, 695, 705), true, "a line drawn in a form XObject, moved by cm");
	expect(pdfrules_h_count(&r, 100, 500, 0, 800, 9) == 3, true,
		   "three rules across the page (100, 400, 700), not the grey, thick or half ones");
	expect(pdfrules_h_count(&r, 100, 500, 0, 800, 2) == 2, true, "... counted up to the most asked");
	expect(pdfrules_h_count(&r, 100, 500, 350, 800, 9) == 2, true, "... two of them below 350");
	expect(pdfrules_v(&r, 295, 305, 460, 540), true, "an unbroken vertical line");
	expect(pdfrules_v(&r, 395, 405, 460, 540), false, "a vertical line with a gap is broken");
	expect(pdfrules_v(&r, 395, 405, 455, 485), true, "... unbroken over one of its pieces");
	expect(pdfrules_v(&r, 320, 380, 460, 540), false, "no vertical line between them");
	pdfrules_free(&r);
	expect(pdfdoc_page(doc, 1, &pg), true, "page 2 read");
	expect(pdfrules_read(&r, pg.paths, pg.npaths), true, "page 2's lines indexed");
	expect(r.ruled, false, "page 2 (one short line) is not drawn with borders");
	expect(pdfrules_h(&r, 100, 200, 95, 105), true, "page 2's line");
	pdfrules_free(&r);
	/* A, b, a space, C: the line in reading order, whatever order it was shown in */
	expect(pg.nglyphs == 4, true, "page 2 has four characters (a space among them)");
	if (pg.nglyphs == 4)
	{
		expect(pg.glyphs[0].cp == 'A' && pg.glyphs[1].cp == 'b' && pg.glyphs[2].cp == ' ' &&
			   pg.glyphs[3].cp == 'C', true, "Ab C, in reading order");
		expect(pg.glyphs[0].x1 >= 99 && pg.glyphs[0].x1 <= 101 && pg.glyphs[3].x1 >= 115 &&
			   pg.glyphs[3].x1 <= 117, true, "A at 100 and C at 116");
		expect(pg.glyphs[0].y1 < 100 && pg.glyphs[0].y2 > 95, true, "A's box on its baseline, 100 down");
		expect(pg.glyphs[1].x1 >= pg.glyphs[0].x2 - 0.01f, true, "b right of A");
	}
	pdfpage_free(&pg);
	expect(pdfdoc_page(doc, 2, &pg), false, "no page 3");
	pdfdoc_close(doc);
	{
		static char cut[64];

		memcpy(cut, pdf, sizeof(cut));
		expect(pdfdoc_open(cut, sizeof(cut), &error) == NULL && error == PDFDOC_DAMAGED, true,
			   "a truncated PDF is damaged");
	}
	printf("pdfrules: %s\n", failed ? "failed" : "all checks passed");
	return failed ? 1 : 0;
}
