/*
 * test_pdf_layout.c — converter output of our own generated reports
 * (test/data/pdf: the generated plain text truth_N.txt and what pdftotext
 * -layout of its PDF, made by wkhtmltopdf or LibreOffice, and w3m -dump of
 * its cms page printed), read and compared cell by cell with the truth.
 * Never a wrong number: a cell read as a value is the printed one; and the
 * cases that gave wrong ones before — a label centred over several lines
 * beside its figures, a figure wrapped over two lines, a wrapped appeals
 * cell — come out missing or right.
 */
#include "unit.h"

#include "gr.h"

typedef struct fixture
{
	const char *file;
	int			seed;
	int			min_exact;		/* cells exact (of the report's values) at least */
} fixture;

static const fixture fixtures[] = {
	{"wk_layout_1s.txt", 1, 198},
	{"wk_layout_10s.txt", 10, 170},
	{"lo_layout_10s.txt", 10, 120},
	{"lo_layout_11s.txt", 11, 140},
	{"cms_w3m_3s.txt", 3, 185},
	{"wk_layout_4s.txt", 4, 180},
	{"lo_layout_5s.txt", 5, 150},
};

typedef struct tally
{
	int			exact,
				wrong;
} tally;

static void
cmp(const gr_cell *want, const gr_cell *got, tally *t, const char *file, const char *what, int r, int c)
{
	if (got->state == want->state &&
		(got->state != GR_VALUE || (got->m == want->m && got->scale == want->scale)))
		t->exact++;
	else if (got->state == GR_VALUE)
	{
		t->wrong++;
		fprintf(stderr, "%s: %s %d/%d wrong: %lld\n", file, what, r, c, (long long) got->m);
	}
}

static char *texts[16];
static int	ntexts;

static gr_doc *
read_file(const char *name, gr_mem *m)
{
	char		path[256];
	size_t		len;
	char	   *text;
	gr_doc	   *d = gr_alloc(m, sizeof(gr_doc));

	snprintf(path, sizeof(path), "../data/pdf/%s", name);
	text = unit_slurp(path, &len);
	CHECK(text != NULL);
	if (text == NULL)
		return NULL;
	gr_parse(d, text, len, m, NULL);
	/* the document may point into the text: freed at the end */
	if (ntexts < 16)
		texts[ntexts++] = text;
	else
		free(text);
	return d;
}

static void
test_no_wrong(void)
{
	for (size_t i = 0; i < sizeof(fixtures) / sizeof(fixtures[0]); i++)
	{
		const fixture *f = &fixtures[i];
		gr_heap    *h = gr_heap_new();
		gr_mem		m = gr_heap_mem(h);
		char		tname[64];
		gr_doc	   *want,
				   *got;
		tally		t = {0, 0};

		snprintf(tname, sizeof(tname), "truth_%d.txt", f->seed);
		want = read_file(tname, &m);
		got = read_file(f->file, &m);
		if (want == NULL || got == NULL)
		{
			gr_heap_free(h);
			continue;
		}
		CHECK_EQ_INT(want->status, GR_OK);
		for (int r = 0; r < GR_A_NROWS; r++)
			for (int c = 0; c < GR_A_NCOLS; c++)
				cmp(&want->active[r][c], &got->active[r][c], &t, f->file, "active", r, c);
		for (int r = 0; r < GR_R_NROWS; r++)
			for (int c = 0; c < GR_RC_COUNT; c++)
				cmp(&want->req[r][c], &got->req[r][c], &t, f->file, "requests", r, c);
		for (int g = 0; g < GR_AP_NGROUPS; g++)
			for (int c = 0; c < GR_APC_NCOLS; c++)
				cmp(&want->appeals[g][c], &got->appeals[g][c], &t, f->file, "appeals", g, c);
		printf("  %-20s %3d cells exact, %d wrong\n", f->file, t.exact, t.wrong);
		CHECK_EQ_INT(t.wrong, 0);
		CHECK(t.exact >= f->min_exact);
		gr_heap_free(h);
	}
}

/* Rows whose figures stand away from their label, one by one: each keeps its
 * own figures, or is missing when where they belong is not certain. */
static void
test_rows(void)
{
	gr_heap    *h = gr_heap_new();
	gr_mem		m = gr_heap_mem(h);
	gr_doc	   *d;
	const int	pub = GR_R_DISP(GR_D_N_PUBLICATION),
				exc = GR_R_DISP(GR_D_N_EXCESSIVE),
				internal = GR_R_DISP(GR_D_W_INTERNAL);
	static const int pub_want[GR_RC_COUNT] = {0, 3, 0, 0, 0, 0, 3};
	static const int exc_want[GR_RC_COUNT] = {0, 0, 8, 4, 5, 8, 25};

	/*
	 * "3.要求提供公开" / "（五） 0 3 0 0 0 0 3" / "出版物": the tail "类申请"
	 * of the row above does not join "出版物", so the held figures are
	 * its own, and 4.无正当理由大量反复申请 keeps its figures.
	 */
	d = read_file("wk_layout_1s.txt", &m);
	if (d != NULL)
		for (int c = 0; c < GR_RC_COUNT; c++)
		{
			CHECK_EQ_INT(d->req[pub][c].state, GR_VALUE);
			CHECK_EQ_INT(d->req[pub][c].m, pub_want[c]);
			CHECK_EQ_INT(d->req[exc][c].state, GR_VALUE);
			CHECK_EQ_INT(d->req[exc][c].m, exc_want[c]);
		}

	/* "８" above the appeals line, "件" below it: the table is not placed */
	d = read_file("wk_layout_10s.txt", &m);
	if (d != NULL)
		for (int g = 0; g < GR_AP_NGROUPS; g++)
			for (int c = 0; c < GR_APC_NCOLS; c++)
				CHECK_EQ_INT(d->appeals[g][c].state, GR_MISSING);

	/* "规章  9  36" under three columns: which one is empty is not known */
	d = read_file("wk_layout_4s.txt", &m);
	if (d != NULL)
		for (int c = 0; c < GR_A_NCOLS; c++)
			CHECK(d->active[GR_A_RULES][c].state != GR_VALUE);

	/* "１，" two lines above "… ７８", "７" two lines below: the row missing */
	d = read_file("lo_layout_5s.txt", &m);
	if (d != NULL)
		for (int c = 0; c < GR_RC_COUNT; c++)
			CHECK_EQ_INT(d->req[GR_R_DISP(GR_D_U_CREATION)][c].state, GR_MISSING);

	/* "２５" on the row's line, "２３" two lines below: the row missing */
	d = read_file("lo_layout_11s.txt", &m);
	if (d != NULL)
		for (int c = 0; c < GR_RC_COUNT; c++)
			CHECK_EQ_INT(d->req[internal][c].state, GR_MISSING);
	gr_heap_free(h);
}

/*
 * pdftotext -layout prints an empty cell as spaces: fourteen appeals
 * values for fifteen cells, the empty one the second group's total.
 * Zeros add up wherever the gap is put in the second and third groups,
 * so only the first group (the same in every way) is placed.
 */
static void
test_appeals_gap(void)
{
	const char *text =
		"二、主动公开政府信息情况\n"
		"第二十条第（一）项\n"
		"信息内容          本年制发件数   本年废止件数   现行有效件数\n"
		"规章                  2             0              5\n"
		"行政规范性文件        1             1              7\n"
		"四、政府信息公开行政复议、行政诉讼情况\n"
		"           行政复议                                行政诉讼\n"
		"                                  未经复议直接起诉                  复议后起诉\n"
		"结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计 "
		"结果维持 结果纠正 其他结果 尚未审结 总计\n"
		" 0     5     2    3   10    0        0        0   0         0        0     0       2        2\n"
		"五、存在的主要问题及改进情况\n无。\n";
	static const int review[GR_APC_NCOLS] = {0, 5, 2, 3, 10};
	gr_heap    *h = gr_heap_new();
	gr_mem		m = gr_heap_mem(h);
	gr_doc		d;

	gr_parse(&d, text, strlen(text), &m, NULL);
	CHECK_EQ_INT(d.active[GR_A_RULES][GR_AC_IN_FORCE].m, 5);
	for (int c = 0; c < GR_APC_NCOLS; c++)
	{
		CHECK_EQ_INT(d.appeals[0][c].state, GR_VALUE);
		CHECK_EQ_INT(d.appeals[0][c].m, review[c]);
		CHECK(d.appeals[1][c].state != GR_VALUE);
		CHECK(d.appeals[2][c].state != GR_VALUE);
	}
	gr_heap_free(h);
}

int
main(void)
{
	test_no_wrong();
	test_rows();
	test_appeals_gap();
	for (int i = 0; i < ntexts; i++)
		free(texts[i]);
	return unit_report("test_pdf_layout");
}
