/*
 * test_layout_table.c — report pages that set the whole article inside a
 * cell of a layout table (a breadcrumb row, a title row, then one cell
 * holding the report with its own tables).  The container cell is no cell
 * of the report: its text reads as lines, so a heading in it above a
 * table (二、主动公开政府信息情况<br />) opens its section.  The same report
 * without the container reads the same.  The page's navigation above the
 * title (a breadcrumb, a column named 政府信息公开年报) is not the title.
 * A section's heading set as a row of its table (the row's other cells
 * empty) opens the section.
 */
#include "gr.h"
#include "unit.h"

static gr_heap *heap;

/* the document of a text, in this test's arena */
static gr_doc
parse(const char *s)
{
	return unit_parse(heap, s);
}

#define REPORT \
	"<strong>一、总体情况</strong><br />&nbsp;&nbsp;本年度，本局依法公开政府信息。<br />" \
	"<strong>二、主动公开政府信息情况</strong><br />" \
	"<table border=\"1\"><tr><td colspan=\"4\">第二十条第（一）项</td></tr>" \
	"<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>" \
	"<tr><td><div>规章</div></td><td><div align=\"center\">&nbsp;2&nbsp;</div></td><td><div align=\"center\">1</div></td><td>17</td></tr>" \
	"<tr><td><div>行政规范性文件</div></td><td>9</td><td>4</td><td>63</td></tr>" \
	"<tr><td colspan=\"4\">第二十条第（五）项</td></tr>" \
	"<tr><td>信息内容</td><td colspan=\"3\">本年处理决定数量</td></tr>" \
	"<tr><td>行政许可</td><td colspan=\"3\">412</td></tr>" \
	"<tr><td colspan=\"4\">第二十条第（六）项</td></tr>" \
	"<tr><td>信息内容</td><td colspan=\"3\">本年处理决定数量</td></tr>" \
	"<tr><td>行政处罚</td><td colspan=\"3\">38</td></tr><tr><td>行政强制</td><td colspan=\"3\">5</td></tr>" \
	"<tr><td colspan=\"4\">第二十条第（八）项</td></tr>" \
	"<tr><td>信息内容</td><td colspan=\"3\">本年收费金额（单位：万元）</td></tr>" \
	"<tr><td>行政事业性收费</td><td colspan=\"3\">1.25</td></tr></table>" \
	"<strong>五、存在的主要问题及改进情况</strong><br />&nbsp;&nbsp;公开的及时性还需提高。<br />" \
	"<strong>六、其他需要报告的事项</strong><br />&nbsp;&nbsp;无。<br />"

#define TITLE "某某县水利局2022年政府信息公开工作年度报告"

static const char *const in_container =
"<html><body><div class=\"nav\">首页 政务公开</div>"
"<table width=\"100%\" border=\"0\"><tr><td class=\"position\">当前位置：首页 &gt; 政务公开 &gt; 年度报告</td></tr>"
"<tr><td align=\"center\" class=\"title\">" TITLE "</td></tr>"
"<tr><td class=\"bt_content\">" REPORT "</td></tr></table>"
"<div class=\"foot\">版权所有</div></body></html>\n";

static const char *const plain_page =
"<html><body><div class=\"nav\">首页 政务公开</div><h1>" TITLE "</h1>" REPORT
"<div class=\"foot\">版权所有</div></body></html>\n";

/* The section's heading as the first row of its table, as one-table pages set it. */
static const char *
heading_in_table(void)
{
	gr_mem		m = gr_heap_mem(heap);
	gr_buf		b;
	const char *rep = REPORT;
	const char *h = strstr(rep, "<strong>二、");
	const char *t = strstr(rep, "<table border=\"1\">");

	gr_buf_init(&b, &m, 8192);
	gr_buf_puts(&b, "<html><body><h1>" TITLE "</h1>");
	gr_buf_put(&b, rep, (size_t) (h - rep));
	gr_buf_puts(&b, "<table border=\"1\"><tr><td colspan=\"4\"><strong>二、主动公开政府信息情况</strong></td></tr>");
	gr_buf_puts(&b, t + strlen("<table border=\"1\">"));
	gr_buf_puts(&b, "</body></html>\n");
	return b.data;
}

static bool
is_num(gr_cell c, long long m, int scale)
{
	return c.state == GR_VALUE && c.m == m && c.scale == scale;
}

static void
check_active(const gr_doc *d)
{
	CHECK_EQ_INT(d->form_active, GR_FORM_2021);
	CHECK(is_num(d->active[GR_A_RULES][GR_AC_ISSUED], 2, 0));
	CHECK(is_num(d->active[GR_A_RULES][GR_AC_REPEALED], 1, 0));
	CHECK(is_num(d->active[GR_A_RULES][GR_AC_IN_FORCE], 17, 0));
	CHECK(is_num(d->active[GR_A_NORMATIVE][GR_AC_IN_FORCE], 63, 0));
	CHECK(is_num(d->active[GR_A_LICENSING][GR_AC_DECISIONS], 412, 0));
	CHECK(is_num(d->active[GR_A_PUNISHMENT][GR_AC_DECISIONS], 38, 0));
	CHECK(is_num(d->active[GR_A_COERCION][GR_AC_DECISIONS], 5, 0));
	CHECK(is_num(d->active[GR_A_FEES][GR_AC_AMOUNT], 125, 2));
}

static bool
str_has(gr_str s, const char *want)
{
	size_t		n = strlen(want);

	for (size_t i = 0; s.p && i + n <= s.len; i++)
		if (memcmp(s.p + i, want, n) == 0)
			return true;
	return false;
}

int
main(void)
{
	gr_doc		a,
				b;

	heap = gr_heap_new();
	b = parse(plain_page);
	check_active(&b);
	a = parse(in_container);
	check_active(&a);
	CHECK(a.agency.p != NULL && a.agency.len == strlen("某某县水利局") &&
		  memcmp(a.agency.p, "某某县水利局", a.agency.len) == 0);
	CHECK_EQ_INT(a.year, 2022);
	/* the narrative is cut at the headings inside the container */
	CHECK(str_has(a.narrative[GR_N_OVERVIEW], "依法公开政府信息"));
	CHECK(!str_has(a.narrative[GR_N_OVERVIEW], "主动公开政府信息情况"));
	CHECK(str_has(a.narrative[GR_N_PROBLEMS], "及时性"));
	/* a heading standing alone in a row of the table opens its section */
	{
		gr_doc		d = parse(heading_in_table());

		check_active(&d);
		d = parse("某某县水利局2022年政府信息公开工作年度报告\n一、总体情况\n本年度依法公开。\n\n"
				  "| 二、主动公开政府信息情况 |  |  |  |\n|---|---|---|---|\n"
				  "| 第二十条第（一）项 |  |  |  |\n| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n"
				  "| 规章 | 2 | 1 | 17 |\n");
		CHECK(is_num(d.active[GR_A_RULES][GR_AC_IN_FORCE], 17, 0));
	}
	/* the navigation naming the report is passed over for the title below it */
	{
		static const char *const navs[] = {
			"当前位置：首页 > 政务公开 > 年度报告\n",
			"政府信息公开年报\n",
			"首页 » 信息公开 » 政府信息公开工作年度报告\n",
		};

		for (size_t k = 0; k < sizeof(navs) / sizeof(navs[0]); k++)
		{
			gr_mem		m = gr_heap_mem(heap);
			gr_buf		t;
			gr_doc		d;

			gr_buf_init(&t, &m, 256);
			gr_buf_puts(&t, navs[k]);
			gr_buf_puts(&t, TITLE "\n一、总体情况\n本年度依法公开。\n");
			d = parse(t.data);
			CHECK_EQ_INT(d.year, 2022);
			CHECK(d.agency.p != NULL && d.agency.len == strlen("某某县水利局"));
		}
	}
	/* a title split over two lines still joins: 年度报告 alone is its end */
	{
		gr_doc		d = parse("某某县水利局2022年政府信息公开工作\n年度报告\n一、总体情况\n本年度依法公开。\n");

		CHECK_EQ_INT(d.year, 2022);
		CHECK(d.agency.p != NULL && d.agency.len == strlen("某某县水利局"));
	}
	for (int r = 0; r < GR_A_NROWS; r++)
		for (int c = 0; c < GR_A_NCOLS; c++)
			CHECK(a.active[r][c].state == b.active[r][c].state && a.active[r][c].m == b.active[r][c].m);
	gr_heap_free(heap);
	return unit_report("test_layout_table");
}
