/*
 * test_word_text.c — Word's text as docx2txt and LibreOffice's text export
 * print it: one cell a line, nothing between the cells of a row nor between
 * rows, an empty cell an empty line.  Section 2 comes before any row of
 * seven values shows that the text is printed so; its empty cells must
 * still read as blank (the first cell of a row, its last, the only cell of
 * a one-cell row), and a row whose cells cannot be told apart stays
 * missing, never shifted.
 */
#include "gr.h"
#include "scan.h"
#include "rows_para.h"
#include "unit.h"

#include <stdbool.h>

/* Section 1 and the head of section 2, common to the texts below. */
#define HEAD \
	"山前县统计局2023年政府信息公开工作年度报告\n" \
	"一、总体情况\n" \
	"本年度主动公开政府信息42条。\n" \
	"二、主动公开政府信息情况\n" \
	"第二十条第（一）项\n" \
	"信息内容\n" \
	"本年制发件数\n" \
	"本年废止件数\n" \
	"现行有效件数\n"

/* Section 3's header and first row: seven values on consecutive lines. */
#define REQ_HEAD \
	"三、收到和处理政府信息公开申请情况\n" \
	"（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\n" \
	"申请人情况\n" \
	"\n" \
	"自然人\n" \
	"法人或其他组织\n" \
	"总计\n" \
	"\n" \
	"\n" \
	"商业企业\n" \
	"科研机构\n" \
	"社会公益组织\n" \
	"法律服务机构\n" \
	"其他\n" \
	"\n" \
	"一、本年新收政府信息公开申请数量\n" \
	"4\n" \
	"1\n" \
	"0\n" \
	"0\n" \
	"2\n" \
	"0\n" \
	"7\n" \
	"二、上年结转政府信息公开申请数量\n" \
	"1\n" \
	"0\n" \
	"0\n" \
	"0\n" \
	"0\n" \
	"0\n" \
	"1\n"

/* Section 2's rows: empty cells first, last and alone. */
static const char word_text[] =
	HEAD
	"规章\n"
	"\n"
	"3\n"
	"18\n"
	"行政规范性文件\n"
	"5\n"
	"2\n"
	"\n"
	"第二十条第（五）项\n"
	"信息内容\n"
	"本年处理决定数量\n"
	"行政许可\n"
	"\n"
	"第二十条第（六）项\n"
	"信息内容\n"
	"本年处理决定数量\n"
	"行政处罚\n"
	"16\n"
	"行政强制\n"
	"\n"
	"第二十条第（八）项\n"
	"信息内容\n"
	"本年收费金额（单位：万元）\n"
	"行政事业性收费\n"
	"0.5\n"
	REQ_HEAD;

static void
expect_cell(const gr_doc *d, int r, int c, gr_state state, long long m)
{
	CHECK_EQ_INT(d->active[r][c].state, state);
	if (state == GR_VALUE)
		CHECK_EQ_INT(d->active[r][c].m, m);
}

/* Is there a diagnostic of this problem at this path? */
static bool
has_diag(const gr_doc *d, gr_heap *h, const char *path, gr_problem problem)
{
	gr_mem		m = gr_heap_mem(h);

	for (int i = 0; i < d->ndiags; i++)
	{
		gr_buf		b;

		gr_buf_init(&b, &m, 64);
		gr_cell_path(&b, d->diags[i].section, d->diags[i].row, d->diags[i].col);
		if (strcmp(b.data, path) == 0 && d->diags[i].problem == problem)
			return true;
	}
	return false;
}

static void
test_blanks_before_tight(void)
{
	gr_heap    *h = gr_heap_new();
	gr_mem		m = gr_heap_mem(h);
	gr_doc		d;

	gr_parse(&d, word_text, sizeof(word_text) - 1, &m, NULL);
	/* the first cell empty */
	expect_cell(&d, GR_A_RULES, GR_AC_ISSUED, GR_BLANK, 0);
	expect_cell(&d, GR_A_RULES, GR_AC_REPEALED, GR_VALUE, 3);
	expect_cell(&d, GR_A_RULES, GR_AC_IN_FORCE, GR_VALUE, 18);
	/* the last cell empty, the next sub-table's title right after */
	expect_cell(&d, GR_A_NORMATIVE, GR_AC_ISSUED, GR_VALUE, 5);
	expect_cell(&d, GR_A_NORMATIVE, GR_AC_REPEALED, GR_VALUE, 2);
	expect_cell(&d, GR_A_NORMATIVE, GR_AC_IN_FORCE, GR_BLANK, 0);
	/* a row of one cell, empty */
	expect_cell(&d, GR_A_LICENSING, GR_AC_DECISIONS, GR_BLANK, 0);
	expect_cell(&d, GR_A_PUNISHMENT, GR_AC_DECISIONS, GR_VALUE, 16);
	expect_cell(&d, GR_A_COERCION, GR_AC_DECISIONS, GR_BLANK, 0);
	CHECK(has_diag(&d, h, "active.rules.issued", GR_PROB_BLANK));
	CHECK(has_diag(&d, h, "active.licensing.decisions", GR_PROB_BLANK));
	CHECK(has_diag(&d, h, "active.coercion.decisions", GR_PROB_BLANK));
	/* section 3 as before */
	CHECK_EQ_INT(d.req[GR_R_NEW_RECEIVED][GR_RC_TOTAL].state, GR_VALUE);
	CHECK_EQ_INT(d.req[GR_R_NEW_RECEIVED][GR_RC_TOTAL].m, 7);
	gr_heap_free(h);
}

/*
 * The same section 2 in a text whose rows are parted by empty lines (no
 * row of seven values followed at once by text): an empty line may end a
 * row, so the rows with an empty cell are missing — never a value moved
 * into its neighbour's column.  The look-ahead is what tells the two
 * texts apart: here section 3's first row is followed by an empty line.
 */
static const char word_text_parted[] =
	HEAD
	"规章\n"
	"\n"
	"3\n"
	"18\n"
	"\n"
	"行政规范性文件\n"
	"5\n"
	"2\n"
	"\n"
	"\n"
	"第二十条第（五）项\n"
	"信息内容\n"
	"本年处理决定数量\n"
	"\n"
	"行政许可\n"
	"\n"
	"\n"
	"第二十条第（六）项\n"
	"信息内容\n"
	"本年处理决定数量\n"
	"\n"
	"行政处罚\n"
	"16\n"
	"\n"
	"三、收到和处理政府信息公开申请情况\n"
	"一、本年新收政府信息公开申请数量\n"
	"4\n"
	"1\n"
	"0\n"
	"0\n"
	"2\n"
	"0\n"
	"7\n"
	"\n"
	"二、上年结转政府信息公开申请数量\n";

static void
test_parted_rows(void)
{
	gr_heap    *h = gr_heap_new();
	gr_mem		m = gr_heap_mem(h);
	gr_doc		d;

	gr_parse(&d, word_text_parted, sizeof(word_text_parted) - 1, &m, NULL);
	for (int c = GR_AC_ISSUED; c <= GR_AC_IN_FORCE; c++)
	{
		CHECK(d.active[GR_A_RULES][c].state != GR_VALUE);
		CHECK(d.active[GR_A_NORMATIVE][c].state != GR_VALUE ||
			  d.active[GR_A_NORMATIVE][c].m == (c == GR_AC_ISSUED ? 5 : 2));
	}
	CHECK_EQ_INT(d.active[GR_A_RULES][GR_AC_ISSUED].state, GR_MISSING);
	CHECK_EQ_INT(d.active[GR_A_NORMATIVE][GR_AC_IN_FORCE].state, GR_MISSING);
	/* two empty lines after a one-cell row: not its cell alone */
	CHECK_EQ_INT(d.active[GR_A_LICENSING][GR_AC_DECISIONS].state, GR_MISSING);
	expect_cell(&d, GR_A_PUNISHMENT, GR_AC_DECISIONS, GR_VALUE, 16);
	gr_heap_free(h);
}

/* The look-ahead itself: seven values on consecutive lines between two texts. */
static bool
value_line(const gr_tok *t)
{
	return t->len > 0 && t->s[0] >= '0' && t->s[0] <= '9';
}

static bool
tight_ahead(const char *text)
{
	gr_heap    *h = gr_heap_new();
	gr_mem		m = gr_heap_mem(h);
	gr_toks		ts;
	bool		r;

	gr_scan(&ts, text, strlen(text), &m, NULL, NULL);
	r = gr_para_tight_ahead(&ts, value_line);
	gr_heap_free(h);
	return r;
}

static void
test_tight_ahead(void)
{
	CHECK(tight_ahead("合计\n1\n2\n3\n4\n5\n6\n21\n下一行\n"));
	/* six values, eight values: no row of seven */
	CHECK(!tight_ahead("合计\n1\n2\n3\n4\n5\n15\n下一行\n"));
	CHECK(!tight_ahead("合计\n1\n2\n3\n4\n5\n6\n7\n28\n下一行\n"));
	/* an empty line among them, or after them */
	CHECK(!tight_ahead("合计\n1\n2\n3\n\n4\n5\n6\n21\n下一行\n"));
	CHECK(!tight_ahead("合计\n1\n2\n3\n4\n5\n6\n21\n\n下一行\n"));
	/* a line of spaces after them */
	CHECK(!tight_ahead("合计\n1\n2\n3\n4\n5\n6\n21\n  \n下一行\n"));
	/* at the end of the text: nothing after them */
	CHECK(!tight_ahead("合计\n1\n2\n3\n4\n5\n6\n21\n"));
}

int
main(void)
{
	test_blanks_before_tight();
	test_parted_rows();
	test_tight_ahead();
	return unit_report("test_word_text");
}
