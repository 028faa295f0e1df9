/*
 * test_w3m_short.c — w3m's text of a table without borders whose appeals
 * line lost an empty cell (printed as spaces), in a document where another
 * row's values were joined to its label by single spaces (read as joined
 * values, as lynx prints them).  The groups as printed are shifted past the
 * lost cell; the groups certain wherever it stood are placed, the other is
 * missing, none is wrong.
 *
 * The text is test/data/layout_w3m_appeals_short.txt with two lines
 * changed here: the appeals values (the second group's pending cell
 * empty) and one row of section 3 joined by single spaces.
 *
 * Also: a leaf's last label line beside its group's last piece (`理   缴纳
 * 费用、行政机关不再处理其 2   0 …`), the label's text and the row's first
 * value parted by one space — one field to the scan.  The row keeps its
 * first value when the line's values add up, and is missing otherwise.
 *
 * And an appeals line of all fifteen values whose groups do not all add
 * up (one report in five does not balance): each value is its cell.
 *
 * And a figure wrapped over three lines, digits above and below its
 * cell's (`２` / `… ２ …` / `２`, 222): one number when the row then adds
 * up, else the row is missing.
 */
#include "gr.h"
#include "unit.h"

/* Replace the line old by new in text (once); false when old is not there. */
static bool
replace_line(char **text, size_t *len, const char *old, const char *new)
{
	char	   *at = strstr(*text, old);
	size_t		lo = strlen(old),
				ln = strlen(new);
	char	   *out;

	if (at == NULL)
		return false;
	out = malloc(*len - lo + ln + 1);
	memcpy(out, *text, (size_t) (at - *text));
	memcpy(out + (at - *text), new, ln);
	memcpy(out + (at - *text) + ln, at + lo, *len - (size_t) (at - *text) - lo + 1);
	free(*text);
	*text = out;
	*len = *len - lo + ln;
	return true;
}

static void
expect_group(const gr_doc *d, int g, const int *want)
{
	for (int c = 0; c < GR_APC_NCOLS; c++)
	{
		CHECK_EQ_INT(d->appeals[g][c].state, GR_VALUE);
		CHECK_EQ_INT(d->appeals[g][c].m, want[c]);
	}
}

static void
test_short_appeals_after_joined_row(void)
{
	size_t		len;
	char	   *text = unit_slurp("../data/layout_w3m_appeals_short.txt", &len);
	gr_heap    *h = gr_heap_new();
	gr_mem		m = gr_heap_mem(h);
	gr_doc		d;
	static const int review[] = {2, 1, 0, 0, 3},
				after_review[] = {1, 0, 0, 0, 1};

	CHECK(text != NULL);
	if (text == NULL)
		return;
	/* 2 1 0 0 3 | 0 3 _ 2 5 | 1 0 0 0 1: the empty cell not printed */
	CHECK(replace_line(&text, &len,
					   "  0     0     0   0     0    0     0   １      0   1  1       0     0         1\n",
					   "  2     1     0   0     3          0   3      2   5  1       0     0   0     1\n"));
	CHECK(replace_line(&text, &len,
					   "               8.属于行政查询事项             6    0   0   3     0     0    9\n",
					   "               8.属于行政查询事项 6 0 0 3 0 0 9\n"));
	gr_parse(&d, text, len, &m, NULL);
	/* the joined row is read */
	CHECK_EQ_INT(d.req[GR_R_DISP(GR_D_W_INQUIRY)][GR_RC_TOTAL].state, GR_VALUE);
	CHECK_EQ_INT(d.req[GR_R_DISP(GR_D_W_INQUIRY)][GR_RC_TOTAL].m, 9);
	/* the first and last groups are the same wherever the lost cell stood */
	expect_group(&d, 0, review);
	expect_group(&d, 2, after_review);
	/* the middle one is not: 0 3 2 5 adds up with the gap anywhere in it */
	for (int c = 0; c < GR_APC_NCOLS; c++)
		CHECK_EQ_INT(d.appeals[1][c].state, GR_MISSING);
	free(text);
	gr_heap_free(h);
}

/* The fixture with the unpaid-fee row's values line replaced; its row read. */
static gr_cell
unpaid_row(const char *line, int col)
{
	size_t		len;
	char	   *text = unit_slurp("../data/layout_w3m_appeals_short.txt", &len);
	gr_heap    *h = gr_heap_new();
	gr_mem		m = gr_heap_mem(h);
	gr_doc		d;
	gr_cell		c = {0};

	CHECK(text != NULL);
	if (text == NULL)
		return c;
	CHECK(replace_line(&text, &len,
					   "          理   缴纳费用、行政机关不再处理其  2     0    0  0       0   0  ２\n",
					   line));
	gr_parse(&d, text, len, &m, NULL);
	c = d.req[GR_R_DISP(GR_D_O_UNPAID_FEE)][col];
	free(text);
	gr_heap_free(h);
	return c;
}

static void
test_label_value_one_space(void)
{
	static const char adds[] = "          理   缴纳费用、行政机关不再处理其 2     0    1  0       0   0  ３\n";
	static const char off[] = "          理   缴纳费用、行政机关不再处理其 2     0    1  0       0   0  ４\n";
	static const int want[] = {2, 0, 1, 0, 0, 0, 3};
	gr_cell		c;

	for (int k = 0; k < GR_RC_COUNT; k++)
	{
		c = unpaid_row(adds, k);
		CHECK_EQ_INT(c.state, GR_VALUE);
		CHECK_EQ_INT(c.m, want[k]);
	}
	/* the same line not adding up: missing, never shifted */
	for (int k = 0; k < GR_RC_COUNT; k++)
		CHECK_EQ_INT(unpaid_row(off, k).state, GR_MISSING);
}

/* The fixture with the first row of section 3 replaced; that row's cells. */
static void
new_received(const char *rows, gr_cell *out)
{
	size_t		len;
	char	   *text = unit_slurp("../data/layout_w3m_appeals_short.txt", &len);
	gr_heap    *h = gr_heap_new();
	gr_mem		m = gr_heap_mem(h);
	gr_doc		d;

	memset(out, 0, sizeof(gr_cell) * GR_RC_COUNT);
	CHECK(text != NULL);
	if (text == NULL)
		return;
	CHECK(replace_line(&text, &len,
					   "一、本年新收政府信息公开申请数量             498 ５７   4    5   21    6  1,106\n"
					   "                                                 ２\n",
					   rows));
	gr_parse(&d, text, len, &m, NULL);
	memcpy(out, d.req[GR_R_NEW_RECEIVED], sizeof(gr_cell) * GR_RC_COUNT);
	free(text);
	gr_heap_free(h);
}

#define PIECE "                                                                ２\n"

static void
test_three_line_figure(void)
{
	static const int want[] = {498, 572, 4, 5, 222, 6, 1307};
	gr_cell		c[GR_RC_COUNT];

	new_received(PIECE
				 "一、本年新收政府信息公开申请数量             498  572  4    5   ２    6  1,307\n"
				 PIECE, c);
	for (int k = 0; k < GR_RC_COUNT; k++)
	{
		CHECK_EQ_INT(c[k].state, GR_VALUE);
		CHECK_EQ_INT(c[k].m, want[k]);
	}
	/* the total one off: which reading is right is unknown, none is made */
	new_received(PIECE
				 "一、本年新收政府信息公开申请数量             498  572  4    5   ２    6  1,306\n"
				 PIECE, c);
	for (int k = 0; k < GR_RC_COUNT; k++)
		CHECK_EQ_INT(c[k].state, GR_MISSING);
}

/*
 * The fixture with a joined row of section 3 and the appeals line given:
 * the appeals read into out.
 */
static void
appeals_of(const char *line, gr_cell out[GR_AP_NGROUPS][GR_APC_NCOLS])
{
	size_t		len;
	char	   *text = unit_slurp("../data/layout_w3m_appeals_short.txt", &len);
	gr_heap    *h = gr_heap_new();
	gr_mem		m = gr_heap_mem(h);
	gr_doc		d;

	memset(out, 0, sizeof(gr_cell) * GR_AP_NGROUPS * GR_APC_NCOLS);
	CHECK(text != NULL);
	if (text == NULL)
		return;
	CHECK(replace_line(&text, &len,
					   "  0     0     0   0     0    0     0   １      0   1  1       0     0         1\n",
					   line));
	CHECK(replace_line(&text, &len,
					   "               8.属于行政查询事项             6    0   0   3     0     0    9\n",
					   "               8.属于行政查询事项 6 0 0 3 0 0 9\n"));
	gr_parse(&d, text, len, &m, NULL);
	memcpy(out, d.appeals, sizeof(gr_cell) * GR_AP_NGROUPS * GR_APC_NCOLS);
	free(text);
	gr_heap_free(h);
}

/*
 * All fifteen appeals values on one line: each is its cell, also when a
 * group does not add up (as printed: 5 3 0 3 10); not when a figure
 * stands on the line right below (a wrapped part: one cell may be cut
 * short), then such a line is declined as before.
 */
static void
test_appeals_one_line(void)
{
	static const int want[GR_AP_NGROUPS][GR_APC_NCOLS] = {
		{0, 0, 0, 0, 0}, {5, 3, 0, 3, 10}, {0, 4, 5, 0, 9}
	};
	gr_cell		a[GR_AP_NGROUPS][GR_APC_NCOLS];

	appeals_of("  0     0     0   0     0    5     3   0      3  10 0       4     5   0     9\n", a);
	for (int g = 0; g < GR_AP_NGROUPS; g++)
		for (int c = 0; c < GR_APC_NCOLS; c++)
		{
			CHECK_EQ_INT(a[g][c].state, GR_VALUE);
			CHECK_EQ_INT(a[g][c].m, want[g][c]);
		}
	appeals_of("  0     0     0   0     0    5     3   0      3  10 0       4     5   0     9\n"
			   "                                                 １\n", a);
	for (int g = 0; g < GR_AP_NGROUPS; g++)
		for (int c = 0; c < GR_APC_NCOLS; c++)
			CHECK(a[g][c].state != GR_VALUE || a[g][c].m == want[g][c]);
	CHECK_EQ_INT(a[1][GR_APC_TOTAL].state, GR_MISSING);
}

int
main(void)
{
	test_short_appeals_after_joined_row();
	test_label_value_one_space();
	test_three_line_figure();
	test_appeals_one_line();
	return unit_report("test_w3m_short");
}
