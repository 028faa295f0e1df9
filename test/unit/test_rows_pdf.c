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
	const int	shifted[7] = {140, 160, 180, 200, 220, 240, 260};
	int			col[7];

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
	/* the total empty: six values in the first six columns */
	CHECK(gr_pdf_cols_place(&s, full, 6, 7, col));
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
	/* another layout that puts the same figures elsewhere: not placed */
	gr_pdf_cols_full(&s, shifted, 7);
	CHECK_EQ_INT(s.nrefs, 2);
	{
		const int	mids[5] = {140, 160, 180, 200, 220};
		const int	right[6] = {140, 160, 180, 200, 220, 240};

		CHECK(!gr_pdf_cols_place(&s, mids, 5, 7, col));
		/* figures only one layout has room for: placed in it */
		CHECK(gr_pdf_cols_place(&s, right, 6, 7, col));
		CHECK_EQ_INT(col[0], 0);
		CHECK_EQ_INT(col[5], 5);
	}
	/* a layout of another width is not used */
	CHECK(!gr_pdf_cols_place(&s, full, 4, 5, col));
}

int
main(void)
{
	test_mid();
	test_place();
	return unit_report("test_rows_pdf");
}
