/*
 * libgen.c — what the document generators share (see libgen.h).
 */
#include "libgen.h"

#include <stdio.h>
#include <string.h>

/* ------------------------------------------------------------ randomness */

uint64_t
gen_rand(uint64_t *s)
{
	*s ^= *s >> 12;
	*s ^= *s << 25;
	*s ^= *s >> 27;
	return *s * UINT64_C(0x2545F4914F6CDD1D);
}

uint64_t
gen_seed(uint64_t seed, uint64_t salt)
{
	uint64_t	s = seed * UINT64_C(0x9E3779B97F4A7C15) + salt;

	if (s == 0)
		s = 1;
	for (int i = 0; i < 4; i++)
		(void) gen_rand(&s);
	return s;
}

int64_t
gen_below(uint64_t *s, int64_t n)
{
	return n <= 1 ? 0 : (int64_t) (gen_rand(s) % (uint64_t) n);
}

int64_t
gen_int(uint64_t *s, int64_t n)
{
	return (int64_t) (gen_rand(s) % (uint64_t) n);
}

int
gen_range(uint64_t *s, int lo, int hi)
{
	return lo + (int) gen_int(s, (int64_t) hi - lo + 1);
}

bool
gen_chance(uint64_t *s, int num, int den)
{
	return gen_below(s, den) < num;
}

/* ------------------------------------------------------------ the tables */

void
gen_set(gr_cell *c, int64_t m, int scale)
{
	c->state = GR_VALUE;
	c->m = m;
	c->scale = (uint8_t) scale;
}

void
gen_requests_balanced(gr_doc *d, uint64_t *s, gen_draw leaf, int64_t fwd_n)
{
	gr_form		f = d->form_requests;

	for (int c = 0; c < GR_RC_TOTAL; c++)
	{
		int64_t		total = 0,
					fwd,
					over;

		for (int row = GR_R_DISP(0); row < GR_R_CARRIED_FORWARD; row++)
		{
			if (row == GR_R_DISP(GR_D_TOTAL) || !gr_rrow_is_leaf(f, row))
				continue;
			gen_set(&d->req[row][c], leaf(s), 0);
			total += d->req[row][c].m;
		}
		gen_set(&d->req[GR_R_DISP(GR_D_TOTAL)][c], total, 0);
		fwd = gen_below(s, fwd_n);
		gen_set(&d->req[GR_R_CARRIED_FORWARD][c], fwd, 0);
		over = gen_below(s, total + fwd + 1);
		gen_set(&d->req[GR_R_CARRIED_OVER][c], over, 0);
		gen_set(&d->req[GR_R_NEW_RECEIVED][c], total + fwd - over, 0);
	}
	gen_requests_totals(d);
}

void
gen_requests_totals(gr_doc *d)
{
	for (int row = 0; row < GR_R_NROWS; row++)
	{
		int64_t		sum = 0;

		if (!gr_rrow_is_leaf(d->form_requests, row))
			continue;
		for (int c = 0; c < GR_RC_TOTAL; c++)
			sum += gen_v(&d->req[row][c]);
		gen_set(&d->req[row][GR_RC_TOTAL], sum, 0);
	}
}

void
gen_appeals_balanced(gr_doc *d, uint64_t *s, gen_draw cell)
{
	d->has_appeals = true;
	for (int g = 0; g < GR_AP_NGROUPS; g++)
	{
		int64_t		sum = 0;

		for (int c = 0; c < GR_APC_TOTAL; c++)
		{
			gen_set(&d->appeals[g][c], cell(s), 0);
			sum += d->appeals[g][c].m;
		}
		gen_set(&d->appeals[g][GR_APC_TOTAL], sum, 0);
	}
}

/* gen_doc's distributions: small counts, many of them zero */
static int64_t
doc_leaf(uint64_t *s)
{
	int64_t		a = gen_int(s, 6);

	return a * gen_int(s, 3);
}

static int64_t
doc_appeal(uint64_t *s)
{
	return gen_int(s, 4);
}

void
gen_doc(gr_doc *d, uint64_t *s, gr_form fa, gr_form fr, int year)
{
	memset(d, 0, sizeof(*d));
	d->status = GR_OK;
	d->year = year;
	d->form_active = fa;
	d->form_requests = fr;

	for (int r = 0; r < GR_A_NROWS; r++)
		for (int c = 0; c < GR_A_NCOLS; c++)
			if (gr_active_has(fa, (gr_arow) r, (gr_acol) c))
			{
				if (c == GR_AC_AMOUNT)
				{
					int			scale = (int) gen_int(s, 4);

					gen_set(&d->active[r][c], gen_int(s, 100000), scale);
				}
				else if (c == GR_AC_CHANGE)
					gen_set(&d->active[r][c], gen_int(s, 21) - 10, 0);
				else
					gen_set(&d->active[r][c], gen_int(s, 50), 0);
			}
	gen_requests_balanced(d, s, doc_leaf, 5);
	gen_appeals_balanced(d, s, doc_appeal);
}

/* ------------------------------------------------------------ checks */

int64_t
gen_v(const gr_cell *c)
{
	return c->state == GR_VALUE ? c->m : 0;
}

bool
gen_balanced(const gr_doc *d)
{
	gr_form		f = d->form_requests;

	if (f == GR_FORM_NONE || !d->has_appeals)
		return false;
	for (int c = 0; c < GR_RC_COUNT; c++)
	{
		int64_t		leaves = 0;

		for (int row = GR_R_DISP(0); row < GR_R_CARRIED_FORWARD; row++)
			if (row != GR_R_DISP(GR_D_TOTAL) && gr_rrow_is_leaf(f, row))
				leaves += gen_v(&d->req[row][c]);
		if (leaves != gen_v(&d->req[GR_R_DISP(GR_D_TOTAL)][c]))
			return false;
		if (gen_v(&d->req[GR_R_NEW_RECEIVED][c]) + gen_v(&d->req[GR_R_CARRIED_OVER][c]) !=
			gen_v(&d->req[GR_R_DISP(GR_D_TOTAL)][c]) + gen_v(&d->req[GR_R_CARRIED_FORWARD][c]))
			return false;
	}
	for (int row = 0; row < GR_R_NROWS; row++)
	{
		int64_t		sum = 0;

		if (!gr_rrow_is_leaf(f, row))
			continue;
		for (int c = 0; c < GR_RC_TOTAL; c++)
			sum += gen_v(&d->req[row][c]);
		if (sum != gen_v(&d->req[row][GR_RC_TOTAL]))
			return false;
	}
	for (int g = 0; g < GR_AP_NGROUPS; g++)
	{
		int64_t		sum = 0;

		for (int c = 0; c < GR_APC_TOTAL; c++)
			sum += gen_v(&d->appeals[g][c]);
		if (sum != gen_v(&d->appeals[g][GR_APC_TOTAL]))
			return false;
	}
	return true;
}

/* two numbers, equal at any scale */
static bool
same_value(const gr_cell *a, const gr_cell *b)
{
	int64_t		am = a->m,
				bm = b->m;
	int			as = a->scale,
				bs = b->scale;

	for (; as < bs; as++)
		am *= 10;
	for (; bs < as; bs++)
		bm *= 10;
	return am == bm;
}

bool
gen_cell_equal(const gr_cell *a, const gr_cell *b)
{
	if (a->state != b->state)
		return false;
	return a->state != GR_VALUE || same_value(a, b);
}

bool
gen_same_cell(const gr_cell *a, const gr_cell *b)
{
	bool		an = a->state != GR_VALUE,
				bn = b->state != GR_VALUE;

	if (an || bn)
		return an == bn && (a->state == GR_ABSENT) == (b->state == GR_ABSENT);
	return same_value(a, b);
}

bool
gen_same_tables(const gr_doc *a, const gr_doc *b, char *where, size_t wlen)
{
	if (a->form_active != b->form_active || a->form_requests != b->form_requests ||
		a->has_appeals != b->has_appeals)
	{
		snprintf(where, wlen, "forms %d/%d/%d vs %d/%d/%d", a->form_active,
				 a->form_requests, a->has_appeals, b->form_active, b->form_requests,
				 b->has_appeals);
		return false;
	}
	for (int r = 0; r < GR_A_NROWS; r++)
		for (int c = 0; c < GR_A_NCOLS; c++)
			if (!gen_same_cell(&a->active[r][c], &b->active[r][c]))
			{
				snprintf(where, wlen, "active.%s.%s", gr_arows[r].key, gr_acols[c].key);
				return false;
			}
	for (int r = 0; r < GR_R_NROWS; r++)
		for (int c = 0; c < GR_RC_COUNT; c++)
			if (!gen_same_cell(&a->req[r][c], &b->req[r][c]))
			{
				snprintf(where, wlen, "requests.%s.%d", gr_rrow_key(r), c);
				return false;
			}
	for (int r = 0; r < GR_AP_NGROUPS; r++)
		for (int c = 0; c < GR_APC_NCOLS; c++)
			if (!gen_same_cell(&a->appeals[r][c], &b->appeals[r][c]))
			{
				snprintf(where, wlen, "appeals.%s.%s", gr_apgroups[r].key, gr_apcols[c].key);
				return false;
			}
	return true;
}
