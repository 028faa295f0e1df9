/*
 * test_positions.c — gr_parse_positions: where each cell was printed.  For
 * the fixtures of test/data, every cell given a span is exactly its printed
 * text (a number there reads as the cell's value; a blank is a placeholder
 * or nothing), and every number read from a plain-text layout has one;
 * the same document as gr_parse.  An HTML page's cells are decoded text, not
 * the page's bytes: no spans.
 */
#include "gr.h"
#include "unit.h"

static const char *const files[] = {
	"check_2022.txt", "check_2023.txt", "check_2023_bad.txt", "check_2020_form2019.txt",
	"suspect_2023.txt", "hostile_base.txt", "report_sample.txt",
	"layout_tab.txt", "layout_lines.txt", "layout_pipe.txt", "layout_pdf.txt",
	"layout_pdf_wrapped.txt", "layout_box.txt", "layout_ascii.txt",
};

typedef struct tally
{
	int			numbers,		/* cells holding a number */
				placed,			/* numbers with a span */
				bad;			/* spans that are not the printed text */
} tally;

/* One cell: its span, if any, is its printed text. */
static void
one_cell(const char *text, size_t len, const gr_cell *c, gr_span s, tally *t,
		 const char *file)
{
	if (c->state == GR_VALUE)
		t->numbers++;
	if (s.off < 0)
		return;
	if (s.off + s.len > (int64_t) len || c->state == GR_ABSENT || c->state == GR_MISSING)
	{
		t->bad++;
		return;
	}
	if (c->state == GR_VALUE)
	{
		gr_cell		x;
		int64_t		xm,
					cm = c->m;
		int			xs,
					cs = c->scale;

		t->placed++;
		x.state = gr_read_number(text + s.off, (size_t) s.len, true, &x);
		xm = x.m;
		xs = x.scale;
		/* a count may be printed 3.0: compare as decimals */
		while (xs > cs && xm % 10 == 0)
		{
			xm /= 10;
			xs--;
		}
		while (cs > xs && cm % 10 == 0)
		{
			cm /= 10;
			cs--;
		}
		if (x.state != GR_VALUE || xm != cm || xs != cs)
		{
			t->bad++;
			fprintf(stderr, "%s: span \"%.*s\" is not %lld/10^%d\n", file,
					(int) s.len, text + s.off, (long long) c->m, c->scale);
		}
	}
	else if (c->state == GR_BLANK)
	{
		gr_cell		x;

		if (s.len > 0 && gr_read_number(text + s.off, (size_t) s.len, true, &x) != GR_BLANK)
			t->bad++;
	}
}

static void
test_fixtures(void)
{
	for (size_t i = 0; i < sizeof(files) / sizeof(files[0]); i++)
	{
		char		path[256];
		size_t		len;
		char	   *text;
		gr_heap    *h = gr_heap_new();
		gr_mem		m = gr_heap_mem(h);
		gr_doc		d,
					plain;
		gr_positions *pos = gr_alloc(&m, sizeof(gr_positions));
		tally		t = {0, 0, 0};

		snprintf(path, sizeof(path), "../data/%s", files[i]);
		text = unit_slurp(path, &len);
		CHECK(text != NULL);
		if (text == NULL)
			continue;
		gr_parse_positions(&d, pos, text, len, &m, NULL);
		gr_parse(&plain, text, len, &m, NULL);
		CHECK(memcmp(d.req, plain.req, sizeof(d.req)) == 0);
		CHECK(memcmp(d.appeals, plain.appeals, sizeof(d.appeals)) == 0);
		CHECK(memcmp(d.active, plain.active, sizeof(d.active)) == 0);
		for (int r = 0; r < GR_A_NROWS; r++)
			for (int c = 0; c < GR_A_NCOLS; c++)
				one_cell(text, len, &d.active[r][c], pos->active[r][c], &t, files[i]);
		for (int r = 0; r < GR_R_NROWS; r++)
			for (int c = 0; c < GR_RC_COUNT; c++)
				one_cell(text, len, &d.req[r][c], pos->req[r][c], &t, files[i]);
		for (int g = 0; g < GR_AP_NGROUPS; g++)
			for (int c = 0; c < GR_APC_NCOLS; c++)
				one_cell(text, len, &d.appeals[g][c], pos->appeals[g][c], &t, files[i]);
		printf("  %-24s %3d numbers, %3d placed\n", files[i], t.numbers, t.placed);
		CHECK(t.numbers > 100);
		CHECK_EQ_INT(t.bad, 0);
		CHECK_EQ_INT(t.placed, t.numbers);
		free(text);
		gr_heap_free(h);
	}
}

static void
test_html(void)
{
	size_t		len;
	char	   *text = unit_slurp("../data/layout_html.html", &len);
	gr_heap    *h = gr_heap_new();
	gr_mem		m = gr_heap_mem(h);
	gr_doc		d;
	gr_positions *pos = gr_alloc(&m, sizeof(gr_positions));
	int			placed = 0;

	CHECK(text != NULL);
	if (text == NULL)
		return;
	gr_parse_positions(&d, pos, text, len, &m, NULL);
	CHECK_EQ_INT(d.status, GR_OK);
	for (int r = 0; r < GR_R_NROWS; r++)
		for (int c = 0; c < GR_RC_COUNT; c++)
			placed += pos->req[r][c].off >= 0;
	CHECK_EQ_INT(placed, 0);
	free(text);
	gr_heap_free(h);
}

int
main(void)
{
	test_fixtures();
	test_html();
	return unit_report("test_positions");
}
