/*
 * test_form.c — the form's tables (form.c): the self-check, and the
 * wording the renderer and the checks print taken from them in both
 * scripts.
 */
#include "gr.h"
#include "text.h"
#include "unit.h"

static void
test_selfcheck(void)
{
	const char *e = gr_form_selfcheck();

	CHECK_EQ_STR(e != NULL ? e : "ok", "ok");
}

/* The headings, numbered 一 to 六, keyed like the parts they head. */
static void
test_headings(void)
{
	static const char *const simp[GR_NHEADINGS] = {
		"一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
		"四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况",
		"六、其他需要报告的事项"
	};
	static const char *const trad[GR_NHEADINGS] = {
		"一、總體情況", "二、主動公開政府信息情況", "三、收到和處理政府信息公開申請情況",
		"四、政府信息公開行政複議、行政訴訟情況", "五、存在的主要問題及改進情況",
		"六、其他需要報告的事項"
	};

	for (int i = 0; i < GR_NHEADINGS; i++)
	{
		CHECK_EQ_STR(gr_label_in(GR_SIMPLIFIED, &gr_headings[i]), simp[i]);
		CHECK_EQ_STR(gr_label_in(GR_TRADITIONAL, &gr_headings[i]), trad[i]);
	}
	CHECK_EQ_STR(gr_headings[0].key, "overview");
	CHECK_EQ_STR(gr_headings[2].key, "requests");
	CHECK_EQ_STR(gr_headings[5].key, "other_matters");
}

/* Requests rows: the row heads and the dispositions in either script. */
static void
test_rrow_labels(void)
{
	CHECK_EQ_STR(gr_rrow_label(GR_R_NEW_RECEIVED), "一、本年新收政府信息公开申请数量");
	CHECK_EQ_STR(gr_rrow_label_in(GR_TRADITIONAL, GR_R_CARRIED_OVER), "二、上年結轉政府信息公開申請數量");
	CHECK_EQ_STR(gr_rrow_label_in(GR_TRADITIONAL, GR_R_CARRIED_FORWARD), "四、結轉下年度繼續辦理");
	CHECK_EQ_STR(gr_rrow_label_in(GR_SIMPLIFIED, GR_R_DISP(GR_D_N_DUPLICATE)), "重复申请");
	CHECK_EQ_STR(gr_rrow_label_in(GR_TRADITIONAL, GR_R_DISP(GR_D_N_DUPLICATE)), "重複申請");
	CHECK_EQ_STR(gr_rrow_label_in(GR_TRADITIONAL, GR_R_NROWS), "?");
	CHECK_EQ_STR(gr_label_in(GR_TRADITIONAL, &gr_rheads[GR_RH_RESULTS]), "三、本年度辦理結果");
}

/*
 * gr_render_word, for renderers outside the core: every wording the
 * renderer prints, given in simplified characters, comes back traditional.
 */
static void
test_render_word(void)
{
	static const char *const pairs[][2] = {
		{"年政府信息公开工作年度报告", "年政府信息公開工作年度報告"},
		{"政府信息公开工作年度报告", "政府信息公開工作年度報告"},
		{"一、总体情况", "一、總體情況"},
		{"四、政府信息公开行政复议、行政诉讼情况", "四、政府信息公開行政複議、行政訴訟情況"},
		{"六、其他需要报告的事项", "六、其他需要報告的事項"},
		{"第二十条第", "第二十條第"},
		{"项", "項"},
		{"信息内容", "信息內容"},
		{"规范性文件", "規範性文件"},
		{"处理决定数量", "處理決定數量"},
		{"采购总金额", "採購總金額"},
		{"（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
		"（本列數據的勾稽關係為：第一項加第二項之和，等於第三項加第四項之和）"},
		{"申请人情况", "申請人情況"},
		{"一、本年新收政府信息公开申请数量", "一、本年新收政府信息公開申請數量"},
		{"三、本年度办理结果", "三、本年度辦理結果"},
		{"四、结转下年度继续办理", "四、結轉下年度繼續辦理"},
		{"行政诉讼", "行政訴訟"},
		{"本年收费金额（单位：万元）", "本年收費金額（單位：萬元）"},
		{"政府集中采购", "政府集中採購"},
		{"本年增/减", "本年增/減"},
	};

	for (size_t i = 0; i < sizeof(pairs) / sizeof(pairs[0]); i++)
	{
		CHECK_EQ_STR(gr_render_word(GR_TRADITIONAL, pairs[i][0]), pairs[i][1]);
		CHECK_EQ_STR(gr_render_word(GR_SIMPLIFIED, pairs[i][0]), pairs[i][0]);
	}
	/* a string that is no wording of the renderer comes back as it is */
	CHECK_EQ_STR(gr_render_word(GR_TRADITIONAL, "予以公开"), "予以公开");
	CHECK_EQ_STR(gr_render_word(GR_TRADITIONAL, ""), "");
}

/* Each sub-table's traditional labels are its simplified ones, folded. */
static void
test_active_pairs(void)
{
	const gr_active_sub *s;
	int			n;

	s = gr_active_subs(GR_FORM_2019, &n);
	CHECK_EQ_INT(n, 5);
	CHECK_EQ_STR(s[0].row_labels_t[1], "規範性文件");
	CHECK_EQ_STR(s[4].col_labels_t[1], "採購總金額");
	s = gr_active_subs(GR_FORM_2021, &n);
	CHECK_EQ_INT(n, 4);
	CHECK_EQ_STR(s[3].col_labels_t[0], "本年收費金額（單位：萬元）");
	for (int f = 0; f < 2; f++)
	{
		s = gr_active_subs(f == 0 ? GR_FORM_2019 : GR_FORM_2021, &n);
		for (int i = 0; i < n; i++)
			for (int k = 0; k < s[i].ncols; k++)
			{
				char		a[256],
							b[256];

				gr_fold(s[i].col_labels[k], strlen(s[i].col_labels[k]), a, sizeof(a), NULL);
				gr_fold(s[i].col_labels_t[k], strlen(s[i].col_labels_t[k]), b, sizeof(b), NULL);
				CHECK_EQ_STR(b, a);
			}
	}
}

/* The shared numeral and width folding (text.h), which labels.c and parse.c read with. */
static void
test_numerals(void)
{
	const char *cn = "一二三四五六七八九十";
	size_t		at = 0,
				adv;

	for (int v = 1; v <= 10; v++, at += adv)
		CHECK_EQ_INT(gr_cn_numeral(gr_utf8_next((const unsigned char *) cn + at, strlen(cn) - at, &adv)), v);
	CHECK_EQ_INT(gr_cn_numeral(0x3007), 0);	/* 〇 */
	CHECK_EQ_INT(gr_cn_numeral(0x4E24), 0);	/* 两 */
	CHECK_EQ_INT(gr_cn_numeral('1'), 0);
	CHECK_EQ_INT(gr_cn_numeral(0x56DC), 0);	/* past 四 */
	CHECK_EQ_INT(gr_fold_width(0xFF08), '(');
	CHECK_EQ_INT(gr_fold_width(0xFF19), '9');
	CHECK_EQ_INT(gr_fold_width(0x2212), '-');
	CHECK_EQ_INT(gr_fold_width(0x201C), 0x201C);
	CHECK_EQ_INT(gr_fold_width(0x3001), 0x3001);	/* 、 stays */
	/* both readers of numbering, through the same numerals */
	CHECK_EQ_INT(gr_label_number("（四）"), 4);
	CHECK_EQ_INT(gr_label_number("（１０）"), 10);
	CHECK_EQ_INT(gr_label_number("九、"), 9);
}

int
main(void)
{
	test_selfcheck();
	test_headings();
	test_rrow_labels();
	test_render_word();
	test_active_pairs();
	test_numerals();
	return unit_report("test_form");
}
