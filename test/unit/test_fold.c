/*
 * test_fold.c — gr_fold at the edges of its run of plain ideographs (copied
 * whole once measured): the room left in the output, a traditional
 * character or a word inside a run, a sequence cut off by the end of the
 * text, spaces between ideographs; CJK punctuation inside a run and
 * full-width forms (each taken without decoding it).
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
	/* CJK punctuation and CJK extension A are copied within a run */
	fold_cap("条例（一）、《规定》。", 256, "条例(一)、《规定》。", 0);
	fold_cap("\xE3\x90\x80\xE3\xBF\xBF", 256, "\xE3\x90\x80\xE3\xBF\xBF", 0);
	/* ... but not the ideographic space, nor past the room left */
	fold_cap("、\xE3\x80\x80。", 256, "、。", 0);
	fold_cap("、、、、、", 10, "、、", 0);
	/* a word of the fold table after punctuation */
	fold_cap("、資訊", 256, "、信息", 2);
	/* full-width forms U+FF01-U+FF5E are ASCII; U+FF00 and U+FF5F stay */
	fold_cap("０１ＡＺａｚ！～", 256, "01AZaz!~", 0);
	fold_cap("\xEF\xBC\x80\xEF\xBD\x9F", 256, "\xEF\xBC\x80\xEF\xBD\x9F", 0);
	/* cut sequences of both */
	fold_cap("一\xE3\x80", 256, "一\xEF\xBF\xBD\xEF\xBF\xBD", 0);
	fold_cap("１\xEF\xBC", 256, "1\xEF\xBF\xBD\xEF\xBF\xBD", 0);
	return unit_report("test_fold");
}
