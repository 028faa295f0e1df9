/*
 * test_bytewidth.c — text laid out by bytes, as the C html2text prints a
 * table: it measures a column in bytes, so a character of three bytes is
 * cut between two cells (an invalid UTF-8 sequence, or U+FFFD once the
 * text went through a converter that replaces it), a cell's text runs into
 * the next one without a gap, and a figure's last full-width digits are
 * dropped when they do not fit.  No number of such a cell may be read: the
 * row of a broken line, a row that runs a figure into its neighbour, a row
 * short of a cell and a full-width figure that may have been cut are
 * unreadable; the clean rows of the same table are read.  In a bordered
 * table (a " ____" rule on top, cells padded with '_'), the padding is not
 * the cell's, a figure that fills its cell to the border may have lost its
 * last digits, and section 2 whose header is broken does not say its
 * revision (which gives its columns).
 *
 * Our own reports, written the way html2text prints a borderless and a
 * bordered table.
 */
#include "gr.h"
#include "scan.h"
#include "sections.h"
#include "unit.h"

/* "@" stands for one broken character: the bytes given */
static char *
with_broken(const char *tmpl, const char *bytes)
{
	size_t		n = strlen(tmpl),
				b = strlen(bytes),
				o = 0;
	char	   *out = malloc(n * b + 1);

	for (size_t i = 0; i < n; i++)
	{
		if (tmpl[i] == '@')
		{
			memcpy(out + o, bytes, b);
			o += b;
		}
		else
			out[o++] = tmpl[i];
	}
	out[o] = '\0';
	return out;
}

static const char report[] =
	"青禾县水利事务中心2023年政府信息公开工作年度报告\n"
	"一、总体情况\n"
	"本年度共收到政府信息公开申请11件。\n"
	"三、收到和处理政府信息公开申请情况\n"
	"                                                        申请人情况\n"
	"（本列数据的勾稽关系为：第一项加第二@自@法人或其他组织加第总计之和）\n"
	"                                                            商@科@社会@法律@其他@构\n"
	"一、本年新收政府信息公开申请数量        9   2    0    0      0      0  11\n"
	"二、上年结转政府信息公开申请数量        1   0    0    0      0      0  1\n"
	"          （一）予以公开                         5   1    0    0      0      0  6\n"
	"          （二）部分公开（区分处理的，只@0@一@0@形  1  0  0  1@\n"
	"                  1.属于国家秘密                  0   0    0    0      ３15   0  15\n"
	"                  2.其他法律行政法规禁止公开3   6    0 0      7      0  16\n"
	"                  3.危及“三安全一稳定”      0   0    0       0     0  0\n"
	"                  4.保护第三方合法权益         7   0    0    0      0   0  １９\n"
	"                  5.属于三类内部事务信息       1   0    0    0      0   0  1\n"
	"                  6.属于四类过程性信息         2   0    —    0      0   0  2\n"
	"四、政府信息公开行政复议、行政诉讼情况\n";

/* Is the cell not read as a number or a blank? */
static bool
not_read(const gr_cell *c)
{
	return c->state != GR_VALUE && c->state != GR_BLANK;
}

static void
expect_row(const gr_doc *d, int row, const int *want)
{
	for (int c = 0; c < GR_RC_COUNT; c++)
	{
		CHECK_EQ_INT(d->req[row][c].state, GR_VALUE);
		CHECK_EQ_INT(d->req[row][c].m, want[c]);
	}
}

static void
expect_declined(const gr_doc *d, int row)
{
	for (int c = 0; c < GR_RC_COUNT; c++)
		CHECK(not_read(&d->req[row][c]));
}

static void
test_table(const char *broken)
{
	char	   *text = with_broken(report, broken);
	gr_heap    *h = gr_heap_new();
	gr_doc		d = unit_parse(h, text);
	static const int new_received[] = {9, 2, 0, 0, 0, 0, 11},
				carried_over[] = {1, 0, 0, 0, 0, 0, 1},
				granted[] = {5, 1, 0, 0, 0, 0, 6},
				internal[] = {1, 0, 0, 0, 0, 0, 1};

	CHECK_EQ_INT(d.form_requests, GR_FORM_2021);
	/* clean lines are read */
	expect_row(&d, GR_R_NEW_RECEIVED, new_received);
	expect_row(&d, GR_R_CARRIED_OVER, carried_over);
	expect_row(&d, GR_R_DISP(GR_D_GRANTED), granted);
	expect_row(&d, GR_R_DISP(GR_D_W_INTERNAL), internal);
	/* a broken line: label and figures run together */
	expect_declined(&d, GR_R_DISP(GR_D_PARTIAL));
	/* a full-width digit against an ASCII one: ３ and 15, or ３15? */
	expect_declined(&d, GR_R_DISP(GR_D_W_STATE_SECRET));
	/* the label runs into the first figure: 公开3 */
	expect_declined(&d, GR_R_DISP(GR_D_W_PROHIBITED));
	/* six figures for seven cells: which one is empty, bytes do not say */
	expect_declined(&d, GR_R_DISP(GR_D_W_SECURITY));
	/* １９ may be １９x cut to its column's bytes; the rest of the row is read */
	CHECK(not_read(&d.req[GR_R_DISP(GR_D_W_THIRD_PARTY)][GR_RC_TOTAL]));
	CHECK_EQ_INT(d.req[GR_R_DISP(GR_D_W_THIRD_PARTY)][GR_RC_NATURAL].state, GR_VALUE);
	CHECK_EQ_INT(d.req[GR_R_DISP(GR_D_W_THIRD_PARTY)][GR_RC_NATURAL].m, 7);
	gr_heap_free(h);
	free(text);
}

/*
 * An empty cell (here —) is read as printed empty in a text laid out by
 * characters, and not read at all in one laid out by bytes, where padding
 * can leave a cell empty whose figure ran into its neighbour's column.
 */
static void
test_blank(void)
{
	char	   *broken = with_broken(report, "\xE7\xAC");
	char	   *clean = with_broken(report, "的");
	gr_heap    *h = gr_heap_new();
	gr_doc		d = unit_parse(h, clean);
	const int	row = GR_R_DISP(GR_D_W_PROCESS);

	CHECK_EQ_INT(d.req[row][GR_RC_RESEARCH].state, GR_BLANK);
	CHECK_EQ_INT(d.req[row][GR_RC_NATURAL].state, GR_VALUE);
	CHECK_EQ_INT(d.req[row][GR_RC_NATURAL].m, 2);
	d = unit_parse(h, broken);
	CHECK(not_read(&d.req[row][GR_RC_RESEARCH]));
	CHECK_EQ_INT(d.req[row][GR_RC_NATURAL].state, GR_VALUE);
	CHECK_EQ_INT(d.req[row][GR_RC_NATURAL].m, 2);
	gr_heap_free(h);
	free(broken);
	free(clean);
}

/* The scanner's part: which text is laid out by bytes, which lines declined. */
static void
test_scan(void)
{
	char	   *broken = with_broken(report, "\xE7\xAC");
	char	   *clean = with_broken(report, "的");
	gr_heap    *h = gr_heap_new();
	gr_mem		m = gr_heap_mem(h);
	gr_toks		ts;
	int			glued = 0,
				cut = 0;

	gr_scan(&ts, clean, strlen(clean), &m, gr_scan_is_heading, NULL);
	CHECK(!ts.bytewidth);
	CHECK_EQ_INT(ts.ndeclined, 0);
	/* nothing declined in a text without a broken character */
	for (size_t i = 0; i < ts.n; i++)
		CHECK(!gr_toks_declined(&ts, &ts.t[i]));

	gr_scan(&ts, broken, strlen(broken), &m, gr_scan_is_heading, NULL);
	CHECK(ts.bytewidth);
	/*
	 * The broken lines with cells: the header and 部分公开 (the note line
	 * （本列数据…） is plain text, which the scanner does not decode)
	 */
	CHECK_EQ_INT(ts.ndeclined, 2);
	for (size_t i = 0; i < ts.n; i++)
	{
		const gr_tok *t = &ts.t[i];

		if (t->kind != GR_TOK_CELL || !gr_toks_declined(&ts, t) ||
			gr_toks_declined(&ts, &(gr_tok) {.s = "", .lstart = t->lstart, .lend = t->lstart}))
			continue;
		/* declined by its line's text (glued) or by itself (cut) */
		if (t->len == 6 && memcmp(t->s, "１９", 6) == 0)
			cut++;
		else
			glued++;
	}
	CHECK_EQ_INT(cut, 1);
	/* the cells of 国家秘密 (３15) and of 禁止公开3: one line each */
	CHECK(glued >= 10);
	gr_heap_free(h);
	free(broken);
	free(clean);
}

static const char bordered[] =
	"青禾县水利事务中心2023年政府信息公开工作年度报告\n"
	"二、主动公开政府信息情况\n"
	" ______________________________\n"
	"|第二十条第（一）项____________|\n"
	"|信息内@|本年新@|本年@|现行有@|\n"
	"|规章___|3______|1___|20_____|\n"
	"三、收到和处理政府信息公开申请情况\n"
	" __________________________________________________________________\n"
	"|（本列数据的勾稽关系为@|申请人情况________________________________|\n"
	"|一、本年新收政府信息公开申请数量|9___|2___|0___|0___|0___|0___|11__|\n"
	"|二、上年结转政府信息公开申请数量|1___|0___|0___|0___|0___|0___|1___|\n"
	"|（一）予以公开__________________|5___|1___|0___|0___|0___|0___|6___|\n"
	"|（二）部分公开__________________|1___|0___|0___|0___|0___|0___|1000|\n"
	"|1.属于国家秘密__________________|２__|0___|0___|0___|0___|0___|2___|\n"
	"四、政府信息公开行政复议、行政诉讼情况\n";

static void
test_bordered(const char *broken)
{
	char	   *text = with_broken(bordered, broken);
	gr_heap    *h = gr_heap_new();
	gr_doc		d = unit_parse(h, text);
	static const int new_received[] = {9, 2, 0, 0, 0, 0, 11},
				granted[] = {5, 1, 0, 0, 0, 0, 6};
	int			partial = GR_R_DISP(GR_D_PARTIAL),
				secret = GR_R_DISP(GR_D_W_STATE_SECRET);

	/* '_' is padding: 9___ is 9 */
	expect_row(&d, GR_R_NEW_RECEIVED, new_received);
	expect_row(&d, GR_R_DISP(GR_D_GRANTED), granted);
	/* 1000 fills its cell to the border: 1000x cut? the rest is read */
	CHECK(not_read(&d.req[partial][GR_RC_TOTAL]));
	CHECK_EQ_INT(d.req[partial][GR_RC_NATURAL].state, GR_VALUE);
	CHECK_EQ_INT(d.req[partial][GR_RC_NATURAL].m, 1);
	/* ２ and two bytes of padding: a second full-width digit did not fit */
	CHECK(not_read(&d.req[secret][GR_RC_NATURAL]));
	CHECK_EQ_INT(d.req[secret][GR_RC_TOTAL].state, GR_VALUE);
	CHECK_EQ_INT(d.req[secret][GR_RC_TOTAL].m, 2);
	/* section 2: its header broken, which revision's columns? none read */
	CHECK(d.form_active != GR_FORM_NONE);
	CHECK_EQ_INT(d.active[GR_A_RULES][0].state, GR_UNREADABLE);
	for (int r = 0; r < GR_A_NROWS; r++)
		for (int c = 0; c < GR_A_NCOLS; c++)
			CHECK(not_read(&d.active[r][c]));
	gr_heap_free(h);
	free(text);
}

/*
 * Our own page (the form's labels, our figures) through html2text -utf8
 * -nobs, its bytes as printed.  Each cell's line is written at its
 * column's first byte over what the cells to its left ran on into it; the
 * borders are drawn last.  12 before \xB7 (a byte that ran on from the
 * label) is the cell's whole line: no text holds an ASCII byte followed
 * by a continuation byte.  0___ after a column ending in '_' is whole:
 * nothing ran on into it.  16 fills its cell to the border (cut?), and
 * the row of 部分公开 is what its label ran into: neither is read.
 */
static const char columns[] =
	"青禾县水利事务中心2023年政府信息公开工作年度报告\n"
	"三、收到和处理政府信息公开申请情况\n"
	" ________________________________________________________________________\n"
	"|                                      |申请人情况__________________|\n"
	"|（本列数据的勾稽关系为：\xE7\xAC|自|法人或其他组织\xBC\x8C等|\xE6\x80|计\xB8\x89项加第四项之和）\n"
	"|______________________________________|___|商\xE4|科\xE7|社会|法律|\xE5\x85|他\x9C\xBA构\n"
	"|一、本年新收政府信息公开\xE7\x94|12\xB7|3\xB0\xE9\x87|0___|1_____|0_____|0_|16|\n"
	"|二、上年结转政府信息公开\xE7\x94|2\xAF\xB7|0\xB0\xE9\x87|0___|0_____|0_____|0_|2_|\n"
	"|         |（一）予以公开_______|7__|2___|0___|1_____|0_____|0_|10|\n"
	"|三、本|（二）部分公开（区\xE5|1\xE5\xA4|0\x90\x86\xE7|\x84，|0\xAA计\xE8|0一\xE6\x83|0\xBD|1\xBC|不计其他情形）\n"
	"|_________|（三\xEF|1.属于国家秘密|0__|0___|0___|0_____|0_____|0_|0_|\n"
	"四、政府信息公开行政复议、行政诉讼情况\n"
;

static void
test_columns(void)
{
	gr_heap    *h = gr_heap_new();
	gr_doc		d = unit_parse(h, columns);
	static const int new_received[] = {12, 3, 0, 1, 0, 0},
				carried_over[] = {2, 0, 0, 0, 0, 0, 2};
	int			partial = GR_R_DISP(GR_D_PARTIAL);

	/* the label cut by its border names its row; its cells read */
	for (int c = 0; c < 6; c++)
	{
		CHECK_EQ_INT(d.req[GR_R_NEW_RECEIVED][c].state, GR_VALUE);
		CHECK_EQ_INT(d.req[GR_R_NEW_RECEIVED][c].m, new_received[c]);
	}
	CHECK(not_read(&d.req[GR_R_NEW_RECEIVED][GR_RC_TOTAL]));
	expect_row(&d, GR_R_CARRIED_OVER, carried_over);
	for (int c = 0; c < GR_RC_COUNT; c++)
		CHECK(not_read(&d.req[partial][c]));
	gr_heap_free(h);
}

int
main(void)
{
	/* a character cut to its first two bytes, as html2text prints it */
	test_table("\xE7\xAC");
	/* the same once a converter replaced the bytes with U+FFFD */
	test_table("\xEF\xBF\xBD");
	test_scan();
	test_blank();
	test_bordered("\xE7\xAC");
	test_bordered("\xEF\xBF\xBD");
	test_columns();
	return unit_report("test_bytewidth");
}
