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

/*
 * The fixtures, found through the core's source directory: the sanitizer
 * suite builds these tests in a copy of test/unit whose src is a link to
 * the tree's, and .. after a link goes up from its target.
 */
#define DATA "../../src/core/../../test/data/"

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

/* s with the first occurrence of from replaced by to (in h); NULL if absent. */
static char *
replace(gr_heap *h, const char *s, const char *from, const char *to)
{
	const char *at = strstr(s, from);
	size_t		n = strlen(s),
				a = strlen(from),
				b = strlen(to);
	gr_mem		m = gr_heap_mem(h);
	char	   *r;

	if (at == NULL)
		return NULL;
	r = gr_alloc_raw(&m, n - a + b + 1);
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
	char	   *v = replace(h, sample, from, to);
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
	v = replace(h, sample, "1.属于国家秘密", "1.屬於國家祕密");
	w = replace(h, v, "2.其他法律行政法规禁止公开", "2.其他法律行政法規禁止公開");
	v = replace(h, w, "4.保护第三方合法权益", "4.保護第三方合法權益");
	d = parse_str(h, v, strlen(v));
	CHECK_EQ_INT(tables_differ(base, &d), 0);
	CHECK_EQ_INT(d.script, GR_SIMPLIFIED);
	gr_heap_free(h);
}

/* ---------------------------------------------------------------- headings */

static const char problems_text[] =
	"一是部分栏目更新不够及时；二是政策解读形式较为单一。下一步将建立栏目更新台账，丰富图解等解读形式。";
static const char other_text[] = "本年度未收取信息处理费。";

/* A heading variant: the tables and both narrative sections as in the sample. */
static gr_doc
heading_variant(gr_heap *h, const gr_doc *base, const char *from, const char *to)
{
	gr_doc		d = same_tables(h, base, from, to);

	CHECK(str_is(d.narrative[GR_N_PROBLEMS], problems_text));
	CHECK(str_is(d.narrative[GR_N_OTHER_MATTERS], other_text));
	return d;
}

static void
test_headings(const gr_doc *base)
{
	static const char h5[] = "\n五、存在的主要问题及改进情况\n";
	static const char h4[] = "\n四、政府信息公开行政复议、行政诉讼情况\n";
	static const char h6[] = "\n六、其他需要报告的事项\n";
	static const char *const v5[] = {
		"\n五、存在问题及改进情况\n",
		"\n五. 存在的主要问题及改进情况\n",
		"\n5、存在的主要问题及改进情况\n",
		"\n第五部分 存在的主要问题及改进情况\n",
		"\n（五）存在的主要问题及改进情况\n",
		"\n五、存在的问题和下一步工作打算\n",
		"\n五、工作中存在的不足及改进措施\n",
		"\n五、存在的主要问题及整改情况\n",
		"\n五、當前存在的主要問題及下步改進措施\n",
		"\n五、存在問題及改進情況\n",
		NULL
	};
	static const char *const v4[] = {
		"\n四、行政复议与行政诉讼情况\n",
		"\n四、因政府信息公开工作被申请行政复议、提起行政诉讼情况\n",
		"\n（四）政府信息公开行政复议、行政诉讼情况\n",
		"\n四. 行政复议、行政诉讼\n",
		NULL
	};
	static const char *const v6[] = {
		"\n六、其他需要说明的事项\n",
		"\n（六）其他需要报告的事项\n",
		"\n6.其他事项\n",
		"\n第六部分 其他需要報告的事項\n",
		NULL
	};
	gr_heap    *h = gr_heap_new();
	gr_doc		d;

	CHECK(str_is(base->narrative[GR_N_PROBLEMS], problems_text));
	for (int i = 0; v5[i]; i++)
	{
		d = heading_variant(h, base, h5, v5[i]);
		CHECK_EQ_INT(d.ndiags, base->ndiags);
	}
	for (int i = 0; v4[i]; i++)
	{
		d = heading_variant(h, base, h4, v4[i]);
		CHECK_EQ_INT(d.ndiags, base->ndiags);
	}
	for (int i = 0; v6[i]; i++)
	{
		d = heading_variant(h, base, h6, v6[i]);
		CHECK_EQ_INT(d.ndiags, base->ndiags);
	}

	/* a numbered heading in other words: read by its number, and said so */
	d = heading_variant(h, base, h5, "\n五、下一步工作\n");
	CHECK_EQ_INT(d.ndiags, base->ndiags + 1);
	CHECK(raw_is(find_diag(&d, h, "narrative.problems", GR_PROB_UNKNOWN_HEADING), "五、下一步工作"));
	d = heading_variant(h, base, h6, "\n  六、其他  \n");
	CHECK(raw_is(find_diag(&d, h, "narrative.other_matters", GR_PROB_UNKNOWN_HEADING), "六、其他"));

	/* a sentence or a sub-heading is not a heading */
	d = parse_str(h, sample, sample_len);
	{
		char	   *v = replace(h, sample, problems_text,
								"（五）存在问题的整改\n五、针对存在问题，我们将加强培训。\n一是部分栏目更新不够及时；二是政策解读形式较为单一。下一步将建立栏目更新台账，丰富图解等解读形式。");

		d = parse_str(h, v, strlen(v));
		CHECK_EQ_INT(tables_differ(base, &d), 0);
		CHECK(d.narrative[GR_N_PROBLEMS].p != NULL &&
			  strncmp(d.narrative[GR_N_PROBLEMS].p, "（五）存在问题的整改", strlen("（五）存在问题的整改")) == 0);
		CHECK(find_diag(&d, h, "narrative.problems", GR_PROB_UNKNOWN_HEADING) == NULL);
	}
	gr_heap_free(h);
}

/* ---------------------------------------------------------------- titles */

static void
test_titles(const gr_doc *base)
{
	static const char title[] = "青禾县水利事务中心\n2023年政府信息公开工作年度报告\n";
	static const struct
	{
		const char *title;
		const char *agency;
	}			v[] = {
		{"2023年青禾县水利事务中心政府信息公开工作年度报告\n", "青禾县水利事务中心"},
		{"青禾县水利事务中心2023年政府信息公开工作年度报告\n", "青禾县水利事务中心"},
		{"2023年度青禾县水利事务中心政府信息公开工作年度报告\n", "青禾县水利事务中心"},
		{"2023 年 青禾县水利事务中心 政府信息公开工作年度报告\n", "青禾县水利事务中心"},
		{"2023年青禾县水利事务中心\n政府信息公开工作年度报告\n", "青禾县水利事务中心"},
		{"  2023年 青禾县水利事务中心\n\n政府信息公开工作年度报告\n", "青禾县水利事务中心"},
		{"青禾县水利事务中心\n2023年度政府信息公开\n工作年度报告\n", "青禾县水利事务中心"},
		{"２０２３年青禾县水利事务中心政府信息公开工作年度报告\n", "青禾县水利事务中心"},
		{"2023年青禾縣水利事務中心政府資訊公開工作年度報告\n", "青禾縣水利事務中心"},
		{"2023年青禾縣水利事務中心\n政府信息公開工作年度報告\n", "青禾縣水利事務中心"},
		{"2023年青禾县水利事务中心政务公开工作年度报告\n", "青禾县水利事务中心"},
		{NULL, NULL}
	};
	gr_heap    *h = gr_heap_new();

	CHECK(str_is(base->agency, "青禾县水利事务中心"));
	for (int i = 0; v[i].title; i++)
	{
		gr_doc		d = same_tables(h, base, title, v[i].title);

		if (!str_is(d.agency, v[i].agency))
			fprintf(stderr, "  title %s: agency %.*s\n", v[i].title,
					(int) d.agency.len, d.agency.p ? d.agency.p : "");
		CHECK(str_is(d.agency, v[i].agency));
		CHECK_EQ_INT(d.year, 2023);
	}
	gr_heap_free(h);
}

/* ---------------------------------------------------------------- fuzzy labels */

/* The sample's row labels as printed (one line each), and their row paths. */
static const char *const sample_labels[][2] = {
	{"一、本年新收政府信息公开申请数量", "requests.new_received"},
	{"二、上年结转政府信息公开申请数量", "requests.carried_over"},
	{"（一）予以公开", "requests.granted"},
	{"1.属于国家秘密", "requests.withheld.state_secret"},
	{"2.其他法律行政法规禁止公开", "requests.withheld.prohibited_by_law"},
	{"4.保护第三方合法权益", "requests.withheld.third_party_rights"},
	{"5.属于三类内部事务信息", "requests.withheld.internal_affairs"},
	{"6.属于四类过程性信息", "requests.withheld.process_information"},
	{"7.属于行政执法案卷", "requests.withheld.enforcement_files"},
	{"8.属于行政查询事项", "requests.withheld.inquiry_matters"},
	{"1.本机关不掌握相关政府信息", "requests.unavailable.not_held"},
	{"3.补正后申请内容仍不明确", "requests.unavailable.unclear_after_correction"},
	{"1.信访举报投诉类申请", "requests.not_processed.petition_complaint"},
	{"2.重复申请", "requests.not_processed.duplicate"},
	{"3.要求提供公开出版物", "requests.not_processed.publication"},
	{"4.无正当理由大量反复申请", "requests.not_processed.excessive"},
	{"5.要求行政机关确认或重新出具已获取信息", "requests.not_processed.confirmation"},
	{"四、结转下年度继续办理", "requests.carried_forward"},
	{"行政许可", "active.licensing"},
	{"行政处罚", "active.punishment"},
	{"行政事业性收费", "active.fees"},
	{"行政规范性文件", "active.normative_documents"},
	{NULL, NULL}
};

/* Byte offset of the k-th code point of s (its length at the end). */
static size_t
cp_at(const char *s, int k)
{
	size_t		i = 0;

	while (s[i] && k > 0)
	{
		i++;
		while (((unsigned char) s[i] & 0xC0) == 0x80)
			i++;
		k--;
	}
	return i;
}

/*
 * Every label with one character dropped, replaced or added (in the middle
 * of its words, where the keywords are) reads its row; when the keywords
 * no longer find it, a fuzzy_label diagnostic names the label as printed.
 */
static void
test_fuzzy_labels(const gr_doc *base)
{
	gr_heap    *h = gr_heap_new();
	int			fuzzy = 0;

	for (int i = 0; sample_labels[i][0]; i++)
	{
		const char *label = sample_labels[i][0];
		int			ncp = 0;

		for (size_t k = 0; label[k]; k++)
			ncp += ((unsigned char) label[k] & 0xC0) != 0x80;
		for (int how = 0; how < 3; how++)
		{
			/* the character two before the end: inside the keywords */
			size_t		a = cp_at(label, ncp - 2),
						b = cp_at(label, ncp - 1);
			char		typo[256],
						from[260],
						to[260];
			gr_doc		d;
			const gr_diag *g;

			if (how == 0)		/* missing */
				snprintf(typo, sizeof(typo), "%.*s%s", (int) a, label, label + b);
			else if (how == 1)	/* wrong */
				snprintf(typo, sizeof(typo), "%.*s某%s", (int) a, label, label + b);
			else				/* extra */
				snprintf(typo, sizeof(typo), "%.*s的%s", (int) a, label, label + a);
			snprintf(from, sizeof(from), "\t%s\n", label);
			snprintf(to, sizeof(to), "\t%s\n", typo);
			if (strstr(sample, from) == NULL)
			{
				snprintf(from, sizeof(from), "\n%s\n", label);
				snprintf(to, sizeof(to), "\n%s\n", typo);
			}
			d = same_tables(h, base, from, to);
			g = find_diag(&d, h, sample_labels[i][1], GR_PROB_FUZZY_LABEL);
			if (g != NULL)
			{
				fuzzy++;
				CHECK(raw_is(g, typo));
				CHECK_EQ_INT(d.ndiags, base->ndiags + 1);
			}
			else
				CHECK_EQ_INT(d.ndiags, base->ndiags);
		}
	}
	/* half of them (33 of 66) need the fuzzy match */
	CHECK(fuzzy >= 30);

	/* the example of the issue: three characters lost from a long label */
	{
		gr_doc		d = same_tables(h, base, "2.其他法律行政法规禁止公开", "2.其他法律行政止公开");

		CHECK(raw_is(find_diag(&d, h, "requests.withheld.prohibited_by_law", GR_PROB_FUZZY_LABEL),
					 "2.其他法律行政止公开"));
	}
	gr_heap_free(h);
}

/* What is not within reach of exactly one row opens none. */
static void
test_fuzzy_refused(const gr_doc *base)
{
	gr_heap    *h = gr_heap_new();
	gr_doc		d;
	char	   *v;

	/* four of twelve characters wrong: too far, the row is missing */
	v = replace(h, sample, "2.其他法律行政法规禁止公开", "2.其他某某行政某规某止公开");
	d = parse_str(h, v, strlen(v));
	CHECK_EQ_INT(d.req[GR_R_DISP(GR_D_W_PROHIBITED)][GR_RC_NATURAL].state, GR_MISSING);
	CHECK(find_diag(&d, h, "requests.withheld.prohibited_by_law.natural_person", GR_PROB_MISSING) != NULL);
	CHECK(find_diag(&d, h, "requests.withheld.prohibited_by_law", GR_PROB_FUZZY_LABEL) == NULL);

	/* 属于三类信息 is two edits from both 属于三类内部事务信息 (too far) … and
	 * 属于X类过程性信息 within reach of 属于四类过程性信息 only */
	v = replace(h, sample, "6.属于四类过程性信息", "6.属于三类过程性信息");
	d = parse_str(h, v, strlen(v));
	CHECK_EQ_INT(tables_differ(base, &d), 0);

	/* a label already read is not read again by a near miss */
	v = replace(h, sample, "\t3.补正后申请内容仍不明确\n", "\t3.本机关不掌握相关政府信\n");
	d = parse_str(h, v, strlen(v));
	CHECK_EQ_INT(d.req[GR_R_DISP(GR_D_U_NOT_HELD)][GR_RC_NATURAL].m,
				 base->req[GR_R_DISP(GR_D_U_NOT_HELD)][GR_RC_NATURAL].m);
	CHECK(find_diag(&d, h, "requests.unavailable.not_held", GR_PROB_FUZZY_LABEL) == NULL);
	CHECK_EQ_INT(d.req[GR_R_DISP(GR_D_U_UNCLEAR)][GR_RC_NATURAL].state, GR_MISSING);

	/* the edit distance itself: bounded, exact within the bound */
	{
		uint32_t	a[GR_FUZZY_MAX + 1],
					b[GR_FUZZY_MAX + 1];

		for (int i = 0; i <= GR_FUZZY_MAX; i++)
			a[i] = b[i] = 0x4E00 + (uint32_t) i;
		CHECK_EQ_INT(gr_edit_distance(a, 10, b, 10, 2), 0);
		b[3] = 'x';
		CHECK_EQ_INT(gr_edit_distance(a, 10, b, 10, 2), 1);
		CHECK_EQ_INT(gr_edit_distance(a, 10, b, 9, 2), 2);
		CHECK_EQ_INT(gr_edit_distance(a, 10, b, 7, 2), 3);
		CHECK_EQ_INT(gr_edit_distance(a, 10, b + 1, 9, 3), 2);	/* first dropped, b[3] wrong */
		CHECK_EQ_INT(gr_edit_distance(a, 10, b, 10, 0), 1);
		CHECK_EQ_INT(gr_edit_distance(a, GR_FUZZY_MAX + 1, a, GR_FUZZY_MAX + 1, 3), 4);
		CHECK_EQ_INT(gr_edit_distance(a, 0, b, 2, 2), 2);
	}
	gr_heap_free(h);
}

/* ---------------------------------------------------------------- amounts */

/* The sample with its fee cell (1.25) printed as cell, under header. */
static gr_doc
fee_as(gr_heap *h, const gr_doc *base, const char *header, const char *cell)
{
	char		to[128];
	char	   *v,
			   *w;
	gr_doc		d;

	snprintf(to, sizeof(to), "\t行政事业性收费\n\t%s\n", cell);
	v = replace(h, sample, "\t行政事业性收费\n\t1.25\n", to);
	w = header ? replace(h, v, "本年收费金额（单位：万元）", header) : v;
	d = parse_str(h, w, strlen(w));
	/* the rest of the tables as in the sample */
	{
		gr_doc		b = *base;

		b.active[GR_A_FEES][GR_AC_AMOUNT] = d.active[GR_A_FEES][GR_AC_AMOUNT];
		CHECK_EQ_INT(tables_differ(&b, &d), 0);
	}
	return d;
}

#define CHECK_AMOUNT(d, mant, sc) do { \
	CHECK_EQ_INT((d).active[GR_A_FEES][GR_AC_AMOUNT].state, GR_VALUE); \
	CHECK_EQ_INT((d).active[GR_A_FEES][GR_AC_AMOUNT].m, (mant)); \
	CHECK_EQ_INT((d).active[GR_A_FEES][GR_AC_AMOUNT].scale, (sc)); \
} while (0)

static void
test_amounts(const gr_doc *base)
{
	gr_heap    *h = gr_heap_new();
	gr_doc		d;

	CHECK_AMOUNT(*base, 125, 2);
	/* in the column's unit, 万元: the number as printed, no diagnostic */
	d = fee_as(h, base, NULL, "9116.36万元");
	CHECK_AMOUNT(d, 911636, 2);
	CHECK_EQ_INT(d.ndiags, base->ndiags);
	d = fee_as(h, base, NULL, "1.5 万元");
	CHECK_AMOUNT(d, 15, 1);
	d = fee_as(h, base, NULL, "12萬元");
	CHECK_AMOUNT(d, 12, 0);
	d = fee_as(h, base, NULL, "0元");
	CHECK_AMOUNT(d, 0, 0);
	CHECK_EQ_INT(d.ndiags, base->ndiags);

	/* in 元: converted exactly, and said so */
	d = fee_as(h, base, NULL, "251000元");
	CHECK_AMOUNT(d, 251, 1);
	CHECK(raw_is(find_diag(&d, h, "active.fees.amount", GR_PROB_UNIT_CONVERTED), "251000元"));
	CHECK_EQ_INT(d.ndiags, base->ndiags + 1);
	d = fee_as(h, base, NULL, "１２元");
	CHECK_AMOUNT(d, 12, 4);
	d = fee_as(h, base, NULL, "1,234.5元");
	CHECK_AMOUNT(d, 12345, 5);
	/* too fine for a cell in 万元: unreadable, never rounded */
	d = fee_as(h, base, NULL, "1.2345元");
	CHECK_EQ_INT(d.active[GR_A_FEES][GR_AC_AMOUNT].state, GR_UNREADABLE);
	CHECK(raw_is(find_diag(&d, h, "active.fees.amount", GR_PROB_UNREADABLE), "1.2345元"));

	/* a header in 元: plain numbers are 元 too */
	d = fee_as(h, base, "本年收费金额（单位：元）", "3500");
	CHECK_AMOUNT(d, 35, 2);
	CHECK(raw_is(find_diag(&d, h, "active.fees.amount", GR_PROB_UNIT_CONVERTED), "3500"));
	d = fee_as(h, base, "本年收费金额（单位：元）", "2万元");
	CHECK_AMOUNT(d, 2, 0);

	/* the 2019 form's procurement: converted only when the header prints a unit */
	{
		size_t		len;
		char	   *t = unit_slurp(DATA "check_2020_form2019.txt", &len);
		char	   *v;
		gr_doc		b;

		CHECK(t != NULL);
		if (t != NULL)
		{
			b = parse_str(h, t, len);
			CHECK_EQ_INT(b.form_active, GR_FORM_2019);
			CHECK_EQ_INT(b.active[GR_A_PROCUREMENT][GR_AC_AMOUNT].m, 365);
			/* no unit in the header: the number as printed */
			v = replace(h, t, "\t36.5\n", "\t365000元\n");
			d = parse_str(h, v, strlen(v));
			CHECK_EQ_INT(d.active[GR_A_PROCUREMENT][GR_AC_AMOUNT].state, GR_VALUE);
			CHECK_EQ_INT(d.active[GR_A_PROCUREMENT][GR_AC_AMOUNT].m, 365000);
			CHECK_EQ_INT(d.ndiags, b.ndiags);
			v = replace(h, t, "\t采购总金额\n", "\t采购总金额（万元）\n");
			CHECK(v != NULL);
			d = parse_str(h, v, strlen(v));
			CHECK_EQ_INT(d.active[GR_A_PROCUREMENT][GR_AC_AMOUNT].m, 365);
			CHECK_EQ_INT(d.active[GR_A_PROCUREMENT][GR_AC_AMOUNT].scale, 1);
			{
				char	   *w = replace(h, v, "\t36.5\n", "\t365000元\n");

				d = parse_str(h, w, strlen(w));
				CHECK_EQ_INT(d.active[GR_A_PROCUREMENT][GR_AC_AMOUNT].state, GR_VALUE);
				CHECK_EQ_INT(d.active[GR_A_PROCUREMENT][GR_AC_AMOUNT].m, 365);
				CHECK_EQ_INT(d.active[GR_A_PROCUREMENT][GR_AC_AMOUNT].scale, 1);
			}
			free(t);
		}
	}
	gr_heap_free(h);
}

/* ---------------------------------------------------------------- tables */

static const char appeals_cols[] =
	"\t结果维持\n\t结果纠正\n\t其他结果\n\t尚未审结\n\t总计\n\n";

/* The sample's appeals table (values 1 0 0 0 1, then ten 0) as three small tables. */
static void
test_appeals_split(const gr_doc *base)
{
	gr_heap    *h = gr_heap_new();
	const char *start = strstr(sample, "四、政府信息公开行政复议、行政诉讼情况\n");
	const char *end = strstr(sample, "五、存在的主要问题及改进情况\n");
	static const char *const titles[][3] = {
		{"行政复议", "未经复议直接起诉", "复议后起诉"},
		{"行政复议", "行政诉讼（未经复议直接起诉）", "行政诉讼（复议后起诉）"},
		{"（一）行政复议", "（二）行政诉讼：未经复议直接起诉", "（三）行政诉讼：复议后起诉"},
	};
	static const char *const vals[3] = {
		"\t1\n\t0\n\t0\n\t0\n\t1\n\n", "\t0\n\t0\n\t0\n\t0\n\t0\n\n",
		"\t0\n\t0\n\t0\n\t0\n\t0\n\n"
	};
	gr_buf		b;
	gr_mem		m = gr_heap_mem(h);
	gr_doc		d;

	CHECK(start != NULL && end != NULL);
	if (start == NULL || end == NULL)
		return;
	for (int v = 0; v < 3; v++)
	{
		gr_buf_init(&b, &m, sample_len + 512);
		gr_buf_put(&b, sample, (size_t) (start - sample));
		gr_buf_puts(&b, "四、政府信息公开行政复议、行政诉讼情况\n");
		for (int g = 0; g < 3; g++)
		{
			gr_buf_printf(&b, "\t%s\n\n", titles[v][g]);
			gr_buf_puts(&b, appeals_cols);
			gr_buf_puts(&b, vals[g]);
		}
		gr_buf_puts(&b, end);
		d = parse_str(h, b.data, b.len);
		CHECK_EQ_INT(tables_differ(base, &d), 0);
		CHECK_EQ_INT(d.ndiags, base->ndiags);
	}

	/* a group left out: its cells missing, the next group's in their place */
	gr_buf_init(&b, &m, sample_len + 512);
	gr_buf_put(&b, sample, (size_t) (start - sample));
	gr_buf_puts(&b, "四、政府信息公开行政复议、行政诉讼情况\n\t行政复议\n\n");
	gr_buf_puts(&b, appeals_cols);
	gr_buf_puts(&b, "\t3\n\t1\n\t0\n\t0\n\t4\n\n\t复议后起诉\n\n");
	gr_buf_puts(&b, appeals_cols);
	gr_buf_puts(&b, "\t2\n\t0\n\t0\n\t1\n\t3\n\n");
	gr_buf_puts(&b, end);
	d = parse_str(h, b.data, b.len);
	CHECK_EQ_INT(d.appeals[GR_AP_REVIEW][GR_APC_MAINTAINED].m, 3);
	CHECK_EQ_INT(d.appeals[GR_AP_REVIEW][GR_APC_TOTAL].m, 4);
	CHECK_EQ_INT(d.appeals[GR_AP_LIT_DIRECT][GR_APC_MAINTAINED].state, GR_MISSING);
	CHECK(find_diag(&d, h, "appeals.litigation_direct.total", GR_PROB_MISSING) != NULL);
	CHECK_EQ_INT(d.appeals[GR_AP_LIT_AFTER][GR_APC_MAINTAINED].m, 2);
	CHECK_EQ_INT(d.appeals[GR_AP_LIT_AFTER][GR_APC_PENDING].m, 1);
	CHECK_EQ_INT(d.appeals[GR_AP_LIT_AFTER][GR_APC_TOTAL].m, 3);
	gr_heap_free(h);
}

/*
 * Section 3 with placeholder column headers (数据1 … 数据7) or with no header
 * rows at all reads the same; so does a 2019-form report in one cell per
 * line with no tabs and no blank lines (其他对外管理服务事项 is a row there,
 * not a heading).
 */
static void
test_table_headers(const gr_doc *base)
{
	gr_heap    *h = gr_heap_new();
	const char *s3 = strstr(sample, "三、收到和处理政府信息公开申请情况\n");
	const char *r1 = strstr(sample, "\t一、本年新收政府信息公开申请数量");
	gr_buf		b;
	gr_mem		m = gr_heap_mem(h);
	gr_doc		d;
	size_t		len;
	char	   *t;

	CHECK(s3 != NULL && r1 != NULL);
	if (s3 == NULL || r1 == NULL)
		return;
	gr_buf_init(&b, &m, sample_len + 512);
	gr_buf_put(&b, sample, (size_t) (s3 - sample));
	gr_buf_puts(&b, "三、收到和处理政府信息公开申请情况\n\t\n\t数据1\n\t数据2\n\t数据3\n"
				"\t数据4\n\t数据5\n\t数据6\n\t数据7\n\n");
	gr_buf_puts(&b, r1);
	d = parse_str(h, b.data, b.len);
	CHECK_EQ_INT(tables_differ(base, &d), 0);

	gr_buf_init(&b, &m, sample_len + 512);
	gr_buf_put(&b, sample, (size_t) (s3 - sample));
	gr_buf_puts(&b, "三、收到和处理政府信息公开申请情况\n");
	gr_buf_puts(&b, r1);
	d = parse_str(h, b.data, b.len);
	CHECK_EQ_INT(tables_differ(base, &d), 0);

	t = unit_slurp(DATA "check_2020_form2019.txt", &len);
	CHECK(t != NULL);
	if (t != NULL)
	{
		gr_doc		tab = parse_str(h, t, len);
		char	   *lines = malloc(len + 1);
		size_t		o = 0;

		/* every line trimmed, empty lines dropped */
		for (size_t i = 0; i < len;)
		{
			size_t		e = i;
			gr_str		l;

			while (e < len && t[e] != '\n')
				e++;
			l = gr_trim(t + i, e - i);
			if (l.len > 0)
			{
				memcpy(lines + o, l.p, l.len);
				o += l.len;
				lines[o++] = '\n';
			}
			i = e + 1;
		}
		d = parse_str(h, lines, o);
		CHECK_EQ_INT(tab.form_active, GR_FORM_2019);
		CHECK_EQ_INT(tab.form_requests, GR_FORM_2019);
		CHECK_EQ_INT(d.form_active, GR_FORM_2019);
		CHECK_EQ_INT(d.form_requests, GR_FORM_2019);
		CHECK_EQ_INT(tables_differ(&tab, &d), 0);
		CHECK_EQ_INT(d.ndiags, tab.ndiags);
		free(lines);
		free(t);
	}
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
	test_headings(&base);
	test_titles(&base);
	test_fuzzy_labels(&base);
	test_fuzzy_refused(&base);
	test_amounts(&base);
	test_appeals_split(&base);
	test_table_headers(&base);

	gr_heap_free(h);
	free(sample);
	return unit_report("test_words");
}
