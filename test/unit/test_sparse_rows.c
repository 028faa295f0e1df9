/*
 * test_sparse_rows.c — section 3 of a report that leaves every zero blank,
 * as lynx prints a table too wide for the page: one line per row, cells
 * joined by single spaces, an empty cell not printed at all
 * ("（一）予以公开 50 7 3 60", a row of blank cells as its label alone).
 * The sums place what only one assignment of the figures to the columns
 * allows (rows_para.c gr_para_requests_short); the rest stays missing.
 *
 * Tables are given as rows of seven cells ("50 7 _ _ 3 _ 60", `_` an
 * empty cell), one per leaf of the form in form order; what is read back
 * is printed the same way, `-` a cell left missing.
 */
#include "gr.h"
#include "rows_para.h"
#include "unit.h"

/* the text is written piece by piece (unit.h) */
typedef unit_sbuf text_buf;

#define put unit_put

/* The label a line of row r starts with: a group's label before its first leaf. */
static void
put_label(text_buf *b, int r)
{
	if (r == GR_R_DISP(0))
		put(b, "三、本年度办理结果 ");
	if (r >= GR_R_DISP(0) && r < GR_R_DISP(GR_D_TOTAL))
	{
		const gr_label *l = &gr_disps[r - GR_R_DISP(0)];

		if (l->parent >= 0 && r - GR_R_DISP(0) == l->parent + 1)
		{
			put(b, gr_disps[l->parent].numbering);
			put(b, gr_disps[l->parent].label);
			put(b, " ");
		}
	}
	put(b, gr_rrow_label(r));
}

/* A report whose section 3 holds rows[k] for the k-th leaf of form f. */
static char *
sparse_report(gr_form f, const char *const *rows, size_t *len)
{
	text_buf	b = {0};
	int			k = 0;

	put(&b, "   示例县统计局2023年政府信息公开工作年度报告\n\n   一、总体情况\n\n"
		"   本年度主动公开政府信息120条。\n\n   二、主动公开政府信息情况\n\n"
		"   三、收到和处理政府信息公开申请情况\n"
		"   申请人情况 自然人 法人或其他组织 总计\n"
		"   商业企业 科研机构 社会公益组织 法律服务机构 其他\n");
	for (int r = 0; r < GR_R_NROWS; r++)
	{
		const char *p;

		if (!gr_rrow_is_leaf(f, r))
			continue;
		p = rows[k++];
		put(&b, "   ");
		put_label(&b, r);
		for (; *p; p++)
		{
			size_t		n = strcspn(p, " ");
			char		v[32];

			if (!(n == 1 && *p == '_'))
			{
				snprintf(v, sizeof(v), " %.*s", (int) n, p);
				put(&b, v);
			}
			p += n;
			if (!*p)
				break;
		}
		put(&b, "\n");
	}
	put(&b, "\n   四、政府信息公开行政复议、行政诉讼情况\n\n   五、存在的主要问题及改进情况\n\n"
		"   宣传不够。\n\n   六、其他需要报告的事项\n\n   无。\n");
	*len = b.n;
	return b.s;
}

/* Section 3 of d, leaf rows of form f in form order, one a line. */
static char *
read_back(const gr_doc *d, gr_form f)
{
	static char out[4096];
	size_t		o = 0;

	out[0] = '\0';
	for (int r = 0; r < GR_R_NROWS; r++)
	{
		if (!gr_rrow_is_leaf(f, r))
			continue;
		for (int c = 0; c < GR_RC_COUNT; c++)
		{
			const gr_cell *x = &d->req[r][c];

			if (x->state == GR_VALUE)
				o += (size_t) snprintf(out + o, sizeof(out) - o, "%s%lld", c ? " " : "", (long long) x->m);
			else
				o += (size_t) snprintf(out + o, sizeof(out) - o, "%s%s", c ? " " : "",
									   x->state == GR_BLANK ? "_" : "-");
		}
		o += (size_t) snprintf(out + o, sizeof(out) - o, "\n");
	}
	return out;
}

static char *
joined(const char *const *rows, int n)
{
	static char out[4096];
	size_t		o = 0;

	for (int k = 0; k < n; k++)
		o += (size_t) snprintf(out + o, sizeof(out) - o, "%s\n", rows[k]);
	return out;
}

/* The table printed sparse and read: as `want` (rows in the same form). */
static void
expect(gr_form f, const char *const *rows, const char *const *want, int n, int line)
{
	size_t		len;
	char	   *text = sparse_report(f, rows, &len);
	gr_heap    *h = gr_heap_new();
	gr_mem		m = gr_heap_mem(h);
	gr_doc		d;
	char		exp[4096];
	int			inferred = 0;

	gr_parse(&d, text, len, &m, NULL);
	snprintf(exp, sizeof(exp), "%s", joined(want, n));
	if (strcmp(read_back(&d, f), exp) != 0)
		fprintf(stderr, "table at line %d:\n", line);
	CHECK_EQ_STR(read_back(&d, f), exp);
	CHECK_EQ_INT(d.form_requests, f);
	/* rows placed by the sums are noted so */
	for (int i = 0; i < d.ndiags; i++)
		inferred += d.diags[i].section == GR_SEC_REQUESTS && d.diags[i].col == GR_DIAG_ROW &&
			d.diags[i].problem == GR_PROB_INFERRED;
	CHECK(inferred > 0);
	gr_heap_free(h);
	free(text);
}

/*
 * The 2019 form, every zero blank, the total column blank in the
 * dispositions too (printed only in the rows 一, 二, 总计 and 四): every
 * figure has one place only, every cell read.
 */
static void
test_2019_blank_totals(void)
{
	static const char *const rows[23] = {
		"130 47 13 22 73 1 286",	/* new received */
		"5 _ _ _ _ _ 5",
		"50 7 _ _ 3 _ _",		/* granted */
		"6 _ _ 2 _ _ _",
		"_ _ _ _ _ _ _",		/* withheld: state secret … */
		"_ _ _ _ _ _ _",
		"_ _ _ _ _ _ _",
		"4 _ _ _ _ _ _",
		"_ _ _ _ _ _ _",
		"9 40 _ _ _ _ _",
		"_ _ _ _ _ _ _",
		"_ _ _ _ _ _ _",
		"30 _ 13 _ _ 1 _",		/* unavailable: not held … */
		"11 _ _ _ _ _ _",
		"_ _ _ _ _ _ _",
		"17 _ _ 20 _ _ _",		/* not processed: petition … */
		"5 _ _ _ 70 _ _",
		"_ _ _ _ _ _ _",
		"_ _ _ _ _ _ _",
		"_ _ _ _ _ _ _",
		"_ _ _ _ _ _ _",		/* other: the 2019 form's leaf */
		"132 47 13 22 73 1 288",	/* total */
		"3 _ _ _ _ _ 3",		/* carried forward */
	};

	expect(GR_FORM_2019, rows, rows, 23, __LINE__);
}

/* The 2021 form's rows: new, carried over, 22 leaves, total, carried forward. */
#define N21 25

/*
 * The 2021 form with each row's total printed, the total row itself short
 * (科研机构 blank): new received prints its 0 there, and the flow puts the
 * total row's blank in that column.
 */
static void
test_2021_total_short(void)
{
	static const char *rows[N21];
	static const char *want[N21];

	for (int k = 0; k < N21; k++)
		rows[k] = "_ _ _ _ _ _ _";
	rows[0] = "130 47 0 22 73 1 273";
	rows[1] = "5 _ _ _ _ _ 5";
	rows[2] = "50 7 _ _ 3 _ 60";	/* granted */
	rows[3] = "6 _ _ 2 _ _ 8";
	rows[7] = "4 _ _ _ _ _ 4";		/* third party */
	rows[9] = "9 40 _ _ _ _ 49";		/* process */
	rows[12] = "30 _ _ _ _ 1 31";	/* not held */
	rows[13] = "11 _ _ _ _ _ 11";
	rows[15] = "17 _ _ 20 _ _ 37";	/* petition */
	rows[16] = "5 _ _ _ 70 _ 75";
	rows[23] = "132 47 _ 22 73 1 275";	/* total */
	rows[24] = "3 _ _ _ _ _ 3";
	expect(GR_FORM_2021, rows, rows, N21, __LINE__);

	/*
	 * Many readings: with 0 not printed in new received either, a column
	 * of blanks could be any of the three first (everything left of it
	 * shifted one column right adds up as well): 自然人, 商业企业 and
	 * 科研机构 stay missing wherever a row has a figure there, and so does
	 * 社会公益组织 beside them; the blanks every reading shares and the
	 * totals are placed.
	 */
	rows[0] = "130 47 _ 22 73 1 273";
	for (int k = 0; k < N21; k++)
		want[k] = rows[k];
	want[0] = "- - - - - - 273";
	want[1] = "- - _ _ _ _ 5";
	want[2] = "- - - - - _ 60";
	want[3] = "- - - - _ _ 8";
	want[7] = "- - _ _ _ _ 4";
	want[9] = "- - - _ _ _ 49";
	want[12] = "- - _ _ - - 31";
	want[13] = "- - _ _ _ _ 11";
	want[15] = "- - - - _ _ 37";
	want[16] = "- - _ - - _ 75";
	want[23] = "- - - - - - 275";
	want[24] = "- - _ _ _ _ 3";
	expect(GR_FORM_2021, rows, want, N21, __LINE__);
}

/*
 * The search itself: two assignments that differ, cells left missing;
 * and past its bound nothing placed, not even what every assignment seen
 * so far agreed on.
 */
static void
test_search_bound(void)
{
	static gr_cell known[GR_R_NROWS][GR_RC_COUNT];
	static const gr_tok *vals[GR_R_NROWS][GR_RC_COUNT];
	const gr_tok *out[GR_R_NROWS][GR_RC_COUNT];
	bool		have[GR_R_NROWS] = {false},
				bare[GR_R_NROWS] = {false};
	int			nvals[GR_R_NROWS] = {0};
	gr_tok		one[3];
	int			rows = 0,
				n;
	gr_heap    *h = gr_heap_new();
	gr_mem		m = gr_heap_mem(h);

	memset(one, 0, sizeof(one));
	for (int j = 0; j < 3; j++)
	{
		one[j].kind = GR_TOK_LINE;
		one[j].s = j < 2 ? "1" : "2";
		one[j].len = 1;
	}
	/* one leaf "1 1" and the rest not read: 1 under one of six columns and a total of 1 */
	nvals[GR_R_DISP(GR_D_GRANTED)] = 2;
	vals[GR_R_DISP(GR_D_GRANTED)][0] = &one[0];
	vals[GR_R_DISP(GR_D_GRANTED)][1] = &one[1];
	bare[GR_R_DISP(GR_D_PARTIAL)] = true;
	n = gr_para_requests_short(GR_FORM_2021, (const gr_cell (*)[GR_RC_COUNT]) known, have, bare,
							   (const gr_tok *const (*)[GR_RC_COUNT]) vals, nvals, out, &m);
	CHECK_EQ_INT(n, 2);
	CHECK(out[GR_R_DISP(GR_D_GRANTED)][GR_RC_TOTAL] == &one[1]);
	for (int c = 0; c < GR_RC_TOTAL; c++)
		CHECK(out[GR_R_DISP(GR_D_GRANTED)][c] == NULL);
	CHECK(out[GR_R_DISP(GR_D_PARTIAL)][0] == &gr_para_empty);

	/*
	 * Every other leaf "1 1 2" under a total row of 8 8 8 8 4 4 40: forty
	 * figures 1 spread over six columns, 15 ways a row, tens of thousands
	 * of partial sums, past the bound; the bare row's blanks, the same in
	 * every assignment, are not placed either.
	 */
	for (int r = GR_R_DISP(0); r < GR_R_DISP(GR_D_TOTAL); r++)
		if (gr_rrow_is_leaf(GR_FORM_2021, r) && r != GR_R_DISP(GR_D_PARTIAL))
		{
			nvals[r] = 3;
			for (int j = 0; j < 3; j++)
				vals[r][j] = &one[j];
			rows++;
		}
	CHECK_EQ_INT(rows, 20);
	have[GR_R_DISP(GR_D_TOTAL)] = true;
	for (int c = 0; c < GR_RC_COUNT; c++)
	{
		known[GR_R_DISP(GR_D_TOTAL)][c].state = GR_VALUE;
		known[GR_R_DISP(GR_D_TOTAL)][c].m = c < 4 ? 8 : c < GR_RC_TOTAL ? 4 : 40;
	}
	n = gr_para_requests_short(GR_FORM_2021, (const gr_cell (*)[GR_RC_COUNT]) known, have, bare,
							   (const gr_tok *const (*)[GR_RC_COUNT]) vals, nvals, out, &m);
	CHECK_EQ_INT(n, -1);
	for (int r = 0; r < GR_R_NROWS; r++)
		for (int c = 0; c < GR_RC_COUNT; c++)
			CHECK(out[r][c] == NULL);
	/* nine rows so (eighteen figures 1), within the bound: the bare row placed */
	for (int r = GR_R_DISP(GR_D_U_NOT_HELD); r < GR_R_DISP(GR_D_TOTAL); r++)
		nvals[r] = 0;
	for (int c = 0; c < GR_RC_COUNT; c++)
		known[GR_R_DISP(GR_D_TOTAL)][c].m = c < 4 ? 4 : c < GR_RC_TOTAL ? 1 : 18;
	n = gr_para_requests_short(GR_FORM_2021, (const gr_cell (*)[GR_RC_COUNT]) known, have, bare,
							   (const gr_tok *const (*)[GR_RC_COUNT]) vals, nvals, out, &m);
	CHECK(n > 0);
	CHECK(out[GR_R_DISP(GR_D_PARTIAL)][0] == &gr_para_empty);
	gr_heap_free(h);
}

int
main(void)
{
	test_2019_blank_totals();
	test_2021_total_short();
	test_search_bound();
	return unit_report("test_sparse_rows");
}
