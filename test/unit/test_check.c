/*
 * test_check.c — the balance rules and other findings of check.c, on
 * documents built by hand in both revisions of the form.
 */
#include "gr.h"
#include "unit.h"

static void
setv(gr_cell *c, int64_t v)
{
	c->m = v;
	c->scale = 0;
	c->state = GR_VALUE;
}

static void
setd(gr_cell *c, int64_t m, int scale)
{
	c->m = m;
	c->scale = (uint8_t) scale;
	c->state = GR_VALUE;
}

/* Recompute the 总计 column of every stored requests row. */
static void
fix_total_col(gr_doc *d)
{
	for (int r = 0; r < GR_R_NROWS; r++)
	{
		int64_t		s = 0;

		if (!gr_rrow_is_leaf(d->form_requests, r))
			continue;
		for (int c = 0; c < GR_RC_TOTAL; c++)
			s += d->req[r][c].m;
		setv(&d->req[r][GR_RC_TOTAL], s);
	}
}

/*
 * A balanced document.  Column c (0..5): new 5+c, carried over 1; granted 2,
 * partially 1, not_held 1, duplicate 1, other (2019: the row; 2021:
 * other.other) c; total 5+c; carried forward 1.  总计 column: new 45,
 * carried 6, granted 12, total 45, forward 6.
 */
static void
balanced(gr_doc *d, gr_form f, int year)
{
	memset(d, 0, sizeof(*d));
	d->status = GR_OK;
	d->year = year;
	d->form_active = f;
	d->form_requests = f;
	d->has_appeals = true;
	for (int r = 0; r < GR_A_NROWS; r++)
		for (int c = 0; c < GR_A_NCOLS; c++)
			if (gr_active_has(f, (gr_arow) r, (gr_acol) c))
				setv(&d->active[r][c], 0);
	if (f == GR_FORM_2021)
	{
		setv(&d->active[GR_A_RULES][GR_AC_ISSUED], 2);
		setv(&d->active[GR_A_RULES][GR_AC_REPEALED], 1);
		setv(&d->active[GR_A_RULES][GR_AC_IN_FORCE], 10);
		setv(&d->active[GR_A_NORMATIVE][GR_AC_ISSUED], 3);
		setv(&d->active[GR_A_NORMATIVE][GR_AC_IN_FORCE], 20);
	}
	for (int r = 0; r < GR_R_NROWS; r++)
		if (gr_rrow_is_leaf(f, r))
			for (int c = 0; c < GR_RC_COUNT; c++)
				setv(&d->req[r][c], 0);
	for (int c = 0; c < GR_RC_TOTAL; c++)
	{
		setv(&d->req[GR_R_NEW_RECEIVED][c], 5 + c);
		setv(&d->req[GR_R_CARRIED_OVER][c], 1);
		setv(&d->req[GR_R_DISP(GR_D_GRANTED)][c], 2);
		setv(&d->req[GR_R_DISP(GR_D_PARTIAL)][c], 1);
		setv(&d->req[GR_R_DISP(GR_D_U_NOT_HELD)][c], 1);
		setv(&d->req[GR_R_DISP(GR_D_N_DUPLICATE)][c], 1);
		setv(&d->req[GR_R_DISP(f == GR_FORM_2019 ? GR_D_OTHER : GR_D_O_OTHER)][c], c);
		setv(&d->req[GR_R_DISP(GR_D_TOTAL)][c], 5 + c);
		setv(&d->req[GR_R_CARRIED_FORWARD][c], 1);
	}
	fix_total_col(d);
	for (int g = 0; g < GR_AP_NGROUPS; g++)
		for (int c = 0; c < GR_APC_NCOLS; c++)
			setv(&d->appeals[g][c], 0);
	setv(&d->appeals[GR_AP_REVIEW][GR_APC_MAINTAINED], 1);
	setv(&d->appeals[GR_AP_REVIEW][GR_APC_OTHER], 1);
	setv(&d->appeals[GR_AP_REVIEW][GR_APC_PENDING], 1);
	setv(&d->appeals[GR_AP_REVIEW][GR_APC_TOTAL], 3);
	setv(&d->appeals[GR_AP_LIT_DIRECT][GR_APC_CORRECTED], 1);
	setv(&d->appeals[GR_AP_LIT_DIRECT][GR_APC_TOTAL], 1);
}

static gr_heap *heap;
static gr_mem mem;
static gr_findings fs;

static int
run(const gr_doc *d)
{
	memset(&fs, 0, sizeof(fs));
	gr_check(d, NULL, 0, &mem, &fs);
	return fs.n;
}

static bool
has_error(void)
{
	for (int i = 0; i < fs.n; i++)
		if (fs.v[i].severity == GR_SEV_ERROR)
			return true;
	return false;
}

static const char *
cellstr(gr_cell c)
{
	static char buf[8][64];
	static int	k;
	gr_buf		b;

	if (c.state == GR_ABSENT)
		return "null";
	gr_buf_init(&b, &mem, 64);
	gr_buf_decimal(&b, c.m, c.scale);
	k = (k + 1) % 8;
	snprintf(buf[k], sizeof(buf[k]), "%s", b.data);
	return buf[k];
}

/* Finding i is exactly this (expected/actual as text, "null" for null). */
#define FINDING(i, rule_, sev_, path_, exp_, act_, msg_) do { \
	CHECK((i) < fs.n); \
	if ((i) < fs.n) { \
		const gr_finding *f_ = &fs.v[i]; \
		CHECK_EQ_STR(gr_rule_keys[f_->rule], rule_); \
		CHECK_EQ_STR(gr_severity_keys[f_->severity], sev_); \
		CHECK_EQ_STR(f_->path, path_); \
		CHECK_EQ_STR(cellstr(f_->expected), exp_); \
		CHECK_EQ_STR(cellstr(f_->actual), act_); \
		CHECK_EQ_STR(f_->message, msg_); \
	} \
} while (0)

static gr_cell *
R(gr_doc *d, int row, int col)
{
	return &d->req[row][col];
}

static void
test_balanced(void)
{
	gr_doc		d;

	balanced(&d, GR_FORM_2021, 2023);
	CHECK_EQ_INT(run(&d), 0);
	CHECK(gr_balance_ok(&d));
	balanced(&d, GR_FORM_2019, 2020);
	CHECK_EQ_INT(run(&d), 0);
	CHECK(gr_balance_ok(&d));

	/* cells outside the revision do not count */
	balanced(&d, GR_FORM_2019, 2020);
	setv(R(&d, GR_R_DISP(GR_D_O_OTHER), GR_RC_NATURAL), 7);
	setv(R(&d, GR_R_DISP(GR_D_WITHHELD), GR_RC_NATURAL), 9);
	CHECK_EQ_INT(run(&d), 0);
	CHECK(gr_balance_ok(&d));
	balanced(&d, GR_FORM_2021, 2023);
	setv(R(&d, GR_R_DISP(GR_D_OTHER), GR_RC_NATURAL), 7);
	CHECK_EQ_INT(run(&d), 0);
	CHECK(gr_balance_ok(&d));
}

static void
test_flow(void)
{
	gr_doc		d;

	for (int f = 0; f < 2; f++)
	{
		balanced(&d, f ? GR_FORM_2019 : GR_FORM_2021, 2020);
		/* one column: carried forward 2 instead of 1, 总计 follows */
		setv(R(&d, GR_R_CARRIED_FORWARD, GR_RC_NATURAL), 2);
		fix_total_col(&d);
		CHECK_EQ_INT(run(&d), 2);
		FINDING(0, "requests.flow", "error", "requests.*.natural_person", "6", "7",
				"自然人列：第一项加第二项之和(6)不等于第三项加第四项之和(7)");
		FINDING(1, "requests.flow", "error", "requests.*.total", "51", "52",
				"总计列：第一项加第二项之和(51)不等于第三项加第四项之和(52)");
		CHECK(!gr_balance_ok(&d));

		/* several columns */
		setv(R(&d, GR_R_NEW_RECEIVED, GR_RC_OTHER_ORG), 9);	/* was 10 */
		setv(R(&d, GR_R_CARRIED_OVER, GR_RC_RESEARCH), 0);	/* was 1 */
		fix_total_col(&d);
		CHECK_EQ_INT(run(&d), 4);
		FINDING(0, "requests.flow", "error", "requests.*.natural_person", "6", "7",
				"自然人列：第一项加第二项之和(6)不等于第三项加第四项之和(7)");
		FINDING(1, "requests.flow", "error", "requests.*.research", "7", "8",
				"法人或其他组织（科研机构）列：第一项加第二项之和(7)不等于第三项加第四项之和(8)");
		FINDING(2, "requests.flow", "error", "requests.*.other_org", "10", "11",
				"法人或其他组织（其他）列：第一项加第二项之和(10)不等于第三项加第四项之和(11)");
		FINDING(3, "requests.flow", "error", "requests.*.total", "49", "52",
				"总计列：第一项加第二项之和(49)不等于第三项加第四项之和(52)");
		CHECK(!gr_balance_ok(&d));
	}
}

static void
test_total(void)
{
	gr_doc		d;

	/* one cell: granted 3 for natural persons breaks two identities */
	balanced(&d, GR_FORM_2021, 2023);
	setv(R(&d, GR_R_DISP(GR_D_GRANTED), GR_RC_NATURAL), 3);
	CHECK_EQ_INT(run(&d), 3);
	FINDING(0, "requests.total", "error", "requests.total.natural_person", "6", "5",
			"自然人列：（七）总计(5)不等于（一）至（六）各项办理结果之和(6)");
	FINDING(1, "requests.applicants", "error", "requests.granted", "13", "12",
			"（一）予以公开行：总计列(12)不等于自然人与法人或其他组织各列之和(13)");
	/* and the one cell that explains both */
	FINDING(2, "suspect_cell", "warning", "requests.granted.natural_person", "2", "3",
			"（一）予以公开行自然人列为3，改为2后各项勾稽关系均成立");
	CHECK(!gr_balance_ok(&d));

	/* a leaf of a group, 2021: other.no_correction; several columns */
	balanced(&d, GR_FORM_2021, 2023);
	setv(R(&d, GR_R_DISP(GR_D_O_NO_CORRECTION), GR_RC_WELFARE), 2);
	setv(R(&d, GR_R_DISP(GR_D_W_STATE_SECRET), GR_RC_LEGAL_SERVICE), 1);
	fix_total_col(&d);
	CHECK_EQ_INT(run(&d), 3);
	FINDING(0, "requests.total", "error", "requests.total.social_welfare", "10", "8",
			"法人或其他组织（社会公益组织）列：（七）总计(8)不等于（一）至（六）各项办理结果之和(10)");
	FINDING(1, "requests.total", "error", "requests.total.legal_service", "10", "9",
			"法人或其他组织（法律服务机构）列：（七）总计(9)不等于（一）至（六）各项办理结果之和(10)");
	FINDING(2, "requests.total", "error", "requests.total.total", "48", "45",
			"总计列：（七）总计(45)不等于（一）至（六）各项办理结果之和(48)");

	/* 2019: the row （六）其他处理 is itself the leaf */
	balanced(&d, GR_FORM_2019, 2020);
	setv(R(&d, GR_R_DISP(GR_D_OTHER), GR_RC_NATURAL), 1);
	fix_total_col(&d);
	CHECK_EQ_INT(run(&d), 2);
	FINDING(0, "requests.total", "error", "requests.total.natural_person", "6", "5",
			"自然人列：（七）总计(5)不等于（一）至（六）各项办理结果之和(6)");
	FINDING(1, "requests.total", "error", "requests.total.total", "46", "45",
			"总计列：（七）总计(45)不等于（一）至（六）各项办理结果之和(46)");
	CHECK(!gr_balance_ok(&d));
}

static void
test_applicants(void)
{
	gr_doc		d;

	for (int f = 0; f < 2; f++)
	{
		balanced(&d, f ? GR_FORM_2019 : GR_FORM_2021, 2020);
		/* rows outside the dispositions: only this rule sees them */
		setv(R(&d, GR_R_NEW_RECEIVED, GR_RC_TOTAL), 44);
		setv(R(&d, GR_R_CARRIED_OVER, GR_RC_TOTAL), 7);
		CHECK_EQ_INT(run(&d), 2);
		FINDING(0, "requests.applicants", "error", "requests.new_received", "45", "44",
				"一、本年新收政府信息公开申请数量行：总计列(44)不等于自然人与法人或其他组织各列之和(45)");
		FINDING(1, "requests.applicants", "error", "requests.carried_over", "6", "7",
				"二、上年结转政府信息公开申请数量行：总计列(7)不等于自然人与法人或其他组织各列之和(6)");
		CHECK(!gr_balance_ok(&d));
	}
	/* a leaf row names its group */
	balanced(&d, GR_FORM_2021, 2023);
	setv(R(&d, GR_R_DISP(GR_D_W_STATE_SECRET), GR_RC_TOTAL), 1);
	setv(R(&d, GR_R_DISP(GR_D_U_NOT_HELD), GR_RC_TOTAL), 5);
	setv(R(&d, GR_R_DISP(GR_D_TOTAL), GR_RC_TOTAL), 45);
	CHECK_EQ_INT(run(&d), 2);
	FINDING(0, "requests.applicants", "error", "requests.withheld.state_secret", "0", "1",
			"（三）不予公开 1.属于国家秘密行：总计列(1)不等于自然人与法人或其他组织各列之和(0)");
	FINDING(1, "requests.applicants", "error", "requests.unavailable.not_held", "6", "5",
			"（四）无法提供 1.本机关不掌握相关政府信息行：总计列(5)不等于自然人与法人或其他组织各列之和(6)");
}

static void
test_appeals(void)
{
	gr_doc		d;

	balanced(&d, GR_FORM_2021, 2023);
	setv(&d.appeals[GR_AP_REVIEW][GR_APC_CORRECTED], 1);
	CHECK_EQ_INT(run(&d), 1);
	FINDING(0, "appeals.total", "error", "appeals.review", "4", "3",
			"行政复议：总计(3)不等于结果维持、结果纠正、其他结果、尚未审结之和(4)");
	CHECK(!gr_balance_ok(&d));
	setv(&d.appeals[GR_AP_LIT_AFTER][GR_APC_TOTAL], 2);
	CHECK_EQ_INT(run(&d), 2);
	FINDING(1, "appeals.total", "error", "appeals.litigation_after_review", "0", "2",
			"行政诉讼（复议后起诉）：总计(2)不等于结果维持、结果纠正、其他结果、尚未审结之和(0)");
	/* the same in a 2019 report: section 4 did not change */
	balanced(&d, GR_FORM_2019, 2020);
	setv(&d.appeals[GR_AP_LIT_DIRECT][GR_APC_PENDING], 3);
	CHECK_EQ_INT(run(&d), 1);
	FINDING(0, "appeals.total", "error", "appeals.litigation_direct", "4", "1",
			"行政诉讼（未经复议直接起诉）：总计(1)不等于结果维持、结果纠正、其他结果、尚未审结之和(4)");
	CHECK(!gr_balance_ok(&d));
}

static void
test_nonnegative(void)
{
	gr_doc		d;

	/* negative but balanced: only nonnegative */
	balanced(&d, GR_FORM_2021, 2023);
	setv(R(&d, GR_R_DISP(GR_D_GRANTED), GR_RC_NATURAL), -1);
	setv(R(&d, GR_R_DISP(GR_D_PARTIAL), GR_RC_NATURAL), 4);
	fix_total_col(&d);
	CHECK_EQ_INT(run(&d), 1);
	FINDING(0, "nonnegative", "error", "requests.granted.natural_person", "null", "-1",
			"（一）予以公开行自然人列的数值(-1)为负数");
	CHECK(!gr_balance_ok(&d));

	balanced(&d, GR_FORM_2019, 2020);
	setv(&d.appeals[GR_AP_REVIEW][GR_APC_OTHER], -1);
	setv(&d.appeals[GR_AP_REVIEW][GR_APC_PENDING], 3);
	setv(&d.appeals[GR_AP_LIT_DIRECT][GR_APC_CORRECTED], -2);
	setv(&d.appeals[GR_AP_LIT_DIRECT][GR_APC_OTHER], 3);
	CHECK_EQ_INT(run(&d), 2);
	FINDING(0, "nonnegative", "error", "appeals.review.other", "null", "-1",
			"行政复议“其他结果”的数值(-1)为负数");
	FINDING(1, "nonnegative", "error", "appeals.litigation_direct.corrected", "null", "-2",
			"行政诉讼（未经复议直接起诉）“结果纠正”的数值(-2)为负数");
	CHECK(!gr_balance_ok(&d));

	/* section 2: a warning; the signed 本年增/减 column is exempt */
	balanced(&d, GR_FORM_2021, 2023);
	setv(&d.active[GR_A_RULES][GR_AC_ISSUED], -1);
	CHECK_EQ_INT(run(&d), 1);
	FINDING(0, "nonnegative", "warning", "active.rules.issued", "null", "-1",
			"规章行“本年制发件数”列的数值(-1)为负数");
	CHECK(gr_balance_ok(&d));
	balanced(&d, GR_FORM_2019, 2020);
	setv(&d.active[GR_A_LICENSING][GR_AC_CHANGE], -3);
	setv(&d.active[GR_A_NORMATIVE][GR_AC_PRODUCED], -3);
	CHECK_EQ_INT(run(&d), 1);
	FINDING(0, "nonnegative", "warning", "active.normative_documents.produced", "null", "-3",
			"规范性文件行“本年新制作数量”列的数值(-3)为负数");
	CHECK(gr_balance_ok(&d));
}

static void
test_blank(void)
{
	gr_doc		d;

	/* blank as 0 balances: a warning only */
	balanced(&d, GR_FORM_2021, 2023);
	setv(R(&d, GR_R_DISP(GR_D_GRANTED), GR_RC_NATURAL), 0);
	R(&d, GR_R_DISP(GR_D_GRANTED), GR_RC_NATURAL)->state = GR_BLANK;
	setv(R(&d, GR_R_DISP(GR_D_PARTIAL), GR_RC_NATURAL), 3);
	fix_total_col(&d);
	CHECK_EQ_INT(run(&d), 1);
	FINDING(0, "blank_cell", "warning", "requests.granted.natural_person", "null", "null",
			"（一）予以公开行自然人列为空，按0计算");
	CHECK(gr_balance_ok(&d));

	/* blank where the value was not 0: the sums see 0 */
	balanced(&d, GR_FORM_2019, 2020);
	R(&d, GR_R_DISP(GR_D_OTHER), GR_RC_COMMERCIAL)->state = GR_UNREADABLE;
	d.appeals[GR_AP_REVIEW][GR_APC_TOTAL].state = GR_MISSING;
	CHECK_EQ_INT(run(&d), 5);
	FINDING(0, "blank_cell", "warning", "requests.other.commercial", "null", "null",
			"（六）其他处理行法人或其他组织（商业企业）列无法识别为数字，按0计算");
	FINDING(1, "requests.total", "error", "requests.total.commercial", "5", "6",
			"法人或其他组织（商业企业）列：（七）总计(6)不等于（一）至（六）各项办理结果之和(5)");
	FINDING(2, "requests.applicants", "error", "requests.other", "14", "15",
			"（六）其他处理行：总计列(15)不等于自然人与法人或其他组织各列之和(14)");
	FINDING(3, "blank_cell", "warning", "appeals.review.total", "null", "null",
			"行政复议“总计”缺失，按0计算");
	FINDING(4, "appeals.total", "error", "appeals.review", "3", "0",
			"行政复议：总计(0)不等于结果维持、结果纠正、其他结果、尚未审结之和(3)");
	CHECK(!gr_balance_ok(&d));

	/* a row or group the document lacks: one finding for it */
	balanced(&d, GR_FORM_2021, 2023);
	for (int c = 0; c < GR_RC_COUNT; c++)
		R(&d, GR_R_DISP(GR_D_W_STATE_SECRET), c)->state = GR_ABSENT;
	for (int c = 0; c < GR_APC_NCOLS; c++)
		d.appeals[GR_AP_LIT_AFTER][c].state = GR_ABSENT;
	CHECK_EQ_INT(run(&d), 2);
	FINDING(0, "blank_cell", "warning", "requests.withheld.state_secret", "null", "null",
			"（三）不予公开 1.属于国家秘密行缺失，各列按0计算");
	FINDING(1, "blank_cell", "warning", "appeals.litigation_after_review", "null", "null",
			"行政诉讼（复议后起诉）缺失，各列按0计算");
	CHECK(gr_balance_ok(&d));

	/* section 2 blanks are findings too; sub-tables left out are not */
	balanced(&d, GR_FORM_2021, 2023);
	d.active[GR_A_FEES][GR_AC_AMOUNT].state = GR_BLANK;
	d.active[GR_A_COERCION][GR_AC_DECISIONS].state = GR_ABSENT;
	CHECK_EQ_INT(run(&d), 1);
	FINDING(0, "blank_cell", "warning", "active.fees.amount", "null", "null",
			"行政事业性收费行“本年收费金额（单位：万元）”列为空，按0计算");
}

static void
test_tables(void)
{
	gr_doc		d;

	balanced(&d, GR_FORM_2021, 2023);
	d.has_appeals = false;
	CHECK_EQ_INT(run(&d), 1);
	FINDING(0, "missing_table", "error", "appeals", "null", "null",
			"未找到第四部分“政府信息公开行政复议、行政诉讼情况”的表格");
	CHECK(!gr_balance_ok(&d));

	balanced(&d, GR_FORM_2021, 2023);
	d.form_requests = GR_FORM_NONE;
	d.form_active = GR_FORM_NONE;
	CHECK_EQ_INT(run(&d), 2);
	FINDING(0, "missing_table", "warning", "active", "null", "null",
			"未找到第二部分“主动公开政府信息情况”的表格");
	FINDING(1, "missing_table", "error", "requests", "null", "null",
			"未找到第三部分“收到和处理政府信息公开申请情况”的表格");
	CHECK(!gr_balance_ok(&d));

	/* section 2 alone missing: still balanced */
	balanced(&d, GR_FORM_2021, 2023);
	d.form_active = GR_FORM_NONE;
	CHECK_EQ_INT(run(&d), 1);
	CHECK(gr_balance_ok(&d));

	/* an empty document */
	memset(&d, 0, sizeof(d));
	CHECK_EQ_INT(run(&d), 3);
	CHECK(!gr_balance_ok(&d));

	/* outdated_form: 2019 tables in a report on 2021 or later */
	balanced(&d, GR_FORM_2019, 2023);
	CHECK_EQ_INT(run(&d), 2);
	FINDING(0, "outdated_form", "warning", "active", "null", "2023",
			"第二部分“主动公开政府信息情况”的表格使用2019年版格式（国办公开办函〔2019〕60号），"
			"2023年度报告应使用2021年版格式（国办公开办函〔2021〕30号）");
	FINDING(1, "outdated_form", "warning", "requests", "null", "2023",
			"第三部分“收到和处理政府信息公开申请情况”的表格使用2019年版格式（国办公开办函〔2019〕60号），"
			"2023年度报告应使用2021年版格式（国办公开办函〔2021〕30号）");
	CHECK(gr_balance_ok(&d));
	d.year = 2020;
	CHECK_EQ_INT(run(&d), 0);
	d.year = 0;					/* year unknown: no finding */
	CHECK_EQ_INT(run(&d), 0);
}

static void
test_narrative(void)
{
	gr_doc		d;

	balanced(&d, GR_FORM_2021, 2023);
	setv(&d.facts[GR_F_REQUESTS_RECEIVED], 45);
	CHECK_EQ_INT(run(&d), 0);
	setv(&d.facts[GR_F_REQUESTS_RECEIVED], 51);	/* new + carried over */
	CHECK_EQ_INT(run(&d), 0);
	setv(&d.facts[GR_F_REQUESTS_RECEIVED], 14);
	CHECK_EQ_INT(run(&d), 1);
	FINDING(0, "narrative_mismatch", "warning", "facts.requests_received", "45", "14",
			"总体情况所述收到政府信息公开申请数(14)与表格“一、本年新收政府信息公开申请数量”总计(45)不符");
	CHECK(gr_balance_ok(&d));
	/* no table value to compare with: nothing */
	R(&d, GR_R_NEW_RECEIVED, GR_RC_TOTAL)->state = GR_BLANK;
	CHECK_EQ_INT(run(&d), 4);	/* blank, flow, applicants, suspect */
	CHECK(fs.v[0].rule == GR_RULE_BLANK_CELL);
	CHECK(fs.v[2].rule == GR_RULE_REQUESTS_APPLICANTS);
	FINDING(3, "suspect_cell", "warning", "requests.new_received.total", "45", "null",
			"一、本年新收政府信息公开申请数量行总计列为空，改为45后各项勾稽关系均成立");
}

static void
test_malformed(void)
{
	gr_doc		d;
	const char *const probs[2] = {"requests.granted: expected an object, found an array", "no colon"};

	balanced(&d, GR_FORM_2021, 2023);
	memset(&fs, 0, sizeof(fs));
	gr_check(&d, probs, 2, &mem, &fs);
	CHECK_EQ_INT(fs.n, 2);
	FINDING(0, "malformed", "error", "requests.granted", "null", "null",
			"文档结构有误：requests.granted: expected an object, found an array");
	FINDING(1, "malformed", "error", "", "null", "null", "文档结构有误：no colon");
}

static void
test_decimals(void)
{
	gr_doc		d;

	balanced(&d, GR_FORM_2021, 2023);
	setd(&d.appeals[GR_AP_REVIEW][GR_APC_MAINTAINED], 15, 1);	/* 1.5 */
	setd(&d.appeals[GR_AP_REVIEW][GR_APC_OTHER], 25, 2);	/* 0.25 */
	setd(&d.appeals[GR_AP_REVIEW][GR_APC_TOTAL], 2750, 3);	/* 2.75 */
	CHECK_EQ_INT(run(&d), 0);
	setd(&d.appeals[GR_AP_REVIEW][GR_APC_TOTAL], 1, 0);
	CHECK_EQ_INT(run(&d), 2);
	FINDING(0, "appeals.total", "error", "appeals.review", "2.75", "1",
			"行政复议：总计(1)不等于结果维持、结果纠正、其他结果、尚未审结之和(2.75)");
	/* lowering any result to fit would make it negative: only the total can be wrong */
	FINDING(1, "suspect_cell", "warning", "appeals.review.total", "2.75", "1",
			"行政复议“总计”为1，改为2.75后各项勾稽关系均成立");
	setd(&d.appeals[GR_AP_REVIEW][GR_APC_TOTAL], 2750, 3);
	setd(&d.appeals[GR_AP_REVIEW][GR_APC_PENDING], -5, 1);
	setd(&d.appeals[GR_AP_REVIEW][GR_APC_MAINTAINED], 30, 1);
	CHECK_EQ_INT(run(&d), 1);
	FINDING(0, "nonnegative", "error", "appeals.review.pending", "null", "-0.5",
			"行政复议“尚未审结”的数值(-0.5)为负数");

	/* the largest cells sum exactly */
	balanced(&d, GR_FORM_2021, 2023);
	setv(&d.appeals[GR_AP_REVIEW][GR_APC_MAINTAINED], GR_MAX_MANTISSA);
	setv(&d.appeals[GR_AP_REVIEW][GR_APC_OTHER], GR_MAX_MANTISSA);
	setd(&d.appeals[GR_AP_REVIEW][GR_APC_PENDING], GR_MAX_MANTISSA, 6);
	setv(&d.appeals[GR_AP_REVIEW][GR_APC_TOTAL], 0);
	CHECK_EQ_INT(run(&d), 2);
	/* too long for int64 at scale 6: rounded to the scale that fits */
	FINDING(0, "appeals.total", "error", "appeals.review", "2000000999999998.000", "0",
			"行政复议：总计(0)不等于结果维持、结果纠正、其他结果、尚未审结之和(2000000999999998.000)");
	FINDING(1, "suspect_cell", "warning", "appeals.review.total", "2000000999999998.000", "0",
			"行政复议“总计”为0，改为2000000999999998.000后各项勾稽关系均成立");
	setd(&d.appeals[GR_AP_REVIEW][GR_APC_PENDING], -GR_MAX_MANTISSA, 6);
	CHECK_EQ_INT(run(&d), 2);
	FINDING(0, "nonnegative", "error", "appeals.review.pending", "null", "-999999999.999999",
			"行政复议“尚未审结”的数值(-999999999.999999)为负数");
	FINDING(1, "appeals.total", "error", "appeals.review", "1999998999999998.000", "0",
			"行政复议：总计(0)不等于结果维持、结果纠正、其他结果、尚未审结之和(1999998999999998.000)");
	/* exact at full scale: equal sums are equal, one millionth is not */
	setd(&d.appeals[GR_AP_REVIEW][GR_APC_MAINTAINED], 9999999995, 1);
	setv(&d.appeals[GR_AP_REVIEW][GR_APC_OTHER], 0);
	setd(&d.appeals[GR_AP_REVIEW][GR_APC_PENDING], 1, 6);
	setd(&d.appeals[GR_AP_REVIEW][GR_APC_TOTAL], 999999999500001, 6);
	CHECK_EQ_INT(run(&d), 0);
	setd(&d.appeals[GR_AP_REVIEW][GR_APC_TOTAL], 999999999500002, 6);
	CHECK_EQ_INT(run(&d), 1);
	FINDING(0, "appeals.total", "error", "appeals.review", "999999999.500001", "999999999.500002",
			"行政复议：总计(999999999.500002)不等于结果维持、结果纠正、其他结果、尚未审结之和(999999999.500001)");
	/* a cell beyond the mantissa limit is no number (the readers never make one) */
	setv(&d.appeals[GR_AP_REVIEW][GR_APC_OTHER], GR_MAX_MANTISSA + 1);
	CHECK_EQ_INT(run(&d), 1);
	{
		gr_buf		b;

		gr_buf_init(&b, &mem, 64);
		gr_buf_decimal(&b, -5, 3);
		CHECK_EQ_STR(b.data, "-0.005");
		b.len = 0;
		gr_buf_decimal(&b, INT64_MIN, 0);
		CHECK_EQ_STR(b.data, "-9223372036854775808");
	}
}

static void
test_carryover(void)
{
	gr_doc		p,
				c;

	balanced(&p, GR_FORM_2021, 2022);
	balanced(&c, GR_FORM_2021, 2023);
	setv(&p.active[GR_A_RULES][GR_AC_IN_FORCE], 9);
	setv(&p.active[GR_A_NORMATIVE][GR_AC_IN_FORCE], 17);
	memset(&fs, 0, sizeof(fs));
	CHECK(gr_carryover(&p, &c, &mem, &fs));
	CHECK_EQ_INT(fs.n, 0);
	CHECK(gr_carryover(&p, &c, NULL, NULL));

	/* one column, then a 2019 form on one side */
	setv(R(&c, GR_R_CARRIED_OVER, GR_RC_NATURAL), 2);
	memset(&fs, 0, sizeof(fs));
	CHECK(!gr_carryover(&p, &c, &mem, &fs));
	CHECK_EQ_INT(fs.n, 1);
	FINDING(0, "carryover", "error", "requests.carried_over.natural_person", "1", "2",
			"自然人列：本年“二、上年结转政府信息公开申请数量”(2)不等于上年报告“四、结转下年度继续办理”(1)");
	CHECK(!gr_carryover(&p, &c, NULL, NULL));

	balanced(&p, GR_FORM_2019, 2020);
	balanced(&c, GR_FORM_2021, 2021);
	setv(R(&p, GR_R_CARRIED_FORWARD, GR_RC_RESEARCH), 0);
	setv(R(&p, GR_R_CARRIED_FORWARD, GR_RC_TOTAL), 5);
	memset(&fs, 0, sizeof(fs));
	CHECK(!gr_carryover(&p, &c, &mem, &fs));
	CHECK_EQ_INT(fs.n, 2);
	FINDING(0, "carryover", "error", "requests.carried_over.research", "0", "1",
			"法人或其他组织（科研机构）列：本年“二、上年结转政府信息公开申请数量”(1)不等于上年报告“四、结转下年度继续办理”(0)");
	FINDING(1, "carryover", "error", "requests.carried_over.total", "5", "6",
			"总计列：本年“二、上年结转政府信息公开申请数量”(6)不等于上年报告“四、结转下年度继续办理”(5)");

	/* in_force chain: a warning, the rule still holds */
	balanced(&p, GR_FORM_2021, 2022);
	balanced(&c, GR_FORM_2021, 2023);
	memset(&fs, 0, sizeof(fs));
	CHECK(gr_carryover(&p, &c, &mem, &fs));
	CHECK_EQ_INT(fs.n, 2);
	FINDING(0, "active.in_force_chain", "warning", "active.rules.in_force", "11", "10",
			"规章：上年现行有效件数(10)加本年制发件数(2)减本年废止件数(1)为11，不等于本年现行有效件数(10)");
	FINDING(1, "active.in_force_chain", "warning", "active.normative_documents.in_force", "23", "20",
			"行政规范性文件：上年现行有效件数(20)加本年制发件数(3)减本年废止件数(0)为23，不等于本年现行有效件数(20)");

	/* years that do not follow, a different agency, a missing table */
	balanced(&p, GR_FORM_2019, 2020);
	balanced(&c, GR_FORM_2019, 2023);
	p.agency.p = "甲局";
	p.agency.len = strlen(p.agency.p);
	c.agency.p = "乙局";
	c.agency.len = strlen(c.agency.p);
	p.form_requests = GR_FORM_NONE;
	memset(&fs, 0, sizeof(fs));
	CHECK(!gr_carryover(&p, &c, &mem, &fs));
	CHECK_EQ_INT(fs.n, 3);
	FINDING(0, "carryover", "warning", "year", "2021", "2023",
			"两份报告的年度不相接：上年报告为2020年度，本年报告为2023年度");
	FINDING(1, "carryover", "warning", "agency", "null", "null",
			"两份报告的机关名称不同：甲局，乙局");
	FINDING(2, "missing_table", "error", "requests", "null", "null",
			"上年报告未找到第三部分“收到和处理政府信息公开申请情况”的表格");
	CHECK(!gr_carryover(&p, &c, NULL, NULL));
}

/*
 * Property: the fast path agrees with the list on random damage of balanced
 * documents (values, states, tables, revisions).
 */
static void
test_agree(void)
{
	uint64_t	x = 88172645463325252ULL;
	int			disagree = 0,
				ok = 0;

	for (int it = 0; it < 20000; it++)
	{
		gr_doc		d;
		int			k;

		balanced(&d, (it & 1) ? GR_FORM_2019 : GR_FORM_2021, 2019 + it % 6);
		x ^= x << 13;
		x ^= x >> 7;
		x ^= x << 17;
		k = (int) (x % 4);
		for (int j = 0; j < k; j++)
		{
			gr_cell    *c;
			int			what;

			x ^= x << 13;
			x ^= x >> 7;
			x ^= x << 17;
			what = (int) (x % 10);
			if (what < 6)
				c = &d.req[(x >> 8) % GR_R_NROWS][(x >> 16) % GR_RC_COUNT];
			else if (what < 9)
				c = &d.appeals[(x >> 8) % GR_AP_NGROUPS][(x >> 16) % GR_APC_NCOLS];
			else
			{
				if ((x >> 8) % 3 == 0)
					d.has_appeals = false;
				else if ((x >> 8) % 3 == 1)
					d.form_requests = GR_FORM_NONE;
				else
					d.form_active = GR_FORM_NONE;
				continue;
			}
			if ((x >> 24) % 5 == 0)
				c->state = (uint8_t) ((x >> 32) % 5);
			else
				setv(c, (int64_t) ((x >> 32) % 7) - 2);
		}
		run(&d);
		if (gr_balance_ok(&d) != !has_error())
			disagree++;
		if (gr_balance_ok(&d))
			ok++;
	}
	CHECK_EQ_INT(disagree, 0);
	CHECK(ok > 1000 && ok < 19000);	/* both outcomes were exercised */
}

int
main(void)
{
	heap = gr_heap_new();
	mem = gr_heap_mem(heap);
	test_balanced();
	test_flow();
	test_total();
	test_applicants();
	test_appeals();
	test_nonnegative();
	test_blank();
	test_tables();
	test_narrative();
	test_malformed();
	test_decimals();
	test_carryover();
	test_agree();
	gr_heap_free(heap);
	return unit_report("test_check");
}
