/*
 * totals.c — a document's headline figures for dashboards (totals.h).
 */
#include <string.h>

#include "totals.h"

const char *const gr_total_keys[GR_T_COUNT] = {
	"new_received", "carried_over", "granted", "partially_granted", "withheld",
	"unavailable", "not_processed", "other", "total", "carried_forward",
	"new_natural_person", "new_commercial", "new_research",
	"new_social_welfare", "new_legal_service", "new_other_org",
	"withheld_state_secret", "withheld_prohibited_by_law",
	"withheld_endangers_security", "withheld_third_party_rights",
	"withheld_internal_affairs", "withheld_process_information",
	"withheld_enforcement_files", "withheld_inquiry_matters",
	"reviews", "reviews_corrected", "lawsuits", "lawsuits_corrected"
};

/* The top-level disposition of each group figure, GR_T_GRANTED on. */
static const int group_disp[GR_T_TOTAL - GR_T_GRANTED] = {
	GR_D_GRANTED, GR_D_PARTIAL, GR_D_WITHHELD, GR_D_UNAVAILABLE,
	GR_D_NOT_PROCESSED, GR_D_OTHER
};

/* A running sum of cells: the mantissa at the largest scale seen so far. */
typedef struct acc
{
	int64_t		m;
	int			scale;
	bool		any;			/* a number was added */
	bool		overflow;
} acc;

static const int64_t pow10_tab[GR_MAX_SCALE + 1] = {
	1, 10, 100, 1000, 10000, 100000, 1000000
};

/* m * 10^k within GR_MAX_MANTISSA in absolute value, else false. */
static bool
scale_up(int64_t m, int k, int64_t *out)
{
	int64_t		f = pow10_tab[k];
	int64_t		lim = GR_MAX_MANTISSA / f;

	if (m > lim || m < -lim)
		return false;
	*out = m * f;
	return true;
}

static void
acc_add(acc *a, const gr_cell *c)
{
	int64_t		x;

	if (c->state != GR_VALUE || a->overflow)
		return;
	if (c->scale > GR_MAX_SCALE)
	{
		a->overflow = true;
		return;
	}
	if (!a->any)
	{
		a->m = c->m;
		a->scale = c->scale;
		a->any = true;
		return;
	}
	x = c->m;
	if (c->scale > a->scale)
	{
		if (!scale_up(a->m, c->scale - a->scale, &a->m))
		{
			a->overflow = true;
			return;
		}
		a->scale = c->scale;
	}
	else if (!scale_up(x, a->scale - c->scale, &x))
	{
		a->overflow = true;
		return;
	}
	a->m += x;
	if (a->m > GR_MAX_MANTISSA || a->m < -GR_MAX_MANTISSA)
		a->overflow = true;
}

static gr_cell
acc_cell(const acc *a)
{
	gr_cell		c;

	memset(&c, 0, sizeof c);
	if (a->any && !a->overflow)
	{
		c.m = a->m;
		c.scale = (uint8_t) a->scale;
		c.state = GR_VALUE;
	}
	return c;
}

/* A single cell as a figure: the number, or null. */
static gr_cell
one(const gr_cell *c)
{
	acc			a = {0, 0, false, false};

	acc_add(&a, c);
	return acc_cell(&a);
}

void
gr_totals_of(const gr_doc *d, const gr_mem *m, gr_totals *out)
{
	memset(out, 0, sizeof *out);

	if (d->form_requests != GR_FORM_NONE)
	{
		out->v[GR_T_NEW_RECEIVED] = one(&d->req[GR_R_NEW_RECEIVED][GR_RC_TOTAL]);
		out->v[GR_T_CARRIED_OVER] = one(&d->req[GR_R_CARRIED_OVER][GR_RC_TOTAL]);
		out->v[GR_T_TOTAL] = one(&d->req[GR_R_DISP(GR_D_TOTAL)][GR_RC_TOTAL]);
		out->v[GR_T_CARRIED_FORWARD] = one(&d->req[GR_R_CARRIED_FORWARD][GR_RC_TOTAL]);
		/* a group: every row it contains, itself included (a 2019 `other`) */
		for (int g = 0; g < GR_T_TOTAL - GR_T_GRANTED; g++)
		{
			acc			a = {0, 0, false, false};

			for (int r = 0; r < GR_D_TOTAL; r++)
				if (gr_disp_contains(group_disp[g], r))
					acc_add(&a, &d->req[GR_R_DISP(r)][GR_RC_TOTAL]);
			out->v[GR_T_GRANTED + g] = acc_cell(&a);
		}
		for (int c = GR_RC_NATURAL; c <= GR_RC_OTHER_ORG; c++)
			out->v[GR_T_NEW_NATURAL + c] = one(&d->req[GR_R_NEW_RECEIVED][c]);
		for (int r = GR_D_W_STATE_SECRET; r <= GR_D_W_INQUIRY; r++)
			out->v[GR_T_W_STATE_SECRET + r - GR_D_W_STATE_SECRET] =
				one(&d->req[GR_R_DISP(r)][GR_RC_TOTAL]);
	}
	if (d->has_appeals)
	{
		acc			lt = {0, 0, false, false},
					lc = {0, 0, false, false};

		out->v[GR_T_REVIEWS] = one(&d->appeals[GR_AP_REVIEW][GR_APC_TOTAL]);
		out->v[GR_T_REVIEWS_CORRECTED] = one(&d->appeals[GR_AP_REVIEW][GR_APC_CORRECTED]);
		for (int g = GR_AP_LIT_DIRECT; g <= GR_AP_LIT_AFTER; g++)
		{
			acc_add(&lt, &d->appeals[g][GR_APC_TOTAL]);
			acc_add(&lc, &d->appeals[g][GR_APC_CORRECTED]);
		}
		out->v[GR_T_LAWSUITS] = acc_cell(&lt);
		out->v[GR_T_LAWSUITS_CORRECTED] = acc_cell(&lc);
	}

	out->balance_ok = gr_balance_ok(d);
	if (!out->balance_ok)
	{
		gr_findings f;

		memset(&f, 0, sizeof f);
		gr_check(d, NULL, 0, m, &f);
		for (int i = 0; i < f.n; i++)
			if (f.v[i].rule == GR_RULE_SUSPECT_CELL)
				out->suspect_cells++;
	}
}
