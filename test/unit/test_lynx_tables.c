/*
 * test_lynx_tables.c — lynx's text of a page whose tables it lays out in
 * two ways: section 2, narrow enough for the page's width, in columns
 * (`规章      5      8      0`), section 3 and the appeals, too wide,
 * one cell per paragraph (each value alone on its line after an empty
 * line, centred; an empty cell of `<p>&nbsp;</p>` one more empty line, the
 * value after it printed at the page's indent).  The columns of section 2
 * must not make the later tables read as rows laid out with spaces: every
 * cell of section 3 and of the appeals is read, the empty ones blank.
 *
 * The same text with section 2 one cell per paragraph too reads the same
 * (the reading that held before), and with the later tables in columns as
 * well they are still read as such.
 */
#include "gr.h"
#include "unit.h"

/* the text is written piece by piece (unit.h) */
typedef unit_sbuf text_buf;

#define put unit_put

/* A cell as lynx prints a paragraph of its own: an empty line, then the value centred. */
static void
put_para(text_buf *b, const char *v)
{
	put(b, "\n                                      ");
	put(b, v);
	put(b, "\n");
}

/* A row's figures: cell c of row r, -1 for an empty cell. */
static int
fig(int r, int c)
{
	if (r == GR_R_DISP(GR_D_W_STATE_SECRET) && c == GR_RC_RESEARCH)
		return -1;
	if (c == GR_RC_TOTAL)
	{
		int			t = 0;

		for (int k = 0; k < GR_RC_TOTAL; k++)
			t += fig(r, k) > 0 ? fig(r, k) : 0;
		return t;
	}
	return (r * 3 + c * 5) % 7;
}

static const int ap_want[GR_AP_NGROUPS][GR_APC_NCOLS] = {
	{1, 2, -1, 0, 3}, {0, 4, 1, 1, 6}, {2, 0, 0, 5, 7}
};

static void
put_row_paras(text_buf *b, int r)
{
	char		v[16];

	for (int c = 0; c < GR_RC_COUNT; c++)
	{
		if (fig(r, c) < 0)
		{
			/* <p>&nbsp;</p>: one more empty line; lynx starts the next at the indent */
			put(b, "\n");
			snprintf(v, sizeof(v), "%d", fig(r, ++c));
			put(b, "\n   ");
			put(b, v);
			put(b, "\n");
			continue;
		}
		snprintf(v, sizeof(v), "%d", fig(r, c));
		put_para(b, v);
	}
}

static void
put_row_line(text_buf *b, int r)
{
	char		v[16];

	for (int c = 0; c < GR_RC_COUNT; c++)
	{
		snprintf(v, sizeof(v), fig(r, c) < 0 ? "       " : "     %d", fig(r, c));
		put(b, v);
	}
	put(b, "\n");
}

static const char *
row_label(int r)
{
	static char buf[512];

	if (r == GR_R_NEW_RECEIVED)
		return "一、本年新收政府信息公开申请数量";
	if (r == GR_R_CARRIED_OVER)
		return "二、上年结转政府信息公开申请数量";
	if (r == GR_R_CARRIED_FORWARD)
		return "四、结转下年度继续办理";
	snprintf(buf, sizeof(buf), "%s%s", gr_disps[r - 2].numbering, gr_disps[r - 2].label);
	return buf;
}

/* The report: section 2 in columns or paragraphs, the later tables too. */
static char *
report(bool active_cols, bool later_cols, size_t *len)
{
	text_buf	b = {0};
	char		v[16];

	put(&b, "   示例县统计局2023年政府信息公开工作年度报告\n\n   一、总体情况\n\n"
		"   本年度主动公开政府信息120条。\n\n   二、主动公开政府信息情况\n");
	if (active_cols)
		put(&b, "   第二十条第（一）项\n"
			"   信息内容    本年制发件数 本年废止件数 现行有效件数\n"
			"   规章      5      8      0\n"
			"   行政规范性文件 2      1      37\n");
	else
	{
		put(&b, "\n   第二十条第（一）项\n\n   信息内容\n\n   本年制发件数\n\n   本年废止件数\n\n"
			"   现行有效件数\n\n   规章\n");
		put_para(&b, "5");
		put_para(&b, "8");
		put_para(&b, "0");
		put(&b, "\n   行政规范性文件\n");
		put_para(&b, "2");
		put_para(&b, "1");
		put_para(&b, "37");
	}
	put(&b, "\n   三、收到和处理政府信息公开申请情况\n\n");
	if (later_cols)
		put(&b, "   申请人情况\n   自然人 法人或其他组织 总计\n"
			"   商业企业 科研机构 社会公益组织 法律服务机构 其他\n");
	else
		put(&b, "   申请人情况\n\n   自然人\n\n   法人或其他组织\n\n   总计\n\n\n   商业企业\n\n"
			"   科研机构\n\n   社会公益组织\n\n   法律服务机构\n\n   其他\n\n");
	for (int r = 0; r < GR_R_NROWS; r++)
	{
		if (r == GR_R_DISP(0))
			put(&b, later_cols ? "   三、本年度办理结果\n" : "\n   三、本年度办理结果\n");
		if (!later_cols)
			put(&b, "\n");
		put(&b, "   ");
		put(&b, row_label(r));
		if (!gr_rrow_is_leaf(GR_FORM_2021, r))
		{
			put(&b, "\n");
			continue;
		}
		if (later_cols)
			put_row_line(&b, r);
		else
		{
			put(&b, "\n");
			put_row_paras(&b, r);
		}
	}
	put(&b, "\n   四、政府信息公开行政复议、行政诉讼情况\n\n   行政复议\n\n   行政诉讼\n\n"
		"   结果维持\n\n   结果纠正\n\n   其他结果\n\n   尚未审结\n\n   总计\n\n"
		"   未经复议直接起诉\n\n   复议后起诉\n\n");
	for (int g = 0; g < GR_AP_NGROUPS; g++)
		for (int c = 0; c < GR_APC_NCOLS; c++)
		{
			if (ap_want[g][c] < 0)
			{
				put(&b, later_cols ? "      " : "\n");
				continue;
			}
			snprintf(v, sizeof(v), later_cols ? "     %d" : "%d", ap_want[g][c]);
			if (later_cols)
				put(&b, v);
			else
				put_para(&b, v);
		}
	put(&b, "\n\n   五、存在的主要问题及改进情况\n\n   宣传不够。\n\n   六、其他需要报告的事项\n\n   无。\n");
	*len = b.n;
	return b.s;
}

static void
expect_tables(bool active_cols, bool later_cols)
{
	size_t		len;
	char	   *text = report(active_cols, later_cols, &len);
	gr_heap    *h = gr_heap_new();
	gr_mem		m = gr_heap_mem(h);
	gr_doc		d;

	gr_parse(&d, text, len, &m, NULL);
	CHECK_EQ_INT(d.form_requests, GR_FORM_2021);
	for (int r = 0; r < GR_R_NROWS; r++)
	{
		if (!gr_rrow_is_leaf(GR_FORM_2021, r) || r == GR_R_DISP(GR_D_TOTAL))
			continue;
		for (int c = 0; c < GR_RC_COUNT; c++)
		{
			if (fig(r, c) < 0)
			{
				/* in columns the empty cell is spaces: not placed, never wrong */
				CHECK(d.req[r][c].state == GR_BLANK ||
					  (later_cols && d.req[r][c].state == GR_MISSING));
				continue;
			}
			if (later_cols && d.req[r][c].state == GR_MISSING)
				continue;
			CHECK_EQ_INT(d.req[r][c].state, GR_VALUE);
			CHECK_EQ_INT(d.req[r][c].m, fig(r, c));
		}
	}
	for (int g = 0; g < GR_AP_NGROUPS; g++)
		for (int c = 0; c < GR_APC_NCOLS; c++)
		{
			if (later_cols && d.appeals[g][c].state == GR_MISSING)
				continue;
			if (ap_want[g][c] < 0)
				CHECK_EQ_INT(d.appeals[g][c].state, GR_BLANK);
			else
			{
				CHECK_EQ_INT(d.appeals[g][c].state, GR_VALUE);
				CHECK_EQ_INT(d.appeals[g][c].m, ap_want[g][c]);
			}
		}
	gr_heap_free(h);
	free(text);
}

/* Every later cell read (not missing) when section 3 and the appeals are paragraphs. */
static void
expect_all_read(bool active_cols)
{
	size_t		len;
	char	   *text = report(active_cols, false, &len);
	gr_heap    *h = gr_heap_new();
	gr_mem		m = gr_heap_mem(h);
	gr_doc		d;
	int			missing = 0;

	gr_parse(&d, text, len, &m, NULL);
	for (int r = 0; r < GR_R_NROWS; r++)
		for (int c = 0; c < GR_RC_COUNT && gr_rrow_is_leaf(GR_FORM_2021, r); c++)
			missing += d.req[r][c].state == GR_MISSING;
	for (int g = 0; g < GR_AP_NGROUPS; g++)
		for (int c = 0; c < GR_APC_NCOLS; c++)
			missing += d.appeals[g][c].state == GR_MISSING;
	CHECK_EQ_INT(missing, 0);
	/* section 2 read in either layout */
	CHECK_EQ_INT(d.active[GR_A_RULES][0].state, GR_VALUE);
	CHECK_EQ_INT(d.active[GR_A_RULES][0].m, 5);
	CHECK_EQ_INT(d.active[GR_A_NORMATIVE][2].m, 37);
	gr_heap_free(h);
	free(text);
}

int
main(void)
{
	expect_tables(true, false);
	expect_all_read(true);
	expect_tables(false, false);
	expect_all_read(false);
	expect_tables(true, true);
	return unit_report("test_lynx_tables");
}
