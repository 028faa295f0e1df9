/*
 * test_pdf_group_leaf.c — pdftotext -layout of a section 3 table whose
 * group column is so narrow that pdftotext left a single space between a
 * group's label and its first leaf's ("（六） 1.申请人无正当理由逾", then
 * "其他处 期不补正、行政机关不" on the next line): test/data/
 * layout_pdf_group_leaf.txt, hand-made in the shape real reports' PDFs
 * give.  The two label cells are read apart (rows_pdf.c gr_pdf_split), so
 * the leaf's row takes its figures; every cell of the table is the
 * printed one, none missing, none wrong.  (Read whole, the field gave the
 * leaf's label no row, and its figures were lost.)
 *
 * And the same table whose group column is narrower still, as LibreOffice
 * PDFs print it: the head wraps as "（三" / "）不" / "予公" / "开", the first
 * line "（三 1.属于国家" beside its first leaf with one space, the figures
 * on a line of their own; the numeral alone is cut off as the head's
 * beginning (read whole, both rows beside the head were lost).
 */
#include "unit.h"

#include "gr.h"

typedef struct want_row
{
	const char *key;
	long long	v[GR_RC_COUNT];
} want_row;

/* the figures as printed in the fixture, in its rows' order */
static const want_row want[] = {
	{"new_received", {33, 3, 0, 0, 1, 0, 37}},
	{"carried_over", {4, 0, 0, 0, 0, 0, 4}},
	{"granted", {12, 1, 0, 0, 1, 0, 14}},
	{"partially_granted", {3, 0, 0, 0, 0, 0, 3}},
	{"withheld.state_secret", {0, 0, 0, 0, 0, 0, 0}},
	{"withheld.prohibited_by_law", {1, 0, 0, 0, 0, 0, 1}},
	{"withheld.endangers_security", {0, 0, 0, 0, 0, 0, 0}},
	{"withheld.third_party_rights", {2, 0, 0, 0, 0, 0, 2}},
	{"withheld.internal_affairs", {0, 0, 0, 0, 0, 0, 0}},
	{"withheld.process_information", {1, 0, 0, 0, 0, 0, 1}},
	{"withheld.enforcement_files", {0, 0, 0, 0, 0, 0, 0}},
	{"withheld.inquiry_matters", {0, 0, 0, 0, 0, 0, 0}},
	{"unavailable.not_held", {6, 1, 0, 0, 0, 0, 7}},
	{"unavailable.requires_creation", {1, 0, 0, 0, 0, 0, 1}},
	{"unavailable.unclear_after_correction", {0, 0, 0, 0, 0, 0, 0}},
	{"not_processed.petition_complaint", {2, 0, 0, 0, 0, 0, 2}},
	{"not_processed.duplicate", {1, 0, 0, 0, 0, 0, 1}},
	{"not_processed.publication", {0, 0, 0, 0, 0, 0, 0}},
	{"not_processed.excessive", {0, 0, 0, 0, 0, 0, 0}},
	{"not_processed.confirmation", {0, 0, 0, 0, 0, 0, 0}},
	{"other.no_correction", {5, 1, 0, 0, 0, 0, 6}},
	{"other.unpaid_fee", {0, 0, 0, 0, 0, 0, 0}},
	{"other.other", {2, 0, 0, 0, 0, 0, 2}},
	{"total", {36, 3, 0, 0, 1, 0, 40}},
	{"carried_forward", {1, 0, 0, 0, 0, 0, 1}},
};

static int
row_of_key(const char *key)
{
	for (int r = 0; r < GR_R_NROWS; r++)
		if (strcmp(gr_rrow_key(r), key) == 0)
			return r;
	return -1;
}

/* Every cell of the text's table: the printed one. */
static void
check_text(const char *text, size_t len)
{
	gr_heap    *h = gr_heap_new();
	gr_mem		m = gr_heap_mem(h);
	gr_doc		d;
	int			exact = 0,
				wrong = 0,
				n = 0;

	gr_parse(&d, text, len, &m, NULL);
	for (size_t k = 0; k < sizeof(want) / sizeof(want[0]); k++)
	{
		int			r = row_of_key(want[k].key);

		CHECK(r >= 0);
		if (r < 0)
			continue;
		for (int c = 0; c < GR_RC_COUNT; c++)
		{
			const gr_cell *got = &d.req[r][c];

			n++;
			if (got->state == GR_VALUE && got->scale == 0 && got->m == want[k].v[c])
				exact++;
			else if (got->state == GR_VALUE || got->state == GR_BLANK)
			{
				wrong++;
				fprintf(stderr, "test_pdf_group_leaf: %s.%d read as %lld (state %d), printed %lld\n",
						want[k].key, c, (long long) got->m, got->state, want[k].v[c]);
			}
			else
				fprintf(stderr, "test_pdf_group_leaf: %s.%d not read\n", want[k].key, c);
		}
	}
	CHECK_EQ_INT(n, 175);
	CHECK_EQ_INT(wrong, 0);
	CHECK_EQ_INT(exact, n);
	gr_heap_free(h);
}

static void
test_fixture(void)
{
	size_t		len = 0;
	char	   *text = unit_slurp("../data/layout_pdf_group_leaf.txt", &len);

	CHECK(text != NULL);
	if (text == NULL)
		return;
	check_text(text, len);
	free(text);
}

/* the group (三)'s lines as the fixture prints them, and wrapped narrower */
static const char group3[] =
	"        1.属于国家秘密                      0      0      0      0      0      0      0\n"
	"    （三） 2.其他法律行政法规禁止公开       1      0      0      0      0      0      1\n"
	"    不予公 3.危及“三安全一稳定”             0      0      0      0      0      0      0\n"
	"    开     4.保护第三方合法权益             2      0      0      0      0      0      2\n";
static const char group3_narrow[] =
	"    （三 1.属于国家\n"
	"                                            0      0      0      0      0      0      0\n"
	"    ）不    秘密\n"
	"    予公\n"
	"     开 2.其他法律\n"
	"         行政法规禁                         1      0      0      0      0      0      1\n"
	"           止公开\n"
	"        3.危及“三安全一稳定”             0      0      0      0      0      0      0\n"
	"        4.保护第三方合法权益             2      0      0      0      0      0      2\n";

static void
test_wrapped_head(void)
{
	size_t		len = 0;
	char	   *text = unit_slurp("../data/layout_pdf_group_leaf.txt", &len);
	char	   *at,
			   *v;
	size_t		off;

	CHECK(text != NULL);
	if (text == NULL)
		return;
	at = strstr(text, group3);
	CHECK(at != NULL);
	if (at != NULL)
	{
		off = (size_t) (at - text);
		v = malloc(len + sizeof(group3_narrow));
		memcpy(v, text, off);
		memcpy(v + off, group3_narrow, sizeof(group3_narrow) - 1);
		memcpy(v + off + sizeof(group3_narrow) - 1, at + sizeof(group3) - 1,
			   len - off - (sizeof(group3) - 1));
		check_text(v, len - (sizeof(group3) - 1) + sizeof(group3_narrow) - 1);
		free(v);
	}
	free(text);
}

int
main(void)
{
	test_fixture();
	test_wrapped_head();
	return unit_report("test_pdf_group_leaf");
}
