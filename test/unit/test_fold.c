/*
 * test_fold.c — gr_fold at the edges of its run of plain ideographs (copied
 * whole once measured): the room left in the output, a traditional
 * character or a word inside a run, a sequence cut off by the end of the
 * text, spaces between ideographs.
 */
#include "unit.h"
#include "gr.h"
#include "text.h"

static void
fold_cap(const char *in, size_t cap, const char *want, int want_trad)
{
	char		out[256];
	int			trad = 0;
	size_t		n;

	memset(out, 'x', sizeof(out));
	n = gr_fold(in, strlen(in), out, cap, &trad);
	CHECK_EQ_STR(out, want);
	CHECK_EQ_INT((int) n, (int) strlen(want));
	CHECK_EQ_INT(trad, want_trad);
	/* never past the room given: the text, its NUL, and nothing after */
	CHECK(n < cap);
	CHECK(out[n + 1] == 'x');
}

int
main(void)
{
	/* a character is written while four bytes are left after it */
	fold_cap("一二三四五", 10, "一二", 0);
	fold_cap("一二三四五", 11, "一二三", 0);
	fold_cap("一二三四五", 256, "一二三四五", 0);
	fold_cap("一二三四五", 5, "一", 0);
	fold_cap("一二三四五", 4, "", 0);
	/* traditional characters inside a run fold and are counted */
	fold_cap("政府資訊公開", 256, "政府信息公开", 3);
	fold_cap("规範性檔案", 13, "规范性", 1);
	/* a word of the fold table (釋出) after a run */
	fold_cap("政府資訊釋出", 256, "政府信息发布", 3);
	/* a sequence cut off by the end of the text */
	fold_cap("一二\xE4\xB8", 256, "一二\xEF\xBF\xBD\xEF\xBF\xBD", 0);
	/* spaces, a tab and an ideographic space between runs are dropped */
	fold_cap("一 二\t三\xE3\x80\x80四", 256, "一二三四", 0);
	return unit_report("test_fold");
}
