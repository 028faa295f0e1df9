/*
 * test_page_date.c — the publication date a report's web page prints
 * above the report (发布日期：2024-01-17; 发布时间：… with a time and the
 * source after it; the page's table of 索引号 / 发布机构 / 公开日期 with the
 * date in the cell beside its label), read when the report has no closing
 * date line; a closing date still wins, and a labelled date after the
 * tables or one that is no date is not read.  A title naming no agency
 * (2023年政府信息公开工作年度报告): the signature line above the closing
 * date names it, when it reads as an agency's name.
 */
#include "gr.h"
#include "unit.h"

#include <string.h>

static gr_heap *heap;

/* The report's body after its head: title, sections, one table row. */
#define BODY \
	"某某区财政局2023年政府信息公开工作年度报告\n一、总体情况\n本年度依法公开政府信息。\n" \
	"二、主动公开政府信息情况\n\t第二十条第（一）项\n\n\t信息内容\n\t本年制发件数\n\t本年废止件数\n\t现行有效件数\n\n" \
	"\t规章\n\t0\n\t0\n\t3\n\n五、存在的主要问题及改进情况\n公开的及时性还需提高。\n六、其他需要报告的事项\n无。\n"

/* published_on of a text as "YYYY-MM-DD", or "" when null. */
static const char *
pub(const char *text)
{
	gr_mem		m = gr_heap_mem(heap);
	gr_doc		d;
	char	   *out = gr_alloc_raw(&m, 16);

	gr_parse(&d, text, strlen(text), &m, NULL);
	if (d.pub_y == 0)
		return "";
	snprintf(out, 16, "%04d-%02d-%02d", d.pub_y % 10000, d.pub_m % 100, d.pub_d % 100);
	return out;
}

static const char *
page(const char *head, const char *tail)
{
	gr_mem		m = gr_heap_mem(heap);
	gr_buf		b;

	gr_buf_init(&b, &m, 1024);
	gr_buf_puts(&b, head);
	gr_buf_puts(&b, BODY);
	gr_buf_puts(&b, tail);
	return b.data;
}

int
main(void)
{
	heap = gr_heap_new();

	/* no date at all */
	CHECK_EQ_STR(pub(page("", "")), "");
	/* a labelled date above the report, as text */
	CHECK_EQ_STR(pub(page("发布日期：2020-01-31\n", "")), "2020-01-31");
	CHECK_EQ_STR(pub(page("发布时间: 2024/1/7 09:30:12  来源：某某区财政局\n", "")), "2024-01-07");
	CHECK_EQ_STR(pub(page("首页 > 政务公开\n公开日期 2023.12.29\n", "")), "2023-12-29");
	CHECK_EQ_STR(pub(page("發佈日期：2024年2月6日\n", "")), "2024-02-06");
	/* the page's table: the label in one cell, the date in the next */
	CHECK_EQ_STR(pub(page("\t索引号\n\t0143/2024-00002\n\t公开日期\n\t2024-01-17\n\n", "")), "2024-01-17");
	/* lynx's line: fields apart by runs of spaces */
	CHECK_EQ_STR(pub(page("   发布机构 某某区财政局            公开日期 2024-01-17\n", "")), "2024-01-17");
	/* a whole HTML page with the date in a <p> above the title */
	CHECK_EQ_STR(pub("<html><body><p style='text-align: center'>发布日期：2021-02-03</p>"
					 "<p>某某区财政局2020年政府信息公开工作年度报告</p><p>一、总体情况</p><p>本年度依法公开。</p>"
					 "<p>二、主动公开政府信息情况</p><table><tr><td>规章</td><td>0</td><td>0</td><td>3</td></tr></table>"
					 "<p>六、其他需要报告的事项</p><p>无。</p></body></html>\n"), "2021-02-03");

	/* a closing date line wins over the page's */
	CHECK_EQ_STR(pub(page("发布日期：2024-03-01\n", "某某区财政局\n2024年1月20日\n")), "2024-01-20");
	/* after the tables a labelled date is not the page's */
	CHECK_EQ_STR(pub(page("", "发布日期：2024-03-01\n")), "");
	/* not a date: no separators, a month 13, a year of two digits, digits running on */
	CHECK_EQ_STR(pub(page("发布日期：20240117\n", "")), "");
	CHECK_EQ_STR(pub(page("发布日期：2024-13-01\n", "")), "");
	CHECK_EQ_STR(pub(page("发布日期：24-01-17\n", "")), "");
	CHECK_EQ_STR(pub(page("发布日期：2024-01-170\n", "")), "");
	/* another label: 成文日期 is when it was written, not published */
	CHECK_EQ_STR(pub(page("成文日期：2024-01-10\n", "")), "");
	/* the label in a sentence of the text is not the page's label */
	CHECK_EQ_STR(pub(page("本报告发布日期：2024-01-10\n", "")), "");

	/* a title naming no agency: the signature above the closing date names it */
	{
		static const char *const body =
			"2023年政府信息公开工作年度报告\n一、总体情况\n本年度依法公开政府信息。\n"
			"二、主动公开政府信息情况\n\t规章\n\t0\n\t0\n\t3\n\n六、其他需要报告的事项\n无。\n";
		static const struct
		{
			const char *tail;
			const char *agency;		/* NULL: none */
		}			cases[] = {
			{"某某县发展和改革局\n2024年1月15日\n", "某某县发展和改革局"},
			{"某某镇人民政府\n\n2024年1月15日\n", "某某镇人民政府"},
			{"某某县 政务服务中心\n2024年1月15日\n", "某某县 政务服务中心"},
			{"特此报告\n2024年1月15日\n", NULL},
			{"联系电话：0527-83593059\n2024年1月15日\n", NULL},
			{"本年度收费情况已在上文说明，不再另行报告\n2024年1月15日\n", NULL},
			{"某某县发展和改革局\n", NULL},	/* no closing date */
		};

		for (size_t k = 0; k < sizeof(cases) / sizeof(cases[0]); k++)
		{
			gr_mem		m = gr_heap_mem(heap);
			gr_buf		b;
			gr_doc		d;

			gr_buf_init(&b, &m, 512);
			gr_buf_puts(&b, body);
			gr_buf_puts(&b, cases[k].tail);
			gr_parse(&d, b.data, b.len, &m, NULL);
			if (cases[k].agency)
				CHECK(d.agency.p != NULL && d.agency.len == strlen(cases[k].agency) &&
					  memcmp(d.agency.p, cases[k].agency, d.agency.len) == 0);
			else
				CHECK(d.agency.p == NULL);
			/* the signature is not the last section's text */
			CHECK(d.narrative[GR_N_OTHER_MATTERS].p == NULL ||
				  memmem(d.narrative[GR_N_OTHER_MATTERS].p, d.narrative[GR_N_OTHER_MATTERS].len,
						 "政府", strlen("政府")) == NULL || cases[k].agency == NULL);
		}
		/* a title naming the agency keeps it */
		{
			const char *t = "某某县水利局2023年政府信息公开工作年度报告\n一、总体情况\n本年度依法公开。\n"
				"二、主动公开政府信息情况\n\t规章\n\t0\n\t0\n\t3\n\n六、其他需要报告的事项\n无。\n某某县发展和改革局\n2024年1月15日\n";
			gr_mem		m = gr_heap_mem(heap);
			gr_doc		d;

			gr_parse(&d, t, strlen(t), &m, NULL);
			CHECK(d.agency.p != NULL && d.agency.len == strlen("某某县水利局"));
		}
	}

	gr_heap_free(heap);
	return unit_report("test_page_date");
}
