/*
 * pdfrules.h — a PDF page's ruling lines, found in a rendering of the page.
 *
 * poppler-glib gives the characters of a page but not its paths, so the
 * table's borders are found where they are drawn: the page is rendered
 * (poppler_page_render, cairo, about one pixel per point) and a rule is a
 * thin band of ink across a whole span.  Running sums over the rows and
 * the columns of ink answer "is there a rule here" in time proportional to
 * the band searched, not to its area.
 */
#ifndef CLI_PDFRULES_H
#define CLI_PDFRULES_H

#include <stdbool.h>
#include <stdint.h>

#include <poppler.h>


typedef struct pdfrules
{
	int			w,
				h;				/* pixels */
	float		scale;			/* pixels per point */
	uint16_t   *row;			/* row[y * (w + 1) + x]: inked pixels of row y left of x */
	uint16_t   *col;			/* col[x * (h + 1) + y]: inked pixels of column x above y */
	bool		ruled;			/* the page has long lines: a table drawn with borders */
} pdfrules;

/* Render the page and index its ink; false (and nothing kept) if it cannot. */
bool		pdfrules_read(pdfrules *r, PopplerPage *page, double pw, double ph);
void		pdfrules_free(pdfrules *r);

/*
 * A horizontal rule between heights ya and yb (points) across the whole of
 * x1..x2: a band at most 4 pixels thick, inked over nine tenths of the span.
 */
bool		pdfrules_h(const pdfrules *r, float x1, float x2, float ya, float yb);

/* A vertical rule between xa and xb, unbroken from y1 to y2. */
bool		pdfrules_v(const pdfrules *r, float xa, float xb, float y1, float y2);

#endif
