/*
 * test_sum.c — gr_sum / gr_doc_add: null handling, exact decimals, overflow,
 * mixed revisions, and the property that sums of balanced documents are
 * balanced and do not depend on the order of additions.
 */
#include "unit.h"
#include "libgen.h"

static gr_cell
num(int64_t m, int scale)
{
	gr_cell		c = {m, (uint8_t) scale, GR_VALUE};

	return c;
}

static gr_cell
blank(void)
{
	gr_cell		c = {0, 0, GR_BLANK};

	return c;
}

static void
test_cells(void)
{
	gr_doc		a,
				b;
	gr_sum		s;
	gr_doc		out;

	memset(&a, 0, sizeof(a));
	memset(&b, 0, sizeof(b));
	a.status = b.status = GR_PARTIAL;
	a.form_active = b.form_active = GR_FORM_2021;
	a.year = b.year = 2023;

	/* value + value */
	a.active[GR_A_RULES][GR_AC_ISSUED] = num(3, 0);
	b.active[GR_A_RULES][GR_AC_ISSUED] = num(4, 0);
	/* null + value = value; value + absent = value */
	a.active[GR_A_RULES][GR_AC_REPEALED] = blank();
	b.active[GR_A_RULES][GR_AC_REPEALED] = num(2, 0);
	a.active[GR_A_RULES][GR_AC_IN_FORCE] = num(7, 0);
	/* null + null = null */
	a.active[GR_A_NORMATIVE][GR_AC_ISSUED] = blank();
	b.active[GR_A_NORMATIVE][GR_AC_ISSUED].state = GR_UNREADABLE;
	/* exact decimals: 16.856 + 0.5 + 3 = 20.356; 1.25 + 0.75 = 2 */
	a.active[GR_A_FEES][GR_AC_AMOUNT] = num(16856, 3);
	b.active[GR_A_FEES][GR_AC_AMOUNT] = num(5, 1);
	a.facts[GR_F_FEE_COLLECTED] = num(125, 2);
	b.facts[GR_F_FEE_COLLECTED] = num(75, 2);

	gr_sum_init(&s);
	CHECK_EQ_INT(gr_sum_add(&s, &a), GR_SUM_OK);
	CHECK_EQ_INT(gr_sum_add(&s, &b), GR_SUM_OK);
	{
		gr_doc		c;

		memset(&c, 0, sizeof(c));
		c.year = 2023;
		c.form_active = GR_FORM_2021;
		c.active[GR_A_FEES][GR_AC_AMOUNT] = num(3, 0);
		CHECK_EQ_INT(gr_sum_add(&s, &c), GR_SUM_OK);
	}
	CHECK_EQ_INT(gr_sum_result(&s, &out, NULL), GR_SUM_OK);
	CHECK_EQ_INT(out.form_active, GR_FORM_2021);
	CHECK_EQ_INT(out.form_requests, GR_FORM_NONE);
	CHECK_EQ_INT(out.status, GR_PARTIAL);
	CHECK_EQ_INT(out.year, 2023);
	CHECK_EQ_INT(s.ndocs, 3);
	CHECK_EQ_INT(out.active[GR_A_RULES][GR_AC_ISSUED].m, 7);
	CHECK_EQ_INT(out.active[GR_A_RULES][GR_AC_REPEALED].state, GR_VALUE);
	CHECK_EQ_INT(out.active[GR_A_RULES][GR_AC_REPEALED].m, 2);
	CHECK_EQ_INT(out.active[GR_A_RULES][GR_AC_IN_FORCE].m, 7);
	CHECK_EQ_INT(out.active[GR_A_NORMATIVE][GR_AC_ISSUED].state, GR_BLANK);
	CHECK_EQ_INT(out.active[GR_A_NORMATIVE][GR_AC_REPEALED].state, GR_ABSENT);
	CHECK_EQ_INT(out.active[GR_A_LICENSING][GR_AC_DECISIONS].state, GR_ABSENT);
	CHECK_EQ_INT(out.active[GR_A_FEES][GR_AC_AMOUNT].m, 20356);
	CHECK_EQ_INT(out.active[GR_A_FEES][GR_AC_AMOUNT].scale, 3);
	CHECK_EQ_INT(out.facts[GR_F_FEE_COLLECTED].m, 2);
	CHECK_EQ_INT(out.facts[GR_F_FEE_COLLECTED].scale, 0);
	CHECK_EQ_INT(out.facts[GR_F_PROACTIVE_ITEMS].state, GR_ABSENT);
	CHECK(out.agency.p == NULL);
	CHECK_EQ_INT(out.ndiags, 0);

	/* different years: the sum has none */
	b.year = 2022;
	out = a;
	CHECK_EQ_INT(gr_doc_add(&out, &b), GR_SUM_OK);
	CHECK_EQ_INT(out.year, 0);
	CHECK_EQ_INT(out.active[GR_A_RULES][GR_AC_ISSUED].m, 7);

	/* gr_doc_add on a zeroed document is the first input itself */
	memset(&out, 0, sizeof(out));
	CHECK_EQ_INT(gr_doc_add(&out, &a), GR_SUM_OK);
	CHECK_EQ_INT(out.year, 2023);
	CHECK_EQ_INT(out.active[GR_A_RULES][GR_AC_ISSUED].m, 3);
	CHECK_EQ_INT(out.active[GR_A_NORMATIVE][GR_AC_ISSUED].state, GR_BLANK);

	/* negative changes (2019 本年增/减) sum as signed */
	memset(&a, 0, sizeof(a));
	memset(&b, 0, sizeof(b));
	a.form_active = b.form_active = GR_FORM_2019;
	a.active[GR_A_LICENSING][GR_AC_CHANGE] = num(-5, 0);
	b.active[GR_A_LICENSING][GR_AC_CHANGE] = num(2, 0);
	CHECK_EQ_INT(gr_doc_add(&a, &b), GR_SUM_OK);
	CHECK_EQ_INT(a.active[GR_A_LICENSING][GR_AC_CHANGE].m, -3);
	CHECK_EQ_INT(a.form_active, GR_FORM_2019);
}

static void
test_overflow(void)
{
	gr_doc		a,
				b;

	memset(&a, 0, sizeof(a));
	memset(&b, 0, sizeof(b));
	a.form_requests = b.form_requests = GR_FORM_2021;
	a.req[GR_R_NEW_RECEIVED][0] = num(GR_MAX_MANTISSA, 0);
	b.req[GR_R_NEW_RECEIVED][0] = num(1, 0);
	CHECK_EQ_INT(gr_doc_add(&a, &b), GR_SUM_OVERFLOW);

	/* alignment overflow: 10^14 + 0.000001 needs 21 digits */
	memset(&a, 0, sizeof(a));
	a.form_requests = GR_FORM_2021;
	a.req[GR_R_NEW_RECEIVED][0] = num(INT64_C(100000000000000), 0);
	b.req[GR_R_NEW_RECEIVED][0] = num(1, 6);
	CHECK_EQ_INT(gr_doc_add(&a, &b), GR_SUM_OVERFLOW);

	/* but 10^14 + 1.000000 is exact once trailing zeros are dropped */
	memset(&a, 0, sizeof(a));
	a.form_requests = GR_FORM_2021;
	a.req[GR_R_NEW_RECEIVED][0] = num(INT64_C(100000000000000), 0);
	b.req[GR_R_NEW_RECEIVED][0] = num(1000000, 6);
	CHECK_EQ_INT(gr_doc_add(&a, &b), GR_SUM_OK);
	CHECK_EQ_INT(a.req[GR_R_NEW_RECEIVED][0].m, INT64_C(100000000000001));

	/* negative side */
	memset(&a, 0, sizeof(a));
	a.form_active = b.form_active = GR_FORM_2019;
	a.active[GR_A_FEES][GR_AC_CHANGE] = num(-GR_MAX_MANTISSA, 0);
	b.active[GR_A_FEES][GR_AC_CHANGE] = num(-1, 0);
	CHECK_EQ_INT(gr_doc_add(&a, &b), GR_SUM_OVERFLOW);
}

static void
test_mixed(void)
{
	uint64_t	seed = 42;
	gr_doc		d19,
				d21,
				out;
	gr_sum		s;
	gr_heap    *h = gr_heap_new();
	gr_mem		m = gr_heap_mem(h);

	gen_doc(&d19, &seed, GR_FORM_2019, GR_FORM_2019, 2020);
	gen_doc(&d21, &seed, GR_FORM_2021, GR_FORM_2021, 2021);

	gr_sum_init(&s);
	CHECK_EQ_INT(gr_sum_add(&s, &d19), GR_SUM_OK);
	CHECK_EQ_INT(gr_sum_add(&s, &d21), GR_SUM_OK);
	CHECK_EQ_INT(gr_sum_result(&s, &out, &m), GR_SUM_OK);

	/* requests: the 2019 form; other = 2019 other + the three 2021 leaves */
	CHECK_EQ_INT(out.form_requests, GR_FORM_2019);
	for (int c = 0; c < GR_RC_COUNT; c++)
	{
		int64_t		want = d19.req[GR_R_DISP(GR_D_OTHER)][c].m +
			d21.req[GR_R_DISP(GR_D_O_NO_CORRECTION)][c].m +
			d21.req[GR_R_DISP(GR_D_O_UNPAID_FEE)][c].m +
			d21.req[GR_R_DISP(GR_D_O_OTHER)][c].m;

		CHECK_EQ_INT(out.req[GR_R_DISP(GR_D_OTHER)][c].m, want);
		CHECK_EQ_INT(out.req[GR_R_DISP(GR_D_O_OTHER)][c].state, GR_ABSENT);
		CHECK_EQ_INT(out.req[GR_R_DISP(GR_D_GRANTED)][c].m,
					 d19.req[GR_R_DISP(GR_D_GRANTED)][c].m + d21.req[GR_R_DISP(GR_D_GRANTED)][c].m);
	}
	CHECK(gen_balanced(&out));
	CHECK_EQ_INT(out.year, 0);

	/* active: 2021 form, shared cells summed, the rest null and reported */
	CHECK_EQ_INT(out.form_active, GR_FORM_2021);
	CHECK_EQ_INT(out.active[GR_A_PUNISHMENT][GR_AC_DECISIONS].m,
				 d19.active[GR_A_PUNISHMENT][GR_AC_DECISIONS].m +
				 d21.active[GR_A_PUNISHMENT][GR_AC_DECISIONS].m);
	CHECK_EQ_INT(out.active[GR_A_LICENSING][GR_AC_DECISIONS].state, GR_VALUE);
	CHECK_EQ_INT(out.active[GR_A_RULES][GR_AC_ISSUED].state, GR_MISSING);
	CHECK_EQ_INT(out.active[GR_A_FEES][GR_AC_AMOUNT].state, GR_MISSING);
	CHECK_EQ_INT(out.active[GR_A_PROCUREMENT][GR_AC_AMOUNT].state, GR_ABSENT);
	CHECK_EQ_INT(out.active[GR_A_LICENSING][GR_AC_PREVIOUS].state, GR_ABSENT);
	/* rules ×3, normative ×3, fees */
	CHECK_EQ_INT(out.ndiags, 7);
	CHECK_EQ_INT(out.diags[0].section, GR_SEC_ACTIVE);
	CHECK_EQ_INT(out.diags[0].problem, GR_PROB_MISSING);

	/* the same in the other order */
	{
		gr_sum		t;
		gr_doc		out2;

		gr_sum_init(&t);
		gr_sum_add(&t, &d21);
		gr_sum_add(&t, &d19);
		gr_sum_result(&t, &out2, NULL);
		char		where[128] = "";

		CHECK(gen_same_tables(&out, &out2, where, sizeof(where)));
	}
	gr_heap_free(h);
}

/*
 * Property: for random sets of balanced documents in random revisions, the
 * sum is balanced, equals the cell-wise sum computed here independently, and
 * is the same whether added one by one or merged from random partial sums
 * in random order (what a parallel aggregate does).
 */
static void
test_property(void)
{
	uint64_t	seed = UINT64_C(0x9e3779b97f4a7c15);
	int			bad_balance = 0,
				bad_value = 0,
				bad_order = 0;

	for (int iter = 0; iter < 500; iter++)
	{
		int			n = 1 + (int) gen_int(&seed, 12);
		gr_doc		docs[12];
		gr_sum		serial,
					parts[4],
					merged;
		gr_doc		a,
					b;
		int64_t		want[GR_RC_COUNT];
		bool		all2021 = true;
		char		where[128];

		gr_sum_init(&serial);
		for (int p = 0; p < 4; p++)
			gr_sum_init(&parts[p]);
		for (int i = 0; i < n; i++)
		{
			gr_form		fr = gen_int(&seed, 4) == 0 ? GR_FORM_2019 : GR_FORM_2021;
			gr_form		fa = gen_int(&seed, 4) == 0 ? GR_FORM_2019 : GR_FORM_2021;

			gen_doc(&docs[i], &seed, fa, fr, 2023);
			all2021 &= fr == GR_FORM_2021;
			CHECK_EQ_INT(gr_sum_add(&serial, &docs[i]), GR_SUM_OK);
			gr_sum_add(&parts[gen_int(&seed, 4)], &docs[i]);
		}
		gr_sum_init(&merged);
		for (int p = 3; p >= 0; p--)
			gr_sum_merge(&merged, &parts[(p + iter) % 4]);
		gr_sum_result(&serial, &a, NULL);
		gr_sum_result(&merged, &b, NULL);

		if (!gen_balanced(&a))
			bad_balance++;
		if (!gen_same_tables(&a, &b, where, sizeof(where)))
		{
			if (bad_order++ == 0)
				fprintf(stderr, "order differs at %s\n", where);
		}
		/* independent sums of two rows, every column */
		for (int c = 0; c < GR_RC_COUNT; c++)
		{
			want[c] = 0;
			for (int i = 0; i < n; i++)
				want[c] += docs[i].req[GR_R_NEW_RECEIVED][c].m;
			if (a.req[GR_R_NEW_RECEIVED][c].m != want[c])
				bad_value++;
			want[c] = 0;
			for (int i = 0; i < n; i++)
				want[c] += docs[i].appeals[GR_AP_LIT_AFTER][GR_APC_TOTAL].m;
			if (a.appeals[GR_AP_LIT_AFTER][GR_APC_TOTAL].m != want[c])
				bad_value++;
		}
		if (a.form_requests != (all2021 ? GR_FORM_2021 : GR_FORM_2019))
			bad_value++;
		if (a.status != GR_OK || a.year != 2023)
			bad_value++;
	}
	CHECK_EQ_INT(bad_balance, 0);
	CHECK_EQ_INT(bad_value, 0);
	CHECK_EQ_INT(bad_order, 0);
}

int
main(void)
{
	test_cells();
	test_overflow();
	test_mixed();
	test_property();
	return unit_report("test_sum");
}
