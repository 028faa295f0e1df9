/*
 * test_memory — what the reader allocates is bounded by the text: for the
 * densest texts (bench/mem_cases.h has the full list and bench/memory.sh
 * the server's figures) at 4 MB, the bytes gr_parse holds at its end (every
 * block it allocated, a block grown in place counted at its new size) stay
 * within 4 times the text plus 17 MB (the token budget is 2.5 times plus
 * 16.4 MB; the HTML rewrite and the narrative's copy are the rest); without
 * the budget they would be 30 to 80 times the text.  And the budget stops only
 * texts no report comes near: a report followed by 8 MB of table cells is
 * read as it is, a report after them is not reached.
 */
#include "gr.h"
#include "unit.h"
#include "libgen.h"

static const struct
{
	const char *name;
	const char *head;
	const char *unit;
}			dense[] = {
	{"pipe table", NULL, "| 1 | 2 | 3 |\n"},
	{"tab digits", NULL, "1\t2\t3\t4\t5\t6\t7\t8\n"},
	{"short lines", NULL, "1\n"},
	{"blank lines", NULL, "1\n\n"},
	{"bordered rows", "+-+-+-+\n", "|1|2|3|\n|4|5|6|\n+-+-+-+\n"},
	{"wrapped cell", NULL, "\t本年新收政府信息公开\n申请数量\n政府\n信息\n"},
	{"html colspan", "<html><body><table>\n", "<tr><td colspan=64>1</td></tr>\n"},
	{"narrative", "一、总体情况\n", "本机关全年主动公开政府信息一千二百条。\n"},
};

typedef struct counting
{
	gr_heap    *h;
	gr_mem		inner;
	size_t		bytes;
} counting;

static void *
count_alloc(void *ctx, size_t n)
{
	counting   *c = ctx;

	c->bytes += n;
	return c->inner.alloc(c->inner.ctx, n);
}

static void *
count_grow(void *ctx, void *p, size_t old, size_t n)
{
	counting   *c = ctx;
	void	   *np = c->inner.grow(c->inner.ctx, p, old, n);

	if (np)
		c->bytes += n - old;
	return np;
}

/* Reads text; returns the bytes allocated, *d the document. */
static size_t
parse_counted(const char *text, size_t len, gr_doc *d)
{
	counting	c;
	gr_mem		m;

	c.h = gr_heap_new();
	c.inner = gr_heap_mem(c.h);
	c.bytes = 0;
	memset(&m, 0, sizeof(m));
	m.alloc = count_alloc;
	m.grow = count_grow;
	m.ctx = &c;
	gr_parse(d, text, len, &m, NULL);
	gr_heap_free(c.h);
	return c.bytes;
}

/* head, then unit repeated to at least size bytes, then tail; malloc'd */
static char *
repeat_text(const char *head, const char *unit, const char *tail, size_t size, size_t *len)
{
	size_t		hl = head ? strlen(head) : 0,
				ul = strlen(unit),
				tl = tail ? strlen(tail) : 0,
				n = hl;
	char	   *t;

	while (n < hl + size)
		n += ul;
	t = malloc(n + tl + 1);
	if (t == NULL)
		abort();
	memcpy(t, head ? head : "", hl);
	for (size_t k = hl; k < n; k += ul)
		memcpy(t + k, unit, ul);
	memcpy(t + n, tail ? tail : "", tl);
	t[n + tl] = '\0';
	*len = n + tl;
	return t;
}

static void
test_dense_texts(void)
{
	const size_t size = 4u << 20;

	for (size_t c = 0; c < sizeof(dense) / sizeof(dense[0]); c++)
	{
		size_t		len,
					used;
		char	   *t = repeat_text(dense[c].head, dense[c].unit, NULL, size, &len);
		gr_doc		d;

		used = parse_counted(t, len, &d);
		if (!(used <= 4 * len + (17u << 20)))
			fprintf(stderr, "test_memory: %s: %zu bytes of text, %zu allocated\n",
					dense[c].name, len, used);
		CHECK(used <= 4 * len + (17u << 20));
		free(t);
	}
}

/* Same tables: every cell's state, value and scale. */
static bool
same_tables(const gr_doc *a, const gr_doc *b)
{
	const gr_cell *x[3] = {&a->active[0][0], &a->req[0][0], &a->appeals[0][0]};
	const gr_cell *y[3] = {&b->active[0][0], &b->req[0][0], &b->appeals[0][0]};
	size_t		n[3] = {sizeof(a->active) / sizeof(gr_cell), sizeof(a->req) / sizeof(gr_cell),
	sizeof(a->appeals) / sizeof(gr_cell)};

	for (int k = 0; k < 3; k++)
		for (size_t i = 0; i < n[k]; i++)
			if (x[k][i].state != y[k][i].state || x[k][i].m != y[k][i].m ||
				x[k][i].scale != y[k][i].scale)
				return false;
	return true;
}

static void
test_budget_reaches(void)
{
	uint64_t	seed = 42;
	gr_heap    *h = gr_heap_new();
	gr_mem		m = gr_heap_mem(h);
	gr_doc		doc,
				d;
	gr_buf		b;
	size_t		len;
	char	   *t;

	gen_doc(&doc, &seed, GR_FORM_2021, GR_FORM_2021, 2023);
	gr_buf_init(&b, &m, 1 << 16);
	gr_render(&doc, &b, GR_SIMPLIFIED);

	/* the report alone, for reference */
	parse_counted(b.data, b.len, &d);
	CHECK_EQ_INT(d.status, GR_OK);
	CHECK(same_tables(&d, &doc));

	/* followed by 8 MB of one cell per line: read as it is */
	t = repeat_text(b.data, "1\n", NULL, 8u << 20, &len);
	parse_counted(t, len, &d);
	CHECK_EQ_INT(d.status, GR_OK);
	CHECK(same_tables(&d, &doc));
	free(t);

	/* after them: past the budget, not reached */
	t = repeat_text(NULL, "1\n", b.data, 8u << 20, &len);
	parse_counted(t, len, &d);
	CHECK_EQ_INT(d.status, GR_NOT_A_REPORT);
	free(t);

	/* after 256 kB of them (131,072 tokens): within the budget, read */
	t = repeat_text(NULL, "1\n", b.data, 256u << 10, &len);
	parse_counted(t, len, &d);
	CHECK_EQ_INT(d.status, GR_OK);
	CHECK(same_tables(&d, &doc));
	free(t);
	gr_heap_free(h);
}

int
main(void)
{
	test_dense_texts();
	test_budget_reaches();
	return unit_report("test_memory");
}
