/*
 * test_suspect.c — the suspect_cell finding: the one cell whose change makes
 * every broken balance identity hold, on documents built by hand in both
 * revisions of the form.  The generated-report property test is
 * test/gen/suspect.c.
 */
#include "gr.h"
#include "unit.h"

static gr_heap *heap;
static gr_mem mem;
static gr_findings fs;

static void
setv(gr_cell *c, int64_t v)
{
	c->m = v;
	c->scale = 0;
	c->state = GR_VALUE;
}

/* Add k requests to a disposition leaf row, keeping every identity. */
static void
add(gr_doc *d, int row, int col, int64_t k)
{
	d->req[row][col].m += k;
	d->req[row][GR_RC_TOTAL].m += k;
	d->req[GR_R_DISP(GR_D_TOTAL)][col].m += k;
	d->req[GR_R_DISP(GR_D_TOTAL)][GR_RC_TOTAL].m += k;
	d->req[GR_R_NEW_RECEIVED][col].m += k;
	d->req[GR_R_NEW_RECEIVED][GR_RC_TOTAL].m += k;
}

/*
 * A balanced document: every stored cell 0, then granted 6 natural + 2
 * commercial, withheld.state_secret 1 research, not_held 3 natural, the
 * revision's other leaf 1 natural, carried over 2 and forward 2 natural;
 * appeals review 1 maintained + 2 pending.
 */
static void
base(gr_doc *d, gr_form f)
{
	memset(d, 0, sizeof(*d));
	d->status = GR_OK;
	d->year = f == GR_FORM_2019 ? 2020 : 2023;
	d->form_active = f;
	d->form_requests = f;
	d->has_appeals = true;
	for (int r = 0; r < GR_R_NROWS; r++)
		if (gr_rrow_is_leaf(f, r))
			for (int c = 0; c < GR_RC_COUNT; c++)
				setv(&d->req[r][c], 0);
	for (int g = 0; g < GR_AP_NGROUPS; g++)
		for (int c = 0; c < GR_APC_NCOLS; c++)
			setv(&d->appeals[g][c], 0);
	add(d, GR_R_DISP(GR_D_GRANTED), GR_RC_NATURAL, 6);
	add(d, GR_R_DISP(GR_D_GRANTED), GR_RC_COMMERCIAL, 2);
	add(d, GR_R_DISP(GR_D_W_STATE_SECRET), GR_RC_RESEARCH, 1);
	add(d, GR_R_DISP(GR_D_U_NOT_HELD), GR_RC_NATURAL, 3);
	add(d, GR_R_DISP(f == GR_FORM_2019 ? GR_D_OTHER : GR_D_O_OTHER), GR_RC_NATURAL, 1);
	/* two carried over and two carried forward: flow still holds */
	d->req[GR_R_CARRIED_OVER][GR_RC_NATURAL].m = 2;
	d->req[GR_R_CARRIED_OVER][GR_RC_TOTAL].m = 2;
	d->req[GR_R_CARRIED_FORWARD][GR_RC_NATURAL].m = 2;
	d->req[GR_R_CARRIED_FORWARD][GR_RC_TOTAL].m = 2;
	setv(&d->appeals[GR_AP_REVIEW][GR_APC_MAINTAINED], 1);
	setv(&d->appeals[GR_AP_REVIEW][GR_APC_PENDING], 2);
	setv(&d->appeals[GR_AP_REVIEW][GR_APC_TOTAL], 3);
}

static int
run(const gr_doc *d)
{
	memset(&fs, 0, sizeof(fs));
	gr_check(d, NULL, 0, &mem, &fs);
	return fs.n;
}

/* The suspect_cell finding of the last run, or NULL; at most one is allowed. */
static const gr_finding *
suspect(void)
{
	const gr_finding *x = NULL;

	for (int i = 0; i < fs.n; i++)
		if (fs.v[i].rule == GR_RULE_SUSPECT_CELL)
		{
			CHECK(x == NULL);
			x = &fs.v[i];
		}
	return x;
}

static const char *
cellstr(gr_cell c)
{
	static char buf[4][64];
	static int	k;
	gr_buf		b;

	if (c.state != GR_VALUE)
		return "null";
	gr_buf_init(&b, &mem, 64);
	gr_buf_decimal(&b, c.m, c.scale);
	k = (k + 1) % 4;
	snprintf(buf[k], sizeof(buf[k]), "%s", b.data);
	return buf[k];
}

/* The suspect is this cell, printed value and balancing value, with this message. */
#define SUSPECT(path_, act_, exp_, msg_) do { \
	const gr_finding *s_ = suspect(); \
	CHECK(s_ != NULL); \
	if (s_) { \
		CHECK_EQ_STR(gr_severity_keys[s_->severity], "warning"); \
		CHECK_EQ_STR(s_->path, path_); \
		CHECK_EQ_STR(cellstr(s_->actual), act_); \
		CHECK_EQ_STR(cellstr(s_->expected), exp_); \
		CHECK_EQ_STR(s_->message, msg_); \
	} \
} while (0)

/* Balance errors of the last run (the suspect never removes them). */
static int
errors(void)
{
	int			n = 0;

	for (int i = 0; i < fs.n; i++)
		n += fs.v[i].severity == GR_SEV_ERROR;
	return n;
}

static void
test_quiet_when_balanced(void)
{
	gr_doc		d;

	base(&d, GR_FORM_2021);
	CHECK_EQ_INT(run(&d), 0);
	base(&d, GR_FORM_2019);
	CHECK_EQ_INT(run(&d), 0);
}

static void
test_leaf(void)
{
	gr_doc		d;

	/* the form's own example: 7 printed where 6 balances */
	base(&d, GR_FORM_2021);
	setv(&d.req[GR_R_DISP(GR_D_GRANTED)][GR_RC_NATURAL], 7);
	run(&d);
	CHECK_EQ_INT(errors(), 2);
	SUSPECT("requests.granted.natural_person", "7", "6",
			"（一）予以公开行自然人列为7，改为6后各项勾稽关系均成立");
	CHECK(!gr_balance_ok(&d));

	/* a leaf under a group, an organisation column */
	base(&d, GR_FORM_2021);
	setv(&d.req[GR_R_DISP(GR_D_W_STATE_SECRET)][GR_RC_RESEARCH], 0);
	run(&d);
	SUSPECT("requests.withheld.state_secret.research", "0", "1",
			"（三）不予公开 1.属于国家秘密行法人或其他组织（科研机构）列为0，改为1后各项勾稽关系均成立");

	/* 2021 other.other; 2019 the row （六）其他处理 itself */
	base(&d, GR_FORM_2021);
	setv(&d.req[GR_R_DISP(GR_D_O_OTHER)][GR_RC_NATURAL], 4);
	run(&d);
	SUSPECT("requests.other.other.natural_person", "4", "1",
			"（六）其他处理 3.其他行自然人列为4，改为1后各项勾稽关系均成立");
	base(&d, GR_FORM_2019);
	setv(&d.req[GR_R_DISP(GR_D_OTHER)][GR_RC_NATURAL], 4);
	run(&d);
	SUSPECT("requests.other.natural_person", "4", "1",
			"（六）其他处理行自然人列为4，改为1后各项勾稽关系均成立");

	/* a blank cell counted as 0 */
	base(&d, GR_FORM_2019);
	d.req[GR_R_DISP(GR_D_U_NOT_HELD)][GR_RC_NATURAL].state = GR_BLANK;
	run(&d);
	SUSPECT("requests.unavailable.not_held.natural_person", "null", "3",
			"（四）无法提供 1.本机关不掌握相关政府信息行自然人列为空，改为3后各项勾稽关系均成立");
}

static void
test_totals(void)
{
	gr_doc		d;

	/* the 总计 column of a row: only that row's identity and the column's break */
	base(&d, GR_FORM_2021);
	setv(&d.req[GR_R_DISP(GR_D_GRANTED)][GR_RC_TOTAL], 9);
	run(&d);
	SUSPECT("requests.granted.total", "9", "8",
			"（一）予以公开行总计列为9，改为8后各项勾稽关系均成立");

	/* （七）总计: three identities, all asking for the same change */
	base(&d, GR_FORM_2021);
	setv(&d.req[GR_R_DISP(GR_D_TOTAL)][GR_RC_NATURAL], 12);
	run(&d);
	CHECK_EQ_INT(errors(), 3);
	SUSPECT("requests.total.natural_person", "12", "10",
			"（七）总计行自然人列为12，改为10后各项勾稽关系均成立");

	/* the grand total, both ways a total */
	base(&d, GR_FORM_2019);
	setv(&d.req[GR_R_DISP(GR_D_TOTAL)][GR_RC_TOTAL], 0);
	run(&d);
	SUSPECT("requests.total.total", "0", "13",
			"（七）总计行总计列为0，改为13后各项勾稽关系均成立");

	/* the rows of the flow identity */
	base(&d, GR_FORM_2021);
	setv(&d.req[GR_R_NEW_RECEIVED][GR_RC_COMMERCIAL], 20);
	run(&d);
	SUSPECT("requests.new_received.commercial", "20", "2",
			"一、本年新收政府信息公开申请数量行法人或其他组织（商业企业）列为20，改为2后各项勾稽关系均成立");
	base(&d, GR_FORM_2021);
	setv(&d.req[GR_R_CARRIED_FORWARD][GR_RC_NATURAL], 0);
	run(&d);
	SUSPECT("requests.carried_forward.natural_person", "0", "2",
			"四、结转下年度继续办理行自然人列为0，改为2后各项勾稽关系均成立");
	base(&d, GR_FORM_2019);
	setv(&d.req[GR_R_CARRIED_OVER][GR_RC_TOTAL], 3);
	run(&d);
	SUSPECT("requests.carried_over.total", "3", "2",
			"二、上年结转政府信息公开申请数量行总计列为3，改为2后各项勾稽关系均成立");
}

static void
test_appeals(void)
{
	gr_doc		d;

	/*
	 * Total 3 printed as 4: raising any result by one would fit as well as
	 * lowering the total, so nothing is said.
	 */
	base(&d, GR_FORM_2021);
	setv(&d.appeals[GR_AP_REVIEW][GR_APC_TOTAL], 4);
	run(&d);
	CHECK_EQ_INT(errors(), 1);
	CHECK(suspect() == NULL);

	/* total 3 printed as 0: lowering a result would make it negative */
	base(&d, GR_FORM_2021);
	setv(&d.appeals[GR_AP_REVIEW][GR_APC_TOTAL], 0);
	run(&d);
	SUSPECT("appeals.review.total", "0", "3",
			"行政复议“总计”为0，改为3后各项勾稽关系均成立");

	/*
	 * A result printed too large: lowering it or raising the total both fit.
	 * In an appeals group only a total printed too small can be pinned.
	 */
	base(&d, GR_FORM_2019);
	setv(&d.appeals[GR_AP_LIT_AFTER][GR_APC_CORRECTED], 5);
	setv(&d.appeals[GR_AP_LIT_AFTER][GR_APC_TOTAL], 3);
	run(&d);
	CHECK_EQ_INT(errors(), 1);
	CHECK(suspect() == NULL);

	/* appeals only: the suspect does not need section 3 */
	base(&d, GR_FORM_2021);
	d.form_requests = GR_FORM_NONE;
	setv(&d.appeals[GR_AP_REVIEW][GR_APC_TOTAL], 0);
	run(&d);
	SUSPECT("appeals.review.total", "0", "3",
			"行政复议“总计”为0，改为3后各项勾稽关系均成立");
}

static void
test_silent(void)
{
	gr_doc		d;

	/* two wrong cells in different rows and columns */
	base(&d, GR_FORM_2021);
	setv(&d.req[GR_R_DISP(GR_D_GRANTED)][GR_RC_NATURAL], 7);
	setv(&d.req[GR_R_DISP(GR_D_U_NOT_HELD)][GR_RC_COMMERCIAL], 1);
	run(&d);
	CHECK_EQ_INT(errors(), 4);
	CHECK(suspect() == NULL);

	/* two cells moved within one row: its identity holds, the columns' do not */
	base(&d, GR_FORM_2021);
	setv(&d.req[GR_R_DISP(GR_D_GRANTED)][GR_RC_NATURAL], 5);
	setv(&d.req[GR_R_DISP(GR_D_GRANTED)][GR_RC_COMMERCIAL], 3);
	run(&d);
	CHECK_EQ_INT(errors(), 2);
	CHECK(suspect() == NULL);

	/* a wrong section 3 cell and a wrong appeals total */
	base(&d, GR_FORM_2021);
	setv(&d.req[GR_R_DISP(GR_D_GRANTED)][GR_RC_NATURAL], 7);
	setv(&d.appeals[GR_AP_REVIEW][GR_APC_TOTAL], 0);
	run(&d);
	CHECK(suspect() == NULL);

	/* the change one identity asks for is not what the other asks for */
	base(&d, GR_FORM_2021);
	setv(&d.req[GR_R_DISP(GR_D_GRANTED)][GR_RC_NATURAL], 7);
	setv(&d.req[GR_R_DISP(GR_D_GRANTED)][GR_RC_TOTAL], 10);
	run(&d);
	CHECK(suspect() == NULL);

	/* the balancing value would be negative */
	base(&d, GR_FORM_2021);
	setv(&d.req[GR_R_DISP(GR_D_TOTAL)][GR_RC_RESEARCH], 0);
	setv(&d.req[GR_R_DISP(GR_D_TOTAL)][GR_RC_TOTAL], 12);
	setv(&d.req[GR_R_NEW_RECEIVED][GR_RC_RESEARCH], 0);
	setv(&d.req[GR_R_NEW_RECEIVED][GR_RC_TOTAL], 12);
	setv(&d.req[GR_R_DISP(GR_D_W_STATE_SECRET)][GR_RC_TOTAL], 0);
	run(&d);
	/* research column: leaves 1, total 0; state_secret row: total 0, parts 1 */
	CHECK_EQ_INT(errors(), 2);
	SUSPECT("requests.withheld.state_secret.research", "1", "0",
			"（三）不予公开 1.属于国家秘密行法人或其他组织（科研机构）列为1，改为0后各项勾稽关系均成立");
	setv(&d.req[GR_R_DISP(GR_D_W_STATE_SECRET)][GR_RC_RESEARCH], 0);
	setv(&d.req[GR_R_DISP(GR_D_W_STATE_SECRET)][GR_RC_TOTAL], -1);
	setv(&d.req[GR_R_DISP(GR_D_TOTAL)][GR_RC_TOTAL], 11);
	setv(&d.req[GR_R_NEW_RECEIVED][GR_RC_TOTAL], 11);
	run(&d);
	/* balanced but for the negative cell: no identity is broken */
	CHECK(suspect() == NULL);
}

static void
test_negative(void)
{
	gr_doc		d;

	/* a negative cell that is the wrong one */
	base(&d, GR_FORM_2021);
	setv(&d.req[GR_R_DISP(GR_D_U_NOT_HELD)][GR_RC_NATURAL], -3);
	run(&d);
	CHECK_EQ_INT(errors(), 3);	/* nonnegative, total, applicants */
	SUSPECT("requests.unavailable.not_held.natural_person", "-3", "3",
			"（四）无法提供 1.本机关不掌握相关政府信息行自然人列为-3，改为3后各项勾稽关系均成立");

	/* a negative cell elsewhere would stay: no single change fixes everything */
	base(&d, GR_FORM_2021);
	setv(&d.req[GR_R_DISP(GR_D_GRANTED)][GR_RC_NATURAL], 7);
	setv(&d.appeals[GR_AP_REVIEW][GR_APC_CORRECTED], -1);
	setv(&d.appeals[GR_AP_REVIEW][GR_APC_PENDING], 3);
	run(&d);
	CHECK(suspect() == NULL);
}

static void
test_traditional(void)
{
	gr_doc		d;

	base(&d, GR_FORM_2021);
	d.script = GR_TRADITIONAL;
	setv(&d.req[GR_R_DISP(GR_D_W_STATE_SECRET)][GR_RC_RESEARCH], 0);
	run(&d);
	SUSPECT("requests.withheld.state_secret.research", "0", "1",
			"（三）不予公開 1.屬於國家秘密行法人或其他組織（科研機構）列為0，改為1後各項勾稽關係均成立");
	base(&d, GR_FORM_2021);
	d.script = GR_TRADITIONAL;
	setv(&d.req[GR_R_NEW_RECEIVED][GR_RC_TOTAL], 0);
	run(&d);
	SUSPECT("requests.new_received.total", "0", "13",
			"一、本年新收政府信息公開申請數量行總計列為0，改為13後各項勾稽關係均成立");
	base(&d, GR_FORM_2021);
	d.script = GR_TRADITIONAL;
	setv(&d.req[GR_R_DISP(GR_D_TOTAL)][GR_RC_NATURAL], 12);
	run(&d);
	SUSPECT("requests.total.natural_person", "12", "10",
			"（七）總計行自然人列為12，改為10後各項勾稽關係均成立");
	base(&d, GR_FORM_2021);
	d.script = GR_TRADITIONAL;
	setv(&d.appeals[GR_AP_LIT_DIRECT][GR_APC_TOTAL], 0);
	setv(&d.appeals[GR_AP_LIT_DIRECT][GR_APC_OTHER], 2);
	setv(&d.appeals[GR_AP_LIT_DIRECT][GR_APC_CORRECTED], 1);
	run(&d);
	SUSPECT("appeals.litigation_direct.total", "0", "3",
			"行政訴訟（未經複議直接起訴）“總計”為0，改為3後各項勾稽關係均成立");
}

int
main(void)
{
	heap = gr_heap_new();
	mem = gr_heap_mem(heap);
	test_quiet_when_balanced();
	test_leaf();
	test_totals();
	test_appeals();
	test_silent();
	test_negative();
	test_traditional();
	gr_heap_free(heap);
	return unit_report("test_suspect");
}
