/*
 * test_real_wording.c — wording real reports use that the form's own does
 * not: titles with the year after the report's name (…年度报告（2023年度）),
 * after 关于, in Chinese numerals (二〇二三年, 二○二三年), a title called
 * …公开工作报告, an agency's name letter-spaced by a PDF; closing dates
 * with ○ for 〇 and the signature on the date's line.  The texts are the
 * form's labels in our own reports.
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

	gr_heap_free(heap);
	return unit_report("test_real_wording");
}
