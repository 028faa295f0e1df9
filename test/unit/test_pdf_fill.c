/*
 * test_pdf_fill.c — a figure wrapped over the lines above and below its
 * row in pdftotext -layout text, in a column where the row's own line
 * holds nothing (rows_wrap.c fill_between).
 *
 * test/data/layout_pdf_fill.txt is a hand-made -layout page of section
 * 3 as LibreOffice prints a table of narrow value columns: every column
 * at the same character offset on every line, an empty line between rows,
 * and the total of 二、上年结转 (359) wrapped as `３５` above its row's
 * line and `９` below, the row's line holding the six other figures.  The
 * row is read whole, and so it is when its label wraps around its line
 * (the label's parts beside the pieces, as in LibreOffice's print page) and
 * when the figure's digits stand above and its unit alone below, also
 * beside a label's CJK part on the row's line (columns are characters in
 * pdftotext's text, which ends every page with a form feed), with two of
 * the row's cells in one field parted by a single space, and with the
 * first cell wrapped on a line that the label wraps around.  Each
 * variant below, made from that text here, must leave it null (missing)
 * with no other value changed:
 *   - a money unit below the digits;
 *   - the lower piece changed: the row does not add up;
 *   - the lower piece taken away: a piece with no partner;
 *   - the figure standing in no column of the full rows around it (the
 *     row adds up with it, but where it stands is not a column);
 *   - no empty line between the upper piece and the row above it (whose
 *     piece it is, is unknown).
 */
#include "gr.h"
#include "unit.h"

static const char above[] =
	"                                                                        ３５\n";
static const char row_line[] =
	"二、上年结转政府信息公开申请数量                    41    120   9     7     180   2\n";
static const char below[] =
	"                                                                        ９\n";

static int
count_problem(const gr_doc *d, int row, int problem)
{
	int			n = 0;

	for (int i = 0; i < d->ndiags; i++)
		n += d->diags[i].section == GR_SEC_REQUESTS && d->diags[i].row == row &&
			d->diags[i].problem == problem;
	return n;
}

static const long new_received[GR_RC_COUNT] = {19, 1026, 1, 16, 1810, 18, 2890};
static const long granted[GR_RC_COUNT] = {8, 0, 0, 2, 5, 1, 16};

/* the variant made by replacing find with with reads the row as want */
static void
read_as(const char *base, const char *find, const char *with, const long *want, const char *what)
{
	gr_heap    *h = gr_heap_new();
	gr_mem		m = gr_heap_mem(h);
	size_t		len;
	char	   *t = unit_replaced(base, find, with, &len);
	gr_doc	   *d;

	CHECK(t != NULL);
	if (t == NULL)
		return;
	d = gr_alloc(&m, sizeof(gr_doc));
	gr_parse(d, t, len, &m, NULL);
	if (!unit_req_row_is(d, GR_R_CARRIED_OVER, want))
		fprintf(stderr, "variant did not read the row: %s\n", what);
	CHECK(unit_req_row_is(d, GR_R_CARRIED_OVER, want));
	CHECK(unit_req_row_is(d, GR_R_NEW_RECEIVED, new_received));
	CHECK(unit_req_row_is(d, GR_R_DISP(GR_D_GRANTED), granted));
	free(t);
	gr_heap_free(h);
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
	d = gr_alloc(&m, sizeof(gr_doc));
	gr_parse(d, t, len, &m, NULL);
	if (!unit_req_row_missing(d, GR_R_CARRIED_OVER))
		fprintf(stderr, "variant read the row: %s\n", what);
	CHECK(unit_req_row_missing(d, GR_R_CARRIED_OVER));
	CHECK_EQ_INT(count_problem(d, GR_R_CARRIED_OVER, GR_PROB_MISSING), GR_RC_COUNT);
	CHECK(unit_req_row_is(d, GR_R_DISP(GR_D_GRANTED), granted));
	free(t);
	gr_heap_free(h);
}

int
main(void)
{
	static const long want[GR_RC_COUNT] = {41, 120, 9, 7, 180, 2, 359};
	gr_heap    *h = gr_heap_new();
	gr_mem		m = gr_heap_mem(h);
	size_t		len;
	char	   *base = unit_slurp("../data/layout_pdf_fill.txt", &len);
	char		with[512],
				from[512];
	gr_doc	   *d;

	CHECK(base != NULL);
	if (base == NULL)
		return unit_report("test_pdf_fill");

	/* the fixture holds the three lines as described */
	snprintf(with, sizeof(with), "%s%s%s", above, row_line, below);
	CHECK(strstr(base, with) != NULL);

	d = gr_alloc(&m, sizeof(gr_doc));
	gr_parse(d, base, len, &m, NULL);
	CHECK_EQ_INT(d->form_requests, GR_FORM_2021);
	CHECK(unit_req_row_is(d, GR_R_CARRIED_OVER, want));
	CHECK_EQ_INT(count_problem(d, GR_R_CARRIED_OVER, GR_PROB_MISSING), 0);
	/* the rows around it as they were */
	CHECK(unit_req_row_is(d, GR_R_NEW_RECEIVED, new_received));
	CHECK(unit_req_row_is(d, GR_R_DISP(GR_D_GRANTED), granted));
	CHECK_EQ_INT(d->ndiags, 0);
	/*
	 * the joined figure was printed in two pieces elsewhere: no span; its
	 * row's other cells keep theirs
	 */
	{
		gr_doc	   *pd = gr_alloc(&m, sizeof(gr_doc));
		gr_positions *pos = gr_alloc(&m, sizeof(gr_positions));
		gr_span		nat;

		gr_parse_positions(pd, pos, base, len, &m, NULL);
		CHECK(unit_req_row_is(pd, GR_R_CARRIED_OVER, want));
		CHECK_EQ_INT(pos->req[GR_R_CARRIED_OVER][GR_RC_TOTAL].off, -1);
		nat = pos->req[GR_R_CARRIED_OVER][GR_RC_NATURAL];
		CHECK(nat.off >= 0 && nat.len == 2 && memcmp(base + nat.off, "41", 2) == 0);
	}

	/* the row's label wrapped around its line, its parts beside the pieces */
	snprintf(from, sizeof(from), "%s%s%s", above, row_line, below);
	read_as(base, from,
			"二、上年结转政府信息公                                                             ３５\n"
			"                                    41    120   9     7     180   2\n"
			"   开申请数量                                                                ９\n",
			want, "label around the line");
	/* the figure's digits above, its unit alone below */
	read_as(base, from,
			"                                                                        ３５９\n"
			"二、上年结转政府信息公开申请数量                    41    120   9     7     180   2\n"
			"                                                                        件\n",
			want, "unit below");
	/*
	 * the same under a label of CJK characters on the row's line: columns
	 * are characters, so the unit stands under the figure above it, not
	 * (as display columns would put it, each CJK character two) under the
	 * row's last value, which would take it
	 */
	read_as(base, from,
			"二、上年结转                                                                  ３５９\n"
			"政府信息公开申                             41    120   9     7     180   2\n"
			"                                                                        件\n"
			"请数量\n",
			want, "columns in characters");
	/*
	 * two cells in one field parted by a single space (`120 9`), a unit
	 * parted from its figure by one (`7 件`)
	 */
	read_as(base, from,
			"                                                                        ３５\n"
			"二、上年结转政府信息公开申请数量                    41    120 9       7 件   180   2\n"
			"                                                                        ９\n",
			want, "cells parted by one space");
	/* the first cell wrapped, the label around the line: the line begins with it */
	read_as(base, from,
			"二、上年结转政府信息公                         ４\n"
			"                                          120   9     7     180   2     359\n"
			"   开申请数量                            １\n",
			want, "first cell wrapped");
	/* the label's part is not taken for a piece: a unit that is not a count's */
	declined(base, below,
			 "                                                                        ９元\n",
			 "a money unit");

	declined(base, below,
			 "                                                                        ８\n",
			 "does not add up");
	declined(base, below, "\n", "no lower piece");
	snprintf(with, sizeof(with), "%s%s%s",
			 "                                                         １８\n",
			 "二、上年结转政府信息公开申请数量                    41    120   9     7           2     359\n",
			 "                                                         ０\n");
	declined(base, from, with, "a figure in no column");
	declined(base, "\n\n" "                                                                        ３５\n",
			 "\n" "                                                                        ３５\n",
			 "a piece line next to the row above");

	free(base);
	gr_heap_free(h);
	return unit_report("test_pdf_fill");
}
