/*
 * pdfrules.c — a PDF page's ruling lines, from a rendering of the page
 * (see pdfrules.h).
 */
#include "pdfrules.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <cairo.h>
#include <poppler.h>

/* A pixel is ink when it is this much darker than white (of 255). */
#define INK 40
/*
 * The largest rendering, in pixels a side: larger pages are scaled down
 * (at most 16 MB of pixels and as much of index a page), and a page over
 * twice this is not rendered at all.
 */
#define MAX_SIDE 2000
/* A rule is at most this many pixels thick (a filled cell is not a rule). */
#define THIN 4

bool
pdfrules_read(pdfrules *r, PopplerPage *page, double pw, double ph)
{
	cairo_surface_t *s;
	cairo_t    *cr;
	const unsigned char *px;
	int			stride;
	double		scale = 1.0;

	memset(r, 0, sizeof(*r));
	if (!(pw > 1 && ph > 1))
		return false;
	if (pw > MAX_SIDE || ph > MAX_SIDE)
		scale = MAX_SIDE / (pw > ph ? pw : ph);
	if (pw * scale < 16 || ph * scale < 16 || scale < 0.5)
		return false;			/* too coarse to find a rule in */
	r->w = (int) ceil(pw * scale);
	r->h = (int) ceil(ph * scale);
	r->scale = (float) scale;
	s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, r->w, r->h);
	if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS)
	{
		cairo_surface_destroy(s);
		return false;
	}
	cr = cairo_create(s);
	cairo_set_source_rgb(cr, 1, 1, 1);
	cairo_paint(cr);
	cairo_scale(cr, scale, scale);
	poppler_page_render(page, cr);
	cairo_destroy(cr);
	cairo_surface_flush(s);
	px = cairo_image_surface_get_data(s);
	stride = cairo_image_surface_get_stride(s);
	r->row = malloc(sizeof(uint16_t) * (size_t) r->h * (size_t) (r->w + 1));
	r->col = malloc(sizeof(uint16_t) * (size_t) r->w * (size_t) (r->h + 1));
	if (px == NULL || r->row == NULL || r->col == NULL)
	{
		cairo_surface_destroy(s);
		pdfrules_free(r);
		return false;
	}
	for (int x = 0; x < r->w; x++)
		r->col[(size_t) x * (size_t) (r->h + 1)] = 0;
	for (int y = 0, lines = 0; y < r->h; y++)
	{
		int			run = 0,
					longest = 0;

		const uint32_t *p = (const uint32_t *) (px + (size_t) y * (size_t) stride);
		uint16_t   *row = r->row + (size_t) y * (size_t) (r->w + 1);

		row[0] = 0;
		for (int x = 0; x < r->w; x++)
		{
			/* RGB24: one native 32-bit word a pixel, 0x00RRGGBB */
			uint32_t	v = p[x];
			int			dark = 255 - (int) (((v >> 16) & 0xFF) + ((v >> 8) & 0xFF) + (v & 0xFF)) / 3;
			int			ink = dark >= INK;
			uint16_t   *col = r->col + (size_t) x * (size_t) (r->h + 1);

			row[x + 1] = (uint16_t) (row[x] + ink);
			col[y + 1] = (uint16_t) (col[y] + ink);
			run = ink ? run + 1 : 0;
			if (run > longest)
				longest = run;
		}
		/* a row of pixels inked over 24 points without a break: no text does that */
		if (longest >= 24 * scale && ++lines >= 8)
			r->ruled = true;
	}
	cairo_surface_destroy(s);
	return true;
}

void
pdfrules_free(pdfrules *r)
{
	free(r->row);
	free(r->col);
	memset(r, 0, sizeof(*r));
}

static int
clampi(float v, int lo, int hi)
{
	int			i = (int) floorf(v);

	return i < lo ? lo : i > hi ? hi : i;
}

/* Is row y of the index inked over nine tenths of x1..x2 (pixels, x2 exclusive)? */
static bool
row_full(const pdfrules *r, int y, int x1, int x2)
{
	const uint16_t *row;

	if (y < 0 || y >= r->h)
		return false;
	row = r->row + (size_t) y * (size_t) (r->w + 1);
	return (row[x2] - row[x1]) * 10 >= (x2 - x1) * 9;
}

/* Is column x inked all the way from y1 to y2 (a border is unbroken, a glyph's edge is not)? */
static bool
col_full(const pdfrules *r, int x, int y1, int y2)
{
	const uint16_t *col;

	if (x < 0 || x >= r->w)
		return false;
	col = r->col + (size_t) x * (size_t) (r->h + 1);
	return col[y2] - col[y1] == y2 - y1;
}

bool
pdfrules_h(const pdfrules *r, float x1, float x2, float ya, float yb)
{
	int			a,
				b,
				y1,
				y2;

	if (r->row == NULL)
		return false;
	a = clampi(x1 * r->scale, 0, r->w);
	b = clampi(x2 * r->scale, 0, r->w);
	y1 = clampi(ya * r->scale, 0, r->h);
	y2 = clampi(yb * r->scale + 1, 0, r->h);
	if (b - a < 3)
		return false;
	for (int y = y1; y < y2; y++)
	{
		int			s = y,
					t = y;

		if (!row_full(r, y, a, b))
			continue;
		/* the whole band of full rows, also where it reaches outside ya..yb */
		while (s > 0 && y - s <= THIN && row_full(r, s - 1, a, b))
			s--;
		while (t < r->h && t - s <= THIN && row_full(r, t, a, b))
			t++;
		if (t - s <= THIN)
			return true;
		y = t;
	}
	return false;
}

bool
pdfrules_v(const pdfrules *r, float xa, float xb, float y1, float y2)
{
	int			a,
				b,
				x1,
				x2;

	if (r->col == NULL)
		return false;
	a = clampi(y1 * r->scale, 0, r->h);
	b = clampi(y2 * r->scale, 0, r->h);
	x1 = clampi(xa * r->scale, 0, r->w);
	x2 = clampi(xb * r->scale + 1, 0, r->w);
	if (b - a < 3)
		return false;
	for (int x = x1; x < x2; x++)
	{
		int			s = x,
					t = x;

		if (!col_full(r, x, a, b))
			continue;
		while (s > 0 && x - s <= THIN && col_full(r, s - 1, a, b))
			s--;
		while (t < r->w && t - s <= THIN && col_full(r, t, a, b))
			t++;
		if (t - s <= THIN)
			return true;
		x = t;
	}
	return false;
}
