/*
 * test_nbsp_cells.c — blank cells written as a non-breaking space, read
 * through python3-html2text (html2markdown).  html2markdown prints such a
 * cell as a line of two spaces, which is also how it ends a table row: a
 * reading that took it for the row's end would cut the appeals row short
 * and shift its values.
 *
 * test/data/nbsp/cms_blank_nbsp.html is a report of test/gen (the CMS
 * style of test/matrix) whose zero cells in sections 3 and 4 are blanks in
 * four markups in turn — <p>&nbsp;</p>, a bare &nbsp;, <p align="center">
 * &nbsp;</p> and Word's <p><span><o:p> </o:p></span></p> — the first,
 * fifth, tenth, fourteenth and last appeals cells among them, every cell's
 * content set on lines of its own inside <td>.
 * cms_blank_nbsp.html2markdown.md is `html2markdown cms_blank_nbsp.html
 * utf-8` (python3-html2text 2020.1.16).  Every cell read from the markdown
 * must be the page's own reading: the same number, or blank where the page
 * has a blank; never another number.
 */
#include "gr.h"
#include "unit.h"

static int	nblank;

static void
same_cell(const gr_cell *page, const gr_cell *md)
{
	CHECK_EQ_INT(md->state, page->state);
	if (page->state == GR_VALUE)
	{
		CHECK(md->m == page->m);
		CHECK_EQ_INT(md->scale, page->scale);
	}
	nblank += page->state == GR_BLANK;
}

int
main(void)
{
	size_t		hlen,
				mlen;
	char	   *html = unit_slurp("../data/nbsp/cms_blank_nbsp.html", &hlen);
	char	   *md = unit_slurp("../data/nbsp/cms_blank_nbsp.html2markdown.md", &mlen);
	gr_heap    *h = gr_heap_new();
	gr_mem		m = gr_heap_mem(h);
	gr_doc		page,
				got;

	CHECK(html != NULL && md != NULL);
	if (html == NULL || md == NULL)
		return unit_report("test_nbsp_cells");
	gr_parse(&page, html, hlen, &m, NULL);
	gr_parse(&got, md, mlen, &m, NULL);
	CHECK(page.has_appeals);
	CHECK(got.has_appeals);
	CHECK_EQ_INT(got.form_requests, page.form_requests);
	for (int r = 0; r < GR_A_NROWS; r++)
		for (int c = 0; c < GR_A_NCOLS; c++)
			same_cell(&page.active[r][c], &got.active[r][c]);
	for (int r = 0; r < GR_R_NROWS; r++)
		for (int c = 0; c < GR_RC_COUNT; c++)
			same_cell(&page.req[r][c], &got.req[r][c]);
	for (int g = 0; g < GR_AP_NGROUPS; g++)
		for (int c = 0; c < GR_APC_NCOLS; c++)
			same_cell(&page.appeals[g][c], &got.appeals[g][c]);
	/* the page's blanks are there: the five appeals cells among them */
	CHECK(nblank >= 60);
	CHECK_EQ_INT(page.appeals[0][0].state, GR_BLANK);
	CHECK_EQ_INT(page.appeals[2][GR_APC_NCOLS - 1].state, GR_BLANK);
	CHECK_EQ_INT(got.appeals[0][0].state, GR_BLANK);
	CHECK_EQ_INT(got.appeals[2][GR_APC_NCOLS - 1].state, GR_BLANK);
	gr_heap_free(h);
	free(html);
	free(md);
	return unit_report("test_nbsp_cells");
}
