/*
 * pdfrules.c — a PDF page's ruling lines, from the lines its content draws
 * (see pdfrules.h).
 *
 * Heights and spans are taken in whole points: a band asked about covers
 * the points floor(ya) to floor(yb) inclusive, and a line counts over
 * every point it touches.  Glyphs are not lines, so a character's stroke
 * is never taken for a rule.
 */
#include "pdfrules.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* A rule is at most this many points thick (a filled cell is not a rule). */
#define THIN 4
/* At most this many lines are weighed for one question (a hostile page). */
#define NEAR 256
/* A page is drawn with borders when this many points of height carry long lines. */
#define RULED_ROWS 8
#define RULED_LEN 24

static int
by_y1(const void *a, const void *b)
{
	float		p = ((const pdfpath *) a)->y1,
				q = ((const pdfpath *) b)->y1;

	return (p > q) - (p < q);
}

static int
by_x1(const void *a, const void *b)
{
	float		p = ((const pdfpath *) a)->x1,
				q = ((const pdfpath *) b)->x1;

	return (p > q) - (p < q);
}

bool
pdfrules_read(pdfrules *r, const pdfpath *p, int n)
{
	int			rows = 0;

	memset(r, 0, sizeof(*r));
	r->h = malloc(sizeof(pdfpath) * (size_t) (n > 0 ? n : 1));
	r->v = malloc(sizeof(pdfpath) * (size_t) (n > 0 ? n : 1));
	if (r->h == NULL || r->v == NULL)
	{
		pdfrules_free(r);
		return false;
	}
	for (int i = 0; i < n; i++)
	{
		float		thick = p[i].vertical ? p[i].x2 - p[i].x1 : p[i].y2 - p[i].y1;

		/* a line over 24 points long, a point of height each (a filled band: its height) */
		if (!p[i].vertical && p[i].x2 - p[i].x1 >= RULED_LEN)
			rows += thick > 1 ? (int) lroundf(fminf(thick, RULED_ROWS)) : 1;
		if (thick > THIN)
			continue;
		if (p[i].vertical)
			r->v[r->nv++] = p[i];
		else
			r->h[r->nh++] = p[i];
	}
	qsort(r->h, (size_t) r->nh, sizeof(pdfpath), by_y1);
	qsort(r->v, (size_t) r->nv, sizeof(pdfpath), by_x1);
	r->ruled = rows >= RULED_ROWS;
	r->have = true;
	return true;
}

void
pdfrules_free(pdfrules *r)
{
	free(r->h);
	free(r->v);
	memset(r, 0, sizeof(*r));
}

/* The first of n lines sorted by key whose key is at least k. */
static int
first_from(const pdfpath *p, int n, float k, bool vertical)
{
	int			lo = 0,
				hi = n;

	while (lo < hi)
	{
		int			mid = lo + (hi - lo) / 2;

		if ((vertical ? p[mid].x1 : p[mid].y1) < k)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Sort a few lines by where they start along the span (insertion: n <= NEAR). */
static void
sort_along(const pdfpath **c, int n, bool vertical)
{
	for (int i = 1; i < n; i++)
	{
		const pdfpath *t = c[i];
		float		k = vertical ? t->y1 : t->x1;
		int			j = i;

		while (j > 0 && (vertical ? c[j - 1]->y1 : c[j - 1]->x1) > k)
		{
			c[j] = c[j - 1];
			j--;
		}
		c[j] = t;
	}
}

/*
 * The horizontal rules between ya and yb across x1..x2, counted from the
 * top (rules closer than THIN are one), up to most.
 */
static int
h_rules(const pdfrules *r, float x1, float x2, float ya, float yb, int most)
{
	const pdfpath *c[NEAR],
			   *byy[NEAR];
	int			k = 0,
				found = 0;
	float		top = floorf(ya),
				bottom = floorf(yb) + 1,
				span,
				last = 0;

	if (!r->have || r->nh == 0)
		return 0;
	x1 = floorf(x1);
	x2 = floorf(x2);
	span = x2 - x1;
	if (span < 3)
		return 0;
	/* a line reaching into top..bottom starts at most THIN above it */
	for (int i = first_from(r->h, r->nh, top - THIN - 1, false); i < r->nh && r->h[i].y1 < bottom && k < NEAR; i++)
		if (r->h[i].y2 > top && r->h[i].x2 > x1 && r->h[i].x1 < x2)
		{
			byy[k] = &r->h[i];
			c[k++] = &r->h[i];
		}
	sort_along(c, k, false);
	/*
	 * The lines at one height (overlapping the i-th's) covering nine tenths
	 * of the span, each taken as the whole points it touches.
	 */
	for (int i = 0; i < k && found < most; i++)
	{
		float		covered = 0,
					end = x1;

		if (found > 0 && byy[i]->y1 <= last + THIN)
			continue;
		for (int j = 0; j < k; j++)
		{
			float		a,
						b;

			if (!(c[j]->y1 < byy[i]->y2 && c[j]->y2 > byy[i]->y1))
				continue;
			a = fmaxf(floorf(c[j]->x1), end);
			b = fminf(ceilf(c[j]->x2), x2);
			if (b > a)
			{
				covered += b - a;
				end = b;
			}
		}
		if (covered * 10 >= span * 9)
		{
			found++;
			last = byy[i]->y2;
		}
	}
	return found;
}

bool
pdfrules_h(const pdfrules *r, float x1, float x2, float ya, float yb)
{
	return h_rules(r, x1, x2, ya, yb, 1) > 0;
}

int
pdfrules_h_count(const pdfrules *r, float x1, float x2, float ya, float yb, int most)
{
	return h_rules(r, x1, x2, ya, yb, most);
}

bool
pdfrules_v(const pdfrules *r, float xa, float xb, float y1, float y2)
{
	const pdfpath *c[NEAR];
	int			k = 0;
	float		left = floorf(xa),
				right = floorf(xb) + 1;

	if (!r->have || r->nv == 0)
		return false;
	y1 = floorf(y1);
	y2 = floorf(y2);
	if (y2 - y1 < 3)
		return false;
	for (int i = first_from(r->v, r->nv, left - THIN - 1, true); i < r->nv && r->v[i].x1 < right && k < NEAR; i++)
		if (r->v[i].x2 > left && r->v[i].y2 > y1 && r->v[i].y1 < y2)
			c[k++] = &r->v[i];
	sort_along(c, k, true);
	/*
	 * The lines at one abscissa (overlapping the i-th's) unbroken from y1 to
	 * y2, each taken as the whole points it touches (the pixels it inked):
	 * pieces that meet in one point touch.
	 */
	for (int i = 0; i < k; i++)
	{
		float		reach = y1;

		for (int j = 0; j < k && reach < y2; j++)
		{
			if (!(c[j]->x1 < c[i]->x2 && c[j]->x2 > c[i]->x1))
				continue;
			if (floorf(c[j]->y1) > reach)
				break;
			if (ceilf(c[j]->y2) > reach)
				reach = ceilf(c[j]->y2);
		}
		if (reach >= y2)
			return true;
	}
	return false;
}
