/*
 * test_review.c — memory that must stay linear in the text, and numbers
 * that must be read whole or not at all.
 */
#include "gr.h"
#include "unit.h"

/* A heap arena that also counts the bytes asked of it. */
typedef struct counting
{
	gr_heap    *h;
	gr_mem		inner;
	size_t		bytes;
} counting;

static void *
counting_alloc(void *ctx, size_t n)
{
	counting   *c = ctx;

	c->bytes += n;
	return c->inner.alloc(c->inner.ctx, n);
}

/* Bytes the reader allocates for text; *d receives the document. */
static size_t
parse_counting(const char *text, size_t len, gr_doc *d)
{
	counting	c;
	gr_mem		m;

	c.h = gr_heap_new();
	c.inner = gr_heap_mem(c.h);
	c.bytes = 0;
	memset(&m, 0, sizeof(m));	/* no alloc_raw, no grow: every block through alloc */
	m.alloc = counting_alloc;
	m.alloc_raw = NULL;		/* every allocation counted through alloc */
	m.ctx = &c;
	gr_parse(d, text, len, &m, NULL);
	gr_heap_free(c.h);
	return c.bytes;
}

/* Does reading b allocate less than factor times its length?  (says how much) */
static bool
parse_within(const char *what, const gr_buf *b, size_t factor)
{
	gr_doc		d;
	size_t		used = parse_counting(b->data, b->len, &d);

	fprintf(stderr, "test_review: %s: %zu bytes of text, %zu allocated\n", what, b->len, used);
	return used < factor * b->len;
}

/*
 * A tab cell followed by many one-character lines: each line is the cell's
 * wrapped text.  Every join used to copy the whole cell again (~130 bytes
 * allocated per byte of text); it must stay a small multiple of the text.
 */
static void
test_wrapped_cell_memory(void)
{
	gr_heap    *h = gr_heap_new();
	gr_mem		m = gr_heap_mem(h);
	gr_buf		b;

	gr_buf_init(&b, &m, 1 << 20);
	gr_buf_puts(&b, "一、总体情况\n");
	for (int blk = 0; blk < 300; blk++)
	{
		gr_buf_puts(&b, "\t1\n");
		for (int k = 0; k < 340; k++)
			gr_buf_puts(&b, "字\n");
		gr_buf_putc(&b, '\n');
	}
	CHECK(parse_within("wrapped cells", &b, 16));
	gr_heap_free(h);
}

/* The same through a bordered table whose rows continue over many lines. */
static void
test_bordered_row_memory(void)
{
	gr_heap    *h = gr_heap_new();
	gr_mem		m = gr_heap_mem(h);
	gr_buf		b;

	gr_buf_init(&b, &m, 1 << 20);
	for (int blk = 0; blk < 200; blk++)
	{
		gr_buf_puts(&b, "+---+---+---+---+\n");
		for (int k = 0; k < 250; k++)
			gr_buf_puts(&b, "|a|b|c|d|\n");
	}
	CHECK(parse_within("bordered rows", &b, 24));
	gr_heap_free(h);
}

/*
 * HTML cells repeated by colspan and carried by rowspan are copied without
 * their padding: a blank cell of 256 spaces is not copied 63 times.
 */
static void
test_html_span_memory(void)
{
	gr_heap    *h = gr_heap_new();
	gr_mem		m = gr_heap_mem(h);
	gr_buf		b;
	char		pad[257];

	memset(pad, ' ', 256);
	pad[256] = '\0';
	gr_buf_init(&b, &m, 1 << 20);
	gr_buf_puts(&b, "<p>一、总体情况</p>");
	for (int t = 0; t < 20; t++)
	{
		gr_buf_puts(&b, "<table><tr>");
		for (int c = 0; c < 64; c++)
			gr_buf_printf(&b, "<td rowspan=64>%s</td>", pad);
		gr_buf_puts(&b, "</tr>");
		for (int r = 0; r < 63; r++)
			gr_buf_puts(&b, "<tr></tr>");
		gr_buf_puts(&b, "<tr><td colspan=64>");
		gr_buf_puts(&b, pad);
		gr_buf_puts(&b, "</td></tr></table>");
	}
	CHECK(parse_within("html spans", &b, 48));
	gr_heap_free(h);
}

static const char fee_report[] =
	"一、总体情况\n"
	"本年度收取信息处理费%s万元。\n"
	"二、主动公开政府信息情况\n"
	"\t第二十条第（五）项\n\n"
	"\t信息内容\n\t本年处理决定数量\n\n"
	"\t行政许可\n\t40\n\n\n";

/* 万元 is read as 元: four more places, or no fact if they do not fit. */
static void
test_fee_wan_yuan(void)
{
	gr_heap    *h = gr_heap_new();
	gr_mem		m = gr_heap_mem(h);
	gr_buf		b;
	gr_doc		d;

	gr_buf_init(&b, &m, 512);
	gr_buf_printf(&b, fee_report, "1.5");
	gr_parse(&d, b.data, b.len, &m, NULL);
	CHECK_EQ_INT(d.status, GR_PARTIAL);
	CHECK_EQ_INT(d.facts[GR_F_FEE_COLLECTED].state, GR_VALUE);
	CHECK_EQ_INT(d.facts[GR_F_FEE_COLLECTED].m, 15000);
	CHECK_EQ_INT(d.facts[GR_F_FEE_COLLECTED].scale, 0);

	/* 999,999,999,999.5 万元 is 9,999,999,999,995,000 元: beyond a cell */
	gr_buf_init(&b, &m, 512);
	gr_buf_printf(&b, fee_report, "999999999999.5");
	gr_parse(&d, b.data, b.len, &m, NULL);
	CHECK_EQ_INT(d.status, GR_PARTIAL);
	CHECK_EQ_INT(d.facts[GR_F_FEE_COLLECTED].state, GR_ABSENT);

	/* the largest that fits: 99,999,999,999.9 万元 */
	gr_buf_init(&b, &m, 512);
	gr_buf_printf(&b, fee_report, "99999999999.9");
	gr_parse(&d, b.data, b.len, &m, NULL);
	CHECK_EQ_INT(d.facts[GR_F_FEE_COLLECTED].state, GR_VALUE);
	CHECK_EQ_INT(d.facts[GR_F_FEE_COLLECTED].m, INT64_C(999999999999000));
	gr_heap_free(h);
}

/* The rows of an HTML requests table: label cells with spans, then values. */
static void
html_req_table(gr_buf *b, bool close_td)
{
	const char *e = close_td ? "</td>" : "";

	gr_buf_puts(b, "<p>某局2023年政府信息公开工作年度报告</p><p>一、总体情况</p><p>概述。</p>"
				"<p>三、收到和处理政府信息公开申请情况</p><table>\n");
	gr_buf_printf(b, "<tr><td colspan=3>一、本年新收政府信息公开申请数量%s", e);
	for (int k = 0; k < 7; k++)
		gr_buf_printf(b, "<td>%d%s", 10 + k, e);
	gr_buf_printf(b, "</tr>\n<tr><td colspan=3>二、上年结转政府信息公开申请数量%s", e);
	for (int k = 0; k < 7; k++)
		gr_buf_printf(b, "<td>%d%s", 20 + k, e);
	/* the first value of 予以公开 covers the same cell of 部分公开 */
	gr_buf_printf(b, "</tr>\n<tr><td rowspan=3>三、本年度办理结果%s<td colspan=2>（一）予以公开%s"
				  "<td rowspan=2>30%s", e, e, e);
	for (int k = 1; k < 7; k++)
		gr_buf_printf(b, "<td>%d%s", 30 + k, e);
	gr_buf_printf(b, "</tr>\n<tr><td colspan=2>（二）部分公开（区分处理的，只计这一情形，不计其他情形）%s", e);
	for (int k = 1; k < 7; k++)
		gr_buf_printf(b, "<td>%d%s", 40 + k, e);
	gr_buf_printf(b, "</tr>\n<tr><td colspan=2>（七）总计%s", e);
	for (int k = 0; k < 7; k++)
		gr_buf_printf(b, "<td>%d%s", 50 + k, e);
	gr_buf_printf(b, "</tr>\n<tr><td colspan=3>四、结转下年度继续办理%s", e);
	for (int k = 0; k < 7; k++)
		gr_buf_printf(b, "<td>%d%s", 60 + k, e);
	gr_buf_puts(b, "</tr></table><p>四、政府信息公开行政复议、行政诉讼情况</p>");
}

/*
 * A number carried down by rowspan goes to its own column: the columns of
 * label cells spanning rows or columns count (it used to land one column to
 * the right of its place, pushing 41 into natural_person's column).
 */
static void
test_html_rowspan_value(void)
{
	for (int close_td = 1; close_td >= 0; close_td--)
	{
		gr_heap    *h = gr_heap_new();
		gr_mem		m = gr_heap_mem(h);
		gr_buf		b;
		gr_doc		d;
		int			part = GR_R_DISP(GR_D_PARTIAL);

		gr_buf_init(&b, &m, 4096);
		html_req_table(&b, close_td);
		gr_parse(&d, b.data, b.len, &m, NULL);
		CHECK_EQ_INT(d.form_requests, GR_FORM_2021);
		CHECK_EQ_INT(d.req[part][GR_RC_NATURAL].state, GR_VALUE);
		CHECK_EQ_INT(d.req[part][GR_RC_NATURAL].m, 30);
		for (int c = 1; c < GR_RC_COUNT; c++)
		{
			CHECK_EQ_INT(d.req[part][c].state, GR_VALUE);
			CHECK_EQ_INT(d.req[part][c].m, 40 + c);
		}
		for (int c = 0; c < GR_RC_COUNT; c++)
		{
			CHECK_EQ_INT(d.req[GR_R_DISP(GR_D_GRANTED)][c].m, 30 + c);
			CHECK_EQ_INT(d.req[GR_R_DISP(GR_D_TOTAL)][c].m, 50 + c);
			CHECK_EQ_INT(d.req[GR_R_CARRIED_FORWARD][c].m, 60 + c);
		}
		gr_heap_free(h);
	}
}

/* Section 2 in the 2019 form without its header rows (pasted without them). */
static const char active_2019_headless[] =
	"二、主动公开政府信息情况\n\n"
	"\t规章\n\t1\n\t2\n\t3\n\n"
	"\t规范性文件\n\t4\n\t5\n\t6\n\n"
	"\t行政许可\n\t7\n\t8\n\t9\n\n"
	"\t其他对外管理服务事项\n\t10\n\t11\n\t12\n\n"
	"\t行政处罚\n\t13\n\t14\n\t15\n\n"
	"\t政府集中采购\n\t16\n\t17\n\n\n";

/*
 * Rows read before the revision shows (其他对外管理服务事项 is 2019 only) are
 * read in the 2021 form's columns: 规章 keeps its three values in the 2019
 * columns, in order; 行政许可, one column in 2021 but three in 2019, would
 * give its 上一年项目数量 (7) as 处理决定数量, so its cells are missing.
 */
static void
test_active_revision_late(void)
{
	gr_heap    *h = gr_heap_new();
	gr_mem		m = gr_heap_mem(h);
	gr_doc		d;
	int			nmissing = 0;

	gr_parse(&d, active_2019_headless, sizeof(active_2019_headless) - 1, &m, NULL);
	CHECK_EQ_INT(d.form_active, GR_FORM_2019);
	CHECK_EQ_INT(d.active[GR_A_RULES][GR_AC_PRODUCED].m, 1);
	CHECK_EQ_INT(d.active[GR_A_RULES][GR_AC_PUBLISHED].m, 2);
	CHECK_EQ_INT(d.active[GR_A_RULES][GR_AC_TOTAL_PUBLISHED].m, 3);
	CHECK_EQ_INT(d.active[GR_A_NORMATIVE][GR_AC_TOTAL_PUBLISHED].m, 6);
	/* nothing left in the 2021 columns */
	CHECK_EQ_INT(d.active[GR_A_RULES][GR_AC_ISSUED].state, GR_ABSENT);
	CHECK_EQ_INT(d.active[GR_A_LICENSING][GR_AC_DECISIONS].state, GR_MISSING);
	CHECK_EQ_INT(d.active[GR_A_LICENSING][GR_AC_PREVIOUS].state, GR_MISSING);
	for (int i = 0; i < d.ndiags; i++)
		nmissing += d.diags[i].section == GR_SEC_ACTIVE && d.diags[i].row == GR_A_LICENSING &&
			d.diags[i].problem == GR_PROB_MISSING;
	CHECK_EQ_INT(nmissing, 3);
	/* rows after the evidence are read in the 2019 columns */
	CHECK_EQ_INT(d.active[GR_A_OTHER_SERVICES][GR_AC_PREVIOUS].m, 10);
	CHECK_EQ_INT(d.active[GR_A_PUNISHMENT][GR_AC_DECISIONS].m, 15);
	CHECK_EQ_INT(d.active[GR_A_PROCUREMENT][GR_AC_AMOUNT].m, 17);
	gr_heap_free(h);
}

int
main(void)
{
	test_active_revision_late();
	test_html_rowspan_value();
	test_wrapped_cell_memory();
	test_bordered_row_memory();
	test_html_span_memory();
	test_fee_wan_yuan();
	return unit_report("test_review");
}
