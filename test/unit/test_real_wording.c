/*
 * test_real_wording.c — wording real reports use that the form's own does
 * not: titles with the year after the report's name (…年度报告（2023年度）),
 * after 关于, in Chinese numerals (二〇二三年, 二○二三年), a title called
 * …公开工作报告, an agency's name letter-spaced by a PDF; closing dates
 * with ○ for 〇 and the signature on the date's line; a page's date after
 * another field or in brackets (来源：… 发布日期：…, 【发布时间：…】) or
 * labelled 时间 or 日期 alone; 其它 for 其他 in
 * headings and labels (六、其它需要报告的事项, （六）其它处理, 3.其它);
 * 一、基本情况 for 一、总体情况; and section 2 whose heading the reader
 * does not know (二、主动公开政府信息) or that has none: its first
 * 第二十条第（一）项 line opens it; a label's text cell broken in two by
 * a PDF, its tail no cell of the row.  The texts are the form's labels in
 * our own reports.
 */
#include "gr.h"
#include "unit.h"

#include <string.h>

static gr_heap *heap;

/* The report between its title and its closing lines. */
#define HEAD2 "二、主动公开政府信息情况\n"
#define TABLE2 \
	"\t第二十条第（一）项\n\n\t信息内容\n\t本年制发件数\n\t本年废止件数\n\t现行有效件数\n\n" \
	"\t规章\n\t1\n\t2\n\t7\n\n\t行政规范性文件\n\t4\n\t0\n\t19\n\n" \
	"\t第二十条第（五）项\n\n\t信息内容\n\t本年处理决定数量\n\n\t行政许可\n\t36\n\n"
#define TAIL \
	"五、存在的主要问题及改进情况\n公开的及时性还需提高。\n六、其他需要报告的事项\n本年度未收取信息处理费。\n"
#define OVERVIEW "一、总体情况\n本年度依法公开政府信息。\n"

static gr_doc
parse(const char *text)
{
	gr_mem		m = gr_heap_mem(heap);
	gr_doc		d;

	gr_parse(&d, text, strlen(text), &m, NULL);
	return d;
}

static const char *
cat3(const char *a, const char *b, const char *c)
{
	gr_mem		m = gr_heap_mem(heap);
	gr_buf		buf;

	gr_buf_init(&buf, &m, 1024);
	gr_buf_puts(&buf, a);
	gr_buf_puts(&buf, b);
	gr_buf_puts(&buf, c);
	return buf.data;
}

/* The agency of a document as a C string, "" when null. */
static const char *
agency(const gr_doc *d)
{
	gr_mem		m = gr_heap_mem(heap);
	char	   *s;

	if (d->agency.p == NULL)
		return "";
	s = gr_alloc_raw(&m, d->agency.len + 1);
	memcpy(s, d->agency.p, d->agency.len);
	s[d->agency.len] = '\0';
	return s;
}

static const char *
pub(const gr_doc *d)
{
	gr_mem		m = gr_heap_mem(heap);
	char	   *out = gr_alloc_raw(&m, 16);

	if (d->pub_y == 0)
		return "";
	snprintf(out, 16, "%04d-%02d-%02d", d->pub_y % 10000, d->pub_m % 100, d->pub_d % 100);
	return out;
}

static bool
holds(gr_str s, const char *w)
{
	size_t		n = strlen(w);

	for (size_t i = 0; s.p != NULL && i + n <= s.len; i++)
		if (memcmp(s.p + i, w, n) == 0)
			return true;
	return false;
}

static int
ndiag(const gr_doc *d, int problem)
{
	int			n = 0;

	for (int i = 0; i < d->ndiags; i++)
		n += d->diags[i].problem == problem;
	return n;
}

/* Section 2's cells of TABLE2, read exactly. */
static bool
table2_read(const gr_doc *d)
{
	return d->form_active == GR_FORM_2021 &&
		gr_cell_isnum(d->active[GR_A_RULES][GR_AC_ISSUED]) && d->active[GR_A_RULES][GR_AC_ISSUED].m == 1 &&
		gr_cell_isnum(d->active[GR_A_RULES][GR_AC_IN_FORCE]) && d->active[GR_A_RULES][GR_AC_IN_FORCE].m == 7 &&
		gr_cell_isnum(d->active[GR_A_NORMATIVE][GR_AC_IN_FORCE]) && d->active[GR_A_NORMATIVE][GR_AC_IN_FORCE].m == 19 &&
		gr_cell_isnum(d->active[GR_A_LICENSING][GR_AC_DECISIONS]) && d->active[GR_A_LICENSING][GR_AC_DECISIONS].m == 36;
}

int
main(void)
{
	const char *body;

	heap = gr_heap_new();
	body = cat3(OVERVIEW, HEAD2 TABLE2, TAIL);

	/* titles: the agency and the year */
	{
		static const struct
		{
			const char *title;
			const char *agency;
			int			year;
		}			cases[] = {
			{"某某市民政局2023年政府信息公开工作年度报告\n", "某某市民政局", 2023},
			{"某某市民政局政府信息公开工作年度报告（2023年度）\n", "某某市民政局", 2023},
			{"某某市民政局政府信息公开工作年度报告(2023年)\n", "某某市民政局", 2023},
			{"某某市民政局政务公开工作年度报告（2022年）\n", "某某市民政局", 2022},
			{"某某市民政局关于2023年度政府信息公开工作年度报告\n", "某某市民政局", 2023},
			{"某某市民政局二〇二三年政府信息公开工作年度报告\n", "某某市民政局", 2023},
			{"某某市民政局二○二三年度政府信息公开工作年度报告\n", "某某市民政局", 2023},
			{"二零二三年某某市民政局政府信息公开工作年度报告\n", "某某市民政局", 2023},
			{"某某市民政局2023年政府信息公开工作报告\n", "某某市民政局", 2023},
			{"某 某 市 民 政 局\n2023 年政府信息公开工作年度报告\n", "某某市民政局", 2023},
			/* two bodies' joint report: the space between their names stays */
			{"中共某某县委办公室 某某县人民政府办公室2023年政府信息公开工作年度报告\n",
			"中共某某县委办公室 某某县人民政府办公室", 2023},
			/* an agency whose name holds 信息公开, the year before the report's name */
			{"某某市政务公开办公室2023年政府信息公开工作年度报告\n", "某某市政务公开办公室", 2023},
			/* a sentence naming a work report is no title */
			{"现将某某市民政局2023年政府信息公开工作报告公布如下，请监督。\n", "", 0},
			/* three numerals are no year */
			{"某某市民政局二〇二年政府信息公开工作年度报告\n", "", 0},
		};

		for (size_t k = 0; k < sizeof(cases) / sizeof(cases[0]); k++)
		{
			gr_doc		d = parse(cat3(cases[k].title, body, ""));

			CHECK_EQ_STR(agency(&d), cases[k].agency);
			CHECK_EQ_INT(d.year, cases[k].year);
		}
	}

	/* closing dates */
	{
		static const struct
		{
			const char *closing;
			const char *date;
		}			cases[] = {
			{"某某市民政局\n2024年1月19日\n", "2024-01-19"},
			{"某某市民政局\n二〇二四年一月十九日\n", "2024-01-19"},
			{"某某市民政局\n二○二四年一月十九日\n", "2024-01-19"},
			{"某某市民政局\n二○二四年十二月三十日\n", "2024-12-30"},
			{"某某市民政局 2024年1月19日\n", "2024-01-19"},
			{"某某市民政局　二○二四年一月十九日\n", "2024-01-19"},
			/* before the date, text that is no agency's name */
			{"本报告所列数据截至2024年1月19日\n", ""},
			{"某某市民政局\n二○二四年十三月一日\n", ""},
		};

		for (size_t k = 0; k < sizeof(cases) / sizeof(cases[0]); k++)
		{
			gr_doc		d = parse(cat3("某某市民政局2023年政府信息公开工作年度报告\n", body, cases[k].closing));

			CHECK_EQ_STR(pub(&d), cases[k].date);
			if (cases[k].date[0] != '\0')
			{
				/* the closing lines are not section 6's text */
				CHECK(holds(d.narrative[GR_N_OTHER_MATTERS], "处理费"));
				CHECK(!holds(d.narrative[GR_N_OTHER_MATTERS], "日"));
			}
		}
	}

	/* the date a web page prints above the report, in the wordings CMS pages use */
	{
		static const struct
		{
			const char *line;
			const char *date;
		}			cases[] = {
			{"时间：2024-01-19 来源：某某市民政局\n", "2024-01-19"},
			{"日期：2024年01月19日\n", "2024-01-19"},
			{"【时间：2024-01-19】\n", "2024-01-19"},
			{"时间：2024-01-19 10:30\n", "2024-01-19"},
			{"信息来源：某某市民政局 发布日期：2024-01-19\n", "2024-01-19"},
			{"来源：某某市民政局　发布时间：2024-01-19 10:20　浏览次数：\n", "2024-01-19"},
			{"【发布时间：2024-01-19】【字体：大 中 小】\n", "2024-01-19"},
			{"[ 发布日期：2024-01-19 ]\n", "2024-01-19"},
			/* a period, a label inside a word, no colon: no publication date */
			{"时间：2023年1月1日至2023年12月31日\n", ""},
			{"统计时间：2024-01-19\n", ""},
			{"时间 2024-01-19\n", ""},
			{"成文日期：2024-01-15\n", ""},
		};

		for (size_t k = 0; k < sizeof(cases) / sizeof(cases[0]); k++)
		{
			gr_doc		d = parse(cat3(cases[k].line, "某某市民政局2023年政府信息公开工作年度报告\n", body));

			CHECK_EQ_STR(pub(&d), cases[k].date);
		}
	}

	/* headings with 其它, 基本情况 */
	{
		const char *t = cat3("某某市民政局2023年政府信息公开工作年度报告\n一、基本情况\n本年度依法公开政府信息。\n",
							 HEAD2 TABLE2,
							 "五、存在的主要问题及改进情况\n公开的及时性还需提高。\n六、其它需要报告的事项\n本年度未收取信息处理费。\n");
		gr_doc		d = parse(t);

		CHECK(holds(d.narrative[GR_N_OVERVIEW], "依法公开"));
		CHECK(holds(d.narrative[GR_N_OTHER_MATTERS], "处理费"));
		CHECK(!holds(d.narrative[GR_N_PROBLEMS], "处理费"));
		CHECK_EQ_INT(ndiag(&d, GR_PROB_UNKNOWN_HEADING), 0);
		CHECK(table2_read(&d));
	}

	/* section 2 under a heading the reader does not know, or none */
	{
		static const char *const heads[] = {
			"二、主动公开政府信息\n", "二、主动公开情况\n", "2.主动公开政府信息\n", "",
		};

		for (size_t k = 0; k < sizeof(heads) / sizeof(heads[0]); k++)
		{
			gr_doc		d = parse(cat3("某某市民政局2023年政府信息公开工作年度报告\n" OVERVIEW,
									   heads[k], TABLE2 TAIL));

			CHECK(table2_read(&d));
			/* the overview ends before section 2's heading and its table */
			CHECK(holds(d.narrative[GR_N_OVERVIEW], "依法公开"));
			CHECK(!holds(d.narrative[GR_N_OVERVIEW], "主动公开"));
			CHECK(!holds(d.narrative[GR_N_OVERVIEW], "第二十条"));
		}
		/* the article named in the overview's sentences opens nothing */
		{
			gr_doc		d = parse(cat3("某某市民政局2023年政府信息公开工作年度报告\n一、总体情况\n"
									   "依照条例第二十条第（一）项公开规章。\n第二十条第（一）项\n",
									   "", TAIL));

			CHECK(holds(d.narrative[GR_N_OVERVIEW], "公开规章"));
			CHECK(d.form_active == GR_FORM_NONE);
		}
	}

	/* 其它 in section 3's labels: （六）其它处理 and its leaf 3.其它 */
	{
		const char *t = cat3("某某市民政局2023年政府信息公开工作年度报告\n" OVERVIEW HEAD2 TABLE2,
							 "三、收到和处理政府信息公开申请情况\n"
							 "\t一、本年新收政府信息公开申请数量\n\t5\n\t0\n\t0\n\t0\n\t0\n\t0\n\t5\n\n"
							 "\t（六）其它处理\n\n"
							 "\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\n\t1\n\t0\n\t0\n\t0\n\t0\n\t0\n\t1\n\n"
							 "\t2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\n\t0\n\t0\n\t0\n\t0\n\t0\n\t0\n\t0\n\n"
							 "\t3.其它\n\t2\n\t0\n\t0\n\t0\n\t0\n\t0\n\t2\n\n",
							 TAIL);
		gr_doc		d = parse(t);
		int			other = GR_R_DISP(GR_D_O_OTHER);

		CHECK(gr_cell_isnum(d.req[other][GR_RC_NATURAL]) && d.req[other][GR_RC_NATURAL].m == 2);
		CHECK(gr_cell_isnum(d.req[other][GR_RC_TOTAL]) && d.req[other][GR_RC_TOTAL].m == 2);
		CHECK_EQ_INT(ndiag(&d, GR_PROB_FUZZY_LABEL), 0);
	}

	/*
	 * A label's text cell broken in two (a PDF's cell rebuilt as tab text):
	 * its tail is no cell of the row.  With one value fewer after it, the
	 * text is the row's first cell, unreadable, and the values keep their
	 * columns.
	 */
	{
		static const char req_head[] =
			"三、收到和处理政府信息公开申请情况\n"
			"\t一、本年新收政府信息公开申请数量\n\t5\n\t0\n\t0\n\t0\n\t0\n\t0\n\t5\n\n"
			"\t三、本年度办理结果\n\t（一）予以公开\n\t1\n\t0\n\t0\n\t0\n\t0\n\t0\n\t1\n\n";
		const char *t = cat3("某某市民政局2023年政府信息公开工作年度报告\n" OVERVIEW HEAD2 TABLE2, req_head,
							 "\t（二）部分公开（区分处理的，只计这一情计其他情形）\n\t形，不\n"
							 "\t4\n\t0\n\t0\n\t0\n\t0\n\t0\n\t4\n\n"
							 "\t（三）不予公开\n\t1.属于国家秘密\n\t0\n\t0\n\t0\n\t0\n\t0\n\t0\n\t0\n\n" TAIL);
		gr_doc		d = parse(t);
		int			part = GR_R_DISP(GR_D_PARTIAL);

		CHECK(gr_cell_isnum(d.req[part][GR_RC_NATURAL]) && d.req[part][GR_RC_NATURAL].m == 4);
		CHECK(gr_cell_isnum(d.req[part][GR_RC_COMMERCIAL]) && d.req[part][GR_RC_COMMERCIAL].m == 0);
		CHECK(gr_cell_isnum(d.req[part][GR_RC_TOTAL]) && d.req[part][GR_RC_TOTAL].m == 4);

		t = cat3("某某市民政局2023年政府信息公开工作年度报告\n" OVERVIEW HEAD2 TABLE2, req_head,
				 "\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）\n\t不详\n"
				 "\t0\n\t0\n\t0\n\t0\n\t0\n\t4\n\n"
				 "\t（三）不予公开\n\t1.属于国家秘密\n\t0\n\t0\n\t0\n\t0\n\t0\n\t0\n\t0\n\n" TAIL);
		d = parse(t);
		CHECK(!gr_cell_isnum(d.req[part][GR_RC_NATURAL]));
		CHECK(gr_cell_isnum(d.req[part][GR_RC_COMMERCIAL]) && d.req[part][GR_RC_COMMERCIAL].m == 0);
		CHECK(gr_cell_isnum(d.req[part][GR_RC_TOTAL]) && d.req[part][GR_RC_TOTAL].m == 4);
	}

	gr_heap_free(heap);
	return unit_report("test_real_wording");
}
