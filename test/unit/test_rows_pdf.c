/*
 * test_rows_pdf.c — section 3's columns by position in pdftotext -layout
 * rows (rows_pdf.c): middles of cells, short rows placed under the columns
 * of full rows, and rows that cannot be placed.
 */
#include "gr.h"
#include "scan.h"
#include "rows_pdf.h"
#include "unit.h"

static void
test_mid(void)
{
	const char *text = "  规章    12     3\n";
	gr_heap    *h = gr_heap_new();
	gr_mem		m = gr_heap_mem(h);
	gr_toks		ts;

	gr_scan(&ts, text, strlen(text), &m, NULL, NULL);
	CHECK(ts.n >= 3);
	/* 规章: columns 2-5, middle 4, doubled 8; 12: columns 10-11; 3: column 17 */
	CHECK_EQ_INT(gr_pdf_mid(&ts, &ts.t[0]), 8);
	CHECK_EQ_INT(gr_pdf_mid(&ts, &ts.t[1]), 22);
	CHECK_EQ_INT(gr_pdf_mid(&ts, &ts.t[2]), 35);
	gr_heap_free(h);
}

static void
test_place(void)
{
	gr_pdf_cols s;
	const int	full[7] = {100, 120, 140, 160, 180, 200, 220};
	const int	pushed[7] = {120, 140, 160, 180, 200, 220, 240};
	const int	six_right[6] = {120, 140, 160, 180, 200, 220};
	int			col[7],
				cand[GR_PDF_CANDS * GR_PDF_MAXCOLS];

	memset(&s, 0, sizeof(s));
	/* no full row yet: nothing placed */
	CHECK(!gr_pdf_cols_place(&s, full, 6, 7, col));
	gr_pdf_cols_full(&s, full, 7);
	gr_pdf_cols_full(&s, full, 7);	/* the same layout is kept once */
	CHECK_EQ_INT(s.nrefs, 1);
	/* the third cell empty: the others under their columns */
	{
		const int	mids[6] = {101, 119, 161, 180, 199, 222};

		CHECK(gr_pdf_cols_place(&s, mids, 6, 7, col));
		CHECK_EQ_INT(col[0], 0);
		CHECK_EQ_INT(col[1], 1);
		CHECK_EQ_INT(col[2], 3);
		CHECK_EQ_INT(col[5], 6);
	}
	/* every full row stands alike: six values in the first six columns */
	CHECK(gr_pdf_cols_place(&s, full, 6, 7, col));
	CHECK_EQ_INT(col[0], 0);
	CHECK_EQ_INT(col[5], 5);
	/* a figure between two columns: not placed */
	{
		const int	mids[6] = {100, 130, 140, 160, 180, 200};

		CHECK(!gr_pdf_cols_place(&s, mids, 6, 7, col));
	}
	/* two figures nearest one column: not placed */
	{
		const int	mids[6] = {100, 119, 121, 160, 180, 200};

		CHECK(!gr_pdf_cols_place(&s, mids, 6, 7, col));
	}

	/* a full row pushed right a column's width by its long label */
	gr_pdf_cols_full(&s, pushed, 7);
	CHECK_EQ_INT(s.nrefs, 2);
	/*
	 * six values evenly spaced where a pushed row's first six stand: the
	 * last six columns of a row as the first, or the first six of a
	 * pushed one: not placed
	 */
	CHECK_EQ_INT(gr_pdf_cols_cands(&s, six_right, 6, 7, cand), 2);
	CHECK(!gr_pdf_cols_place(&s, six_right, 6, 7, col));
	/*
	 * a pushed row whose third cell is empty: under the first layout as it
	 * stands it would read from the second column on, the last figure
	 * under none; shifted, one placement only
	 */
	{
		const int	mids[6] = {121, 140, 181, 200, 219, 240};

		CHECK_EQ_INT(gr_pdf_cols_cands(&s, mids, 6, 7, cand), 1);
		CHECK(gr_pdf_cols_place(&s, mids, 6, 7, col));
		CHECK_EQ_INT(col[0], 0);
		CHECK_EQ_INT(col[1], 1);
		CHECK_EQ_INT(col[2], 3);
		CHECK_EQ_INT(col[5], 6);
	}
	/* no row stood that far right: not placed */
	{
		const int	mids[6] = {181, 200, 241, 260, 279, 300};

		CHECK(!gr_pdf_cols_place(&s, mids, 6, 7, col));
	}
	/* a layout of another width is not used */
	CHECK(!gr_pdf_cols_place(&s, full, 4, 5, col));
}

/*
 * More layouts than are kept: one not kept could place a row otherwise,
 * so none is placed any more.
 */
static void
test_lost(void)
{
	gr_pdf_cols s;
	int			lay[7],
				col[7];
	const int	mids[6] = {101, 119, 161, 180, 199, 222};

	memset(&s, 0, sizeof(s));
	for (int j = 0; j < GR_PDF_REFS; j++)
	{
		for (int c = 0; c < 7; c++)
			lay[c] = 100 + 20 * c + (c == 6 ? j : 0);
		gr_pdf_cols_full(&s, lay, 7);
	}
	CHECK_EQ_INT(s.nrefs, GR_PDF_REFS);
	CHECK(!s.lost);
	CHECK(gr_pdf_cols_place(&s, mids, 6, 7, col));
	lay[6] = 400;
	gr_pdf_cols_full(&s, lay, 7);
	CHECK(s.lost);
	CHECK(!gr_pdf_cols_place(&s, mids, 6, 7, col));
}

int
main(void)
{
	test_mid();
	test_place();
	test_lost();
	return unit_report("test_rows_pdf");
}
