/*
 * test_radicals.c — radicals that pdftotext prints for ideographs fold back
 * to the ideographs, so labels read from such text match the form.
 */
#include "unit.h"
#include "gr.h"
#include "text.h"

static void
fold_is(const char *in, const char *want)
{
	char		out[256];
	int			trad = 0;

	gr_fold(in, strlen(in), out, sizeof(out), &trad);
	CHECK_EQ_STR(out, want);
	CHECK_EQ_INT(trad, 0);
}

int
main(void)
{
	/* Kangxi radicals: 行 一 二 人 十 文 */
	fold_is("\u2F8F政规范性\u2F42件", "行政规范性文件");
	fold_is("\u2F00、本年新收政府信息公开申请数量", "一、本年新收政府信息公开申请数量");
	fold_is("第\u2F06\u2F17条", "第二十条");
	fold_is("\u2F83然\u2F08", "自然人");
	/* supplement forms: 民 页 */
	fold_is("\u2EA0", "民");
	fold_is("第3\u2EDA", "第3页");
	/* a Kangxi form of a traditional character folds on to the simplified one */
	CHECK_EQ_INT(gr_fold_cp(0x2FA8, NULL), 0x95E8);	/* 門 → 门 */
	/* a radical with no ideograph of its own stays */
	CHECK_EQ_INT(gr_fold_cp(0x2E80, NULL), 0x2E80);
	/* a document in radicals is not traditional for it */
	{
		bool		t = false;

		gr_fold_cp(0x2FA8, &t);
		CHECK(!t);
	}
	return unit_report("test_radicals");
}
