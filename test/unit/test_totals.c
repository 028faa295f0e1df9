/*
 * test_totals.c — gr_totals_of: each figure against the cells it is made
 * of (written out here row by row, not through gr_disp_contains), null and
 * blank cells, decimals, overflow, balance and suspect cells, and that the
 * figures of a sum of documents are the sums of their figures.
 */
#include "unit.h"
#include "libgen.h"
#include "totals.h"

static gr_mem mem;

static int64_t
tot(const gr_doc *d, int disp)
{
	return gen_v(&d->req[GR_R_DISP(disp)][GR_RC_TOTAL]);
}

/* value of a figure; -1 for null */
static int64_t
fig(const gr_totals *t, gr_total k)
{
	return t->v[k].state == GR_VALUE ? t->v[k].m : -1;
}

/* random balanced documents of both revisions: every figure by hand */
static void
test_random(void)
{
	uint64_t	s = 42;

	for (int i = 0; i < 500; i++)
	{
		gr_doc		d;
		gr_totals	t;
		gr_form		fr = i % 3 == 0 ? GR_FORM_2019 : GR_FORM_2021;
		int64_t		other;

		gen_doc(&d, &s, GR_FORM_2021, fr, 2022);
		gr_totals_of(&d, &mem, &t);
		CHECK(t.balance_ok);
		CHECK_EQ_INT(t.suspect_cells, 0);
		CHECK_EQ_INT(fig(&t, GR_T_NEW_RECEIVED), gen_v(&d.req[GR_R_NEW_RECEIVED][GR_RC_TOTAL]));
		CHECK_EQ_INT(fig(&t, GR_T_CARRIED_OVER), gen_v(&d.req[GR_R_CARRIED_OVER][GR_RC_TOTAL]));
		CHECK_EQ_INT(fig(&t, GR_T_CARRIED_FORWARD), gen_v(&d.req[GR_R_CARRIED_FORWARD][GR_RC_TOTAL]));
		CHECK_EQ_INT(fig(&t, GR_T_TOTAL), tot(&d, GR_D_TOTAL));
		CHECK_EQ_INT(fig(&t, GR_T_GRANTED), tot(&d, GR_D_GRANTED));
		CHECK_EQ_INT(fig(&t, GR_T_PARTIAL), tot(&d, GR_D_PARTIAL));
		CHECK_EQ_INT(fig(&t, GR_T_WITHHELD),
					 tot(&d, GR_D_W_STATE_SECRET) + tot(&d, GR_D_W_PROHIBITED) +
					 tot(&d, GR_D_W_SECURITY) + tot(&d, GR_D_W_THIRD_PARTY) +
					 tot(&d, GR_D_W_INTERNAL) + tot(&d, GR_D_W_PROCESS) +
					 tot(&d, GR_D_W_ENFORCEMENT) + tot(&d, GR_D_W_INQUIRY));
		CHECK_EQ_INT(fig(&t, GR_T_UNAVAILABLE),
					 tot(&d, GR_D_U_NOT_HELD) + tot(&d, GR_D_U_CREATION) + tot(&d, GR_D_U_UNCLEAR));
		CHECK_EQ_INT(fig(&t, GR_T_NOT_PROCESSED),
					 tot(&d, GR_D_N_PETITION) + tot(&d, GR_D_N_DUPLICATE) +
					 tot(&d, GR_D_N_PUBLICATION) + tot(&d, GR_D_N_EXCESSIVE) +
					 tot(&d, GR_D_N_CONFIRMATION));
		other = fr == GR_FORM_2019 ? tot(&d, GR_D_OTHER) :
			tot(&d, GR_D_O_NO_CORRECTION) + tot(&d, GR_D_O_UNPAID_FEE) + tot(&d, GR_D_O_OTHER);
		CHECK_EQ_INT(fig(&t, GR_T_OTHER), other);
		/* the six groups make the total of a balanced document */
		CHECK_EQ_INT(fig(&t, GR_T_GRANTED) + fig(&t, GR_T_PARTIAL) + fig(&t, GR_T_WITHHELD) +
					 fig(&t, GR_T_UNAVAILABLE) + fig(&t, GR_T_NOT_PROCESSED) + other,
					 fig(&t, GR_T_TOTAL));
		CHECK_EQ_INT(fig(&t, GR_T_NEW_NATURAL), gen_v(&d.req[GR_R_NEW_RECEIVED][GR_RC_NATURAL]));
		CHECK_EQ_INT(fig(&t, GR_T_NEW_OTHER_ORG), gen_v(&d.req[GR_R_NEW_RECEIVED][GR_RC_OTHER_ORG]));
		CHECK_EQ_INT(fig(&t, GR_T_W_STATE_SECRET), tot(&d, GR_D_W_STATE_SECRET));
		CHECK_EQ_INT(fig(&t, GR_T_W_PROCESS), tot(&d, GR_D_W_PROCESS));
		CHECK_EQ_INT(fig(&t, GR_T_W_INQUIRY), tot(&d, GR_D_W_INQUIRY));
		CHECK_EQ_INT(fig(&t, GR_T_REVIEWS), gen_v(&d.appeals[GR_AP_REVIEW][GR_APC_TOTAL]));
		CHECK_EQ_INT(fig(&t, GR_T_REVIEWS_CORRECTED), gen_v(&d.appeals[GR_AP_REVIEW][GR_APC_CORRECTED]));
		CHECK_EQ_INT(fig(&t, GR_T_LAWSUITS),
					 gen_v(&d.appeals[GR_AP_LIT_DIRECT][GR_APC_TOTAL]) +
					 gen_v(&d.appeals[GR_AP_LIT_AFTER][GR_APC_TOTAL]));
		CHECK_EQ_INT(fig(&t, GR_T_LAWSUITS_CORRECTED),
					 gen_v(&d.appeals[GR_AP_LIT_DIRECT][GR_APC_CORRECTED]) +
					 gen_v(&d.appeals[GR_AP_LIT_AFTER][GR_APC_CORRECTED]));
	}
}

/* the figures of a sum are the sums of the figures, revisions mixed */
static void
test_linear(void)
{
	uint64_t	s = 7;
	gr_sum		sum;
	gr_doc		out;
	gr_totals	t,
				ts;
	int64_t		acc[GR_T_COUNT];

	memset(acc, 0, sizeof acc);
	gr_sum_init(&sum);
	for (int i = 0; i < 40; i++)
	{
		gr_doc		d;

		gen_doc(&d, &s, i % 2 ? GR_FORM_2019 : GR_FORM_2021, i % 4 ? GR_FORM_2021 : GR_FORM_2019, 2022);
		CHECK_EQ_INT(gr_sum_add(&sum, &d), GR_SUM_OK);
		gr_totals_of(&d, &mem, &t);
		for (int k = 0; k < GR_T_COUNT; k++)
			acc[k] += fig(&t, (gr_total) k);
	}
	CHECK_EQ_INT(gr_sum_result(&sum, &out, &mem), GR_SUM_OK);
	gr_totals_of(&out, &mem, &ts);
	CHECK(ts.balance_ok);
	for (int k = 0; k < GR_T_COUNT; k++)
		CHECK_EQ_INT(fig(&ts, (gr_total) k), acc[k]);
}

/* null cells: skipped in a sum, a figure null only when all are */
static void
test_nulls(void)
{
	uint64_t	s = 3;
	gr_doc		d;
	gr_totals	t;
	int64_t		w;

	gen_doc(&d, &s, GR_FORM_2021, GR_FORM_2021, 2022);
	gr_totals_of(&d, &mem, &t);
	w = fig(&t, GR_T_WITHHELD);
	/* one leaf blank: the others' sum */
	d.req[GR_R_DISP(GR_D_W_STATE_SECRET)][GR_RC_TOTAL].state = GR_BLANK;
	gr_totals_of(&d, &mem, &t);
	CHECK_EQ_INT(fig(&t, GR_T_WITHHELD), w - d.req[GR_R_DISP(GR_D_W_STATE_SECRET)][GR_RC_TOTAL].m);
	/* every leaf blank or absent: null */
	for (int r = GR_D_W_STATE_SECRET; r <= GR_D_W_INQUIRY; r++)
		d.req[GR_R_DISP(r)][GR_RC_TOTAL].state = r % 2 ? GR_BLANK : GR_ABSENT;
	d.req[GR_R_NEW_RECEIVED][GR_RC_TOTAL].state = GR_UNREADABLE;
	gr_totals_of(&d, &mem, &t);
	CHECK_EQ_INT(t.v[GR_T_WITHHELD].state, GR_ABSENT);
	CHECK_EQ_INT(t.v[GR_T_NEW_RECEIVED].state, GR_ABSENT);
	/* no requests table, no appeals table: every figure null, not balanced */
	d.form_requests = GR_FORM_NONE;
	d.has_appeals = false;
	gr_totals_of(&d, &mem, &t);
	for (int k = 0; k < GR_T_COUNT; k++)
		CHECK_EQ_INT(t.v[k].state, GR_ABSENT);
	CHECK(!t.balance_ok);
}

/* decimals are aligned exactly; a sum beyond a cell's 15 digits is null */
static void
test_decimals_overflow(void)
{
	gr_doc		d;
	gr_totals	t;

	memset(&d, 0, sizeof d);
	d.form_requests = GR_FORM_2021;
	gen_set(&d.req[GR_R_DISP(GR_D_W_STATE_SECRET)][GR_RC_TOTAL], 15, 1);	/* 1.5 */
	gen_set(&d.req[GR_R_DISP(GR_D_W_PROCESS)][GR_RC_TOTAL], 2, 0);
	gen_set(&d.req[GR_R_DISP(GR_D_W_INQUIRY)][GR_RC_TOTAL], 125, 2);	/* 1.25 */
	gen_set(&d.req[GR_R_DISP(GR_D_U_NOT_HELD)][GR_RC_TOTAL], GR_MAX_MANTISSA, 0);
	gen_set(&d.req[GR_R_DISP(GR_D_U_CREATION)][GR_RC_TOTAL], 1, 0);
	gr_totals_of(&d, &mem, &t);
	CHECK_EQ_INT(t.v[GR_T_WITHHELD].state, GR_VALUE);
	CHECK_EQ_INT(t.v[GR_T_WITHHELD].m, 475);	/* 4.75 */
	CHECK_EQ_INT(t.v[GR_T_WITHHELD].scale, 2);
	CHECK_EQ_INT(t.v[GR_T_UNAVAILABLE].state, GR_ABSENT);
	/* a scale that cannot be aligned within 15 digits */
	gen_set(&d.req[GR_R_DISP(GR_D_U_CREATION)][GR_RC_TOTAL], 1, 6);
	gen_set(&d.req[GR_R_DISP(GR_D_U_NOT_HELD)][GR_RC_TOTAL], 1000000000000, 0);
	gr_totals_of(&d, &mem, &t);
	CHECK_EQ_INT(t.v[GR_T_UNAVAILABLE].state, GR_ABSENT);
}

/* one wrong cell: not balanced, and gr_check's one suspect cell counted */
static void
test_suspect(void)
{
	uint64_t	s = 11;
	int			with_suspect = 0;

	for (int i = 0; i < 50; i++)
	{
		gr_doc		d;
		gr_totals	t;
		gr_findings f;
		int			n = 0;

		gen_doc(&d, &s, GR_FORM_2021, GR_FORM_2021, 2022);
		d.req[GR_R_DISP(GR_D_GRANTED)][GR_RC_NATURAL].m += 1 + i % 5;
		gr_totals_of(&d, &mem, &t);
		CHECK(!t.balance_ok);
		memset(&f, 0, sizeof f);
		gr_check(&d, NULL, 0, &mem, &f);
		for (int k = 0; k < f.n; k++)
			n += f.v[k].rule == GR_RULE_SUSPECT_CELL;
		CHECK_EQ_INT(t.suspect_cells, n);
		with_suspect += n == 1;
	}
	/* a single changed leaf is the suspect */
	CHECK_EQ_INT(with_suspect, 50);
}

int
main(void)
{
	gr_heap    *h = gr_heap_new();

	mem = gr_heap_mem(h);
	test_random();
	test_linear();
	test_nulls();
	test_decimals_overflow();
	test_suspect();
	gr_heap_free(h);
	return unit_report("test_totals");
}
