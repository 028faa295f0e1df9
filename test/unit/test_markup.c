/*
 * test_markup.c — the markup stages of the scanner: pandoc's dashed tables
 * and markdown cell syntax (rows_markdown.c), python3-html2text's tables
 * (rows_markdown.c), raw HTML tables inside a text (rows_html.c) and w3m's
 * rules stopped by a label spanning rows (rows_box.c).  Each
 * case scans a small text of our own and compares the token stream, written
 * as "L:text" (a line), "C:text" (a cell) and "|" (a row break).
 */
#include "gr.h"
#include "scan.h"
#include "unit.h"

static gr_heap *heap;
static gr_mem mem;

/* A section heading, for the scanner: here, a line that begins 二、 or 五、. */
static bool
heading(const char *s, size_t len)
{
	return len >= 6 && (memcmp(s, "二、", 6) == 0 || memcmp(s, "五、", 6) == 0);
}

/* The tokens of a text, one string. */
static const char *
toks(const char *text)
{
	gr_toks		ts;
	gr_buf		b;

	gr_scan(&ts, text, strlen(text), &mem, heading, NULL);
	gr_buf_init(&b, &mem, 256);
	for (size_t i = 0; i < ts.n; i++)
	{
		const gr_tok *t = &ts.t[i];

		if (t->kind == GR_TOK_BREAK)
		{
			/* leading and trailing breaks say nothing */
			if (i > 0 && i + 1 < ts.n)
				gr_buf_puts(&b, "|");
			continue;
		}
		gr_buf_puts(&b, t->kind == GR_TOK_CELL ? "C:" : "L:");
		gr_buf_put(&b, t->s, t->len);
		gr_buf_puts(&b, " ");
	}
	return b.data;
}

static void
test_dashed_columns(void)
{
	int			st[8],
				en[8];
	gr_str		cells[8];
	char		out[128];
	const char *line = "  规章        12                 3";

	CHECK_EQ_INT(gr_md_rule_columns("  ------ ---- ----------", 24, st, en, 8), 3);
	CHECK_EQ_INT(st[0], 2);
	CHECK_EQ_INT(en[0], 8);
	CHECK_EQ_INT(st[2], 14);
	/* runs of fewer than three strokes, or other characters: no rule */
	CHECK_EQ_INT(gr_md_rule_columns("  -- ----", 9, st, en, 8), 0);
	CHECK_EQ_INT(gr_md_rule_columns("  ---|----", 10, st, en, 8), 0);
	CHECK_EQ_INT(gr_md_rule_columns("  ----------", 12, st, en, 8), 0);

	/* columns 2-11, 12-15, 16-27, 28-31: the third is empty */
	st[0] = 2, en[0] = 11, st[1] = 12, en[1] = 15, st[2] = 16, en[2] = 27, st[3] = 28, en[3] = 31;
	gr_md_cut(line, strlen(line), st, en, 4, cells, out);
	CHECK(cells[0].len == 6 && memcmp(cells[0].p, "规章", 6) == 0);
	CHECK(cells[1].len == 2 && memcmp(cells[1].p, "12", 2) == 0);
	CHECK_EQ_INT(cells[2].len, 0);
	CHECK(cells[3].len == 1 && cells[3].p[0] == '3');
}

static void
test_dashed_tables(void)
{
	/* a simple table: one line a row, an empty column kept */
	CHECK_EQ_STR(toks("四、表\n\n"
					  "  ---------- ------ ------ ------\n"
					  "  结果维持   总计   其他            \n"
					  "  1                 0      1\n"
					  "  ---------- ------ ------ ------\n"
					  "\n五、后文\n"),
				 "L:四、表 |C:结果维持 C:总计 C:其他 C: |C:1 C: C:0 C:1 |L:五、后文 ");
	/* multiline: rows end at a blank line, wrapped cells are joined */
	CHECK_EQ_STR(toks("  ------------ ------\n"
					  "  行政规范性文   3\n"
					  "  件\n"
					  "\n"
					  "  规章         12\n"
					  "\n"
					  "  ------------ ------\n"),
				 "C:行政规范性文件 C:3 |C:规章 C:12 ");
	/* a table ends at a line at the margin without a closing rule */
	CHECK_EQ_STR(toks("  -------- ------\n"
					  "  规章     12\n"
					  "后文  在此\n"),
				 "C:规章 C:12 |L:后文 C:在此 ");
}

static void
test_markdown_cells(void)
{
	/* pandoc's bracketed spans, escapes and smart dashes, wrapped in a grid */
	CHECK_EQ_STR(toks("+-----------+-----------+\n"
					  "| [行政规范 | [31]{styl |\n"
					  "| 性文件]{s | e=\"a\"}    |\n"
					  "| tyle=\"b\"} |           |\n"
					  "+-----------+-----------+\n"
					  "| 第二十条\\ | ---       |\n"
					  "| 第（八）项|           |\n"
					  "+-----------+-----------+\n"),
				 "C:行政规范性文件 C:31 |C:第二十条第（八）项 C:— ");
	/* inline HTML in a pipe cell; a heading's marks; a bold line's marks */
	CHECK_EQ_STR(toks("# 某局2023年报告\n**一、总体情况**\n"
					  "| <span style=\"x\">规章</span> | 1&amp;2 |\n"),
				 "L:某局2023年报告 L:一、总体情况 C:规章 C:1&2 ");
	{
		gr_str		r = gr_html_inline(&mem, "<b>12</b>", 9);

		CHECK(r.len == 2 && memcmp(r.p, "12", 2) == 0);
	}
}

static void
test_html2text_tables(void)
{
	/*
	 * A header row, the rule, a row of paragraph cells over several lines,
	 * a row whose first cell is empty, a label broken by <br> after a
	 * numbered cell, a decimal broken by <br>, a row whose last cell is a
	 * paragraph (its hard break on a line of its own), then a heading.
	 * The row above the rule is read before the rule says it is a table:
	 * a line of one '|' stays a line.
	 */
	CHECK_EQ_STR(toks("信息内容 | 本年制发件数  \n"
					  "---|---  \n"
					  "规章 | 3  \n"
					  "  \n"
					  "行政规范性文件\n"
					  "\n"
					  "| 0 |\n"
					  "\n"
					  "31  \n"
					  "| 4 | 5  \n"
					  "（五）不予处理 | 1.信访举报  \n"
					  "投诉类申请 | 7 | 1  \n"
					  "行政事业性收费 | １６０．  \n"
					  "５４４  \n"
					  "一、本年新收  \n"
					  "申请数量 | 2\n"
					  "\n"
					  "  \n"
					  "二、主动公开政府信息情况\n"),
				 "L:信息内容 | 本年制发件数 |C:规章 C:3 |C:行政规范性文件 C:0 C:31 |"
				 "C: C:4 C:5 |C:（五）不予处理 C:1.信访举报投诉类申请 C:7 C:1 |"
				 "C:行政事业性收费 C:１６０．５４４ |C:一、本年新收申请数量 C:2 |"
				 "L:二、主动公开政府信息情况 ");
	/*
	 * Cells holding paragraphs, an empty one written <p><br/></p>: its
	 * break is a line of two spaces after the '|', and the row goes on
	 * after it; an empty last cell is followed by the row's own break.
	 */
	CHECK_EQ_STR(toks("结果维持 | 总计  \n"
					  "---|---  \n"
					  "0\n"
					  "\n"
					  "|\n"
					  "\n"
					  "  \n"
					  "\n"
					  "|\n"
					  "\n"
					  "3\n"
					  "\n"
					  "|\n"
					  "\n"
					  "  \n"
					  "  \n"
					  "5\n"
					  "\n"
					  "|\n"
					  "\n"
					  "6  \n"
					  "  \n"
					  "二、后文\n"),
				 "L:结果维持 | 总计 |C:0 C: C:3 C: |C:5 C:6 |L:二、后文 ");
	CHECK(gr_h2t_rule("---|---|---  ", 13));
	CHECK(!gr_h2t_rule("|---|---|", 9));
	CHECK(!gr_h2t_rule("---|---", 7));
}

static void
test_html_in_text(void)
{
	/*
	 * A raw table among markdown lines: spans on the grid (a numeric cell
	 * repeated by colspan and carried by rowspan, a label only taking its
	 * columns), entities, <p>/<br>/<span> inside cells, text after it.
	 */
	CHECK_EQ_STR(toks("**三、表**\n\n"
					  "<table>\n<tbody>\n"
					  "<tr class=\"odd\">\n<td rowspan=\"2\">三、本年度<br />\n办理结果</td>\n"
					  "<td colspan=\"2\">7</td><td rowspan=2><p><span>4</span></p></td>\n</tr>\n"
					  "<tr><td>&#20844;开</td><td>&nbsp;</td></tr>\n"
					  "</tbody>\n</table>\n\n"
					  "后文\n"),
				 "L:三、表 |C:三、本年度办理结果 C:7 C:7 C:4 |C:公开 C: C:4 |L:后文 ");
	/* an empty row under spanning cells writes no copies */
	CHECK_EQ_STR(toks("**表**\n<table><tr><td rowspan=3>1</td><td rowspan=3> </td></tr>"
					  "<tr></tr><tr><td>2</td></tr></table>\n"),
				 "L:表 |C:1 C: |C:1 C: C:2 ");
	CHECK(gr_html_is_markdown("**一、**\n<table><tr><td>1</td></tr></table>\n", 42));
	CHECK(!gr_html_is_markdown("<html>\n**一、**\n<table><tr><td>1</td></tr></table>\n", 49));
	CHECK(!gr_html_is_markdown("<p>一</p>\n<table><tr><td>1</td></tr></table>\n", 45));
	{
		/* a page fragment with a style sheet is no markdown */
		const char *frag = "<style>\n#nav { color: red }\n</style>\n<p>一</p><table><tr><td>1</td></tr></table>\n";

		CHECK(!gr_html_is_markdown(frag, strlen(frag)));
	}
}

static void
test_box_partial_rules(void)
{
	/*
	 * w3m: the label spanning rows (三、…) one character a line; the rule
	 * under a row stops at it (the piece on that line is dropped), and the
	 * row's wrapped cells are still joined.
	 */
	CHECK_EQ_STR(toks("├──┼──────┼────┼────┤\n"
					  "│三│1.本机│    │    │\n"
					  "│、│关不掌│3   │0   │\n"
					  "│  │握    │    │    │\n"
					  "│本├──────┼────┼────┤\n"
					  "│年│2.重复│1   │2   │\n"
					  "├──┴──────┴────┴────┤\n"),
				 "C:三、 C:1.本机关不掌握 C:3 C:0 |C:年 C:2.重复 C:1 C:2 ");
	CHECK(gr_box_partial_rule("│三│  ├────┼──┤", strlen("│三│  ├────┼──┤")));
	CHECK(gr_box_partial_rule("│ │不予处├────┼──┤", strlen("│ │不予处├────┼──┤")));
	CHECK(!gr_box_partial_rule("│规章│12│", strlen("│规章│12│")));
	CHECK(!gr_box_partial_rule("│规章│──│", strlen("│规章│──│")));
}

int
main(void)
{
	heap = gr_heap_new();
	mem = gr_heap_mem(heap);
	test_dashed_columns();
	test_dashed_tables();
	test_markdown_cells();
	test_html2text_tables();
	test_html_in_text();
	test_box_partial_rules();
	gr_heap_free(heap);
	return unit_report("test_markup");
}
