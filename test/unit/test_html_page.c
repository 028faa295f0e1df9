/*
 * test_html_page.c — whole HTML pages read in one pass (gr_html_page,
 * rows_html.c): the token stream a page gives, written as "L:text" (a
 * line), "C:text" (a cell) and "|" (a row break), for the markup real pages
 * are made of (entities, <br> and <p> inside cells, Word's span per digit
 * and &nbsp; padding, rowspan and colspan, script, style and comments);
 * the decoded text the tokens point into; that a page and the same report
 * as Word text make the same document; and that a long page stays
 * interruptible.
 */
#include "gr.h"
#include "scan.h"
#include "unit.h"

static gr_heap *heap;
static gr_mem mem;

/* A section heading, for the scanner: here, a line that begins 二、. */
static bool
heading(const char *s, size_t len)
{
	return len >= 6 && memcmp(s, "二、", 6) == 0;
}

/* Every token's text lies in the decoded text, on its own line's span. */
static bool
tokens_in_text(const gr_toks *ts)
{
	for (size_t i = 0; i < ts->n; i++)
	{
		const gr_tok *t = &ts->t[i];

		if (t->lstart > t->lend || t->lend > ts->len)
			return false;
		if (t->kind != GR_TOK_BREAK && t->len > 0 &&
			(t->s < ts->text + t->lstart || t->s + t->len > ts->text + t->lend))
			return false;
	}
	return true;
}

/* The tokens of a page, one string; *text: its decoded text, if asked. */
static const char *
page_toks(const char *page, const char **text)
{
	gr_toks		ts;
	gr_buf		b;

	gr_html_page(&ts, page, strlen(page), &mem, heading, NULL);
	CHECK(tokens_in_text(&ts));
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
	if (text)
	{
		char	   *c = gr_alloc_raw(&mem, ts.len + 1);

		memcpy(c, ts.text, ts.len);
		c[ts.len] = '\0';
		*text = c;
	}
	return b.data;
}

static void
test_plain_page(void)
{
	const char *text = NULL;

	CHECK_EQ_STR(page_toks("<html><head><title>某区2023年报告</title></head><body>\n"
						   "<h1>一、总体情况</h1>\n<p>本年度共主动公开信息。</p>\n"
						   "<table border=1>\n<tr><td>行政许可</td><td>40</td></tr>\n"
						   "<tr><th>其他</th><td></td></tr>\n</table></body></html>", &text),
				 "L:某区2023年报告 |L:一、总体情况 |L:本年度共主动公开信息。 |"
				 "C:行政许可 C:40 |C:其他 C: ");
	/* the tab layout's shape: a cell a line after a tab, rows apart */
	CHECK_EQ_STR(page_toks("<p>甲</p><table><tr><td>1</td><td> 2 </td></tr></table>", &text), "L:甲 |C:1 C:2 ");
	CHECK_EQ_STR(text, "\n甲\n\n\n\n\n\n\t1\n\t 2 \n\n\n\n");
}

static void
test_entities_and_breaks(void)
{
	/* entities decoded; a no-break space pads a cell and is trimmed */
	CHECK_EQ_STR(page_toks("<table><tr><td>&nbsp;12&nbsp;</td><td>A&amp;B</td>"
						   "<td>&#x4E00;&#20108;</td><td>&lt;x&gt;</td></tr></table>", NULL),
				 "C:12 C:A&B C:一二 C:<x> ");
	/*
	 * <br> and <p> inside a cell keep it one cell; a line break is one
	 * space, spaces are kept as they are
	 */
	CHECK_EQ_STR(page_toks("<table><tr><td><p>本年新收</p><p>申请数量</p></td>"
						   "<td>本年<br>新收</td><td>a\n  b</td></tr></table>", NULL),
				 "C:本年新收申请数量 C:本年新收 C:a   b ");
	/* outside cells they end lines; an empty line between is a break */
	CHECK_EQ_STR(page_toks("<div>甲<br>乙</div><p>丙</p>丁", NULL), "L:甲 L:乙 |L:丙 L:丁 ");
	/* a character reference that is no character is U+FFFD */
	CHECK_EQ_STR(page_toks("<p>&#xD800;</p>", NULL), "L:\xEF\xBF\xBD ");
}

static void
test_word_markup(void)
{
	/* Word's HTML: a span per digit, &nbsp; padding, a <p> in every cell */
	CHECK_EQ_STR(page_toks("<table class=MsoNormalTable><tr style='height:20pt'>"
						   "<td width=120 style='border:solid windowtext 1.0pt'>"
						   "<p class=MsoNormal align=center><span lang=EN-US "
						   "style='font-size:10.5pt'>1</span><span lang=EN-US>2</span>"
						   "<span lang=EN-US>&nbsp;</span></p></td>"
						   "<td><p class=MsoNormal><span style='font-family:宋体'>行政</span>"
						   "<span>处罚</span></p></td></tr></table>", NULL),
				 "C:12 C:行政处罚 ");
}

static void
test_spans(void)
{
	/* colspan repeats a number, not a label; a spanned label only takes its columns */
	CHECK_EQ_STR(page_toks("<table><tr><td rowspan=2>合计</td><td colspan=2>5</td></tr>"
						   "<tr><td>7</td><td>8</td></tr></table>", NULL),
				 "C:合计 C:5 C:5 |C:7 C:8 ");
	/* rowspan carries a number down into its column */
	CHECK_EQ_STR(page_toks("<table><tr><td>甲</td><td rowspan=3>3</td><td>1</td></tr>"
						   "<tr><td>乙</td><td>2</td></tr><tr><td>丙</td></tr></table>", NULL),
				 "C:甲 C:3 C:1 |C:乙 C:3 C:2 |C:丙 C:3 ");
	/* an empty cell is repeated too (a blank is a value) */
	CHECK_EQ_STR(page_toks("<table><tr><td colspan=3></td></tr></table>", NULL), "C: C: C: ");
	/* a new table forgets the spans of the last one */
	CHECK_EQ_STR(page_toks("<table><tr><td rowspan=5>9</td></tr></table>"
						   "<table><tr><td>1</td></tr></table>", NULL),
				 "C:9 |C:1 ");
}

static void
test_skipped(void)
{
	CHECK_EQ_STR(page_toks("<script>if (a<b) s = \"<td>9\";</script><style>td{color:red}</style>"
						   "<!-- <td>8</td> --><table><tr><td>1</td></tr></table>"
						   "<SCRIPT type=x>a</SCRIPT>", NULL),
				 "C:1 ");
	/* a comment or a script that never ends takes the rest */
	CHECK_EQ_STR(page_toks("<p>甲</p><!-- <p>乙</p>", NULL), "L:甲 ");
	CHECK_EQ_STR(page_toks("<p>甲</p><script>x", NULL), "L:甲 ");
	/* '<' that starts no tag, and a last '<' with no '>', are text */
	CHECK_EQ_STR(page_toks("<p>1 < 2</p><p>a <b", NULL), "L:1 < 2 |L:a <b ");
}

/* The same report as Word text and as a page: the same document. */
static void
test_same_document(void)
{
	size_t		tl = 0,
				hl = 0;
	char	   *tab = unit_slurp("../data/layout_tab.txt", &tl);
	char	   *page = unit_slurp("../data/layout_html.html", &hl);
	gr_doc		a,
				b;
	gr_buf		ja,
				jb;

	if (!tab || !page)
	{
		printf("test_html_page: fixtures not found, same-document check skipped\n");
		free(tab);
		free(page);
		return;
	}
	gr_parse(&a, tab, tl, &mem, NULL);
	gr_parse(&b, page, hl, &mem, NULL);
	gr_buf_init(&ja, &mem, 4096);
	gr_buf_init(&jb, &mem, 4096);
	gr_doc_to_json(&a, &ja);
	gr_doc_to_json(&b, &jb);
	CHECK(ja.len > 1000);
	CHECK(ja.len == jb.len && memcmp(ja.data, jb.data, ja.len) == 0);
	CHECK_EQ_INT(b.status, GR_OK);
	free(tab);
	free(page);
}

static int	interrupts;

static void
count_interrupt(void)
{
	interrupts++;
}

/* A long page is interruptible all along, in tags and in text. */
static void
test_interruptible(void)
{
	gr_buf		b;
	gr_toks		ts;
	int			cells = 0;

	gr_buf_init(&b, &mem, 1 << 21);
	gr_buf_puts(&b, "<html><body><table>");
	for (int i = 0; i < 100000; i++)
		gr_buf_puts(&b, "<tr><td>1</td></tr>");
	gr_buf_puts(&b, "</table><p>");
	for (int i = 0; i < 100000; i++)
		gr_buf_puts(&b, "文字");
	gr_buf_puts(&b, "</p>");
	interrupts = 0;
	gr_html_page(&ts, b.data, b.len, &mem, NULL, count_interrupt);
	for (size_t i = 0; i < ts.n; i++)
		cells += ts.t[i].kind == GR_TOK_CELL;
	CHECK_EQ_INT(cells, 100000);
	CHECK(interrupts >= 4);
	CHECK(tokens_in_text(&ts));
}

int
main(void)
{
	heap = gr_heap_new();
	mem = gr_heap_mem(heap);
	test_plain_page();
	test_entities_and_breaks();
	test_word_markup();
	test_spans();
	test_skipped();
	test_same_document();
	test_interruptible();
	gr_heap_free(heap);
	return unit_report("test_html_page");
}
