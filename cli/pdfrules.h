/*
 * pdfrules.h — a PDF page's ruling lines: where the page draws a table's
 * borders.
 *
 * The lines come from the page's content (pdfpage.cc: straight horizontal
 * and vertical strokes and filled rectangles in a dark colour); nothing is
 * rendered.  A rule is such a line at most THIN points thick; the lines are
 * kept sorted (horizontal ones by height, vertical ones by abscissa) so a
 * question looks only at the lines near the band it asks about.
 */
#ifndef CLI_PDFRULES_H
#define CLI_PDFRULES_H

#include <stdbool.h>

#include "pdfpage.h"

typedef struct pdfrules
{
	pdfpath    *h;				/* horizontal rules, by y1 */
	pdfpath    *v;				/* vertical rules, by x1 */
	int			nh,
				nv;
	bool		have;			/* the page's lines were read */
	bool		ruled;			/* the page has long lines: a table drawn with borders */
} pdfrules;

/* Index a page's n lines (copied); false (and nothing kept) when out of memory. */
bool		pdfrules_read(pdfrules *r, const pdfpath *p, int n);
void		pdfrules_free(pdfrules *r);

/*
 * A horizontal rule between heights ya and yb (points) across the whole of
 * x1..x2: lines at most THIN thick that share a height and cover nine
 * tenths of the span.
 */
bool		pdfrules_h(const pdfrules *r, float x1, float x2, float ya, float yb);

/* How many such rules, one above the other, up to most. */
int			pdfrules_h_count(const pdfrules *r, float x1, float x2, float ya, float yb, int most);

/* A vertical rule between xa and xb, unbroken from y1 to y2. */
bool		pdfrules_v(const pdfrules *r, float xa, float xb, float y1, float y2);

#endif
