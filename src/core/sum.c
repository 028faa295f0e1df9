/*
 * sum.c — cell-wise sums of documents (the core of govreport.report_sum).
 *
 * A null cell is skipped; a cell is null in the sum only if it is null in
 * every input that has its row; a row is in the sum if it is in any input.
 * Values are exact decimals (m / 10^scale): operands are aligned to the
 * larger scale after dropping trailing fractional zeros, and a sum beyond
 * GR_MAX_MANTISSA is reported as GR_SUM_OVERFLOW, never wrapped.
 *
 * Revisions: the running sum (gr_sum) keeps every cell of both revisions in
 * the document's union storage and remembers which revisions it has seen, so
 * the order of additions never matters (a parallel aggregate combines
 * partial sums in any order).  gr_sum_result then chooses one revision per
 * table:
 *   requests  one revision seen: that one.  Both: the 2019 form, whose single
 *             （六）其他处理 row is exactly the sum of the three 2021 other.*
 *             leaves, so nothing is lost or guessed and the balance rules
 *             still hold.
 *   active    one revision seen: that one.  Both: the 2021 form with the
 *             cells both revisions share (licensing, punishment and coercion
 *             decisions); its other cells would only sum a subset of the
 *             inputs, so they are null with a "missing" diagnostic.
 */
#include "gr.h"

#include <string.h>

#define FORM_BIT(f) ((f) == GR_FORM_2019 ? 1 : (f) == GR_FORM_2021 ? 2 : 0)

/* Drop trailing fractional zeros: 1.50 -> 1.5, so sums keep small scales. */
static gr_cell
normalize(gr_cell c)
{
	while (c.scale > 0 && c.m % 10 == 0)
	{
		c.m /= 10;
		c.scale--;
	}
	return c;
}

/* acc += x for one cell, exactly (decimal.c); false on overflow. */
static bool
cell_add(gr_cell *acc, const gr_cell *x)
{
	gr_dec		s = GR_DEC_ZERO;
	gr_cell		b;

	if (x->state == GR_ABSENT)
		return true;
	if (x->state != GR_VALUE)
	{
		/* a null cell: the row is present, the value unknown */
		if (acc->state == GR_ABSENT)
		{
			acc->state = GR_BLANK;
			acc->m = 0;
			acc->scale = 0;
		}
		return true;
	}
	b = normalize(*x);
	if (!gr_dec_add(&s, &b, 1))
		return false;
	if (acc->state == GR_VALUE && !gr_dec_add(&s, acc, 1))
		return false;
	return gr_dec_exact(s, acc);
}

/* Add every cell of x's tables into s->doc (union storage, no policy). */
static bool
doc_cells_add(gr_doc *acc, const gr_doc *x)
{
	bool		ok = true;

	for (int r = 0; r < GR_A_NROWS; r++)
		for (int c = 0; c < GR_A_NCOLS; c++)
			ok &= cell_add(&acc->active[r][c], &x->active[r][c]);
	for (int r = 0; r < GR_R_NROWS; r++)
		for (int c = 0; c < GR_RC_COUNT; c++)
			ok &= cell_add(&acc->req[r][c], &x->req[r][c]);
	for (int r = 0; r < GR_AP_NGROUPS; r++)
		for (int c = 0; c < GR_APC_NCOLS; c++)
			ok &= cell_add(&acc->appeals[r][c], &x->appeals[r][c]);
	/* the narrative facts are counts and amounts too */
	for (int f = 0; f < GR_F_COUNT; f++)
		ok &= cell_add(&acc->facts[f], &x->facts[f]);
	acc->has_appeals = acc->has_appeals || x->has_appeals;
	return ok;
}

void
gr_sum_init(gr_sum *s)
{
	memset(s, 0, sizeof(*s));
	s->doc.status = GR_NOT_A_REPORT;
	s->doc.script = GR_SIMPLIFIED;
}

int
gr_sum_add(gr_sum *s, const gr_doc *x)
{
	/* the year survives only when every input names the same one */
	if (s->ndocs == 0)
		s->doc.year = x->year;
	else if (s->doc.year != x->year)
		s->year_mixed = true;
	s->ndocs++;
	s->forms_active |= FORM_BIT(x->form_active);
	s->forms_requests |= FORM_BIT(x->form_requests);
	return doc_cells_add(&s->doc, x) ? GR_SUM_OK : GR_SUM_OVERFLOW;
}

int
gr_sum_merge(gr_sum *s, const gr_sum *t)
{
	if (t->ndocs == 0)
		return GR_SUM_OK;
	if (s->ndocs == 0)
	{
		*s = *t;
		return GR_SUM_OK;
	}
	if (t->year_mixed || s->doc.year != t->doc.year)
		s->year_mixed = true;
	s->ndocs += t->ndocs;
	s->forms_active |= t->forms_active;
	s->forms_requests |= t->forms_requests;
	return doc_cells_add(&s->doc, &t->doc) ? GR_SUM_OK : GR_SUM_OVERFLOW;
}

static void
clear_cell(gr_cell *c)
{
	memset(c, 0, sizeof(*c));
}

/* Section 2 cells both revisions have. */
static bool
active_shared(int r, int c)
{
	return gr_active_has(GR_FORM_2019, (gr_arow) r, (gr_acol) c) &&
		gr_active_has(GR_FORM_2021, (gr_arow) r, (gr_acol) c);
}

static gr_form
form_of(uint8_t bits)
{
	if (bits == 1)
		return GR_FORM_2019;
	if (bits == 2)
		return GR_FORM_2021;
	return GR_FORM_NONE;		/* none, or mixed: the caller decides */
}

int
gr_sum_result(const gr_sum *s, gr_doc *out, const gr_mem *m)
{
	gr_doc	   *d = out;

	*d = s->doc;
	d->diags = NULL;
	d->ndiags = d->diagcap = 0;
	d->agency.p = NULL;
	d->agency.len = 0;
	d->pub_y = d->pub_m = d->pub_d = 0;
	d->script = GR_SIMPLIFIED;
	for (int i = 0; i < GR_N_COUNT; i++)
	{
		d->narrative[i].p = NULL;
		d->narrative[i].len = 0;
	}
	if (s->year_mixed)
		d->year = 0;

	/* section 3 */
	if (s->forms_requests == 3)
	{
		/* mixed: the 2019 form; （六）其他处理 = its own sum + the 2021 leaves */
		for (int c = 0; c < GR_RC_COUNT; c++)
		{
			gr_cell    *o = &d->req[GR_R_DISP(GR_D_OTHER)][c];

			for (int l = GR_D_O_NO_CORRECTION; l <= GR_D_O_OTHER; l++)
			{
				if (!cell_add(o, &d->req[GR_R_DISP(l)][c]))
					return GR_SUM_OVERFLOW;
				clear_cell(&d->req[GR_R_DISP(l)][c]);
			}
		}
		d->form_requests = GR_FORM_2019;
	}
	else
		d->form_requests = form_of(s->forms_requests);
	if (d->form_requests == GR_FORM_NONE)
		memset(d->req, 0, sizeof(d->req));
	else
	{
		/* only the stored rows of the chosen revision */
		for (int r = 0; r < GR_R_NROWS; r++)
			if (!gr_rrow_is_leaf(d->form_requests, r))
				for (int c = 0; c < GR_RC_COUNT; c++)
					clear_cell(&d->req[r][c]);
	}

	/* section 2 */
	if (s->forms_active == 3)
	{
		d->form_active = GR_FORM_2021;
		for (int r = 0; r < GR_A_NROWS; r++)
			for (int c = 0; c < GR_A_NCOLS; c++)
			{
				if (!gr_active_has(GR_FORM_2021, (gr_arow) r, (gr_acol) c))
					clear_cell(&d->active[r][c]);
				else if (!active_shared(r, c))
				{
					/* summed over the 2021 inputs only: not a total, drop it */
					d->active[r][c].state = GR_MISSING;
					d->active[r][c].m = 0;
					d->active[r][c].scale = 0;
					if (m)
						gr_doc_diag(d, m, GR_SEC_ACTIVE, r, c, GR_PROB_MISSING, "", 0);
				}
			}
	}
	else
	{
		d->form_active = form_of(s->forms_active);
		for (int r = 0; r < GR_A_NROWS; r++)
			for (int c = 0; c < GR_A_NCOLS; c++)
				if (!gr_active_has(d->form_active, (gr_arow) r, (gr_acol) c))
					clear_cell(&d->active[r][c]);
	}

	/* section 4 */
	if (!d->has_appeals)
		memset(d->appeals, 0, sizeof(d->appeals));

	d->status = gr_status_rule(d);
	return GR_SUM_OK;
}

int
gr_doc_add(gr_doc *acc, const gr_doc *x)
{
	gr_sum		s;
	int			rc;

	gr_sum_init(&s);
	/* a zeroed document is the empty sum, not an input with no year */
	if (acc->status != GR_NOT_A_REPORT || acc->form_active || acc->form_requests ||
		acc->has_appeals || acc->year)
	{
		if (gr_sum_add(&s, acc) != GR_SUM_OK)
			return GR_SUM_OVERFLOW;
	}
	if (gr_sum_add(&s, x) != GR_SUM_OK)
		return GR_SUM_OVERFLOW;
	rc = gr_sum_result(&s, acc, NULL);
	return rc;
}
