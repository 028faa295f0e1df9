/*
 * test_stages.c — the section headings (sections.c) and the metadata stage
 * (meta.c) through their own interfaces, without the matcher: headings on
 * folded text, and the title, narrative, closing date, script and facts read
 * from a token stream and an outline made by hand.
 */
#include "gr.h"
#include "meta.h"
#include "scan.h"
#include "sections.h"
#include "text.h"
#include "unit.h"
#include "words.h"

#include <string.h>

static gr_heap *heap;

/* The section a raw heading opens, after folding as the matcher folds. */
static sect
heading(const char *raw)
{
	char		f[GR_FOLD_CAP];
	size_t		n = gr_fold(raw, strlen(raw), f, sizeof(f), NULL);

	return gr_heading_of(f, n, NULL);
}

/* The same, with the folded text's signature, as the matcher asks. */
static sect
heading_sig(const char *raw)
{
	char		f[GR_FOLD_CAP];
	size_t		n = gr_fold(raw, strlen(raw), f, sizeof(f), NULL);
	csig		sg = sig_of(f);

	return gr_heading_of(f, n, &sg);
}

static sect
numbered(const char *raw)
{
	char		f[GR_FOLD_CAP];
	size_t		n = gr_fold(raw, strlen(raw), f, sizeof(f), NULL);

	return gr_numbered_heading(f, n);
}

static void
test_headings(void)
{
	CHECK_EQ_INT(heading("一、总体情况"), S_OVERVIEW);
	CHECK_EQ_INT(heading("二、主动公开政府信息情况"), S_ACTIVE);
	CHECK_EQ_INT(heading("三、收到和处理政府信息公开申请情况"), S_REQUESTS);
	CHECK_EQ_INT(heading("四、政府信息公开行政复议、行政诉讼情况"), S_APPEALS);
	CHECK_EQ_INT(heading("五、存在的主要问题及改进情况"), S_PROBLEMS);
	CHECK_EQ_INT(heading("六、其他需要报告的事项"), S_OTHER);
	/* traditional, and the short fifth heading */
	CHECK_EQ_INT(heading("二、主動公開政府資訊情況"), S_ACTIVE);
	CHECK_EQ_INT(heading("五、存在问题及改进情况"), S_PROBLEMS);
	/* text without a heading's words; sentence punctuation, which no heading has */
	CHECK_EQ_INT(heading("本机关认真落实条例要求"), S_NONE);
	CHECK(gr_has_sentence_punct("本年度公开情况良好，各项工作有序推进。"));
	CHECK(!gr_has_sentence_punct("二、主动公开政府信息情况"));
	/* numbered 五/六 in words the form does not have */
	CHECK_EQ_INT(numbered("五、下一步工作打算"), S_PROBLEMS);
	CHECK_EQ_INT(numbered("六、附注"), S_OTHER);
	CHECK_EQ_INT(numbered("四、附注"), S_NONE);
	CHECK_EQ_INT(numbered("五、今年我们做了很多工作，成效明显。"), S_NONE);
	CHECK(gr_starts_numbered_56("  五、其他", strlen("  五、其他")));
	CHECK(!gr_starts_numbered_56("三、其他", strlen("三、其他")));
	/* what the matcher may skip folding */
	CHECK(gr_may_be_structure("二、主动公开政府信息情况", strlen("二、主动公开政府信息情况")));
	CHECK(gr_may_be_structure("本年新收政府信息公开申请数量", strlen("本年新收政府信息公开申请数量")));
	CHECK(!gr_may_be_structure("全年共召开新闻发布会十二场。", strlen("全年共召开新闻发布会十二场。")));
	CHECK(gr_scan_is_heading("四、政府信息公开行政复议、行政诉讼情况",
							 strlen("四、政府信息公开行政复议、行政诉讼情况")));
	/*
	 * gr_heading_of rules a text out by its signature when it holds none
	 * of gr_heading_words: each rule's words must hold one, else a heading
	 * of that rule would be missed
	 */
	for (int i = 0; i < GR_N_HEADING_RULES; i++)
	{
		const gr_heading_rule *r = &gr_heading_rules[i];
		bool		held = false;

		for (int w = 0; w < 3 && r->all[w] != NULL; w++)
			for (int c = 0; gr_heading_words[c] != NULL; c++)
				held = held || strstr(r->all[w], gr_heading_words[c]) != NULL;
		CHECK(held);
	}
	/* with the signature, the same sections as without */
	{
		static const char *const lines[] = {
			"一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
			"四、政府信息公开行政复议、行政诉讼情况", "四、行政复议和行政诉讼",
			"五、存在的主要问题及改进情况", "五、存在问题及改进情况", "五、存在的不足和改进措施",
			"六、其他需要报告的事项", "六、其他事项", "其他事项", "二、主動公開政府資訊情況",
			"(五)存在问题及整改", "本机关认真落实条例要求", "规章", "(一)予以公开",
			"其他对外管理服务事项", "申请人情况", "第(一)项", "收到申请", NULL
		};

		for (int i = 0; lines[i] != NULL; i++)
			CHECK_EQ_INT(heading_sig(lines[i]), heading(lines[i]));
		CHECK_EQ_INT(heading_sig("五、存在的不足和改进措施"), S_PROBLEMS);
		CHECK_EQ_INT(heading_sig("六、其他事项"), S_OTHER);
		CHECK_EQ_INT(heading_sig("规章"), S_NONE);
	}
	/* on folded text: （三） folds to (三) */
	CHECK_EQ_STR(gr_skip_numbering("(三)不予公开"), "不予公开");
	CHECK_EQ_STR(gr_skip_numbering("1.属于国家秘密"), "属于国家秘密");
	CHECK_EQ_STR(gr_skip_numbering("予以公开"), "予以公开");
}

/* The offset of needle in the token text, after it (start) or at it (end). */
static size_t
at(const gr_toks *ts, const char *needle, bool after)
{
	const char *p = strstr(ts->text, needle);

	return p == NULL ? 0 : (size_t) (p - ts->text) + (after ? strlen(needle) : 0);
}

static const char report[] =
	"某某县人民政府办公室2023年政府信息公开工作年度报告\n"
	"一、总体情况\n"
	"2023年，本机关主动公开政府信息1,234条，全年共收到政府信息公开申请56件。\n"
	"二、主动公开政府信息情况\n"
	"（表格）\n"
	"五、存在的主要问题及改进情况\n"
	"公开的及时性还需提高。\n"
	"六、其他需要报告的事项\n"
	"本年度未收取信息处理费。\n"
	"某某县人民政府办公室\n"
	"2024年1月20日\n";

static void
test_meta(void)
{
	gr_mem		m = gr_heap_mem(heap);
	gr_toks		ts;
	gr_doc		d;
	gr_meta		mt;
	gr_outline	o;

	memset(&d, 0, sizeof(d));
	memset(&o, 0, sizeof(o));
	gr_scan(&ts, report, strlen(report), &m, gr_scan_is_heading, NULL);
	mt = (gr_meta) {&d, &m, NULL, &ts};

	gr_meta_title(&mt, ts.t, ts.n);
	CHECK_EQ_INT(d.year, 2023);
	CHECK(d.agency.p != NULL && d.agency.len == strlen("某某县人民政府办公室") &&
		  memcmp(d.agency.p, "某某县人民政府办公室", d.agency.len) == 0);

	/* the outline the matcher would leave */
	o.seen[S_OVERVIEW] = o.seen[S_ACTIVE] = o.seen[S_PROBLEMS] = o.seen[S_OTHER] = true;
	o.start[S_OVERVIEW] = at(&ts, "一、总体情况", true);
	o.end[S_OVERVIEW] = at(&ts, "二、主动公开", false);
	o.start[S_ACTIVE] = at(&ts, "二、主动公开政府信息情况", true);
	o.end[S_ACTIVE] = at(&ts, "五、存在", false);
	o.start[S_PROBLEMS] = at(&ts, "五、存在的主要问题及改进情况", true);
	o.end[S_PROBLEMS] = at(&ts, "六、其他", false);
	o.start[S_OTHER] = at(&ts, "六、其他需要报告的事项", true);
	o.end[S_OTHER] = ts.len;
	d.status = GR_PARTIAL;		/* the matcher found tables: facts are read */
	gr_meta_finish(&mt, &o, 0);

	CHECK_EQ_INT(d.script, GR_SIMPLIFIED);
	CHECK_EQ_INT(d.pub_y, 2024);
	CHECK_EQ_INT(d.pub_m, 1);
	CHECK_EQ_INT(d.pub_d, 20);
	CHECK(d.narrative[GR_N_PROBLEMS].p != NULL &&
		  strstr(d.narrative[GR_N_PROBLEMS].p, "及时性") != NULL);
	/* section 6 ends before the signature and the date */
	CHECK(d.narrative[GR_N_OTHER_MATTERS].p != NULL &&
		  d.narrative[GR_N_OTHER_MATTERS].len == strlen("本年度未收取信息处理费。"));
	CHECK_EQ_INT(d.facts[GR_F_PROACTIVE_ITEMS].state, GR_VALUE);
	CHECK_EQ_INT(d.facts[GR_F_PROACTIVE_ITEMS].m, 1234);
	CHECK_EQ_INT(d.facts[GR_F_REQUESTS_RECEIVED].state, GR_VALUE);
	CHECK_EQ_INT(d.facts[GR_F_REQUESTS_RECEIVED].m, 56);
	CHECK_EQ_INT(d.facts[GR_F_FEE_COLLECTED].state, GR_VALUE);
	CHECK_EQ_INT(d.facts[GR_F_FEE_COLLECTED].m, 0);
	/* not a report: facts alone do not make one */
	memset(&d, 0, sizeof(d));
	gr_meta_finish(&mt, &o, 0);
	CHECK_EQ_INT(d.facts[GR_F_PROACTIVE_ITEMS].state, GR_ABSENT);
	/* traditional when the labels showed it and most differing characters are */
	memset(&d, 0, sizeof(d));
	gr_meta_finish(&mt, &o, 5);
	CHECK_EQ_INT(d.script, GR_SIMPLIFIED);

	/* a section 5 opened by its number alone is named in a diagnostic */
	memset(&d, 0, sizeof(d));
	d.status = GR_PARTIAL;
	o.unknown_heading[S_PROBLEMS] = &ts.t[0];
	gr_meta_finish(&mt, &o, 0);
	CHECK_EQ_INT(d.ndiags, 1);
}

int
main(void)
{
	heap = gr_heap_new();
	test_headings();
	test_meta();
	gr_heap_free(heap);
	return unit_report("test_stages");
}
