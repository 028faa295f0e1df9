/*
 * test_rows_wrap.c — tables laid out with spaces whose narrow cells wrap
 * (rows_wrap.c): digits and units wrapped onto the line above or below
 * joined to their cell, fields parted by one space split, empty cells
 * printed as spaces put under the full rows' columns — each only when
 * certain, and the pieces left alone otherwise.  Hand-made lines in the
 * shape w3m prints them, then a whole w3m text read by gr_parse.
 */
#include "gr.h"
#include "scan.h"
#include "unit.h"

static gr_heap *heap;

static gr_toks
scan(const char *text)
{
	gr_mem		m = gr_heap_mem(heap);
	gr_toks		ts;

	gr_scan(&ts, text, strlen(text), &m, NULL, NULL);
	return ts;
}

/* The number the matcher will read from token k (-1: not a value). */
static long long
num_of(const gr_toks *ts, size_t k)
{
	gr_cell		c;
	const gr_tok *t = &ts->t[k];

	if (t->nstate != 0)
		c = t->num;
	else
		gr_read_number(t->s, t->len, true, &c);
	return c.state == GR_VALUE ? (long long) c.m : c.state == GR_BLANK ? -2 : -1;
}

/* Index of the first token whose text is s, or -1. */
static long
find(const gr_toks *ts, const char *s)
{
	for (size_t k = 0; k < ts->n; k++)
		if (ts->t[k].kind != GR_TOK_BREAK && ts->t[k].len == strlen(s) &&
			memcmp(ts->t[k].s, s, ts->t[k].len) == 0)
			return (long) k;
	return -1;
}

/* The values of the line holding token k: v[], their count. */
static int
row_values(const gr_toks *ts, long k, long long *v)
{
	int			n = 0;
	size_t		i = (size_t) k;

	while (i > 0 && ts->t[i - 1].kind != GR_TOK_BREAK && ts->t[i - 1].lstart == ts->t[k].lstart)
		i--;
	for (i++; i < ts->n && ts->t[i].kind != GR_TOK_BREAK && ts->t[i].lstart == ts->t[k].lstart; i++)
		v[n++] = num_of(ts, i);
	return n;
}

static void
test_units(void)
{
	/* a unit wrapped under its figure: joined, its line gone */
	gr_toks		ts = scan("  一、本年新收申请数量     17  0   14  6     282   32  351\n"
						  "                           条      条\n");
	long		k = find(&ts, "17");

	CHECK(k >= 0);
	CHECK(find(&ts, "条") < 0);
	CHECK_EQ_INT(num_of(&ts, (size_t) k), 17);
	CHECK_EQ_INT(num_of(&ts, (size_t) find(&ts, "14")), 14);

	/* a figure above a cell holding only its unit: the cell takes it */
	ts = scan("  1.申请人逾期不补正、            108             0\n"
			  "  行政机关不再处理        0    1  条   0件  2     件    111\n");
	CHECK(find(&ts, "108") < 0);
	k = find(&ts, "1.申请人逾期不补正、");
	CHECK(k >= 0);
	{
		long long	v[16];
		long		r = find(&ts, "行政机关不再处理");
		int			n = row_values(&ts, r, v);

		CHECK_EQ_INT(n, 7);
		CHECK_EQ_INT(v[2], 108);
		CHECK_EQ_INT(v[5], 0);
		CHECK_EQ_INT(v[6], 111);
	}

	/*
	 * the first figure parted from its label by one space, its unit
	 * wrapped under it: the unit is taken away, not left as a cell that
	 * would stand in the row after its six values
	 */
	ts = scan("      2.其他法律行政法规禁止 ０   1   0    5        ０      6\n"
			  "      公开                   条\n");
	CHECK(find(&ts, "条") < 0);
	CHECK(find(&ts, "公开") >= 0);
	CHECK_EQ_INT(num_of(&ts, (size_t) find(&ts, "6")), 6);

	/* money is not joined: a unit changes an amount */
	ts = scan("  行政事业性收费    208   3   5\n"
			  "                    万元\n");
	CHECK(find(&ts, "万元") >= 0);
}

static void
test_digits(void)
{
	long long	v[16];

	/* a full-width figure wrapped over two lines: joined, the row adds up */
	gr_toks		ts = scan("  其他处 2.逾期未缴费              8                １\n"
						  "  理 行政机关不再处理     0件  0   条   0条  0  4   ２\n");

	CHECK(find(&ts, "１") < 0);
	CHECK(find(&ts, "8") < 0);
	CHECK_EQ_INT(row_values(&ts, find(&ts, "理 行政机关不再处理"), v), 7);
	CHECK_EQ_INT(v[2], 8);
	CHECK_EQ_INT(v[6], 12);

	/* the same whose row would not add up: nothing joined, nothing lost */
	ts = scan("  其他处 2.逾期未缴费              8                １\n"
			  "  理 行政机关不再处理     0件  0   条   0条  0  5   ２\n");
	CHECK(find(&ts, "１") >= 0);
	CHECK(find(&ts, "8") >= 0);

	/*
	 * three wide figures and a unit wrapped at once, the line below three
	 * values itself: joined, the row adds up (27 + 24 + 1128 + 35 + 29 +
	 * 1125 = 2368)
	 */
	ts = scan("      （七）总计     27 24  １１  35   ２９  １１  ２３\n"
			  "                     条     ２８             ２５  ６８\n");
	CHECK(find(&ts, "２８") < 0);
	CHECK(find(&ts, "条") < 0);
	CHECK_EQ_INT(row_values(&ts, find(&ts, "（七）总计"), v), 7);
	CHECK_EQ_INT(v[0], 27);
	CHECK_EQ_INT(v[2], 1128);
	CHECK_EQ_INT(v[5], 1125);
	CHECK_EQ_INT(v[6], 2368);

	/*
	 * the same not adding up: nothing joined, and with a unit among the
	 * pieces the row's values are not read (test_wrapped_unbalanced)
	 */
	ts = scan("      （七）总计     27 24  １１  35   ２９  １１  ２３\n"
			  "                     条     ２８             ２５  ６９\n");
	CHECK(find(&ts, "２８") < 0);
	CHECK(find(&ts, "２３") < 0);
	CHECK(find(&ts, "（七）总计") >= 0);

	/* a piece between two rows of values: whose it is is unknown */
	ts = scan("  甲    1  2  3  4  5  6  21\n"
			  "                            3\n"
			  "  乙    1  2  3  4  5  6  2\n");
	CHECK(find(&ts, "3") >= 0);
	CHECK_EQ_INT(row_values(&ts, find(&ts, "乙"), v), 7);
	CHECK_EQ_INT(v[6], 2);
}

/*
 * A piece between two rows of values (w3m wraps a figure of either onto
 * it) whose owner the sums single out: the row above adds up only with it
 * joined, the row below adds up as printed and not with it.
 */
static void
test_between_rows(void)
{
	long long	v[16];
	gr_toks		ts = scan("  甲    1  2  3  4  5  6  2\n"
						  "                          1\n"
						  "  乙    1  2  3  4  5  6  21\n");

	CHECK(find(&ts, "1") >= 0);		/* 甲's and 乙's first cells */
	CHECK_EQ_INT(row_values(&ts, find(&ts, "甲"), v), 7);
	CHECK_EQ_INT(v[6], 21);
	CHECK_EQ_INT(row_values(&ts, find(&ts, "乙"), v), 7);
	CHECK_EQ_INT(v[6], 21);

	/* the row below's, by the same sums */
	ts = scan("  甲    1  2  3  4  5  6  21\n"
			  "                          2\n"
			  "  乙    1  2  3  4  5  8  3\n");
	CHECK_EQ_INT(row_values(&ts, find(&ts, "甲"), v), 7);
	CHECK_EQ_INT(v[6], 21);
	CHECK_EQ_INT(row_values(&ts, find(&ts, "乙"), v), 7);
	CHECK_EQ_INT(v[6], 23);

	/* the row below with a group's label beside its own: its values are after both */
	ts = scan("  甲          1  2  3  4  5  6  2\n"
			  "                                1\n"
			  "  组   乙     1  2  3  4  5  6  21\n");
	CHECK_EQ_INT(row_values(&ts, find(&ts, "甲"), v), 7);
	CHECK_EQ_INT(v[6], 21);

	/* the row below does not add up as printed: unknown, nothing joined */
	ts = scan("  甲    1  2  3  4  5  6  2\n"
			  "                          1\n"
			  "  乙    1  2  3  4  5  6  2\n");
	CHECK_EQ_INT(row_values(&ts, find(&ts, "甲"), v), 7);
	CHECK_EQ_INT(v[6], 2);
	CHECK_EQ_INT(row_values(&ts, find(&ts, "乙"), v), 7);
	CHECK_EQ_INT(v[6], 2);

	/* both rows add up with it (00 is 0): unknown */
	ts = scan("  甲    1  2  3  4  5  5  2\n"
			  "                          0\n"
			  "  乙    0  0  0  0  0  0  0\n");
	CHECK_EQ_INT(row_values(&ts, find(&ts, "甲"), v), 7);
	CHECK_EQ_INT(v[6], 2);

	/* a PDF's text (pages): its pieces stand only roughly in their columns */
	ts = scan("\f  甲    1  2  3  4  5  6  2\n"
			  "                          1\n"
			  "  乙    1  2  3  4  5  6  21\n");
	CHECK_EQ_INT(row_values(&ts, find(&ts, "甲"), v), 7);
	CHECK_EQ_INT(v[6], 2);
}

static void
test_split(void)
{
	long long	v[16];

	/* one space between two narrow cells: two values when the row adds up */
	gr_toks		ts = scan("  二、上年结转申请数量     1   37  140 23    1319  2  1522\n");

	CHECK_EQ_INT(row_values(&ts, find(&ts, "二、上年结转申请数量"), v), 7);
	CHECK_EQ_INT(v[2], 140);
	CHECK_EQ_INT(v[3], 23);
	/* not adding up: left as printed (one unreadable field) */
	ts = scan("  二、上年结转申请数量     1   37  140 23    1319  2  1523\n");
	CHECK_EQ_INT(row_values(&ts, find(&ts, "二、上年结转申请数量"), v), 6);
	CHECK(find(&ts, "140 23") >= 0);

	/* split, and a figure's last digit wrapped below: the row adds up */
	ts = scan("一、本年新收申请数量        498 ５７  4    5    21   6    1,106\n"
			  "                                ２\n");
	CHECK_EQ_INT(row_values(&ts, find(&ts, "一、本年新收申请数量"), v), 7);
	CHECK_EQ_INT(v[1], 572);
	CHECK_EQ_INT(v[6], 1106);
	CHECK(find(&ts, "２") < 0);

	/* a unit then a value: the end of the cell above, and the next cell */
	ts = scan("  1.申请人逾期不补正、            108             0\n"
			  "  行政机关不再处理        0    1  条   0件  2     件 111\n");
	CHECK_EQ_INT(row_values(&ts, find(&ts, "行政机关不再处理"), v), 7);
	CHECK_EQ_INT(v[5], 0);
	CHECK_EQ_INT(v[6], 111);
	/* a value then its unit is one cell */
	ts = scan("  规章      24 件         0      5\n");
	CHECK(find(&ts, "24 件") >= 0);
}

static void
test_blanks(void)
{
	long long	v[16];
	const char *full =
		"      1.属于国家秘密          0    ０   4    0    0    6    10\n"
		"\n"
		"      3.危及安全稳定          0    8    7    0    2    0    17\n"
		"\n";
	char		text[1024];
	gr_toks		ts;

	/* the fourth cell printed as spaces: an empty cell there */
	snprintf(text, sizeof(text), "%s%s", full,
			 "      2.其他法律禁止公开      0    0条  5         0    7    12件\n");
	ts = scan(text);
	CHECK_EQ_INT(row_values(&ts, find(&ts, "2.其他法律禁止公开"), v), 7);
	CHECK_EQ_INT(v[2], 5);
	CHECK_EQ_INT(v[3], -2);		/* blank */
	CHECK_EQ_INT(v[6], 12);

	/* the same row not adding up: left short (the matcher declines it) */
	snprintf(text, sizeof(text), "%s%s", full,
			 "      2.其他法律禁止公开      0    0条  5         0    7    13件\n");
	ts = scan(text);
	CHECK_EQ_INT(row_values(&ts, find(&ts, "2.其他法律禁止公开"), v), 6);

	/* a value between two columns: no place is certain */
	snprintf(text, sizeof(text), "%s%s", full,
			 "      2.其他法律禁止公开      0    0条  5      0       7    12件\n");
	ts = scan(text);
	CHECK_EQ_INT(row_values(&ts, find(&ts, "2.其他法律禁止公开"), v), 6);

	/* a label that runs into the first column (a value may hide in it) */
	snprintf(text, sizeof(text), "%s%s", full,
			 "      （二）部分公开（区分处 0    0    5         0    7    12\n");
	ts = scan(text);
	CHECK_EQ_INT(row_values(&ts, find(&ts, "（二）部分公开（区分处 0"), v), 5);
}

static int
disp_row(const char *key)
{
	for (int d = 0; d < GR_D_COUNT; d++)
		if (strcmp(gr_disps[d].key, key) == 0)
			return GR_R_DISP(d);
	return -1;
}

/* A whole w3m text: the short rows come back with their blank cells. */
static void
test_w3m_text(void)
{
	size_t		len;
	char	   *text = unit_slurp("../data/layout_w3m_appeals_short.txt", &len);
	gr_mem		m = gr_heap_mem(heap);
	gr_doc		d;
	int			r = disp_row("withheld.prohibited_by_law"),
				c = disp_row("not_processed.confirmation");

	CHECK(text != NULL);
	if (text == NULL)
		return;
	gr_parse(&d, text, len, &m, NULL);
	CHECK(r >= 0 && c >= 0);
	if (r < 0 || c < 0)
		return;
	for (int k = 0; k < GR_RC_TOTAL; k++)
	{
		CHECK_EQ_INT(d.req[r][k].state, GR_VALUE);
		CHECK_EQ_INT(d.req[r][k].m, 0);
	}
	CHECK_EQ_INT(d.req[r][GR_RC_TOTAL].state, GR_BLANK);
	CHECK_EQ_INT(d.req[c][GR_RC_OTHER_ORG].state, GR_BLANK);
	CHECK_EQ_INT(d.req[c][GR_RC_TOTAL].state, GR_VALUE);
	free(text);
}

/*
 * pdftotext -layout begins a page's first line with a form feed: the line
 * keeps its columns, and a figure wrapped under one of its cells is
 * joined (an appeals total １１ printed as １ over １).
 */
static void
test_page_start(void)
{
	const char *text =
		"\f 0   3   5   0   8   0   0   0   0   0   5   3   2   1   １\n"
		"                                                         １\n";
	gr_toks		ts = scan(text);
	long long	v[32];
	long		k = find(&ts, "3");
	int			n;

	CHECK(k >= 0);
	/* the values after the first (row_values passes over a label) */
	n = row_values(&ts, k, v);
	CHECK_EQ_INT(n, 14);
	if (n == 14)
		CHECK_EQ_INT(v[13], 11);
	/* the piece is gone: one １ left, the cell's */
	k = find(&ts, "１");
	CHECK(k >= 0);
	for (size_t i = (size_t) k + 1; k >= 0 && i < ts.n; i++)
		CHECK(!(ts.t[i].len == strlen("１") && memcmp(ts.t[i].s, "１", ts.t[i].len) == 0));
}

/*
 * Digits alone under a row of fifteen that does not add up, between two
 * of its cells: which figure they complete is unknown, so the row's values
 * are not read at all (its total would otherwise read 1 for 12).
 */
static void
test_stray_digits(void)
{
	const char *text =
		" 0   3   5   0   8   0   0   0   0   0   5   0   2   5   １\n"
		"                                                       ２\n";
	gr_toks		ts = scan(text);

	CHECK(find(&ts, "8") < 0);
	CHECK(find(&ts, "１") < 0);
	/* the same row adding up keeps its values (the digits are not its) */
	ts = scan(" 0   3   5   0   8   0   0   0   0   0   5   0   2   5   12\n"
			  "                                                       ２\n");
	CHECK(find(&ts, "8") >= 0);
	CHECK(find(&ts, "12") >= 0);
}

/*
 * Digits over a cell with another cell within two columns: joined to
 * either, the row would add up alike (２９ over 37 or over 99 makes 2937
 * or 2999, and the total 6624 either way).  In a PDF's text (paged:
 * pdftotext prints a wrapped cell's lines only roughly in its column) they
 * are joined to neither, and the row, which does not add up without them,
 * is not read; in text laid out by w3m, whose columns are exact, the cell
 * they overlap takes them.
 */
static void
test_near_digits(void)
{
	const char *row = "（七）总计   14   14   37  99   3526   34   6624\n";
	char		text[256];
	gr_toks		ts;
	long		k;

	snprintf(text, sizeof(text), "\f前言\n%24s29\n%s", "", row);
	ts = scan(text);
	CHECK(find(&ts, "37") < 0);
	CHECK(find(&ts, "99") < 0);
	CHECK(find(&ts, "6624") < 0);

	snprintf(text, sizeof(text), "前言\n%24s29\n%s", "", row);
	ts = scan(text);
	CHECK(find(&ts, "29") < 0);
	k = find(&ts, "37");
	CHECK(k >= 0);
	if (k >= 0)
		CHECK_EQ_INT(num_of(&ts, (size_t) k), 2937);
}

/*
 * A total wrapped in its narrow column (`１` over `２`) in a row that does
 * not add up, even with the digits joined (a report's own imbalance), with
 * a unit wrapped under another of its cells (`件` under 1) on the same
 * line: which figure the digits complete is not read, and the unit would
 * hide them from the matcher, so the row's values are not read at all.
 */
static void
test_wrapped_unbalanced(void)
{
	gr_toks		ts = scan("0     0     0     1     1  3     3     5件   2     １    0     0条   0     4     ４\n"
						  "                        件                         ２\n");
	long		k;

	CHECK(find(&ts, "件") < 0);
	CHECK(find(&ts, "２") < 0);
	CHECK(find(&ts, "１") < 0);
	CHECK(find(&ts, "5件") < 0);
	/* balanced (3+3+4+2 = １２): the digits are joined, the row read */
	ts = scan("0     0     0     1     1  3     3     4件   2     １    0     0     0     4     ４\n"
			  "                        件                         ２\n");
	k = find(&ts, "１");
	CHECK(k >= 0);
	if (k >= 0)
		CHECK_EQ_INT(num_of(&ts, (size_t) k), 12);
	CHECK(find(&ts, "２") < 0);
	CHECK(find(&ts, "4件") >= 0);
}

/*
 * The same read whole: the appeals line beside the wrapped total is not
 * read as it stands (its litigation total would read 1 for 12).
 */
static void
test_wrapped_unbalanced_doc(void)
{
	const char *text =
		"某局2022年政府信息公开工作年度报告\n"
		"四、政府信息公开行政复议、行政诉讼情况\n"
		"\n"
		"行政复议                   行政诉讼\n"
		"结果  结果  其他  尚未  总 未经复议直接起诉           复议后起诉\n"
		"维持  纠正  结果  审结  计\n"
		"                           结果  结果  其他  尚未  总 结果  结果  其他  尚未  总\n"
		"                           维持  纠正  结果  审结  计 维持  纠正  结果  审结  计\n"
		"0     0     0     1     1  3     3     5件   2     １ 0     0条   0     4     ４\n"
		"                        件                         ２\n"
		"\n"
		"五、存在的主要问题及改进情况\n";
	gr_doc		d;
	gr_mem		m = gr_heap_mem(heap);

	gr_parse(&d, text, strlen(text), &m, NULL);
	CHECK(d.appeals[1][GR_APC_TOTAL].state != GR_VALUE);
}

int
main(void)
{
	heap = gr_heap_new();
	test_units();
	test_digits();
	test_between_rows();
	test_split();
	test_blanks();
	test_w3m_text();
	test_page_start();
	test_stray_digits();
	test_near_digits();
	test_wrapped_unbalanced();
	test_wrapped_unbalanced_doc();
	gr_heap_free(heap);
	return unit_report("test_rows_wrap");
}
