/*
 * test_facts.c — the facts on requests and appeals that reports state in
 * words (carried over, processed, carried forward, reviews, lawsuits, the
 * 行政事业性收费 amount), as the reader finds them in the overview, and the
 * narrative_mismatch findings that compare them with the tables.
 *
 * The report is test/data/check_2023.txt (its tables: carried over 6,
 * （七）总计 51, carried forward 12, 行政复议 total 3, 行政诉讼 totals 0 and 0)
 * with its overview sentence replaced.
 */
#include "gr.h"
#include "unit.h"

static char *report;
static size_t report_len;

/*
 * The report with the overview's second line replaced by its first sentence
 * and then sentence (a line as long as a real overview's: a short line
 * naming 行政复议, 诉讼 and 情况 would be taken for the heading of part 四).
 */
static void
read_with(gr_doc *d, const gr_mem *m, const char *sentence)
{
	const char *line = strstr(report, "2023年，东川区档案馆");
	const char *eol = line ? strchr(line, '\n') : NULL;
	gr_buf		b;

	gr_buf_init(&b, m, report_len + 512);
	if (!line || !eol)
	{
		CHECK(!"fixture has its overview line");
		gr_buf_put(&b, report, report_len);
	}
	else
	{
		gr_buf_put(&b, report, (size_t) (line - report));
		gr_buf_puts(&b, "2023年，东川区档案馆依法做好政府信息公开工作。");
		gr_buf_puts(&b, sentence);
		gr_buf_put(&b, eol, report_len - (size_t) (eol - report));
	}
	gr_parse(d, b.data, b.len, m, NULL);
}

/* A fact's value, -1 when not stated. */
static long long
fact(const gr_doc *d, gr_fact k)
{
	return d->facts[k].state == GR_VALUE ? (long long) d->facts[k].m : -1;
}

typedef struct want
{
	const char *sentence;
	long long	over,
				processed,
				forward,
				reviews,
				lawsuits;
	const char *fees;			/* administrative_fees in 万元, NULL when not stated */
	const char *mismatch;		/* the one narrative_mismatch message, or NULL */
} want;

static const want cases[] = {
	/* every fact stated, all agreeing with the tables */
	{"全年新收政府信息公开申请57件，上年结转6件，办结51件，结转下年度继续办理12件。",
	 6, 51, 12, -1, -1, NULL, NULL},
	{"上年结转政府信息公开申请5件。", 5, -1, -1, -1, -1, NULL,
	 "报告正文所述上年结转申请数(5)与表格“二、上年结转政府信息公开申请数量”总计(6)不符"},
	{"本年度共办结政府信息公开申请50件，按时办结率100%。", -1, 50, -1, -1, -1, NULL,
	 "报告正文所述办结申请数(50)与表格“三、本年度办理结果（七）总计”总计(51)不符"},
	{"截至年底，结转至下年度办理10件。", -1, -1, 10, -1, -1, NULL,
	 "报告正文所述结转下年度申请数(10)与表格“四、结转下年度继续办理”总计(12)不符"},
	/* none stated in words: both facts 0, the review count disagrees */
	{"全年未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况。",
	 -1, -1, -1, 0, 0, NULL,
	 "报告正文所述行政复议数(0)与表格“行政复议”总计(3)不符"},
	{"因政府信息公开被申请行政复议3起，提起行政诉讼2件。", -1, -1, -1, 3, 2, NULL,
	 "报告正文所述行政诉讼数(2)与表格“行政诉讼”两项（未经复议直接起诉、复议后起诉）总计之和(0)不符"},
	{"发生行政复议案件3起、行政诉讼0起。", -1, -1, -1, 3, 0, NULL, NULL},
	/* traditional characters are folded */
	{"上年結轉申請6件，辦結51件。", 6, 51, -1, -1, -1, NULL, NULL},
	/* 行政事业性收费, compared with the table's amount in 万元 (here 0) */
	{"全年行政事业性收费0万元。", -1, -1, -1, -1, -1, "0", NULL},
	{"全年收取行政事业性收费金额3000元。", -1, -1, -1, -1, -1, "0.3",
	 "报告正文所述行政事业性收费金额（万元）(0.3)与表格“行政事业性收费”本年收费金额（万元）(0)不符"},
	{"行政事业性收费共1.25万元。", -1, -1, -1, -1, -1, "1.25",
	 "报告正文所述行政事业性收费金额（万元）(1.25)与表格“行政事业性收费”本年收费金额（万元）(0)不符"},
	{"行政事业性收费3项。", -1, -1, -1, -1, -1, NULL, NULL},
	/*
	 * what the byte-level pass steps over without a look (narrative_facts)
	 * and what it stops at: full-width digits, ';' and ； between clauses,
	 * 《》「」 (E3 80 …) next to 。, two- and four-byte characters
	 */
	{"上年结转６件。", 6, -1, -1, -1, -1, NULL, NULL},
	{"办结５１件;上年结转6件。", 6, 51, -1, -1, -1, NULL, NULL},
	{"依照《条例》·附表𠀀；上年结转6件「详见表二」。办结51件。", 6, 51, -1, -1, -1, NULL, NULL},
	{"全年收取费用¥0元，结转下年度继续办理12件。", -1, -1, 12, -1, -1, NULL, NULL},
	/* not counts: a share, a duty, an outline of the report */
	{"办结率100%，依法按时办结，结转申请均已办理。", -1, -1, -1, -1, -1, NULL, NULL},
	{"报告包括政府信息公开行政复议和行政诉讼情况等6部分。", -1, -1, -1, -1, -1, NULL, NULL},
};

static void
test_cases(void)
{
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		const want *w = &cases[i];
		gr_heap    *h = gr_heap_new();
		gr_mem		m = gr_heap_mem(h);
		gr_doc		d;
		gr_findings f;
		const char *msg = NULL;
		int			nmis = 0;

		read_with(&d, &m, w->sentence);
		CHECK_EQ_INT(d.status, GR_OK);
		CHECK_EQ_INT(fact(&d, GR_F_CARRIED_OVER), w->over);
		CHECK_EQ_INT(fact(&d, GR_F_PROCESSED), w->processed);
		CHECK_EQ_INT(fact(&d, GR_F_CARRIED_FORWARD), w->forward);
		CHECK_EQ_INT(fact(&d, GR_F_REVIEWS), w->reviews);
		CHECK_EQ_INT(fact(&d, GR_F_LAWSUITS), w->lawsuits);
		if (w->fees == NULL)
			CHECK_EQ_INT(d.facts[GR_F_ADMIN_FEES].state, GR_ABSENT);
		else
		{
			gr_buf		fb;

			gr_buf_init(&fb, &m, 32);
			gr_cell_format(&fb, &d.facts[GR_F_ADMIN_FEES]);
			CHECK_EQ_STR(fb.data, w->fees);
		}
		memset(&f, 0, sizeof(f));
		gr_check(&d, NULL, 0, &m, &f);
		for (int j = 0; j < f.n; j++)
			if (f.v[j].rule == GR_RULE_NARRATIVE_MISMATCH &&
				strcmp(f.v[j].path, "facts.requests_received") != 0)
			{
				nmis++;
				msg = f.v[j].message;
				CHECK(f.v[j].severity == GR_SEV_WARNING);
			}
		CHECK_EQ_INT(nmis, w->mismatch ? 1 : 0);
		if (w->mismatch)
			CHECK_EQ_STR(msg, w->mismatch);
		if (unit_fail)
			fprintf(stderr, "  case %zu: %s\n", i, w->sentence);
		gr_heap_free(h);
	}
}

/* The document's JSON has the facts added in 1.1 only when stated. */
static void
test_json(void)
{
	gr_heap    *h = gr_heap_new();
	gr_mem		m = gr_heap_mem(h);
	gr_doc		d;
	gr_buf		b;

	read_with(&d, &m, "上年结转6件。");
	gr_buf_init(&b, &m, 4096);
	gr_doc_to_json(&d, &b);
	CHECK(strstr(b.data, "\"requests_carried_over\": 6") != NULL);
	CHECK(strstr(b.data, "\"requests_processed\"") == NULL);
	CHECK(strstr(b.data, "\"proactive_items\": null") != NULL);
	gr_heap_free(h);
}

int
main(void)
{
	report = unit_slurp("../data/check_2023.txt", &report_len);
	if (report == NULL)
	{
		fprintf(stderr, "test_facts: ../data/check_2023.txt not found\n");
		return 1;
	}
	test_cases();
	test_json();
	free(report);
	return unit_report("test_facts");
}
