/*
 * rows_pdf.c — pdftotext -layout rows: section 3's columns by position.
 * See rows_pdf.h.  Constant work per row (at most GR_PDF_REFS layouts of
 * GR_PDF_MAXCOLS columns); no allocation.
 */
#include "rows_pdf.h"

#include <stdlib.h>
#include <string.h>

int
gr_pdf_mid(const gr_toks *ts, const gr_tok *t)
{
	const char *a = ts->text + t->lstart;
	int			x = 0,
				w = 0;

	if (t->s < a || t->s > ts->text + t->lend || t->s - a > 4096)
		return -1;
	for (const char *c = a; c < t->s + t->len; c++)
	{
		unsigned char u = (unsigned char) *c;
		int			d = u < 0x80 ? 1 : u >= 0xC0 ? ((u < 0xE0 || u == 0xE2) ? 1 : 2) : 0;

		if (c < t->s)
			x += d;
		else
			w += d;
	}
	return 2 * x + w;
}

void
gr_pdf_cols_full(gr_pdf_cols *s, const int *mids, int n)
{
	int			k;

	if (n <= 0 || n > GR_PDF_MAXCOLS)
		return;
	for (int j = 0; j < s->nrefs; j++)
		if (s->ncols[j] == n && memcmp(s->ref[j], mids, sizeof(int) * (size_t) n) == 0)
			return;
	/* when full, the newest replaces the last kept */
	k = s->nrefs < GR_PDF_REFS ? s->nrefs++ : GR_PDF_REFS - 1;
	memcpy(s->ref[k], mids, sizeof(int) * (size_t) n);
	s->ncols[k] = n;
}

/* The values in the columns of one layout; false if some has none of its own. */
static bool
map_to(const int *ref, int ncols, const int *mids, int n, int *col)
{
	for (int k = 0; k < n; k++)
	{
		int			best = -1;

		for (int c = 0; c < ncols && mids[k] >= 0; c++)
			if (abs(ref[c] - mids[k]) <= 6 &&
				(best < 0 || abs(ref[c] - mids[k]) < abs(ref[best] - mids[k])))
				best = c;
		if (best < 0 || (k > 0 && best <= col[k - 1]))
			return false;
		col[k] = best;
	}
	return true;
}

bool
gr_pdf_cols_place(const gr_pdf_cols *s, const int *mids, int n, int ncols, int *col)
{
	int			other[GR_PDF_MAXCOLS];
	bool		found = false;

	if (n <= 0 || n > GR_PDF_MAXCOLS)
		return false;
	for (int j = 0; j < s->nrefs; j++)
	{
		if (s->ncols[j] != ncols || !map_to(s->ref[j], ncols, mids, n, found ? other : col))
			continue;
		if (found && memcmp(other, col, sizeof(int) * (size_t) n) != 0)
			return false;
		found = true;
	}
	return found;
}
