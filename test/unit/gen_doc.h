/*
 * gen_doc.h — random balanced documents for the core's unit tests
 * (test_sum.c, test_render.c), and an independent balance check.
 */
#ifndef GR_GEN_DOC_H
#define GR_GEN_DOC_H

#include "gr.h"

#include <stdint.h>
#include <string.h>

/* xorshift64*: deterministic, no global state */
static inline uint64_t
gen_next(uint64_t *s)
{
	*s ^= *s >> 12;
	*s ^= *s << 25;
	*s ^= *s >> 27;
	return *s * UINT64_C(2685821657736338717);
}

static inline int64_t
gen_int(uint64_t *s, int64_t n)
{
	return (int64_t) (gen_next(s) % (uint64_t) n);
}

static inline void
gen_set(gr_cell *c, int64_t m, int scale)
{
	c->state = GR_VALUE;
	c->m = m;
	c->scale = (uint8_t) scale;
}

/*
 * A balanced document in the given revisions: every rule of form.md's
 * balance table holds.  Cells are small non-negative counts; the fee is a
 * decimal with up to three places.
 */
static inline void
gen_doc(gr_doc *d, uint64_t *s, gr_form fa, gr_form fr, int year)
{
	memset(d, 0, sizeof(*d));
	d->status = GR_OK;
	d->year = year;
	d->form_active = fa;
	d->form_requests = fr;
	d->has_appeals = true;

	for (int r = 0; r < GR_A_NROWS; r++)
		for (int c = 0; c < GR_A_NCOLS; c++)
			if (gr_active_has(fa, (gr_arow) r, (gr_acol) c))
			{
				if (c == GR_AC_AMOUNT)
					gen_set(&d->active[r][c], gen_int(s, 100000), (int) gen_int(s, 4));
				else if (c == GR_AC_CHANGE)
					gen_set(&d->active[r][c], gen_int(s, 21) - 10, 0);
				else
					gen_set(&d->active[r][c], gen_int(s, 50), 0);
			}

	for (int c = 0; c < GR_RC_TOTAL; c++)
	{
		int64_t		total = 0,
					fwd,
					over;

		for (int row = 0; row < GR_R_NROWS; row++)
		{
			int			disp = row - 2;

			if (row < 2 || row == GR_R_CARRIED_FORWARD || disp == GR_D_TOTAL ||
				!gr_rrow_is_leaf(fr, row))
				continue;
			gen_set(&d->req[row][c], gen_int(s, 6) * gen_int(s, 3), 0);
			total += d->req[row][c].m;
		}
		gen_set(&d->req[GR_R_DISP(GR_D_TOTAL)][c], total, 0);
		fwd = gen_int(s, 5);
		gen_set(&d->req[GR_R_CARRIED_FORWARD][c], fwd, 0);
		over = gen_int(s, total + fwd + 1);
		gen_set(&d->req[GR_R_CARRIED_OVER][c], over, 0);
		gen_set(&d->req[GR_R_NEW_RECEIVED][c], total + fwd - over, 0);
	}
	for (int row = 0; row < GR_R_NROWS; row++)
	{
		int64_t		sum = 0;

		if (!gr_rrow_is_leaf(fr, row))
			continue;
		for (int c = 0; c < GR_RC_TOTAL; c++)
			sum += d->req[row][c].m;
		gen_set(&d->req[row][GR_RC_TOTAL], sum, 0);
	}

	for (int g = 0; g < GR_AP_NGROUPS; g++)
	{
		int64_t		sum = 0;

		for (int c = 0; c < GR_APC_TOTAL; c++)
		{
			gen_set(&d->appeals[g][c], gen_int(s, 4), 0);
			sum += d->appeals[g][c].m;
		}
		gen_set(&d->appeals[g][GR_APC_TOTAL], sum, 0);
	}
}

/* value of a count cell, null as 0 (as the balance rules read it) */
static inline int64_t
gen_v(const gr_cell *c)
{
	return c->state == GR_VALUE ? c->m : 0;
}

/* The balance rules of form.md, written independently of the checker. */
static inline bool
gen_balanced(const gr_doc *d)
{
	gr_form		f = d->form_requests;

	if (f == GR_FORM_NONE || !d->has_appeals)
		return false;
	for (int c = 0; c < GR_RC_COUNT; c++)
	{
		int64_t		leaves = 0;

		for (int row = 2; row < GR_R_CARRIED_FORWARD; row++)
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

/* Do two documents have the same tables (forms, presence, values)? */
static inline bool
gen_same_cell(const gr_cell *a, const gr_cell *b)
{
	bool		an = a->state != GR_VALUE,
				bn = b->state != GR_VALUE;
	int64_t		am = a->m,
				bm = b->m;
	int			as = a->scale,
				bs = b->scale;

	if (an || bn)
		return an == bn && (a->state == GR_ABSENT) == (b->state == GR_ABSENT);
	while (as < bs)
	{
		am *= 10;
		as++;
	}
	while (bs < as)
	{
		bm *= 10;
		bs++;
	}
	return am == bm;
}

static inline bool
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

#endif
