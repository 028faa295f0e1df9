/*
 * test_lines_short.c — a report's text one cell a line with its empty cells
 * left out (a page's text as a browser copies it, or a converter that prints
 * no empty cell): a section 3 row with blank cells comes short, and the
 * blanks may have stood anywhere among its values.  Such a row is never read
 * from the left (the total would land under 商业企业); it is kept for the
 * sums, which place only what one reading allows (parse.c lines_short).
 */
#include "gr.h"
#include "libgen.h"
#include "unit.h"

#include <string.h>

/* Tab text → one cell a line: tabs taken off, empty cells and empty lines left out. */
static void
to_lines(const char *s, size_t n, gr_buf *out)
{
	size_t		i = 0;

	while (i < n)
	{
		size_t		e = i;

		while (e < n && s[e] != '\n')
			e++;
		if (s[i] == '\t')
			i++;
		if (e > i)
		{
			gr_buf_put(out, s + i, e - i);
			gr_buf_putc(out, '\n');
		}
		i = e + 1;
	}
}

/* A number read where the page printed another one, or none. */
static bool
wrong_cell(const gr_cell *want, const gr_cell *got)
{
	if (got->state != GR_VALUE)
		return false;
	return want->state != GR_VALUE || !gen_same_cell(want, got);
}

/* A hand-written text: 上年结转 printed as 3 / 3 / 6 with four blanks left out. */
static void
test_one_row(void)
{
	gr_heap    *h = gr_heap_new();
	gr_mem		m = gr_heap_mem(h);
	uint64_t	rng = 5;
	gr_doc		d,
				got;
	gr_buf		tab,
				lines;

	gen_doc(&d, &rng, GR_FORM_2021, GR_FORM_2021, 2023);
	for (int c = 0; c < GR_RC_COUNT; c++)
		gen_set(&d.req[GR_R_CARRIED_OVER][c], 0, 0);
	gen_set(&d.req[GR_R_CARRIED_OVER][GR_RC_NATURAL], 3, 0);
	gen_set(&d.req[GR_R_CARRIED_OVER][GR_RC_LEGAL_SERVICE], 3, 0);
	gen_set(&d.req[GR_R_CARRIED_OVER][GR_RC_TOTAL], 6, 0);
	/* and 规章 as 5 / 12, its first cell blank: 5 is not 本年制发件数 */
	d.active[GR_A_RULES][GR_AC_ISSUED].state = GR_BLANK;
	gen_set(&d.active[GR_A_RULES][GR_AC_REPEALED], 5, 0);
	gen_set(&d.active[GR_A_RULES][GR_AC_IN_FORCE], 12, 0);
	d.req[GR_R_CARRIED_OVER][GR_RC_COMMERCIAL].state = GR_BLANK;
	d.req[GR_R_CARRIED_OVER][GR_RC_RESEARCH].state = GR_BLANK;
	d.req[GR_R_CARRIED_OVER][GR_RC_WELFARE].state = GR_BLANK;
	d.req[GR_R_CARRIED_OVER][GR_RC_OTHER_ORG].state = GR_BLANK;
	gr_buf_init(&tab, &m, 8192);
	gr_buf_init(&lines, &m, 8192);
	gr_render(&d, &tab, GR_SIMPLIFIED);
	to_lines(tab.data, tab.len, &lines);
	CHECK(strstr(lines.data, "二、上年结转政府信息公开申请数量\n3\n3\n6\n") != NULL);
	CHECK(strstr(lines.data, "规章\n5\n12\n") != NULL);
	gr_parse(&got, lines.data, lines.len, &m, NULL);
	/* 3, 3, 6 under 自然人, 商业企业, 科研机构 would be two wrong numbers */
	CHECK(got.req[GR_R_CARRIED_OVER][GR_RC_COMMERCIAL].state != GR_VALUE);
	CHECK(got.req[GR_R_CARRIED_OVER][GR_RC_RESEARCH].state != GR_VALUE);
	for (int c = 0; c < GR_RC_COUNT; c++)
		CHECK(!wrong_cell(&d.req[GR_R_CARRIED_OVER][c], &got.req[GR_R_CARRIED_OVER][c]));
	for (int c = 0; c < GR_A_NCOLS; c++)
		CHECK(!wrong_cell(&d.active[GR_A_RULES][c], &got.active[GR_A_RULES][c]));
	CHECK(got.active[GR_A_RULES][GR_AC_ISSUED].state != GR_VALUE);
	/* the rows printed whole are read */
	CHECK(gen_same_cell(&d.req[GR_R_NEW_RECEIVED][GR_RC_TOTAL], &got.req[GR_R_NEW_RECEIVED][GR_RC_TOTAL]));
	gr_heap_free(h);
}

/*
 * 200 generated reports of both forms, in each a few cells of sections 2
 * and 3 that hold 0 made blank (the tables still balance): no cell read as
 * a number that is not the printed one; the section 3 rows with no blank
 * cell all read.
 */
static void
test_generated(void)
{
	int			wrong = 0,
				whole = 0,
				whole_read = 0,
				short_rows = 0,
				blanked_active = 0;

	for (uint64_t seed = 1; seed <= 200; seed++)
	{
		gr_heap    *h = gr_heap_new();
		gr_mem		m = gr_heap_mem(h);
		uint64_t	rng = gen_seed(seed, 0x11e5);
		gr_form		f = seed % 3 == 0 ? GR_FORM_2019 : GR_FORM_2021;
		gr_doc		d,
					got;
		gr_buf		tab,
					lines;
		bool		blanked[GR_R_NROWS] = {false};

		gen_doc(&d, &rng, f, f, 2023);
		for (int r = 0; r < GR_R_NROWS; r++)
			for (int c = 0; c < GR_RC_COUNT; c++)
				if (d.req[r][c].state == GR_VALUE && gen_v(&d.req[r][c]) == 0 &&
					gen_chance(&rng, 1, 3))
				{
					d.req[r][c].state = GR_BLANK;
					blanked[r] = true;
				}
		for (int r = 0; r < GR_A_NROWS; r++)
			for (int c = 0; c < GR_A_NCOLS; c++)
				if (d.active[r][c].state == GR_VALUE && gen_v(&d.active[r][c]) == 0 &&
					gen_chance(&rng, 1, 2))
				{
					d.active[r][c].state = GR_BLANK;
					blanked_active++;
				}
		gr_buf_init(&tab, &m, 8192);
		gr_buf_init(&lines, &m, 8192);
		gr_render(&d, &tab, GR_SIMPLIFIED);
		to_lines(tab.data, tab.len, &lines);
		gr_parse(&got, lines.data, lines.len, &m, NULL);
		for (int r = 0; r < GR_A_NROWS; r++)
			for (int c = 0; c < GR_A_NCOLS; c++)
				wrong += wrong_cell(&d.active[r][c], &got.active[r][c]);
		for (int r = 0; r < GR_R_NROWS; r++)
		{
			bool		all = true,
						present = d.req[r][0].state != GR_ABSENT;

			if (!present)
				continue;
			short_rows += blanked[r];
			for (int c = 0; c < GR_RC_COUNT; c++)
			{
				wrong += wrong_cell(&d.req[r][c], &got.req[r][c]);
				all &= gen_same_cell(&d.req[r][c], &got.req[r][c]);
			}
			if (!blanked[r])
			{
				whole++;
				whole_read += all;
			}
		}
		gr_heap_free(h);
	}
	CHECK(short_rows > 1000);
	CHECK(blanked_active > 10);
	CHECK_EQ_INT(wrong, 0);
	CHECK_EQ_INT(whole_read, whole);
}

int
main(void)
{
	test_one_row();
	test_generated();
	return unit_report("test_lines_short");
}
