/*
 * test_pdf_lines.c — section 3 of pdftotext -layout text read by its lines
 * of values (rows_pdf.c gr_pdf_layout_fill, settle.c layout_by_lines).
 *
 * test/data/layout_pdf_lines.txt is a hand-made -layout table that adds
 * up.  Its row 2.其他法律行政法规禁止公开 stands as LibreOffice's PDF prints
 * a narrow label column: the group's last character and the leaf's
 * numbering on one line (开 2.其他法律), the figures beside the label's
 * middle part, its tail below — no label is read from it.  Its figures are
 * the only line of values between the rows placed above and below it, it
 * adds up across and the table's identities hold: it is placed, noted
 * `inferred`.  Variants of the same text, each made from it here, must
 * leave the row null:
 *   - its total is not the sum of its cells;
 *   - a figure wrapped onto the line below its values (one line too many);
 *   - one more line of figures in the stretch (two lines for one row);
 *   - the total row's figures changed (the identities fail: nothing placed).
 * A page number and a page's running header in the stretch are passed over,
 * a row read short beside the stretch (a cell left empty, not placed)
 * still bounds it by its line, and a short line in the stretch is its
 * row's (left missing) while the whole lines fill the others.
 */
#include "gr.h"
#include "unit.h"

#define PROHIBITED GR_R_DISP(GR_D_W_PROHIBITED)

static const char values_line[] =
	"         行政法规禁             2     1     0     0     1     0     4\n";

static int
count_problem(const gr_doc *d, int row, int problem)
{
	int			n = 0;

	for (int i = 0; i < d->ndiags; i++)
		n += d->diags[i].section == GR_SEC_REQUESTS && d->diags[i].row == row &&
			d->diags[i].problem == problem;
	return n;
}

static gr_doc *
parse(const char *text, size_t len, gr_mem *m)
{
	gr_doc	   *d = gr_alloc(m, sizeof(gr_doc));

	gr_parse(d, text, len, m, NULL);
	return d;
}

/* the variant made by replacing find with with leaves the row missing */
static void
declined(const char *base, const char *find, const char *with, const char *what)
{
	gr_heap    *h = gr_heap_new();
	gr_mem		m = gr_heap_mem(h);
	size_t		len;
	char	   *t = unit_replaced(base, find, with, &len);
	gr_doc	   *d;

	CHECK(t != NULL);
	if (t == NULL)
		return;
	d = parse(t, len, &m);
	if (!unit_req_row_missing(d, PROHIBITED))
		fprintf(stderr, "variant read the row: %s\n", what);
	CHECK(unit_req_row_missing(d, PROHIBITED));
	CHECK_EQ_INT(count_problem(d, PROHIBITED, GR_PROB_INFERRED), 0);
	free(t);
	gr_heap_free(h);
}

int
main(void)
{
	static const long want[GR_RC_COUNT] = {2, 1, 0, 0, 1, 0, 4};
	static const long granted[GR_RC_COUNT] = {3, 1, 0, 0, 2, 0, 6};
	gr_heap    *h = gr_heap_new();
	gr_mem		m = gr_heap_mem(h);
	size_t		len,
				len2;
	char	   *base = unit_slurp("../data/layout_pdf_lines.txt", &len);
	char	   *t;
	gr_doc	   *d;

	CHECK(base != NULL);
	if (base == NULL)
		return unit_report("test_pdf_lines");

	/* the row is placed from its line, and says so */
	d = parse(base, len, &m);
	CHECK_EQ_INT(d->form_requests, GR_FORM_2021);
	CHECK(unit_req_row_is(d, PROHIBITED, want));
	CHECK_EQ_INT(count_problem(d, PROHIBITED, GR_PROB_INFERRED), 1);
	CHECK_EQ_INT(count_problem(d, PROHIBITED, GR_PROB_MISSING), 0);
	/* rows read by their labels are left as they were */
	CHECK(unit_req_row_is(d, GR_R_DISP(GR_D_GRANTED), granted));
	CHECK_EQ_INT(count_problem(d, GR_R_DISP(GR_D_GRANTED), GR_PROB_INFERRED), 0);

	/* a page number and a running header in the stretch */
	t = unit_replaced(base, "           止公开\n",
				 "           止公开\n\n                      3\n"
				 "\f云溪县文化和旅游局2023年政府信息公开工作年度报告\n", &len2);
	CHECK(t != NULL);
	if (t != NULL)
	{
		d = parse(t, len2, &m);
		CHECK(unit_req_row_is(d, PROHIBITED, want));
		CHECK_EQ_INT(count_problem(d, PROHIBITED, GR_PROB_INFERRED), 1);
		free(t);
	}

	/*
	 * the row after it read short (an empty cell printed as spaces, not
	 * placed): its line still bounds the stretch
	 */
	t = unit_replaced(base, "3.危及“三安全一稳定”         0     0     0     0     0     0     0\n",
				 "3.危及“三安全一稳定”         0     0     0     0           0     0\n", &len2);
	CHECK(t != NULL);
	if (t != NULL)
	{
		int			security = GR_R_DISP(GR_D_W_SECURITY);

		d = parse(t, len2, &m);
		CHECK(unit_req_row_is(d, PROHIBITED, want));
		CHECK_EQ_INT(d->req[security][GR_RC_LEGAL_SERVICE].state, GR_MISSING);
		CHECK_EQ_INT(count_problem(d, security, GR_PROB_INFERRED), 0);
		free(t);
	}

	/*
	 * the next row's label wrapped around a line printed short: that line
	 * is the next row's (left missing, which cell is empty is not known),
	 * and the stretch is still two lines for two rows
	 */
	t = unit_replaced(base, "          3.危及“三安全一稳定”         0     0     0     0     0     0     0\n",
				 "          3.危及“三\n"
				 "               0     0     0     0           0     0\n"
				 "          安全一稳定”\n", &len2);
	CHECK(t != NULL);
	if (t != NULL)
	{
		int			security = GR_R_DISP(GR_D_W_SECURITY);

		d = parse(t, len2, &m);
		CHECK(unit_req_row_is(d, PROHIBITED, want));
		CHECK(unit_req_row_missing(d, security));
		free(t);
	}

	declined(base, values_line,
			 "         行政法规禁             2     1     0     0     1     0     5\n",
			 "total not the sum");
	declined(base, values_line,
			 "         行政法规禁             2     1     0     0     1     0     4\n"
			 "                                               0\n",
			 "a wrapped figure");
	declined(base, values_line,
			 "         行政法规禁             2     1     0     0     1     0     4\n"
			 "                                1     0     0     0     0     0     1\n",
			 "one line too many");
	declined(base, "  （七）总计            14     3     2     1     3     1    24\n",
			 "  （七）总计            14     3     2     1     2     1    23\n",
			 "identities fail");

	free(base);
	gr_heap_free(h);
	return unit_report("test_pdf_lines");
}
