/*
 * test_rows_para.c — the paragraph stage (rows_para.c): its functions, and
 * the reader on tables printed one cell per paragraph, made here from
 * gr_render's tab text the way lynx -dump and pdftotext print a table:
 * every cell centred on a line of its own and followed by an empty line,
 * an empty cell only one more empty line.  Every cell must come back; a
 * row that lost an empty cell (not printed at all) must come back missing,
 * never shifted.
 */
#include "gr.h"
#include "scan.h"
#include "rows_para.h"
#include "unit.h"
#include "libgen.h"

#include <stdint.h>

/* Tab text → one cell per paragraph.  drop_blanks: empty cells not printed. */
static void
to_paragraphs(const char *s, size_t len, gr_buf *out, bool drop_blanks, uint64_t *rng)
{
	size_t		i = 0;

	while (i < len)
	{
		const char *nl = memchr(s + i, '\n', len - i);
		size_t		e = nl ? (size_t) (nl - s) : len;

		if (e > i && s[i] == '\t')
		{
			if (e == i + 1)
			{
				if (!drop_blanks)
					gr_buf_putc(out, '\n');
			}
			else
			{
				/* centred: a varying indent */
				int			pad = 3 + (int) gen_int(rng, 30);

				for (int k = 0; k < pad; k++)
					gr_buf_putc(out, ' ');
				gr_buf_put(out, s + i + 1, e - i - 1);
				gr_buf_puts(out, "\n\n");
			}
		}
		else if (e > i)
		{
			gr_buf_put(out, s + i, e - i);
			gr_buf_putc(out, '\n');
		}
		i = e + 1;
	}
}

static void
test_functions(void)
{
	gr_para		s;

	memset(&s, 0, sizeof(s));
	gr_para_open(&s, true);
	CHECK(gr_para_break(&s, 0, 3));
	CHECK_EQ_INT(gr_para_value(&s, true, 1, false, 2), 0);	/* one empty line: none */
	CHECK(gr_para_break(&s, 1, 3));
	CHECK_EQ_INT(gr_para_value(&s, true, 2, false, 1), 1);	/* two: one empty cell */
	CHECK(!gr_para_break(&s, 3, 3));	/* a full row ends */
	CHECK(gr_para_placeable(&s, 3, 3));
	CHECK(!gr_para_placeable(&s, 2, 3));
	CHECK_EQ_INT(s.rows, 1);
	/* a label that shares its line: not this stage's row */
	gr_para_open(&s, false);
	CHECK(!gr_para_break(&s, 1, 3));
	CHECK(!gr_para_placeable(&s, 1, 3));	/* a document that showed such rows */
	s.rows = 0;
	CHECK(gr_para_placeable(&s, 1, 3));

}

/* Tokens of text after the scanner and the prepare pass, as "kind:text|…". */
static void
prepared(const char *text, char *out, size_t cap)
{
	gr_heap    *h = gr_heap_new();
	gr_mem		m = gr_heap_mem(h);
	gr_toks		ts;
	size_t		o = 0;

	gr_scan(&ts, text, strlen(text), &m, NULL, NULL);
	gr_para_prepare(&ts, &m);
	out[0] = '\0';
	for (size_t i = 0; i < ts.n && o + 1 < cap; i++)
	{
		if (ts.t[i].kind == GR_TOK_BREAK)
			continue;
		o += (size_t) snprintf(out + o, cap - o, "%c:%.*s|",
							   ts.t[i].kind == GR_TOK_LINE ? 'L' : 'C',
							   (int) ts.t[i].len, ts.t[i].s);
	}
	gr_heap_free(h);
}

static void
test_prepare(void)
{
	char		out[512];

	/* a label and values joined by single spaces (lynx) */
	prepared("三、本年度办理结果 （一）予以公开 0 0 6 5 0\n", out, sizeof(out));
	CHECK_EQ_STR(out, "L:三、本年度办理结果 （一）予以公开|L:0|L:0|L:6|L:5|L:0|");
	/* values only, a unit and a placeholder among them */
	prepared("   -15 13\n2 0条 /\n", out, sizeof(out));
	CHECK_EQ_STR(out, "L:-15|L:13|L:2|L:0条|L:/|");
	/* a page number, a word after a number, one value alone: as they are */
	prepared("- 5 -\n3 件数\n12\n", out, sizeof(out));
	CHECK_EQ_STR(out, "L:- 5 -|L:3 件数|L:12|");
	/* a long value word: seven full-width digits and a unit */
	prepared("政府集中采购 1 ２７０４８４６元\n", out, sizeof(out));
	CHECK_EQ_STR(out, "L:政府集中采购|L:1|L:２７０４８４６元|");
	/* a unit wrapped under its value (pdftotext -raw) joins it */
	prepared("5\n件\n5 0 3\n", out, sizeof(out));
	CHECK_EQ_STR(out, "L:5\n件|L:5|L:0|L:3|");
	/* an explicit cell is split only when it is all values */
	prepared("行政许可  4 6\n规章  第 3 页\n", out, sizeof(out));
	CHECK_EQ_STR(out, "L:行政许可|C:4|C:6|L:规章|C:第 3 页|");
}


/* Tokens after the prepare pass and gr_para_gaps, as "text|…", an empty cell put in as "b|". */
static const char *
gapped(const char *text)
{
	static char out[512];
	gr_heap    *h = gr_heap_new();
	gr_mem		m = gr_heap_mem(h);
	gr_toks		ts;
	size_t		o = 0;

	gr_scan(&ts, text, strlen(text), &m, NULL, NULL);
	gr_para_prepare(&ts, &m);
	gr_para_gaps(&ts, &m);
	out[0] = '\0';
	for (size_t i = 0; i < ts.n && o + 1 < sizeof(out); i++)
	{
		if (ts.t[i].kind == GR_TOK_BREAK)
			continue;
		if (ts.t[i].len == 0)
			o += (size_t) snprintf(out + o, sizeof(out) - o, "b|");
		else
			o += (size_t) snprintf(out + o, sizeof(out) - o, "%.*s|", (int) ts.t[i].len, ts.t[i].s);
	}
	gr_heap_free(h);
	return out;
}

/*
 * lynx on a table row whose empty cells hold &nbsp;: the no-break space
 * is one more space between the two that join cells, so a gap of three
 * spaces is one empty cell, of five two.
 */
static void
test_gaps(void)
{
	CHECK_EQ_STR(gapped("   4.保护第三方合法权益 7 0 0   0 1 8\n"),
				 "4.保护第三方合法权益|7|0|0|b|0|1|8|");
	/* the first cell empty: the gap after the label */
	CHECK_EQ_STR(gapped("   5.属于三类内部事务信息   2 0 0 0 0 2\n"),
				 "5.属于三类内部事务信息|b|2|0|0|0|0|2|");
	/* two empty cells side by side */
	CHECK_EQ_STR(gapped("   2.重复申请 1     2 0 0 3\n"),
				 "2.重复申请|1|b|b|2|0|0|3|");
	/* read so the row would not add up across: as printed */
	CHECK_EQ_STR(gapped("   4.保护第三方合法权益 7 0 0   0 1 9\n"),
				 "4.保护第三方合法权益|7|0|0|0|1|9|");
	/* a gap of even width is a column layout's, not an empty cell */
	CHECK_EQ_STR(gapped("   4.保护第三方合法权益 7 0 0    0 1 8\n"),
				 "4.保护第三方合法权益|7|0|0|0|1|8|");
	/* not a row of seven cells then: as printed */
	CHECK_EQ_STR(gapped("   规章 7   0 7\n"), "规章|7|0|7|");
	/* no single gap among the values: columns, not joined cells */
	CHECK_EQ_STR(gapped("   一、本年新收 1   2   0   3\n"), "一、本年新收|1|2|0|3|");
}

/* Generated documents through the paragraph layout read back cell for cell. */
static void
test_round_trips(void)
{
	uint64_t	rng = 7;
	int			same = 0;

	for (int k = 0; k < 200; k++)
	{
		gr_heap    *h = gr_heap_new();
		gr_mem		m = gr_heap_mem(h);
		gr_doc		d,
					got;
		gr_buf		tab,
					para;
		char		where[128] = "";
		gr_form		fa = k % 2 ? GR_FORM_2019 : GR_FORM_2021,
					fr = k % 3 ? GR_FORM_2021 : GR_FORM_2019;

		gen_doc(&d, &rng, fa, fr, 2020 + k % 5);
		/* some blank cells, as empty lines */
		for (int n = 0; n < 3; n++)
		{
			int			r = (int) gen_int(&rng, GR_R_NROWS),
						c = (int) gen_int(&rng, GR_RC_COUNT);

			/* a zero: the row still adds up with the blank read as 0 */
			if (d.req[r][c].state == GR_VALUE && d.req[r][c].m == 0 && c != GR_RC_TOTAL)
				d.req[r][c].state = GR_BLANK;
		}
		gr_buf_init(&tab, &m, 8192);
		gr_buf_init(&para, &m, 16384);
		gr_render(&d, &tab, GR_SIMPLIFIED);
		to_paragraphs(tab.data, tab.len, &para, false, &rng);
		gr_parse(&got, para.data, para.len, &m, NULL);
		if (gen_same_tables(&d, &got, where, sizeof(where)))
			same++;
		else if (same + 5 > k)
			fprintf(stderr, "test_rows_para: document %d differs at %s\n", k, where);
		gr_heap_free(h);
	}
	CHECK_EQ_INT(same, 200);
}

/* A row whose empty cell was not printed: missing, not shifted. */
static void
test_lost_blank(void)
{
	gr_heap    *h = gr_heap_new();
	gr_mem		m = gr_heap_mem(h);
	uint64_t	rng = 11;
	gr_doc		d,
				got;
	gr_buf		tab,
				para;
	int			placed = 0,
				wrong = 0;

	gen_doc(&d, &rng, GR_FORM_2021, GR_FORM_2021, 2023);
	d.req[GR_R_DISP(GR_D_GRANTED)][GR_RC_RESEARCH].state = GR_BLANK;
	gr_buf_init(&tab, &m, 8192);
	gr_buf_init(&para, &m, 16384);
	gr_render(&d, &tab, GR_SIMPLIFIED);
	to_paragraphs(tab.data, tab.len, &para, true, &rng);
	gr_parse(&got, para.data, para.len, &m, NULL);
	for (int c = 0; c < GR_RC_COUNT; c++)
	{
		const gr_cell *g = &got.req[GR_R_DISP(GR_D_GRANTED)][c];

		placed += g->state == GR_VALUE;
		CHECK_EQ_INT(g->state, GR_MISSING);
	}
	CHECK_EQ_INT(placed, 0);
	/* the other rows are read */
	for (int r = 0; r < GR_R_NROWS; r++)
		for (int c = 0; c < GR_RC_COUNT; c++)
			if (r != GR_R_DISP(GR_D_GRANTED) && d.req[r][c].state == GR_VALUE &&
				!gen_same_cell(&d.req[r][c], &got.req[r][c]))
				wrong++;
	CHECK_EQ_INT(wrong, 0);
	gr_heap_free(h);
}

/*
 * Tab text → Word's text (docx2txt, LibreOffice's text export): every cell
 * on a line of its own with no empty line between cells, an empty cell an
 * empty line, an empty line after each row.
 */
static void
to_word_lines(const char *s, size_t len, gr_buf *out, uint64_t *rng)
{
	size_t		i = 0;

	while (i < len)
	{
		const char *nl = memchr(s + i, '\n', len - i);
		size_t		e = nl ? (size_t) (nl - s) : len;

		if (e > i && s[i] == '\t')
		{
			/* centred: a varying indent */
			int			pad = e == i + 1 ? 0 : (int) gen_int(rng, 30);

			for (int k = 0; k < pad; k++)
				gr_buf_putc(out, ' ');
			gr_buf_put(out, s + i + 1, e - i - 1);
		}
		else
			gr_buf_put(out, s + i, e - i);
		gr_buf_putc(out, '\n');
		i = e + 1;
	}
}

/* Does got hold want exactly: a blank as blank (not missing), a value as itself? */
static bool
exact_cell(const gr_cell *want, const gr_cell *got)
{
	if (want->state != GR_VALUE || got->state != GR_VALUE)
		return want->state == got->state ||
			(want->state == GR_ABSENT && got->state == GR_MISSING);
	return gen_same_cell(want, got);
}

/* A number other than the printed one, or a blank for a number, or a number for a blank. */
static bool
wrong_cell(const gr_cell *want, const gr_cell *got)
{
	if (got->state == GR_VALUE)
		return want->state != GR_VALUE || !gen_same_cell(want, got);
	return got->state == GR_BLANK && want->state == GR_VALUE;
}

static void
report_wrong(int doc, const char *table, int r, int c, const gr_cell *want, const gr_cell *got,
			 int *wrong)
{
	fprintf(stderr, "test_word_lines: document %d: %s row %d column %d: state %d %lld read as %d %lld\n",
			doc, table, r, c, want->state, (long long) want->m, got->state, (long long) got->m);
	(*wrong)++;
}

/*
 * A document read back against the one it was printed from: every cell of
 * the requests table from row first_row and of the appeals table counted in
 * *cells, the exact ones in *exact (the first few others named on stderr);
 * a cell read as a number other than the printed one, in any table, counted
 * in *wrong and named.
 */
static void
compare_doc(const char *test, int k, const gr_doc *dp, const gr_doc *gp, int first_row,
			int *cellsp, int *exactp, int *wrongp)
{
	int			cells = *cellsp,
				exact = *exactp,
				wrong = *wrongp;

	for (int r = 0; r < GR_R_NROWS; r++)
		for (int c = 0; c < GR_RC_COUNT; c++)
		{
			if (wrong_cell(&dp->req[r][c], &gp->req[r][c]))
				report_wrong(k, "requests", r, c, &dp->req[r][c], &gp->req[r][c], &wrong);
			if (r < first_row || dp->req[r][c].state == GR_ABSENT)
				continue;
			cells++;
			if (exact_cell(&dp->req[r][c], &gp->req[r][c]))
				exact++;
			else if (cells - exact < 5)
				fprintf(stderr, "%s: document %d: requests.%s.%d\n", test, k,
						gr_rrow_key(r), c);
		}
	for (int g = 0; g < GR_AP_NGROUPS && dp->has_appeals; g++)
		for (int c = 0; c < GR_APC_NCOLS; c++)
		{
			if (wrong_cell(&dp->appeals[g][c], &gp->appeals[g][c]))
				report_wrong(k, "appeals", g, c, &dp->appeals[g][c], &gp->appeals[g][c], &wrong);
			cells++;
			if (exact_cell(&dp->appeals[g][c], &gp->appeals[g][c]))
				exact++;
			else if (cells - exact < 5)
				fprintf(stderr, "%s: document %d: appeals %d %d\n", test, k, g, c);
		}
	for (int r = 0; r < GR_A_NROWS; r++)
		for (int c = 0; c < GR_A_NCOLS; c++)
			if (wrong_cell(&dp->active[r][c], &gp->active[r][c]))
				report_wrong(k, "active", r, c, &dp->active[r][c], &gp->active[r][c], &wrong);
	*cellsp = cells;
	*exactp = exact;
	*wrongp = wrong;
}

/*
 * Generated documents in Word's text, with empty cells in section 3 (the
 * total column too, whose empty line joins the empty line after its row)
 * and in the appeals, one a row: every cell of section 3 after its first
 * row and of the appeals comes back exactly, an empty cell as blank; none
 * is wrong.
 */
static void
test_word_lines(void)
{
	uint64_t	rng = 23;
	int			exact = 0,
				cells = 0,
				wrong = 0,
				last_blank = 0;

	for (int k = 0; k < 200; k++)
	{
		gr_heap    *h = gr_heap_new();
		gr_mem		m = gr_heap_mem(h);
		gr_doc		d,
					got;
		gr_buf		tab,
					word;
		gr_form		fa = k % 2 ? GR_FORM_2019 : GR_FORM_2021,
					fr = k % 3 ? GR_FORM_2021 : GR_FORM_2019;

		gen_doc(&d, &rng, fa, fr, 2020 + k % 5);
		/* empty cells after the first row (which makes the text tight) */
		for (int n = 0; n < 4; n++)
		{
			int			r = 1 + (int) gen_int(&rng, GR_R_NROWS - 1),
						c = n == 0 ? GR_RC_TOTAL : (int) gen_int(&rng, GR_RC_COUNT);

			bool		has_blank = false;

			/*
			 * One a row: two empty cells at a row's end are not placed
			 * (only one lost into the empty lines after the row is).
			 */
			for (int j = 0; j < GR_RC_COUNT; j++)
				has_blank |= d.req[r][j].state == GR_BLANK;
			if (d.req[r][c].state == GR_VALUE && !has_blank)
			{
				d.req[r][c].state = GR_BLANK;
				d.req[r][c].m = 0;
				last_blank += c == GR_RC_TOTAL;
			}
		}
		if (d.has_appeals)
		{
			int			g = (int) gen_int(&rng, GR_AP_NGROUPS),
						c = (int) gen_int(&rng, GR_APC_NCOLS);

			/*
			 * A zero, so that its group still adds up with the blank read
			 * as 0 (which of the cells before the first value and after the
			 * last was empty is told by the sums); the last cell of all in
			 * every fourth document.
			 */
			if (k % 4 == 0)
				g = GR_AP_NGROUPS - 1, c = GR_APC_NCOLS - 1;
			if (d.appeals[g][c].state == GR_VALUE && (d.appeals[g][c].m == 0 || k % 4 == 0))
			{
				d.appeals[g][c].state = GR_BLANK;
				d.appeals[g][c].m = 0;
			}
		}
		gr_buf_init(&tab, &m, 8192);
		gr_buf_init(&word, &m, 16384);
		gr_render(&d, &tab, GR_SIMPLIFIED);
		to_word_lines(tab.data, tab.len, &word, &rng);
		gr_parse(&got, word.data, word.len, &m, NULL);
		/* WORD_DUMP=k prints document k's text */
		if (getenv("WORD_DUMP") && k == atoi(getenv("WORD_DUMP")))
			fwrite(word.data, 1, word.len, stderr);
		compare_doc("test_word_lines", k, &d, &got, 1, &cells, &exact, &wrong);
		gr_heap_free(h);
	}
	CHECK(last_blank > 50);
	CHECK_EQ_INT(wrong, 0);
	fprintf(stderr, "test_word_lines: %d of %d cells exact\n", exact, cells);
	CHECK_EQ_INT(exact, cells);
}

/*
 * The appeals read short: the cells of the groups whose place is certain
 * wherever the cells not printed stood, as "v v v v v|…" ('-' not placed,
 * 'b' an empty cell put in).
 */
static const char *
appeals_short(const char *printed)
{
	static char out[128];
	static gr_tok toks[15];
	const gr_tok *vals[15],
			   *got[15];
	int			n = 0;
	size_t		o = 0;

	for (const char *p = printed; *p && n < 15;)
	{
		const char *e = strchr(p, ' ');
		size_t		l = e ? (size_t) (e - p) : strlen(p);

		memset(&toks[n], 0, sizeof(toks[n]));
		toks[n].kind = GR_TOK_CELL;
		toks[n].s = p;
		toks[n].len = (uint32_t) l;
		vals[n] = &toks[n];
		n++;
		p += l;
		while (*p == ' ')
			p++;
	}
	gr_para_appeals_short(vals, n, got);
	for (int k = 0; k < 15; k++)
		o += (size_t) snprintf(out + o, sizeof(out) - o, "%s%.*s", k == 0 ? "" : k % 5 ? " " : "|",
							   got[k] == NULL ? 1 : got[k] == &gr_para_empty ? 1 : (int) got[k]->len,
							   got[k] == NULL ? "-" : got[k] == &gr_para_empty ? "b" : got[k]->s);
	return out;
}

static void
test_appeals_short(void)
{
	/*
	 * One cell not printed.  The first group adds up only as printed; the
	 * second reads 0 0 0 0 0 (a total of 0) or 0 0 0 0 and an empty
	 * total (then the third is 0 0 0 2 2): neither the second nor the
	 * third is certain.
	 */
	CHECK_EQ_STR(appeals_short("0 5 2 3 10 0 0 0 0 0 0 0 2 2"),
				 "0 5 2 3 10|- - - - -|- - - - -");
	/*
	 * The lost cell in the first group, which column is not known; the
	 * third group is the last five values in every way that adds up.
	 */
	CHECK_EQ_STR(appeals_short("0 0 0 0 0 1 2 0 3 1 0 0 1 2"),
				 "- - - - -|- - - - -|1 0 0 1 2");
	/* 3 1 _ 1 5 in the second: the first and the last placed */
	CHECK_EQ_STR(appeals_short("4 1 0 2 7 3 1 1 5 2 0 3 1 6"),
				 "4 1 0 2 7|- - - - -|2 0 3 1 6");
	/*
	 * Every group as printed adds up but the last, whose total would be
	 * the empty cell put in (0, not 6): no way adds up, none placed.
	 */
	CHECK_EQ_STR(appeals_short("4 1 0 2 7 3 1 1 5 10 2 0 3 1"),
				 "- - - - -|- - - - -|- - - - -");
	/* a cell lost in the last group (all 0): the groups before it placed */
	CHECK_EQ_STR(appeals_short("4 1 0 2 7 3 1 1 5 10 0 0 0 0"),
				 "4 1 0 2 7|3 1 1 5 10|- - - - -");
	/* two cells not printed, one in each of the last two groups */
	CHECK_EQ_STR(appeals_short("4 1 0 2 7 3 1 1 5 2 3 1 6"),
				 "4 1 0 2 7|- - - - -|- - - - -");
	/* a word among the values: no group holding it adds up, none placed */
	CHECK_EQ_STR(appeals_short("4 1 0 2 7 3 1 x 5 10 2 0 3 1"),
				 "- - - - -|- - - - -|- - - - -");
	/* no way adds up: none placed */
	CHECK_EQ_STR(appeals_short("4 1 0 2 8 3 1 1 5 2 0 3 1 6"),
				 "- - - - -|- - - - -|- - - - -");
	/* five cells not printed: none placed */
	CHECK_EQ_STR(appeals_short("4 1 0 2 7 3 1 1 5 10"),
				 "- - - - -|- - - - -|- - - - -");

	/*
	 * Read by the matcher: the appeals values of a lynx text, an empty
	 * cell not printed (litigation_direct's total, or the last group's
	 * first cell: which, the sums cannot say).  The second group is
	 * missing, not 0 0 0 0 0.
	 */
	{
		static const char text[] =
			"某局2023年政府信息公开工作年度报告\n\n"
			"四、政府信息公开行政复议、行政诉讼情况\n\n"
			"   行政复议         行政诉讼\n"
			"                    未经复议直接起诉          复议后起诉\n"
			"结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计 "
			"结果维持 结果纠正 其他结果 尚未审结 总计\n\n"
			"0 5 2 3 10 0 0 0 0 0 0 0 2 2\n\n"
			"五、存在的主要问题及改进情况\n\n无。\n";
		gr_heap    *h = gr_heap_new();
		gr_mem		m = gr_heap_mem(h);
		gr_doc		d;

		gr_parse(&d, text, strlen(text), &m, NULL);
		CHECK_EQ_INT(d.appeals[GR_AP_REVIEW][GR_APC_CORRECTED].state, GR_VALUE);
		CHECK_EQ_INT(d.appeals[GR_AP_REVIEW][GR_APC_CORRECTED].m, 5);
		CHECK_EQ_INT(d.appeals[GR_AP_REVIEW][GR_APC_TOTAL].m, 10);
		for (int c = 0; c < GR_APC_NCOLS; c++)
		{
			CHECK_EQ_INT(d.appeals[GR_AP_LIT_DIRECT][c].state, GR_MISSING);
			CHECK_EQ_INT(d.appeals[GR_AP_LIT_AFTER][c].state, GR_MISSING);
		}
		gr_heap_free(h);
	}
}

/*
 * lynx's text of a table: a row one value short (an empty cell not
 * printed) takes the next label's head as a cell; that label's tail then
 * stands before its own values.  Those values are not the next row's:
 * 6.属于四类过程性信息 keeps its own (1 … 1), not 0 2 0 0 0 0 2.
 */
static void
test_broken_label_after_short_row(void)
{
	static const char text[] =
		"三、收到和处理政府信息公开申请情况\n\n"
		"   （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） 申请人情况\n"
		"   自然人 法人或其他组织 总计\n"
		"   商业企业 科研机构 社会公益组织 法律服务机构 其他\n"
		"   一、本年新收政府信息公开申请数量 4 3 0 0 1 0 8\n"
		"   二、上年结转政府信息公开申请数量 1 0 0 0 0 0 1\n"
		"   三、本年度办理\n"
		"   结果 （一）予以公开 2 1 0 0 0 0 3\n"
		"   （二）部分公开（区分处理的，只计这一情形，不计其他情形） 0 0 0 0 1 0 1\n"
		"   （三）不予公开 1.属于国家秘密 0 0 0 0 0 0 0\n"
		"   2.其他法律行政法规禁止公开 0 0 0 0 0 0 0\n"
		"   3.危及“三安全一稳定” 0 0 0 0 0 0 0\n"
		"   4.保护第三方合法权益 1 0 0 0 0 1\n"
		"   5.属于三类内\n"
		"   部事务信息 0 2 0 0 0 0 2\n"
		"   6.属于四类过程性信息 1 0 0 0 0 0 1\n"
		"   7.属于行政执法案卷 0 0 0 0 0 0 0\n\n"
		"四、政府信息公开行政复议、行政诉讼情况\n";
	gr_heap    *h = gr_heap_new();
	gr_mem		m = gr_heap_mem(h);
	gr_doc		d;
	int			internal = GR_R_DISP(GR_D_W_INTERNAL),
				process = GR_R_DISP(GR_D_W_PROCESS);

	gr_parse(&d, text, strlen(text), &m, NULL);
	CHECK_EQ_INT(d.req[process][GR_RC_NATURAL].state, GR_VALUE);
	CHECK_EQ_INT(d.req[process][GR_RC_NATURAL].m, 1);
	CHECK_EQ_INT(d.req[process][GR_RC_COMMERCIAL].m, 0);
	CHECK_EQ_INT(d.req[process][GR_RC_TOTAL].m, 1);
	/* the broken label's row: its own values or none, never another's */
	for (int c = 0; c < GR_RC_COUNT; c++)
		CHECK(d.req[internal][c].state != GR_VALUE ||
			  d.req[internal][c].m == (c == GR_RC_COMMERCIAL || c == GR_RC_TOTAL ? 2 : 0));
	gr_heap_free(h);
}


/*
 * Section 3 printed as lynx prints a page whose empty cells are <td></td>:
 * each row on one line, its label and its values joined by single spaces,
 * an empty cell not printed at all.  "二、上年结转…" holds 0 0 1 6 0 7 for
 * 0 0 1 6 _ 0 7: which cell is empty is not printed, but only the legal
 * services column (6 less) keeps every column adding up (the total row,
 * new plus carried over = total plus carried forward), so the figures
 * standing before and after the empty cell are placed.  Whether the empty
 * cell is the fifth (empty) or the sixth (0 there, the fifth empty) the
 * sums cannot tell: those two stay missing, never a guess.
 */
static void
test_requests_by_sums(void)
{
	static const char text[] =
		"三、收到和处理政府信息公开申请情况\n\n"
		"   （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） 申请人情况\n"
		"   自然人 法人或其他组织 总计\n"
		"   商业企业 科研机构 社会公益组织 法律服务机构 其他\n"
		"   一、本年新收政府信息公开申请数量 5 2 1 6 3 1 18\n"
		"   二、上年结转政府信息公开申请数量 0 0 1 6 0 7\n"
		"   三、本年度办理结果 （一）予以公开 3 1 1 4 2 1 12\n"
		"   （二）部分公开（区分处理的，只计这一情形，不计其他情形） 1 0 0 2 0 0 3\n"
		"   （三）不予公开 1.属于国家秘密 0 0 0 0 0 0 0\n"
		"   2.其他法律行政法规禁止公开 0 0 0 0 0 0 0\n"
		"   3.危及“三安全一稳定” 0 0 0 0 0 0 0\n"
		"   4.保护第三方合法权益 0 0 0 0 0 0 0\n"
		"   5.属于三类内部事务信息 0 0 0 0 0 0 0\n"
		"   6.属于四类过程性信息 0 0 0 0 0 0 0\n"
		"   7.属于行政执法案卷 0 0 0 0 0 0 0\n"
		"   8.属于行政查询事项 0 0 0 0 0 0 0\n"
		"   （四）无法提供 1.本机关不掌握相关政府信息 0 0 0 0 0 0 0\n"
		"   2.没有现成信息需要另行制作 0 0 0 0 0 0 0\n"
		"   3.补正后申请内容仍不明确 0 0 0 0 0 0 0\n"
		"   （五）不予处理 1.信访举报投诉类申请 0 0 0 0 0 0 0\n"
		"   2.重复申请 0 0 0 0 0 0 0\n"
		"   3.要求提供公开出版物 0 0 0 0 0 0 0\n"
		"   4.无正当理由大量反复申请 0 0 0 0 0 0 0\n"
		"   5.要求行政机关确认或重新出具已获取信息 0 0 0 0 0 0 0\n"
		"   （六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 0 0 0 0 0 0 0\n"
		"   2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 0 0 0 0 0 0 0\n"
		"   3.其他 0 0 0 0 0 0 0\n"
		"   （七）总计 4 1 1 6 2 1 15\n"
		"   四、结转下年度继续办理 1 1 1 6 1 0 10\n\n"
		"四、政府信息公开行政复议、行政诉讼情况\n";
	static const int want[GR_RC_COUNT] = {0, 0, 1, 6, -1, -1, 7};
	gr_heap    *h = gr_heap_new();
	gr_mem		m = gr_heap_mem(h);
	gr_doc		d;
	int			over = GR_R_CARRIED_OVER,
				inferred = 0;

	gr_parse(&d, text, strlen(text), &m, NULL);
	for (int c = 0; c < GR_RC_COUNT; c++)
	{
		if (want[c] < 0)
			CHECK_EQ_INT(d.req[over][c].state, GR_MISSING);
		else
		{
			CHECK_EQ_INT(d.req[over][c].state, GR_VALUE);
			CHECK_EQ_INT(d.req[over][c].m, want[c]);
		}
	}
	/* the full rows as printed */
	CHECK_EQ_INT(d.req[GR_R_NEW_RECEIVED][GR_RC_TOTAL].m, 18);
	CHECK_EQ_INT(d.req[GR_R_CARRIED_FORWARD][GR_RC_TOTAL].m, 10);
	for (int k = 0; k < d.ndiags; k++)
		inferred += d.diags[k].problem == GR_PROB_INFERRED && d.diags[k].row == over &&
			d.diags[k].col == GR_DIAG_ROW;
	CHECK_EQ_INT(inferred, 1);
	gr_heap_free(h);
}

/*
 * The short row placed by the sums, and what must keep it from being
 * placed: printed as text, read back, compared cell by cell.
 */
static const char *
requests_short(const char *printed, const char *const *rows, int nrows)
{
	static char out[128];
	static gr_tok toks[GR_RC_COUNT];
	static gr_cell known[GR_R_NROWS][GR_RC_COUNT];
	static const gr_tok *vals[GR_R_NROWS][GR_RC_COUNT];
	const gr_tok *got[GR_R_NROWS][GR_RC_COUNT];
	bool		have[GR_R_NROWS],
				bare[GR_R_NROWS] = {false};
	int			nvals[GR_R_NROWS],
				n = 0;
	size_t		o = 0;

	memset(known, 0, sizeof(known));
	memset(nvals, 0, sizeof(nvals));
	for (int r = 0; r < GR_R_NROWS; r++)
		have[r] = false;
	/* the rows given, in form order of the 2021 form's rows that hold values */
	for (int r = 0, k = 0; r < GR_R_NROWS && k < nrows; r++)
	{
		const char *p = rows[k];

		if (!gr_rrow_is_leaf(GR_FORM_2021, r))
			continue;
		k++;
		if (p == NULL || *p == '\0')
			continue;			/* the short row, or a row not read */
		have[r] = true;
		for (int c = 0; c < GR_RC_COUNT; c++)
		{
			char	   *e;

			known[r][c].state = *p == '_' ? GR_BLANK : GR_VALUE;
			known[r][c].m = *p == '_' ? 0 : strtol(p, &e, 10);
			p = *p == '_' ? p + 1 : e;
			while (*p == ' ')
				p++;
		}
	}
	for (const char *p = printed; *p && n < GR_RC_COUNT;)
	{
		const char *e = strchr(p, ' ');
		size_t		l = e ? (size_t) (e - p) : strlen(p);

		memset(&toks[n], 0, sizeof(toks[n]));
		toks[n].kind = GR_TOK_LINE;
		toks[n].s = p;
		toks[n].len = (uint32_t) l;
		n++;
		p += l;
		while (*p == ' ')
			p++;
	}
	for (int r = 0, k = 0; r < GR_R_NROWS && k < nrows; r++)
		if (gr_rrow_is_leaf(GR_FORM_2021, r) && rows[k++] == NULL)
		{
			nvals[r] = n;
			for (int j = 0; j < n; j++)
				vals[r][j] = &toks[j];
		}
	{
		gr_heap    *h = gr_heap_new();
		gr_mem		m = gr_heap_mem(h);

		gr_para_requests_short(GR_FORM_2021, (const gr_cell (*)[GR_RC_COUNT]) known, have, bare,
							   (const gr_tok *const (*)[GR_RC_COUNT]) vals, nvals, got, &m);
		gr_heap_free(h);
	}
	for (int r = 0, k = 0; r < GR_R_NROWS && k < nrows; r++)
		if (gr_rrow_is_leaf(GR_FORM_2021, r) && rows[k++] == NULL)
			for (int c = 0; c < GR_RC_COUNT; c++)
				o += (size_t) snprintf(out + o, sizeof(out) - o, "%s%.*s", c ? " " : "",
									   got[r][c] == NULL ? 1 : got[r][c] == &gr_para_empty ? 1 : (int) got[r][c]->len,
									   got[r][c] == NULL ? "-" : got[r][c] == &gr_para_empty ? "b" : got[r][c]->s);
	return out;
}

static void
test_requests_short(void)
{
	/* the 2021 form's 25 rows that hold values (NULL: the short row, "": not read) */
	const char *rows[25];
	const char *zero = "0 0 0 0 0 0 0";

	for (int k = 0; k < 25; k++)
		rows[k] = zero;
	/* new, carried over (short), granted, partially granted, …, total, carried forward */
	rows[0] = "5 2 1 6 3 1 18";
	rows[1] = NULL;
	rows[2] = "3 1 1 4 2 1 12";
	rows[3] = "1 0 0 2 0 0 3";
	rows[23] = "4 1 1 6 2 1 15";
	rows[24] = "1 1 1 6 1 0 10";
	/* 0 0 1 6 _ 0 7: only the fifth or sixth column can be empty */
	CHECK_EQ_STR(requests_short("0 0 1 6 0 7", rows, 25), "0 0 1 6 - - 7");
	/* one figure wrong: nothing adds up, none placed */
	CHECK_EQ_STR(requests_short("0 0 1 6 0 6", rows, 25), "- - - - - - -");
	/* a word among the values: none placed */
	CHECK_EQ_STR(requests_short("0 0 x 6 0 7", rows, 25), "- - - - - - -");
	/* a row read whole that does not add up across: the table is not trusted */
	rows[3] = "1 0 0 2 0 0 4";
	CHECK_EQ_STR(requests_short("0 0 1 6 0 7", rows, 25), "- - - - - - -");
	rows[3] = "1 0 0 2 0 0 3";
	/*
	 * The total row short, 4 _ 1 6 2 1 14: the dispositions' sums single
	 * out the empty cell itself.
	 */
	rows[1] = "0 0 1 6 _ 0 7";
	rows[2] = "3 0 1 4 2 1 11";
	rows[23] = NULL;
	rows[24] = "1 2 1 6 1 0 11";
	CHECK_EQ_STR(requests_short("4 1 6 2 1 14", rows, 25), "4 b 1 6 2 1 14");
	/* a disposition not read: the flow alone singles it out (2 + 0 = _ + 2) */
	rows[2] = "";
	CHECK_EQ_STR(requests_short("4 1 6 2 1 14", rows, 25), "4 b 1 6 2 1 14");
	/*
	 * and carried forward not read either: the row's own sum says the last
	 * figure is the total, and the dispositions read (部分公开 has 1
	 * under 自然人, figures are not negative) keep the first column from
	 * being the empty one
	 */
	rows[24] = "";
	CHECK_EQ_STR(requests_short("4 1 6 2 1 14", rows, 25), "4 - - - - - 14");
	rows[2] = "3 0 1 4 2 1 11";
	rows[24] = "1 2 1 6 1 0 11";
	/* three cells lost: none placed */
	CHECK_EQ_STR(requests_short("4 6 1 11", rows, 25), "- - - - - - -");
}


/*
 * Section 3 one cell per paragraph (lynx on a Word page: every cell a
 * paragraph, an empty cell an empty one) from rows of "label|v v … v",
 * "_" an empty cell: its paragraph is only one more empty line.
 */
static void
to_cell_paragraphs(const char *const *rows, int n, gr_buf *out)
{
	gr_buf_puts(out, "三、收到和处理政府信息公开申请情况\n\n");
	for (int k = 0; k < n; k++)
	{
		const char *bar = strchr(rows[k], '|');

		gr_buf_puts(out, "   ");
		gr_buf_put(out, rows[k], (size_t) (bar - rows[k]));
		gr_buf_puts(out, "\n\n");
		for (const char *p = bar + 1; *p;)
		{
			size_t		l = strcspn(p, " ");

			if (l == 1 && *p == '_')
				gr_buf_puts(out, "\n");
			else
			{
				gr_buf_puts(out, "      ");
				gr_buf_put(out, p, l);
				gr_buf_puts(out, "\n\n");
			}
			p += l;
			while (*p == ' ')
				p++;
		}
	}
	gr_buf_puts(out, "四、政府信息公开行政复议、行政诉讼情况\n");
}

/*
 * A row whose last cell is an empty paragraph: two empty lines before the
 * next label, where one ends a cell.  The total of 部分公开 is empty (its
 * cells all 0): read so.  国家秘密's total is empty too while its cells
 * are not 0: an empty last cell would not add up, so that row is not
 * placed so.
 */
static void
test_trailing_empty_paragraph(void)
{
	static const char *const rows[] = {
		"一、本年新收政府信息公开申请数量|5 2 1 6 3 1 18",
		"二、上年结转政府信息公开申请数量|0 0 1 6 _ 0 7",
		"三、本年度办理结果|",
		"（一）予以公开|3 1 1 4 2 1 12",
		"（二）部分公开（区分处理的，只计这一情形，不计其他情形）|0 0 0 0 0 0 _",
		"（三）不予公开|",
		"1.属于国家秘密|1 0 0 2 0 0 _",
		"2.其他法律行政法规禁止公开|0 0 0 0 0 0 0",
		"（七）总计|4 1 1 6 2 1 15",
		"四、结转下年度继续办理|1 1 1 6 1 0 10",
	};
	gr_heap    *h = gr_heap_new();
	gr_mem		m = gr_heap_mem(h);
	gr_buf		text;
	gr_doc		d;
	int			partial = GR_R_DISP(GR_D_PARTIAL),
				secret = GR_R_DISP(GR_D_W_STATE_SECRET);

	gr_buf_init(&text, &m, 4096);
	to_cell_paragraphs(rows, (int) (sizeof(rows) / sizeof(rows[0])), &text);
	gr_parse(&d, text.data, text.len, &m, NULL);
	for (int c = 0; c < GR_RC_TOTAL; c++)
	{
		CHECK_EQ_INT(d.req[partial][c].state, GR_VALUE);
		CHECK_EQ_INT(d.req[partial][c].m, 0);
	}
	CHECK_EQ_INT(d.req[partial][GR_RC_TOTAL].state, GR_BLANK);
	/* an empty cell inside a row: its own empty line */
	CHECK_EQ_INT(d.req[GR_R_CARRIED_OVER][GR_RC_LEGAL_SERVICE].state, GR_BLANK);
	CHECK_EQ_INT(d.req[GR_R_CARRIED_OVER][GR_RC_OTHER_ORG].state, GR_VALUE);
	/* 1 0 0 2 0 0 and an empty total do not add up: not read so */
	CHECK(d.req[secret][GR_RC_TOTAL].state != GR_BLANK);
	for (int c = 0; c < GR_RC_COUNT; c++)
		CHECK(d.req[secret][c].state == GR_MISSING ||
			  (d.req[secret][c].state == GR_VALUE && d.req[secret][c].m == (c == 0 ? 1 : c == 3 ? 2 : 0)));
	gr_heap_free(h);
}

/*
 * Tab text → Word's text of a table whose empty cells hold a space: one
 * cell a line, an empty cell a line of white space only (docx2txt pads a
 * centred paragraph with spaces; LibreOffice's text export prints the
 * no-break space of "&nbsp;"; an ideographic space), the rows still parted
 * by an empty line.
 */
static void
to_word_spaced(const char *s, size_t len, gr_buf *out, uint64_t *rng)
{
	size_t		i = 0;

	while (i < len)
	{
		const char *nl = memchr(s + i, '\n', len - i);
		size_t		e = nl ? (size_t) (nl - s) : len;

		if (e > i && s[i] == '\t')
		{
			int			pad = 1 + (int) gen_int(rng, 30);

			if (e == i + 1)
			{
				switch (gen_int(rng, 3))
				{
					case 0:
						for (int k = 0; k < pad; k++)
							gr_buf_putc(out, ' ');
						break;
					case 1:
						gr_buf_puts(out, "\xC2\xA0");
						break;
					default:
						gr_buf_puts(out, " \xE3\x80\x80");
						break;
				}
			}
			else
			{
				for (int k = 0; k < pad; k++)
					gr_buf_putc(out, ' ');
				gr_buf_put(out, s + i + 1, e - i - 1);
			}
		}
		else
			gr_buf_put(out, s + i, e - i);
		gr_buf_putc(out, '\n');
		i = e + 1;
	}
}

/*
 * Generated documents in that text with many empty cells: every row of
 * section 3 has some (so no row of seven values stands on consecutive
 * lines to show how the text is printed), whole rows and the last cells of
 * rows among them, and the appeals' last group empty in every third
 * document.  Every cell of sections 3 and 4 comes back exactly, a blank as
 * blank; none is wrong.
 */
static void
test_word_spaced(void)
{
	uint64_t	rng = 41;
	int			exact = 0,
				cells = 0,
				wrong = 0;

	for (int k = 0; k < 200; k++)
	{
		gr_heap    *h = gr_heap_new();
		gr_mem		m = gr_heap_mem(h);
		gr_doc		d,
					got;
		gr_buf		tab,
					word;
		gr_form		fa = k % 2 ? GR_FORM_2019 : GR_FORM_2021,
					fr = k % 3 ? GR_FORM_2021 : GR_FORM_2019;

		gen_doc(&d, &rng, fa, fr, 2020 + k % 5);
		for (int r = 0; r < GR_R_NROWS; r++)
		{
			int			c0 = (int) gen_int(&rng, GR_RC_COUNT);

			for (int c = 0; c < GR_RC_COUNT; c++)
				if (d.req[r][c].state == GR_VALUE &&
					(c == c0 || r % 7 == k % 7 || gen_int(&rng, 3) == 0))
				{
					d.req[r][c].state = GR_BLANK;
					d.req[r][c].m = 0;
				}
		}
		for (int g = 0; g < GR_AP_NGROUPS && d.has_appeals; g++)
			for (int c = 0; c < GR_APC_NCOLS; c++)
				if (d.appeals[g][c].state == GR_VALUE &&
					((k % 3 == 0 && g == GR_AP_NGROUPS - 1) || gen_int(&rng, 3) == 0))
				{
					d.appeals[g][c].state = GR_BLANK;
					d.appeals[g][c].m = 0;
				}
		gr_buf_init(&tab, &m, 8192);
		gr_buf_init(&word, &m, 16384);
		gr_render(&d, &tab, GR_SIMPLIFIED);
		to_word_spaced(tab.data, tab.len, &word, &rng);
		gr_parse(&got, word.data, word.len, &m, NULL);
		/* SPACED_DUMP=k prints document k's text */
		if (getenv("SPACED_DUMP") && k == atoi(getenv("SPACED_DUMP")))
			fwrite(word.data, 1, word.len, stderr);
		compare_doc("test_word_spaced", k, &d, &got, 0, &cells, &exact, &wrong);
		gr_heap_free(h);
	}
	CHECK_EQ_INT(wrong, 0);
	fprintf(stderr, "test_word_spaced: %d of %d cells exact\n", exact, cells);
	CHECK_EQ_INT(exact, cells);
}

/*
 * The appeals table one cell per paragraph (lynx on a Word or CMS page),
 * after two rows of section 3 printed so: the header cells, then "v v … v" each its own paragraph, "_" an empty
 * cell (one more empty line).
 */
static void
to_appeals_paragraphs(const char *vals, int lead, gr_buf *out)
{
	static const char *const head[] = {"行政复议", "行政诉讼", "结果维持", "结果纠正",
		"其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉"};

	static const char *const rows[] = {
		"一、本年新收政府信息公开申请数量|5 2 1 6 3 1 18",
		"二、上年结转政府信息公开申请数量|0 0 1 6 _ 0 7",
	};

	gr_buf_puts(out, "某局2023年政府信息公开工作年度报告\n\n");
	/* section 3 read as paragraphs before: the document is printed so */
	to_cell_paragraphs(rows, 2, out);
	gr_buf_puts(out, "\n");
	for (size_t k = 0; k < sizeof(head) / sizeof(head[0]); k++)
	{
		gr_buf_puts(out, "                                ");
		gr_buf_puts(out, head[k]);
		gr_buf_puts(out, "\n\n");
	}
	for (int k = 1; k < lead; k++)
		gr_buf_puts(out, "\n");
	for (const char *p = vals; *p;)
	{
		size_t		l = strcspn(p, " ");

		if (l == 1 && *p == '_')
			gr_buf_puts(out, "\n");
		else
		{
			gr_buf_puts(out, "                                     ");
			gr_buf_put(out, p, l);
			gr_buf_puts(out, "\n\n");
		}
		p += l;
		while (*p == ' ')
			p++;
	}
	gr_buf_puts(out, "   五、存在的主要问题及改进情况\n\n   无。\n");
}

/* the appeals cells read from vals ("v v … v", "_" empty): "-" missing, "b" blank */
static const char *
appeals_paragraphs(const char *vals, int lead, char *out, size_t cap)
{
	gr_heap    *h = gr_heap_new();
	gr_mem		m = gr_heap_mem(h);
	gr_buf		text;
	gr_doc		d;
	size_t		o = 0;

	gr_buf_init(&text, &m, 4096);
	to_appeals_paragraphs(vals, lead, &text);
	gr_parse(&d, text.data, text.len, &m, NULL);
	out[0] = '\0';
	for (int g = 0; g < GR_AP_NGROUPS; g++)
		for (int c = 0; c < GR_APC_NCOLS; c++)
		{
			const gr_cell *x = &d.appeals[g][c];

			if (x->state == GR_VALUE)
				o += (size_t) snprintf(out + o, cap - o, "%lld", (long long) x->m);
			else
				o += (size_t) snprintf(out + o, cap - o, "%s", x->state == GR_BLANK ? "b" : "-");
			o += (size_t) snprintf(out + o, cap - o, "%s",
								   c < GR_APC_NCOLS - 1 ? " " : g < GR_AP_NGROUPS - 1 ? "|" : "");
		}
	gr_heap_free(h);
	return out;
}

/*
 * All fifteen appeals cells one per paragraph: each stands where printed,
 * whether or not its group adds up (a report's own sums may not); an empty
 * cell printed as one more empty line is blank, an empty first (last)
 * cell too when only the empty lines before the first value (after the
 * last) show one more.  Fourteen paragraphs with no such line lost an
 * empty cell that left no trace: only the groups that are the same
 * wherever it stood are placed.
 */
static void
test_appeals_paragraphs(void)
{
	char		buf[256];

	/* the second group's total is not the sum of its four */
	CHECK_EQ_STR(appeals_paragraphs("0 0 0 0 0 5 3 0 3 10 0 4 5 0 9", 1, buf, sizeof(buf)),
				 "0 0 0 0 0|5 3 0 3 10|0 4 5 0 9");
	/* an empty cell as one more empty line, a group not adding up */
	CHECK_EQ_STR(appeals_paragraphs("1 0 _ 2 4 5 3 0 3 10 0 4 5 0 9", 1, buf, sizeof(buf)),
				 "1 0 b 2 4|5 3 0 3 10|0 4 5 0 9");
	/* one cell lost without a trace: the shifted groups are not read as printed */
	CHECK_EQ_STR(appeals_paragraphs("0 0 0 0 5 3 0 3 10 0 4 5 0 9", 1, buf, sizeof(buf)),
				 "- - - - -|- - - - -|- - - - -");
	/* an empty first cell: two empty lines after the header's last cell */
	CHECK_EQ_STR(appeals_paragraphs("0 0 0 0 5 3 0 3 10 0 4 5 0 9", 2, buf, sizeof(buf)),
				 "b 0 0 0 0|5 3 0 3 10|0 4 5 0 9");
	/* an empty last cell: two empty lines before the next heading */
	CHECK_EQ_STR(appeals_paragraphs("1 0 0 2 3 5 3 0 3 10 0 4 5 0 _", 1, buf, sizeof(buf)),
				 "1 0 0 2 3|5 3 0 3 10|0 4 5 0 b");
	/* both: which one is empty is not known; the short reading places none here */
	CHECK_EQ_STR(appeals_paragraphs("1 0 0 2 3 5 3 0 3 10 0 4 5 0 _", 2, buf, sizeof(buf)),
				 "- - - - -|- - - - -|- - - - -");
}

int
main(void)
{
	test_functions();
	test_prepare();
	test_gaps();
	test_round_trips();
	test_lost_blank();
	test_word_lines();
	test_appeals_short();
	test_appeals_paragraphs();
	test_broken_label_after_short_row();
	test_requests_by_sums();
	test_requests_short();
	test_trailing_empty_paragraph();
	test_word_spaced();
	return unit_report("test_rows_para");
}
