/*
 * test_decimal.c — the one decimal model (src/core/decimal.c): exact sums
 * of cells as the checks compare them (gr_dec_cell, gr_dec_eq) and as
 * report_sum stores them (gr_dec_exact through gr_doc_add), and that both
 * give the same value for the same cells.
 */
#include "gr.h"
#include "unit.h"

#include <stdint.h>

static gr_cell
num(int64_t m, int scale)
{
	gr_cell		c = {m, (uint8_t) scale, GR_VALUE};

	return c;
}

static void
test_exact(void)
{
	gr_dec		s = GR_DEC_ZERO;
	gr_cell		c,
				blank = {0, 0, GR_BLANK};

	CHECK(gr_dec_add(&s, &(gr_cell) {150, 2, GR_VALUE}, 1));	/* 1.50 */
	CHECK(gr_dec_add(&s, &(gr_cell) {1, 0, GR_VALUE}, 1));
	CHECK(!gr_dec_add(&s, &blank, 1));
	CHECK(!gr_dec_add(&s, &(gr_cell) {1, 7, GR_VALUE}, 1));	/* more decimals than a cell */
	/* the checks print the sum at the largest scale that went in */
	c = gr_dec_cell(s);
	CHECK_EQ_INT(c.m, 250);
	CHECK_EQ_INT(c.scale, 2);
	/* a sum's cell drops trailing zeros */
	CHECK(gr_dec_exact(s, &c));
	CHECK_EQ_INT(c.m, 25);
	CHECK_EQ_INT(c.scale, 1);

	/* negatives: -0.5 as ip -1 and fp 500000 */
	s = (gr_dec) GR_DEC_ZERO;
	gr_dec_add(&s, &(gr_cell) {5, 1, GR_VALUE}, -1);
	CHECK(gr_dec_exact(s, &c));
	CHECK_EQ_INT(c.m, -5);
	CHECK_EQ_INT(c.scale, 1);
	c = gr_dec_cell(s);
	CHECK_EQ_INT(c.m, -5);

	/* the limit of a cell, both sides */
	s = (gr_dec) GR_DEC_ZERO;
	gr_dec_add(&s, &(gr_cell) {GR_MAX_MANTISSA, 0, GR_VALUE}, 1);
	CHECK(gr_dec_exact(s, &c));
	CHECK_EQ_INT(c.m, GR_MAX_MANTISSA);
	gr_dec_add(&s, &(gr_cell) {1, 0, GR_VALUE}, 1);
	CHECK(!gr_dec_exact(s, &c));
	s = (gr_dec) GR_DEC_ZERO;
	gr_dec_add(&s, &(gr_cell) {GR_MAX_MANTISSA, 0, GR_VALUE}, -1);
	CHECK(gr_dec_exact(s, &c));
	CHECK_EQ_INT(c.m, -GR_MAX_MANTISSA);
	gr_dec_add(&s, &(gr_cell) {1, 6, GR_VALUE}, -1);
	CHECK(!gr_dec_exact(s, &c));

	/* equal however grouped: 0.1 + 0.2 == 0.3, 1 - 0.000001 != 1 */
	{
		gr_dec		a = GR_DEC_ZERO,
					b = GR_DEC_ZERO;

		gr_dec_add(&a, &(gr_cell) {1, 1, GR_VALUE}, 1);
		gr_dec_add(&a, &(gr_cell) {20, 2, GR_VALUE}, 1);
		gr_dec_add(&b, &(gr_cell) {300000, 6, GR_VALUE}, 1);
		CHECK(gr_dec_eq(a, b));
		gr_dec_add(&b, &(gr_cell) {1, 6, GR_VALUE}, -1);
		CHECK(!gr_dec_eq(a, b));
	}
}

/* A small xorshift: the same cells on every run. */
static uint64_t rng = 88172645463325252ULL;

static uint64_t
next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

/*
 * The checks' sum and report_sum's agree: for random runs of cells (counts,
 * decimals, negatives), the value gr_doc_add accumulates cell by cell is
 * the value of one gr_dec over the same cells, whenever it does not overflow.
 */
static void
test_agree(void)
{
	int			compared = 0;

	for (int run = 0; run < 2000; run++)
	{
		gr_dec		s = GR_DEC_ZERO;
		gr_doc		acc,
					x;
		bool		overflow = false;
		int			n = 1 + (int) (next() % 12);

		memset(&acc, 0, sizeof(acc));
		memset(&x, 0, sizeof(x));
		acc.form_active = x.form_active = GR_FORM_2019;
		for (int i = 0; i < n; i++)
		{
			int			scale = (int) (next() % (GR_MAX_SCALE + 1));
			int64_t		m = (int64_t) (next() % (run % 3 == 0 ? UINT64_C(999999999999999) : 100000));
			gr_cell		c;

			if (next() % 3 == 0)
				m = -m;
			c = num(m, scale);
			gr_dec_add(&s, &c, 1);
			x.active[GR_A_FEES][GR_AC_CHANGE] = c;
			if (gr_doc_add(&acc, &x) != GR_SUM_OK)
				overflow = true;
		}
		if (!overflow)
		{
			gr_cell		want;
			gr_dec		a = GR_DEC_ZERO;

			CHECK(gr_dec_exact(s, &want));
			CHECK_EQ_INT(acc.active[GR_A_FEES][GR_AC_CHANGE].m, want.m);
			CHECK_EQ_INT(acc.active[GR_A_FEES][GR_AC_CHANGE].scale, want.scale);
			gr_dec_add(&a, &acc.active[GR_A_FEES][GR_AC_CHANGE], 1);
			CHECK(gr_dec_eq(a, s));
			compared++;
		}
	}
	CHECK(compared > 1000);
}

int
main(void)
{
	test_exact();
	test_agree();
	return unit_report("test_decimal");
}
