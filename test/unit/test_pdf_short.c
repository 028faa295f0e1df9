/*
 * test_pdf_short.c — two pdftotext -layout rows of our own generated
 * reports (test/data/pdf/wk_layout_1002s.txt and wk_layout_1006s.txt, made
 * by the converter matrix: wkhtmltopdf, then pdftotext -layout) that once
 * read as wrong numbers.
 *
 * 1006: "（六）其他处理   7  0  0  0  4条  11" under seven columns, the
 * natural-person cell left empty: the values belong under the columns they
 * stand in (commercial … total), not in the first six.
 *
 * 1002: section 2's "其他对外管理服务事项" row prints 0 and 2 on one line
 * and −7 (the middle column) on the next: read in the order they came, the
 * columns would be wrong; the row is read correctly or not at all.
 *
 * And the hand-made layout_pdf.txt, whose row "3.其他" prints six values
 * and no total: still read as printed, while the same row whose last
 * value is the sum of the five before it (a total one column short) is
 * declined.
 */
#include "unit.h"

#include "gr.h"

static gr_doc *
parse_text(const char *text, size_t len, gr_mem *m)
{
	gr_doc	   *d = gr_alloc(m, sizeof(gr_doc));

	gr_parse(d, text, len, m, NULL);
	return d;
}

static bool
is_value(const gr_cell *c, long long v)
{
	return c->state == GR_VALUE && c->scale == 0 && c->m == v;
}

/* a cell read as a number is the printed one; null otherwise */
static bool
value_or_null(const gr_cell *c, long long v)
{
	return c->state != GR_VALUE || is_value(c, v);
}

#define OTHER_OTHER GR_R_DISP(GR_D_O_OTHER)

int
main(void)
{
	gr_heap    *h = gr_heap_new();
	gr_mem		m = gr_heap_mem(h);
	size_t		len,
				len2,
				len3;
	char	   *t1 = unit_slurp("../data/pdf/wk_layout_1006s.txt", &len);
	char	   *t2 = unit_slurp("../data/pdf/wk_layout_1002s.txt", &len2);
	char	   *t3 = unit_slurp("../data/layout_pdf.txt", &len3);
	char	   *v = NULL;
	gr_doc	   *d;
	const gr_cell *row;
	static const char printed[] =
		"  3.其他                                      2       3       0       1       2       3\n";
	char	   *p;

	CHECK(t1 != NULL && t2 != NULL && t3 != NULL);
	if (t1 == NULL || t2 == NULL || t3 == NULL)
		return unit_report("test_pdf_short");

	/* 2019 form: the other dispositions' row is a leaf */
	d = parse_text(t1, len, &m);
	row = d->req[GR_R_DISP(GR_D_OTHER)];
	CHECK(row[GR_RC_NATURAL].state != GR_VALUE);
	CHECK(is_value(&row[GR_RC_COMMERCIAL], 7));
	CHECK(is_value(&row[GR_RC_RESEARCH], 0));
	CHECK(is_value(&row[GR_RC_WELFARE], 0));
	CHECK(is_value(&row[GR_RC_LEGAL_SERVICE], 0));
	CHECK(is_value(&row[GR_RC_OTHER_ORG], 4));
	CHECK(is_value(&row[GR_RC_TOTAL], 11));

	d = parse_text(t2, len2, &m);
	row = d->active[GR_A_OTHER_SERVICES];
	CHECK(value_or_null(&row[GR_AC_PREVIOUS], 0));
	CHECK(value_or_null(&row[GR_AC_CHANGE], -7));
	CHECK(value_or_null(&row[GR_AC_DECISIONS], 2));

	/* six values and no total, as printed: read */
	d = parse_text(t3, len3, &m);
	row = d->req[OTHER_OTHER];
	CHECK(is_value(&row[GR_RC_NATURAL], 2));
	CHECK(is_value(&row[GR_RC_OTHER_ORG], 3));
	CHECK(row[GR_RC_TOTAL].state != GR_VALUE);

	/* the sixth the sum of the five before it: a total one column short */
	p = strstr(t3, printed);
	CHECK(p != NULL);
	if (p != NULL)
	{
		v = malloc(len3 + 1);
		memcpy(v, t3, len3 + 1);
		v[(p - t3) + sizeof(printed) - 3] = '8';
		d = parse_text(v, len3, &m);
		row = d->req[OTHER_OTHER];
		for (int c = 0; c < GR_RC_COUNT; c++)
			CHECK(row[c].state != GR_VALUE);
		/* the row before it still read */
		CHECK(is_value(&d->req[GR_R_DISP(GR_D_O_UNPAID_FEE)][GR_RC_TOTAL], 9));
	}
	gr_heap_free(h);
	free(v);
	free(t1);
	free(t2);
	free(t3);
	return unit_report("test_pdf_short");
}
