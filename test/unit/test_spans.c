/*
 * test_spans.c — section 2 tables whose value cells span columns, as report
 * pages made in Word and CMS editors print the 2019 form: the header row
 * 信息内容 | 本年新制作数量 | 本年新公开数量 (two columns) | 对外公开总数量 and
 * data rows with the same spans, or header and data rows spanning columns
 * differently (上一年项目数量 over one column, its figure over two).
 *
 * Each printed cell is one cell of the form whatever its span.  The page
 * itself (rows_html.c writes a number once per column it spans), pandoc's
 * raw <table> inside markdown, and pandoc's pipe and plain tables (a
 * spanned cell printed as the cell and an empty one after it) must all read
 * as the same report in the tab layout; a pipe row whose empty cells stand
 * apart (which one is the span's is unknown) is not placed.
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

static bool
is_num(gr_cell c, long long v)
{
	return c.state == GR_VALUE && c.m == v && c.scale == 0;
}

/* Section 2 of the 2019 form in a page: values chosen so no two columns agree. */
#define S2_HEAD "<p>二、主动公开政府信息情况</p>\n"
#define TITLE "<p>某某县统计局2019年政府信息公开工作年度报告</p>\n<p>一、总体情况</p>\n<p>本年度依法公开政府信息。</p>\n"

/* Header and data rows span the same columns (本年新公开数量 over two). */
static const char *const page_same_spans =
"<html><body>" TITLE S2_HEAD
"<table border=\"1\">"
"<tr><td colspan=\"5\"><p align=\"center\">第二十条第（一）项</p></td></tr>"
"<tr><td>信息内容</td><td>本年新<br />制作数量</td><td colspan=\"2\">本年新<br />公开数量</td><td>对外公开总数量</td></tr>"
"<tr><td><p>规章</p></td><td><p align=\"center\">4</p></td><td colspan=\"2\"><p align=\"center\">3</p></td><td><p align=\"center\">57</p></td></tr>"
"<tr><td><p>规范性文件</p></td><td><p align=\"center\">21</p></td><td colspan=\"2\"><p align=\"center\">19</p></td><td><p align=\"center\">306</p></td></tr>"
"<tr><td colspan=\"5\">第二十条第（五）项</td></tr>"
"<tr><td>信息内容</td><td>上一年项目数量</td><td colspan=\"2\">本年增/减</td><td>处理决定数量</td></tr>"
"<tr><td>行政许可</td><td colspan=\"2\">12</td><td>-2</td><td>845</td></tr>"
"<tr><td>其他对外管理服务事项</td><td colspan=\"2\">7</td><td>1</td><td>66</td></tr>"
"<tr><td colspan=\"5\">第二十条第（六）项</td></tr>"
"<tr><td>信息内容</td><td>上一年项目数量</td><td colspan=\"2\">本年增/减</td><td>处理决定数量</td></tr>"
"<tr><td>行政处罚</td><td colspan=\"2\">9</td><td>0</td><td>132</td></tr>"
"<tr><td>行政强制</td><td colspan=\"2\">5</td><td>3</td><td>18</td></tr>"
"<tr><td colspan=\"5\">第二十条第（八）项</td></tr>"
"<tr><td>信息内容</td><td colspan=\"2\">上一年项目数量</td><td colspan=\"2\">本年增/减</td></tr>"
"<tr><td>行政事业性收费</td><td colspan=\"2\">2</td><td colspan=\"2\">-1</td></tr>"
"<tr><td colspan=\"5\">第二十条第（九）项</td></tr>"
"<tr><td>信息内容</td><td colspan=\"2\">采购项目数量</td><td colspan=\"2\">采购总金额</td></tr>"
"<tr><td>政府集中采购</td><td colspan=\"2\">6</td><td colspan=\"2\">38</td></tr>"
"</table>\n<p>三、收到和处理政府信息公开申请情况</p>\n<p>本年度未收到申请。</p></body></html>\n";

/* The same report as Word's text: one cell a line, the reference. */
static const char *const tab_text =
"某某县统计局2019年政府信息公开工作年度报告\n一、总体情况\n本年度依法公开政府信息。\n二、主动公开政府信息情况\n"
"\t第二十条第（一）项\n\n\t信息内容\n\t本年新制作数量\n\t本年新公开数量\n\t对外公开总数量\n\n"
"\t规章\n\t4\n\t3\n\t57\n\n\t规范性文件\n\t21\n\t19\n\t306\n\n"
"\t第二十条第（五）项\n\n\t信息内容\n\t上一年项目数量\n\t本年增/减\n\t处理决定数量\n\n"
"\t行政许可\n\t12\n\t-2\n\t845\n\n\t其他对外管理服务事项\n\t7\n\t1\n\t66\n\n"
"\t第二十条第（六）项\n\n\t信息内容\n\t上一年项目数量\n\t本年增/减\n\t处理决定数量\n\n"
"\t行政处罚\n\t9\n\t0\n\t132\n\n\t行政强制\n\t5\n\t3\n\t18\n\n"
"\t第二十条第（八）项\n\n\t信息内容\n\t上一年项目数量\n\t本年增/减\n\n\t行政事业性收费\n\t2\n\t-1\n\n"
"\t第二十条第（九）项\n\n\t信息内容\n\t采购项目数量\n\t采购总金额\n\n\t政府集中采购\n\t6\n\t38\n\n"
"三、收到和处理政府信息公开申请情况\n本年度未收到申请。\n";

/* pandoc -t gfm of such a page: each spanned cell, then an empty one. */
static const char *const gfm_text =
"某某县统计局2019年政府信息公开工作年度报告\n\n一、总体情况\n\n本年度依法公开政府信息。\n\n二、主动公开政府信息情况\n\n"
"|  |  |  |  |  |\n|---|---|---|---|---|\n"
"| 第二十条第（一）项 |  |  |  |  |\n"
"| 信息内容 | 本年新制作数量 | 本年新公开数量 |  | 对外公开总数量 |\n"
"| 规章 | 4 | 3 |  | 57 |\n| 规范性文件 | 21 | 19 |  | 306 |\n"
"| 第二十条第（五）项 |  |  |  |  |\n"
"| 信息内容 | 上一年项目数量 | 本年增/减 |  | 处理决定数量 |\n"
"| 行政许可 | 12 |  | -2 | 845 |\n| 其他对外管理服务事项 | 7 |  | 1 | 66 |\n"
"| 第二十条第（六）项 |  |  |  |  |\n"
"| 信息内容 | 上一年项目数量 | 本年增/减 |  | 处理决定数量 |\n"
"| 行政处罚 | 9 |  | 0 | 132 |\n| 行政强制 | 5 |  | 3 | 18 |\n"
"| 第二十条第（八）项 |  |  |  |  |\n"
"| 信息内容 | 上一年项目数量 |  | 本年增/减 |  |\n| 行政事业性收费 | 2 |  | -1 |  |\n"
"| 第二十条第（九）项 |  |  |  |  |\n"
"| 信息内容 | 采购项目数量 |  | 采购总金额 |  |\n| 政府集中采购 | 6 |  | 38 |  |\n\n"
"三、收到和处理政府信息公开申请情况\n\n本年度未收到申请。\n";

/* Every section 2 cell of a and b the same (state and value). */
static int
active_differ(const gr_doc *a, const gr_doc *b)
{
	int			n = 0;

	for (int r = 0; r < GR_A_NROWS; r++)
		for (int c = 0; c < GR_A_NCOLS; c++)
		{
			gr_cell		x = a->active[r][c],
						y = b->active[r][c];

			if (x.state != y.state || x.m != y.m || x.scale != y.scale)
			{
				n++;
				fprintf(stderr, "  differs: %s.%s\n", gr_arows[r].key, gr_acols[c].key);
			}
		}
	return n;
}

static void
test_reference(const gr_doc *ref)
{
	CHECK_EQ_INT(ref->form_active, GR_FORM_2019);
	CHECK(is_num(ref->active[GR_A_RULES][GR_AC_PRODUCED], 4));
	CHECK(is_num(ref->active[GR_A_RULES][GR_AC_PUBLISHED], 3));
	CHECK(is_num(ref->active[GR_A_RULES][GR_AC_TOTAL_PUBLISHED], 57));
	CHECK(is_num(ref->active[GR_A_LICENSING][GR_AC_PREVIOUS], 12));
	CHECK(is_num(ref->active[GR_A_LICENSING][GR_AC_CHANGE], -2));
	CHECK(is_num(ref->active[GR_A_LICENSING][GR_AC_DECISIONS], 845));
	CHECK(is_num(ref->active[GR_A_PROCUREMENT][GR_AC_PROJECTS], 6));
	CHECK(is_num(ref->active[GR_A_PROCUREMENT][GR_AC_AMOUNT], 38));
}

/* The page: a spanned figure is one cell, not one per column. */
static void
test_page(const gr_doc *ref)
{
	gr_doc		d = parse(page_same_spans);

	CHECK_EQ_INT(active_differ(&d, ref), 0);
	CHECK(is_num(d.active[GR_A_RULES][GR_AC_TOTAL_PUBLISHED], 57));
	CHECK(is_num(d.active[GR_A_NORMATIVE][GR_AC_TOTAL_PUBLISHED], 306));
	CHECK(is_num(d.active[GR_A_OTHER_SERVICES][GR_AC_CHANGE], 1));
}

/* The same table left as raw HTML inside pandoc's markdown. */
static void
test_raw_table_in_markdown(const gr_doc *ref)
{
	const char *t0 = strstr(page_same_spans, "<table");
	const char *t1 = strstr(page_same_spans, "</table>") + strlen("</table>");
	gr_mem		m = gr_heap_mem(heap);
	gr_buf		b;
	gr_doc		d;

	gr_buf_init(&b, &m, 8192);
	gr_buf_puts(&b, "# 某某县统计局2019年政府信息公开工作年度报告\n\n**一、总体情况**\n\n本年度依法公开政府信息。\n\n**二、主动公开政府信息情况**\n\n");
	gr_buf_put(&b, t0, (size_t) (t1 - t0));
	gr_buf_puts(&b, "\n\n**三、收到和处理政府信息公开申请情况**\n\n本年度未收到申请。\n");
	d = parse(b.data);
	CHECK_EQ_INT(active_differ(&d, ref), 0);
}

/* Pipe rows: the value after the row's cells takes its empty cell's place. */
static void
test_pipe(const gr_doc *ref)
{
	gr_doc		d = parse(gfm_text);

	CHECK_EQ_INT(active_differ(&d, ref), 0);
}

/* Empty cells apart in one row: the row is not placed, not shifted. */
static void
test_pipe_gaps_apart(void)
{
	gr_mem		m = gr_heap_mem(heap);
	const char *from = "| 行政许可 | 12 |  | -2 | 845 |";
	const char *at = strstr(gfm_text, from);
	gr_buf		b;
	gr_doc		d;

	gr_buf_init(&b, &m, 4096);
	gr_buf_put(&b, gfm_text, (size_t) (at - gfm_text));
	gr_buf_puts(&b, "| 行政许可 |  | 12 |  | 845 |");
	gr_buf_puts(&b, at + strlen(from));
	d = parse(b.data);
	for (int c = GR_AC_PREVIOUS; c <= GR_AC_CHANGE; c++)
		CHECK_EQ_INT(d.active[GR_A_LICENSING][c].state, GR_MISSING);
	CHECK_EQ_INT(d.active[GR_A_LICENSING][GR_AC_DECISIONS].state, GR_MISSING);
	{
		int			nmissing = 0;

		for (int i = 0; i < d.ndiags; i++)
			nmissing += d.diags[i].section == GR_SEC_ACTIVE && d.diags[i].row == GR_A_LICENSING &&
				d.diags[i].problem == GR_PROB_MISSING;
		CHECK_EQ_INT(nmissing, 3);
	}
	/* the rows around it are read */
	CHECK(is_num(d.active[GR_A_OTHER_SERVICES][GR_AC_DECISIONS], 66));
	CHECK(is_num(d.active[GR_A_RULES][GR_AC_TOTAL_PUBLISHED], 57));
}

int
main(void)
{
	gr_doc		ref;

	heap = gr_heap_new();
	ref = parse(tab_text);
	test_reference(&ref);
	test_page(&ref);
	test_raw_table_in_markdown(&ref);
	test_pipe(&ref);
	test_pipe_gaps_apart();
	gr_heap_free(heap);
	return unit_report("test_spans");
}
