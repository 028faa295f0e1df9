/*
 * test_words.c — the wording of real reports that differs from the form's:
 * the form's phrases in every opencc wording (s2t, s2tw, Taiwan's s2twp,
 * and t2s of the traditional labels), the script by the majority of the
 * characters, titles that start with the year, short and variant section
 * headings, labels with a wrong or missing character, amounts with a unit.
 *
 * Most tests take test/data/report_sample.txt, change its wording, and
 * check that the changed report reads exactly as the original (every cell
 * of the three tables), plus what the change itself should produce.
 */
#include "gr.h"
#include "text.h"
#include "unit.h"

#include "words_variants.h"

#define DATA "../data/"

static char *sample;
static size_t sample_len;

/* ---------------------------------------------------------------- helpers */

static gr_doc
parse_str(gr_heap *h, const char *s, size_t len)
{
	gr_mem		m = gr_heap_mem(h);
	gr_doc		d;

	gr_parse(&d, s, len, &m, NULL);
	return d;
}

/* s with the first occurrence of from replaced by to (malloc'd); NULL if absent. */
static char *
replace(const char *s, const char *from, const char *to)
{
	const char *at = strstr(s, from);
	size_t		n = strlen(s),
				a = strlen(from),
				b = strlen(to);
	char	   *r;

	if (at == NULL)
		return NULL;
	r = malloc(n - a + b + 1);
	memcpy(r, s, (size_t) (at - s));
	memcpy(r + (at - s), to, b);
	memcpy(r + (at - s) + b, at + a, n - (size_t) (at - s) - a + 1);
	return r;
}

static bool
cell_eq(gr_cell a, gr_cell b)
{
	return a.state == b.state && a.m == b.m && a.scale == b.scale;
}

/* Number of cells of the three tables that differ between a and b. */
static int
tables_differ(const gr_doc *a, const gr_doc *b)
{
	int			n = 0;

	n += a->form_active != b->form_active;
	n += a->form_requests != b->form_requests;
	n += a->has_appeals != b->has_appeals;
	for (int r = 0; r < GR_A_NROWS; r++)
		for (int c = 0; c < GR_A_NCOLS; c++)
			n += !cell_eq(a->active[r][c], b->active[r][c]);
	for (int r = 0; r < GR_R_NROWS; r++)
		for (int c = 0; c < GR_RC_COUNT; c++)
			n += !cell_eq(a->req[r][c], b->req[r][c]);
	for (int r = 0; r < GR_AP_NGROUPS; r++)
		for (int c = 0; c < GR_APC_NCOLS; c++)
			n += !cell_eq(a->appeals[r][c], b->appeals[r][c]);
	return n;
}

static bool
str_is(gr_str s, const char *want)
{
	return s.p != NULL && s.len == strlen(want) && memcmp(s.p, want, s.len) == 0;
}

/* The doc's diagnostic at a path with a problem, or NULL. */
static const gr_diag *
find_diag(const gr_doc *d, gr_heap *h, const char *path, gr_problem prob)
{
	gr_mem		m = gr_heap_mem(h);

	for (int i = 0; i < d->ndiags; i++)
	{
		gr_buf		b;

		gr_buf_init(&b, &m, 64);
		gr_cell_path(&b, d->diags[i].section, d->diags[i].row, d->diags[i].col);
		if (strcmp(b.data, path) == 0 && d->diags[i].problem == prob)
			return &d->diags[i];
	}
	return NULL;
}

static bool
raw_is(const gr_diag *g, const char *s)
{
	return g && g->raw.len == strlen(s) && memcmp(g->raw.p, s, g->raw.len) == 0;
}

/*
 * The sample with from replaced by to reads as the sample; returns its
 * document (in h) for further checks.
 */
static gr_doc
same_tables(gr_heap *h, const gr_doc *base, const char *from, const char *to)
{
	char	   *v = replace(sample, from, to);
	gr_doc		d;

	memset(&d, 0, sizeof(d));
	CHECK(v != NULL);
	if (v == NULL)
		return d;
	d = parse_str(h, v, strlen(v));
	if (tables_differ(base, &d) != 0)
		fprintf(stderr, "  (%s → %s: %d cells differ)\n", from, to, tables_differ(base, &d));
	CHECK_EQ_INT(tables_differ(base, &d), 0);
	/* the text stays alive with the document's spans */
	return d;
}

/* ---------------------------------------------------------------- wording */

/* Every phrase of the form in every opencc wording folds as the phrase. */
static void
test_variants_fold(void)
{
	int			n = (int) (sizeof(words_variants) / sizeof(words_variants[0]));
	int			bad = 0;

	for (int i = 0; i < n; i++)
	{
		char		a[512],
					b[512];

		gr_fold(words_variants[i][0], strlen(words_variants[i][0]), a, sizeof(a), NULL);
		gr_fold(words_variants[i][1], strlen(words_variants[i][1]), b, sizeof(b), NULL);
		if (strcmp(a, b) != 0)
		{
			fprintf(stderr, "  %s / %s fold to %s / %s\n",
					words_variants[i][0], words_variants[i][1], a, b);
			bad++;
		}
	}
	CHECK(n > 250);
	CHECK_EQ_INT(bad, 0);
}

/* The words themselves, and what folding leaves alone. */
static void
test_fold_words(void)
{
	char		out[128];

	gr_fold("政府資訊公開", strlen("政府資訊公開"), out, sizeof(out), NULL);
	CHECK_EQ_STR(out, "政府信息公开");
	gr_fold("行政規範性檔案", strlen("行政規範性檔案"), out, sizeof(out), NULL);
	CHECK_EQ_STR(out, "行政规范性文件");
	gr_fold("釋出 資 訊", strlen("釋出 資 訊"), out, sizeof(out), NULL);
	CHECK_EQ_STR(out, "发布信息");
	gr_fold("上一年專案數量", strlen("上一年專案數量"), out, sizeof(out), NULL);
	CHECK_EQ_STR(out, "上一年项目数量");
	/* a word's second character alone, or after another one, stays */
	gr_fold("出版物案卷", strlen("出版物案卷"), out, sizeof(out), NULL);
	CHECK_EQ_STR(out, "出版物案卷");
	gr_fold("資金", strlen("資金"), out, sizeof(out), NULL);
	CHECK_EQ_STR(out, "资金");
}

/* Taiwan's wording (opencc -c s2twp of the sample) reads as the sample. */
static void
test_s2twp_report(const gr_doc *base)
{
	gr_heap    *h = gr_heap_new();
	size_t		len;
	char	   *t = unit_slurp(DATA "words_s2twp.txt", &len);
	gr_doc		d;

	CHECK(t != NULL);
	if (t == NULL)
		return;
	d = parse_str(h, t, len);
	CHECK_EQ_INT(tables_differ(base, &d), 0);
	CHECK_EQ_INT(d.status, GR_OK);
	CHECK_EQ_INT(d.form_active, GR_FORM_2021);
	CHECK_EQ_INT(d.script, GR_TRADITIONAL);
	CHECK(str_is(d.agency, "青禾縣水利事務中心"));
	CHECK_EQ_INT(d.year, 2023);
	CHECK(d.narrative[GR_N_PROBLEMS].p != NULL);
	CHECK(d.narrative[GR_N_OTHER_MATTERS].p != NULL);
	CHECK_EQ_INT(d.facts[GR_F_PROACTIVE_ITEMS].m, 86);
	CHECK_EQ_INT(d.facts[GR_F_REQUESTS_RECEIVED].m, 11);
	free(t);
	gr_heap_free(h);
}

/* One traditional label does not make a simplified report traditional. */
static void
test_script_majority(const gr_doc *base)
{
	gr_heap    *h = gr_heap_new();
	gr_doc		d;
	char	   *v,
			   *w;

	CHECK_EQ_INT(base->script, GR_SIMPLIFIED);
	d = same_tables(h, base, "1.属于国家秘密", "1.屬於國家祕密");
	CHECK_EQ_INT(d.script, GR_SIMPLIFIED);
	d = same_tables(h, base, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
					"（二）部分公開（區分處理的，只計這一情形，不計其他情形）");
	CHECK_EQ_INT(d.script, GR_SIMPLIFIED);

	/* three traditional labels out of the whole table: still simplified */
	v = replace(sample, "1.属于国家秘密", "1.屬於國家祕密");
	w = replace(v, "2.其他法律行政法规禁止公开", "2.其他法律行政法規禁止公開");
	free(v);
	v = replace(w, "4.保护第三方合法权益", "4.保護第三方合法權益");
	free(w);
	d = parse_str(h, v, strlen(v));
	CHECK_EQ_INT(tables_differ(base, &d), 0);
	CHECK_EQ_INT(d.script, GR_SIMPLIFIED);
	free(v);
	gr_heap_free(h);
}

int
main(void)
{
	gr_heap    *h;
	gr_doc		base;

	sample = unit_slurp(DATA "report_sample.txt", &sample_len);
	if (sample == NULL)
	{
		fprintf(stderr, "test_words: " DATA "report_sample.txt not found\n");
		return 1;
	}
	h = gr_heap_new();
	base = parse_str(h, sample, sample_len);
	CHECK_EQ_INT(base.status, GR_OK);

	test_variants_fold();
	test_fold_words();
	test_s2twp_report(&base);
	test_script_majority(&base);
	(void) find_diag;
	(void) raw_is;

	gr_heap_free(h);
	free(sample);
	return unit_report("test_words");
}
