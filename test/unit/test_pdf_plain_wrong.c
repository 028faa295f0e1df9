/*
 * test_pdf_plain_wrong.c — text from a PDF read by pdftotext with no
 * options (one cell per paragraph, pages parted by form feeds), in the
 * classes where a reading could put a number where another was printed:
 * each must leave those cells null with a `missing` diagnostic.
 *
 *  - a fee's figure after its header's wrapped unit ("万" / "元）"), the
 *    empty line before the header not an empty cell;
 *  - figures after the appeals heading one a paragraph, not adding up:
 *    an empty line between two figures is not an empty cell there;
 *  - a sub-table header whose column words come out of the form's order,
 *    and the row's figures after it;
 *  - a row of zeros with empty cells not printed, followed by the figures
 *    of rows whose labels come later;
 *  - a row placed by the form's order holding an empty cell (－), zeros
 *    and a figure printed among a label's lines.
 *
 * Hand-made texts with the form's labels; numbers of our own.
 */
#include "gr.h"
#include "unit.h"

#define NLEAF 25				/* rows of the 2021 form's section 3 that hold values */
#define BLANK (-1)				/* a cell printed as "－" */
#define UNPRINTED (-2)			/* an empty cell not printed */

static int	leaf_row[NLEAF];

static void
leaves(void)
{
	int			k = 0;

	for (int r = 0; r < GR_R_NROWS; r++)
		if (gr_rrow_is_leaf(GR_FORM_2021, r))
			leaf_row[k++] = r;
}

static void
put_label_sep(unit_sbuf *b, int k, const char *sep)
{
	char		l[512];
	int			r = leaf_row[k];

	if (r == GR_R_NEW_RECEIVED)
		snprintf(l, sizeof(l), "一、本年新收政府信息公开申请数量%s", sep);
	else if (r == GR_R_CARRIED_OVER)
		snprintf(l, sizeof(l), "二、上年结转政府信息公开申请数量%s", sep);
	else if (r == GR_R_CARRIED_FORWARD)
		snprintf(l, sizeof(l), "四、结转下年度继续办理%s", sep);
	else
		snprintf(l, sizeof(l), "%s%s%s", gr_disps[r - 2].numbering, gr_disps[r - 2].label, sep);
	unit_put(b, l);
}

static void
put_label(unit_sbuf *b, int k)
{
	put_label_sep(b, k, "\n\n");
}

/* cells c0..c1-1 of a row, one a paragraph ("sep" after each) */
static void
put_cells(unit_sbuf *b, const long *v, int c0, int c1, const char *sep)
{
	char		x[32];

	for (int c = c0; c < c1; c++)
	{
		if (v[c] == UNPRINTED)
			continue;
		if (v[c] == BLANK)
			snprintf(x, sizeof(x), "－%s", sep);
		else
			snprintf(x, sizeof(x), "%ld%s", v[c], sep);
		unit_put(b, x);
	}
}

/*
 * A balanced table: rows 2..22 (the dispositions' leaves) as set in v or
 * drawn from the seed where v[k][6] is 0 and unset, the total their sum,
 * new received made to close the flow.
 */
static void
make_values(long v[NLEAF][7], int seed, const bool *set)
{
	for (int k = 2; k < NLEAF - 2; k++)
	{
		if (set != NULL && set[k])
			continue;
		v[k][6] = 0;
		for (int c = 0; c < 6; c++)
		{
			v[k][c] = (k * 7 + c * 3 + seed) % 5 == 0 ? (k + c + seed) % 9 + 1 : 0;
			v[k][6] += v[k][c];
		}
	}
	for (int c = 0; c < 7; c++)
	{
		v[NLEAF - 2][c] = 0;
		for (int k = 2; k < NLEAF - 2; k++)
			v[NLEAF - 2][c] += v[k][c] > 0 ? v[k][c] : 0;
		v[1][c] = c == 6 ? 21 : c + 1;
		v[NLEAF - 1][c] = c == 6 ? 0 : (c + seed) % 3;
	}
	for (int c = 0; c < 6; c++)
		v[NLEAF - 1][6] += v[NLEAF - 1][c];
	for (int c = 0; c < 7; c++)
		v[0][c] = v[NLEAF - 2][c] + v[NLEAF - 1][c] - v[1][c];
}

static const char *const sec2_plain =
"第二十条第（一）项\n\n信息内容\n\n本年制发件数\n\n本年废止件数\n\n现行有效件数\n\n"
"规章\n\n2\n\n0\n\n5\n\n行政规范性文件\n\n1\n\n1\n\n7\n\n";

static void
head(unit_sbuf *b, const char *sec2)
{
	unit_put(b, "某某县统计局2023年政府信息公开工作年度报告\n\n一、总体情况\n\n"
		"本机关认真做好政府信息公开工作。\n\n二、主动公开政府信息情况\n\n");
	unit_put(b, sec2);
	unit_put(b, "三、收到和处理政府信息公开申请情况\n\n申请人情况\n\n自然人\n\n法人或其他组织\n\n"
		"商业企业\n\n科研机构\n\n社会公益组织\n\n法律服务机构\n\n其他\n\n总计\n\n");
}

/* every row: its label, then its cells ("sep" after each of them) */
static void
put_table(unit_sbuf *b, long v[NLEAF][7], const char *sep)
{
	for (int k = 0; k < NLEAF; k++)
	{
		put_label_sep(b, k, sep);
		put_cells(b, v[k], 0, 7, sep);
	}
}

/* the table's page ended, section 4 (its text after the heading), the rest */
static void
tail(unit_sbuf *b, const char *appeals)
{
	unit_put(b, "\f- 2 -\n\n四、政府信息公开行政复议、行政诉讼情况\n\n");
	unit_put(b, appeals);
	unit_put(b, "五、存在的主要问题及改进情况\n\n无。\n");
}

static gr_doc
parse(unit_sbuf *b, gr_heap **h)
{
	gr_doc		d;
	gr_mem		m;

	*h = gr_heap_new();
	m = gr_heap_mem(*h);
	gr_parse(&d, b->s, b->n, &m, NULL);
	return d;
}

/* a diagnostic of this problem for this cell (section, row, column) */
static bool
has_diag(const gr_doc *d, int section, int row, int col, int problem)
{
	for (int i = 0; i < d->ndiags; i++)
		if (d->diags[i].section == section && d->diags[i].row == row &&
			d->diags[i].col == col && d->diags[i].problem == problem)
			return true;
	return false;
}

/* section 3's row r as read equals v (blank for BLANK and UNPRINTED) */
static bool
row_is(const gr_doc *d, int r, const long *v)
{
	for (int c = 0; c < 7; c++)
	{
		const gr_cell *x = &d->req[r][c];

		if (v[c] < 0 ? x->state != GR_BLANK : (x->state != GR_VALUE || x->m != v[c]))
			return false;
	}
	return true;
}

static bool
row_missing(const gr_doc *d, int r)
{
	for (int c = 0; c < 7; c++)
		if (d->req[r][c].state != GR_MISSING ||
			!has_diag(d, GR_SEC_REQUESTS, r, c, GR_PROB_MISSING))
			return false;
	return true;
}

/*
 * The fee row's label, then its header's words wrapped ("…（单位：万" /
 * "元）") right before its figure: the empty line after the label is
 * pdftotext's block break, not an empty cell — the fee is not blank.
 * (Section 3 one cell a line.)
 */
static void
test_fee_after_header(void)
{
	long		v[NLEAF][7];
	unit_sbuf		b = {0};
	gr_heap    *h;
	gr_doc		d;
	char		sec2[1024];

	make_values(v, 1, NULL);
	snprintf(sec2, sizeof(sec2), "%s第二十条第（八）项\n\n信息内容\n\n行政事业性收费\n\n"
			 "本年收费金额（单位：万\n元）\n12.5\n\n", sec2_plain);
	head(&b, sec2);
	put_table(&b, v, "\n");
	tail(&b, "");
	d = parse(&b, &h);
	CHECK(d.active[GR_A_FEES][GR_AC_AMOUNT].state != GR_BLANK);
	CHECK(d.active[GR_A_FEES][GR_AC_AMOUNT].state == GR_MISSING ||
		  (d.active[GR_A_FEES][GR_AC_AMOUNT].state == GR_VALUE &&
		   d.active[GR_A_FEES][GR_AC_AMOUNT].m == 125 &&
		   d.active[GR_A_FEES][GR_AC_AMOUNT].scale == 1));
	/* the table itself still reads */
	CHECK(row_is(&d, GR_R_DISP(GR_D_TOTAL), v[NLEAF - 2]));
	gr_heap_free(h);
	free(b.s);
}

/*
 * After the appeals heading, figures one a paragraph that do not add up
 * (another table's figures printed there): in a PDF's text an empty line
 * between two figures is no empty cell, so fifteen cells counted so are
 * not read without their groups adding up.  Fifteen figures a line each
 * that add up are read.
 */
static void
test_appeals_gapped(void)
{
	long		v[NLEAF][7];
	unit_sbuf		b = {0};
	gr_heap    *h;
	gr_doc		d;
	static const long ap[15] = {1, 2, 0, 1, 4, 0, 4, 3, 0, 7, 2, 5, 0, 1, 8};

	make_values(v, 2, NULL);
	head(&b, sec2_plain);
	put_table(&b, v, "\n");
	tail(&b, "2\n\n6\n\n3\n\n0\n\n0\n\n11\n\n0\n\n0\n\n行政复议\n\n行政诉讼\n\n");
	d = parse(&b, &h);
	for (int g = 0; g < GR_AP_NGROUPS; g++)
		for (int c = 0; c < GR_APC_NCOLS; c++)
		{
			CHECK(d.appeals[g][c].state == GR_MISSING);
			CHECK(has_diag(&d, GR_SEC_APPEALS, g, c, GR_PROB_MISSING));
		}
	gr_heap_free(h);
	free(b.s);

	b = (unit_sbuf) {0};
	head(&b, sec2_plain);
	put_table(&b, v, "\n");
	tail(&b, "1\n2\n0\n1\n4\n0\n4\n3\n0\n7\n2\n5\n0\n1\n8\n\n");
	d = parse(&b, &h);
	for (int g = 0; g < GR_AP_NGROUPS; g++)
		for (int c = 0; c < GR_APC_NCOLS; c++)
		{
			CHECK_EQ_INT(d.appeals[g][c].state, GR_VALUE);
			CHECK_EQ_INT(d.appeals[g][c].m, ap[g * GR_APC_NCOLS + c]);
		}
	gr_heap_free(h);
	free(b.s);
}

/*
 * Section 2's first sub-table with its header's column words printed out
 * of the form's order (现行有效 before 废止): the rows' figures are not
 * read in the form's columns.  The same header in order reads them.
 */
static void
test_header_out_of_order(void)
{
	long		v[NLEAF][7];
	static const char *const hdr[2] = {
		"本年\n本年制\n现行有效\n废止\n发件数\n件数\n件数\n\n",
		"本年制发件数\n\n本年废止件数\n\n现行有效件数\n\n",
	};

	make_values(v, 3, NULL);
	for (int i = 0; i < 2; i++)
	{
		unit_sbuf		b = {0};
		gr_heap    *h;
		gr_doc		d;
		char		sec2[1024];

		snprintf(sec2, sizeof(sec2), "第二十条第（一）项\n\n信息内容\n\n%s规章\n\n3\n\n0\n\n9\n\n"
				 "行政规范性文件\n\n21\n\n16\n\n33\n\n第二十条第（五）项\n\n信息内容\n\n"
				 "本年处理决定数量\n\n行政许可\n\n8\n\n", hdr[i]);
		head(&b, sec2);
		put_table(&b, v, "\n\n");
		tail(&b, "");
		d = parse(&b, &h);
		for (int c = GR_AC_ISSUED; c <= GR_AC_IN_FORCE; c++)
		{
			const gr_cell *x = &d.active[GR_A_NORMATIVE][c];

			if (i == 0)
			{
				CHECK_EQ_INT(x->state, GR_MISSING);
				CHECK(has_diag(&d, GR_SEC_ACTIVE, GR_A_NORMATIVE, c, GR_PROB_MISSING));
				CHECK_EQ_INT(d.active[GR_A_RULES][c].state, GR_MISSING);
			}
			else
				CHECK_EQ_INT(x->m, c == GR_AC_ISSUED ? 21 : c == GR_AC_REPEALED ? 16 : 33);
		}
		/* the next sub-table is its own */
		CHECK_EQ_INT(d.active[GR_A_LICENSING][GR_AC_DECISIONS].m, 8);
		gr_heap_free(h);
		free(b.s);
	}
}

/*
 * 3.补正后申请内容仍不明确 all zeros with two empty cells not printed,
 * then the figures of the next two rows, whose labels come after them
 * (their first figures zeros): its label is followed by more figures
 * than its own, and seven zeros would add up whichever were its own —
 * its empty cells would read as 0 in other columns.  Missing.
 */
static void
zero_row(const long *unclear, const long *duplicate, bool read)
{
	long		v[NLEAF][7];
	bool		set[NLEAF] = {false};
	unit_sbuf		b = {0};
	gr_heap    *h;
	gr_doc		d;
	const int	ku = 14,		/* 3.补正后申请内容仍不明确 */
				kp = 15;		/* 1.信访举报投诉类申请 */
	static const long petition[7] = {0, 0, 4, 0, 0, 0, 4};

	CHECK_EQ_INT(leaf_row[ku], GR_R_DISP(GR_D_U_UNCLEAR));
	memcpy(v[ku], unclear, sizeof(v[ku]));
	memcpy(v[kp], petition, sizeof(petition));
	memcpy(v[kp + 1], duplicate, sizeof(v[kp + 1]));
	set[ku] = set[kp] = set[kp + 1] = true;
	make_values(v, 4, set);
	if (read)
	{
		v[0][0] += 1;			/* the flow does not add up: nothing read by order */
		v[0][6] += 1;
	}
	head(&b, sec2_plain);
	for (int k = 0; k < NLEAF; k++)
	{
		if (k == kp || k == kp + 1)
			continue;
		put_label(&b, k);
		put_cells(&b, v[k], 0, 7, "\n\n");
		if (k == ku)
		{
			put_cells(&b, v[kp], 0, 7, "\n\n");
			put_cells(&b, v[kp + 1], 0, 7, "\n\n");
			put_label(&b, kp);
			put_label(&b, kp + 1);
		}
	}
	tail(&b, "");
	d = parse(&b, &h);
	if (read)
		CHECK(row_is(&d, GR_R_DISP(GR_D_U_UNCLEAR), unclear));
	else
		CHECK(row_missing(&d, GR_R_DISP(GR_D_U_UNCLEAR)));
	/* the rows labelled before it read */
	CHECK(row_is(&d, GR_R_DISP(GR_D_U_NOT_HELD), v[ku - 2]));
	gr_heap_free(h);
	free(b.s);
}

/*
 * Read by its label when its seven zeros were all printed and the seven
 * values after them add up to a total not 0 (the next row's, which a
 * shift would have cut), though an empty cell was left unprinted further
 * on (in a table that does not balance, so that no reading by the form's
 * order places it).
 */
static void
test_zero_row_short(void)
{
	static const long short_zeros[7] = {0, 0, 0, UNPRINTED, 0, UNPRINTED, 0},
				zeros[7] = {0, 0, 0, 0, 0, 0, 0},
				duplicate[7] = {0, 2, 0, 0, 0, 0, 2},
				dup_short[7] = {0, 2, 0, UNPRINTED, 0, 0, 2};

	zero_row(short_zeros, duplicate, false);
	zero_row(zeros, dup_short, true);
}

/*
 * 1.申请人无正当理由逾期不补正… all zeros with an empty cell printed "－",
 * its label wrapped with the next row's first figure (a 0) printed among
 * its lines, the next two rows' labels after their figures: read by the
 * form's order between the rows before and after, the 0 from the label's
 * lines would open the row and shift "－" one column on; the sums hold
 * either way.  That row is missing; the next one reads.
 */
static void
test_blank_shifted(void)
{
	long		v[NLEAF][7];
	bool		set[NLEAF] = {false};
	unit_sbuf		b = {0};
	gr_heap    *h;
	gr_doc		d;
	const int	kn = 20;		/* 1.申请人无正当理由逾期不补正… */
	static const long no_corr[7] = {0, 0, 0, BLANK, 0, 0, 0},
				unpaid[7] = {0, 3, 0, 0, 0, 0, 3},
				other[7] = {1, 0, 0, 2, 0, 0, 3};

	CHECK_EQ_INT(leaf_row[kn], GR_R_DISP(GR_D_O_NO_CORRECTION));
	memcpy(v[kn], no_corr, sizeof(no_corr));
	memcpy(v[kn + 1], unpaid, sizeof(unpaid));
	memcpy(v[kn + 2], other, sizeof(other));
	set[kn] = set[kn + 1] = set[kn + 2] = true;
	make_values(v, 5, set);
	head(&b, sec2_plain);
	for (int k = 0; k < NLEAF; k++)
	{
		if (k == kn + 1 || k == kn + 2)
			continue;
		if (k == kn)
		{
			unit_put(&b, "1.申请人无正当理由逾\n期不补正、行政机关不\n0\n再处理其政府信息公开\n申请\n\n");
			put_cells(&b, v[kn], 0, 7, "\n\n");
			put_cells(&b, v[kn + 1], 1, 7, "\n\n");
			put_label(&b, kn + 1);
			put_label(&b, kn + 2);
			put_cells(&b, v[kn + 2], 0, 7, "\n\n");
			continue;
		}
		put_label(&b, k);
		put_cells(&b, v[k], 0, 7, "\n\n");
	}
	tail(&b, "");
	d = parse(&b, &h);
	CHECK(row_missing(&d, GR_R_DISP(GR_D_O_NO_CORRECTION)));
	CHECK(row_is(&d, GR_R_DISP(GR_D_O_UNPAID_FEE), unpaid));
	CHECK(has_diag(&d, GR_SEC_REQUESTS, GR_R_DISP(GR_D_O_UNPAID_FEE), GR_DIAG_ROW, GR_PROB_INFERRED));
	gr_heap_free(h);
	free(b.s);
}

int
main(void)
{
	leaves();
	test_fee_after_header();
	test_appeals_gapped();
	test_header_out_of_order();
	test_zero_row_short();
	test_blank_shifted();
	return unit_report("test_pdf_plain_wrong");
}
