/*
 * test_parse.c — the core reader (gr_parse, gr_read_number) on the hard
 * spots of real reports, each on a small text written here: an empty cell
 * among seven, cells wrapped over two lines, a heading after a table row
 * that starts with 四、, traditional labels, 2019-form tables in a 2023
 * report, a word where a number belongs, a row missing a cell, full-width
 * digits and thousands separators; and text that is not a report.
 *
 * The reports are generated from the form's official labels in two layouts
 * seen in the seeds: the tab layout (one cell per line, each line starting
 * with a tab, rows separated by blank lines, an empty cell a lone tab) and
 * the line layout (one cell per line, no tabs, no blank lines).
 */
#include "gr.h"
#include "unit.h"

#include <stdint.h>

/* ---------------------------------------------------------------- helpers */

typedef enum layout
{
	TAB = 0,
	LINE = 1
} layout;

/* Section 3 rows as printed, 2021 form, in form order, with the group
 * headings that precede a group's first leaf ("\n" separates lines). */
static const char *const req_rows_2021[] = {
	"一、本年新收政府信息公开申请数量",
	"二、上年结转政府信息公开申请数量",
	"三、本年度办理结果\n（一）予以公开",
	"（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
	"（三）不予公开\n1.属于国家秘密",
	"2.其他法律行政法规禁止公开",
	"3.危及“三安全一稳定”",
	"4.保护第三方合法权益",
	"5.属于三类内部事务信息",
	"6.属于四类过程性信息",
	"7.属于行政执法案卷",
	"8.属于行政查询事项",
	"（四）无法提供\n1.本机关不掌握相关政府信息",
	"2.没有现成信息需要另行制作",
	"3.补正后申请内容仍不明确",
	"（五）不予处理\n1.信访举报投诉类申请",
	"2.重复申请",
	"3.要求提供公开出版物",
	"4.无正当理由大量反复申请",
	"5.要求行政机关确认或重新出具已获取信息",
	"（六）其他处理\n1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
	"2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
	"3.其他",
	"（七）总计",
	"四、结转下年度继续办理",
	NULL
};

/* The same rows in traditional characters, punctuation as in web pages. */
static const char *const req_rows_2021_trad[] = {
	"一、本年新收政府信息公開申請數量",
	"二、上年結轉政府信息公開申請數量",
	"三、本年度辦理結果\n(一)予以公開",
	"(二)部分公開(區分處理的,只計這一情形,不計其他情形)",
	"(三)不予公開\n1.屬於國家秘密",
	"2.其他法律行政法規禁止公開",
	"3.危及“三安全一穩定”",
	"4.保護第三方合法權益",
	"5.屬於三類內部事務信息",
	"6.屬於四類過程性信息",
	"7.屬於行政執法案卷",
	"8.屬於行政查詢事項",
	"(四)無法提供\n1.本機關不掌握相關政府信息",
	"2.沒有現成信息需要另行製作",
	"3.補正後申請內容仍不明確",
	"(五)不予處理\n1.信訪舉報投訴類申請",
	"2.重複申請",
	"3.要求提供公開出版物",
	"4.無正當理由大量反覆申請",
	"5.要求行政機關確認或重新出具已獲取信息",
	"(六)其他處理\n1.申請人無正當理由逾期不補正、行政機關不再處理其政府信息公開申請",
	"2.申請人逾期未按收費通知要求繳納費用、行政機關不再處理其政府信息公開申請",
	"3.其他",
	"(七)總計",
	"四、結轉下年度繼續辦理",
	NULL
};

/* 2019 form: （六）其他处理 is one row holding its own values. */
static const char *const req_rows_2019[] = {
	"一、本年新收政府信息公开申请数量",
	"二、上年结转政府信息公开申请数量",
	"三、本年度办理结果\n（一）予以公开",
	"（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
	"（三）不予公开\n1.属于国家秘密",
	"2.其他法律行政法规禁止公开",
	"3.危及“三安全一稳定”",
	"4.保护第三方合法权益",
	"5.属于三类内部事务信息",
	"6.属于四类过程性信息",
	"7.属于行政执法案卷",
	"8.属于行政查询事项",
	"（四）无法提供\n1.本机关不掌握相关政府信息",
	"2.没有现成信息需要另行制作",
	"3.补正后申请内容仍不明确",
	"（五）不予处理\n1.信访举报投诉类申请",
	"2.重复申请",
	"3.要求提供公开出版物",
	"4.无正当理由大量反复申请",
	"5.要求行政机关确认或重新出具已获取信息",
	"（六）其他处理",
	"（七）总计",
	"四、结转下年度继续办理",
	NULL
};

/* The storage row (GR_R_*) of each printed row above. */
static const int req_slot_2021[] = {
	GR_R_NEW_RECEIVED, GR_R_CARRIED_OVER,
	GR_R_DISP(GR_D_GRANTED), GR_R_DISP(GR_D_PARTIAL),
	GR_R_DISP(GR_D_W_STATE_SECRET), GR_R_DISP(GR_D_W_PROHIBITED),
	GR_R_DISP(GR_D_W_SECURITY), GR_R_DISP(GR_D_W_THIRD_PARTY),
	GR_R_DISP(GR_D_W_INTERNAL), GR_R_DISP(GR_D_W_PROCESS),
	GR_R_DISP(GR_D_W_ENFORCEMENT), GR_R_DISP(GR_D_W_INQUIRY),
	GR_R_DISP(GR_D_U_NOT_HELD), GR_R_DISP(GR_D_U_CREATION), GR_R_DISP(GR_D_U_UNCLEAR),
	GR_R_DISP(GR_D_N_PETITION), GR_R_DISP(GR_D_N_DUPLICATE),
	GR_R_DISP(GR_D_N_PUBLICATION), GR_R_DISP(GR_D_N_EXCESSIVE),
	GR_R_DISP(GR_D_N_CONFIRMATION),
	GR_R_DISP(GR_D_O_NO_CORRECTION), GR_R_DISP(GR_D_O_UNPAID_FEE), GR_R_DISP(GR_D_O_OTHER),
	GR_R_DISP(GR_D_TOTAL), GR_R_CARRIED_FORWARD
};

/* Index of a row in req_rows_2021 (and its traditional twin). */
enum
{
	Q_NEW = 0, Q_OVER = 1, Q_GRANTED = 2, Q_PARTIAL = 3, Q_SECRET = 4,
	Q_NOT_HELD = 12, Q_UNCLEAR = 14, Q_CONFIRM = 19, Q_O_OTHER = 22,
	Q_TOTAL = 23, Q_FORWARD = 24, Q_NROWS = 25
};

/*
 * A requests table: cells[row] is the row's cell texts separated by '|'
 * (NULL: seven zeros).  In the tab layout each cell is a line starting with
 * a tab, so "" is a lone tab; in the line layout each is a bare line.
 */
static void
put_requests(gr_buf *b, layout lay, const char *const *labels, const char *const *cells)
{
	const char *t = lay == TAB ? "\t" : "";

	gr_buf_printf(b, "三、收到和处理政府信息公开申请情况\n%s", lay == TAB ? "\n" : "");
	gr_buf_printf(b, "%s（本列数据的勾稽关系为：第一项加第二项之和，\n等于第三项加第四项之和）\n", t);
	gr_buf_printf(b, "%s申请人情况\n%s", t, lay == TAB ? "\n" : "");
	if (lay == TAB)
		gr_buf_puts(b, "\t\n\t自然人\n\t法人或其他组织\n\t总计\n\n"
					"\t\n\t\n\t商业\n企业\n\t科研\n机构\n\t社会公益组织\n\t法律服务机构\n\t其他\n\t\n\n");
	else
		gr_buf_puts(b, "自然人\n法人或其他组织\n总计\n商业企业\n科研机构\n社会公益组织\n"
					"法律服务机构\n其他\n");
	for (int r = 0; labels[r]; r++)
	{
		const char *l = labels[r];
		const char *c = cells && cells[r] ? cells[r] : "0|0|0|0|0|0|0";

		/* each line of the label, the tab layout adds an empty cell before a
		 * leaf under a group, as Word does */
		gr_buf_puts(b, t);
		for (; *l; l++)
		{
			gr_buf_putc(b, *l);
			if (*l == '\n')
				gr_buf_puts(b, t);
		}
		gr_buf_putc(b, '\n');
		gr_buf_puts(b, t);
		for (; *c; c++)
		{
			if (*c == '|')
			{
				gr_buf_putc(b, '\n');
				gr_buf_puts(b, t);
			}
			else
				gr_buf_putc(b, *c);
		}
		gr_buf_putc(b, '\n');
		if (lay == TAB)
			gr_buf_putc(b, '\n');
	}
}

/* Section 4 in either layout: the header cells, then fifteen values. */
static void
put_appeals(gr_buf *b, layout lay, const char *heading, const char *const vals[15])
{
	const char *t = lay == TAB ? "\t" : "";

	gr_buf_printf(b, "%s\n%s", heading, lay == TAB ? "\n" : "");
	gr_buf_printf(b, "%s行政复议\n%s行政诉讼\n%s", t, t, lay == TAB ? "\n" : "");
	gr_buf_printf(b, "%s结果\n维持\n%s结果纠正\n%s其他结果\n%s尚未\n审结\n%s总\n计\n", t, t, t, t, t);
	gr_buf_printf(b, "%s未经复议直接起诉\n%s复议后起诉\n%s", t, t, lay == TAB ? "\n" : "");
	for (int g = 0; g < 2; g++)
		gr_buf_printf(b, "%s结果维持\n%s结果\n纠正\n%s其他\n结果\n%s尚未审结\n%s总计\n", t, t, t, t, t);
	if (lay == TAB)
		gr_buf_putc(b, '\n');
	for (int i = 0; i < 15; i++)
		gr_buf_printf(b, "%s%s\n", t, vals ? vals[i] : "0");
	gr_buf_putc(b, '\n');
}

/* The 2021 form's section 2 in the tab layout. */
static const char active_2021_tab[] =
	"二、主动公开政府信息情况\n"
	"\t第二十条第（一）项\n\n"
	"\t信息内容\n\t本年制发件数\n\t本年废止件数\n\t现行有效件数\n\n"
	"\t规章\n\t0\n\t0\n\t0\n\n"
	"\t行政规范性文件\n\t3\n\t1\n\t25\n\n"
	"\t第二十条第（五）项\n\n"
	"\t信息内容\n\t本年处理决定数量\n\n"
	"\t行政许可\n\t40\n\n"
	"\t第二十条第（六）项\n\n"
	"\t信息内容\n\t本年处理决定数量\n\n"
	"\t行政处罚\n\t7\n\n"
	"\t行政强制\n\t0\n\n"
	"\t第二十条第（八）项\n\n"
	"\t信息内容\n\t本年收费金额（单位：万元）\n\n"
	"\t行政事业性收费\n\t2.5\n\n\n";

static const char narrative_head[] =
	"一、总体情况\n"
	"本年度，我局按照条例要求推进政务公开，全年主动公开政府信息86条，"
	"共受理政府信息公开申请9件。\n";

static const char narrative_tail[] =
	"五、存在的主要问题及改进情况\n"
	"栏目更新不够及时，下一步将加强审核与培训。\n"
	"六、其他需要报告的事项\n"
	"本年度未收取信息处理费。\n"
	"青禾县水利事务中心\n"
	"2023年1月16日\n";

static gr_doc
parse_buf(gr_heap *h, const gr_buf *b)
{
	gr_mem		m = gr_heap_mem(h);
	gr_doc		d;

	gr_parse(&d, b->data, b->len, &m, NULL);
	return d;
}

static gr_doc
parse_str(gr_heap *h, const char *s, size_t len)
{
	gr_mem		m = gr_heap_mem(h);
	gr_doc		d;

	gr_parse(&d, s, len, &m, NULL);
	return d;
}

/* Is the cell the value v (scale 0)? */
#define CHECK_VAL(cell, v) do { \
	CHECK_EQ_INT((cell).state, GR_VALUE); \
	CHECK_EQ_INT((cell).m, (v)); \
	CHECK_EQ_INT((cell).scale, 0); \
} while (0)

/* The doc's diagnostic at a path, or NULL. */
static const gr_diag *
find_diag(const gr_doc *d, gr_heap *h, const char *path)
{
	gr_mem		m = gr_heap_mem(h);

	for (int i = 0; i < d->ndiags; i++)
	{
		gr_buf		b;

		gr_buf_init(&b, &m, 64);
		gr_cell_path(&b, d->diags[i].section, d->diags[i].row, d->diags[i].col);
		if (strcmp(b.data, path) == 0)
			return &d->diags[i];
	}
	return NULL;
}

static bool
raw_is(const gr_diag *g, const char *s)
{
	return g && g->raw.len == strlen(s) && memcmp(g->raw.p, s, g->raw.len) == 0;
}

/* Every requests cell of rows other than skip[] is 0. */
static int
other_rows_zero(const gr_doc *d, const int *skip, int nskip)
{
	int			bad = 0;

	for (int q = 0; q < Q_NROWS; q++)
	{
		bool		skipped = false;

		for (int k = 0; k < nskip; k++)
			skipped |= (skip[k] == q);
		if (skipped)
			continue;
		for (int c = 0; c < GR_RC_COUNT; c++)
		{
			const gr_cell *x = &d->req[req_slot_2021[q]][c];

			if (x->state != GR_VALUE || x->m != 0)
			{
				fprintf(stderr, "  row %d col %d: state %d m %lld\n", q, c, x->state,
						(long long) x->m);
				bad++;
			}
		}
	}
	return bad;
}

/* A whole 2021 report in the tab layout with these requests cells. */
static void
report_2021(gr_buf *b, const char *const *cells)
{
	gr_buf_puts(b, "青禾县水利事务中心2022年政府信息公开工作年度报告\n");
	gr_buf_puts(b, narrative_head);
	gr_buf_puts(b, active_2021_tab);
	put_requests(b, TAB, req_rows_2021, cells);
	put_appeals(b, TAB, "四、政府信息公开行政复议、行政诉讼情况", NULL);
	gr_buf_puts(b, narrative_tail);
}

/* ---------------------------------------------------------------- tests */

/* The plain case first: every cell where it belongs, metadata, facts. */
static void
test_plain_2021(void)
{
	gr_heap    *h = gr_heap_new();
	gr_mem		m = gr_heap_mem(h);
	gr_buf		b;
	const char *cells[Q_NROWS + 1] = {0};
	gr_doc		d;

	cells[Q_NEW] = "7|1|0|0|0|1|9";
	cells[Q_GRANTED] = "4|1|0|0|0|0|5";
	cells[Q_NOT_HELD] = "3|0|0|0|0|1|4";
	cells[Q_TOTAL] = "7|1|0|0|0|1|9";
	gr_buf_init(&b, &m, 8192);
	report_2021(&b, cells);
	d = parse_buf(h, &b);

	CHECK_EQ_INT(d.status, GR_OK);
	CHECK(d.agency.p && d.agency.len == strlen("青禾县水利事务中心") &&
		  memcmp(d.agency.p, "青禾县水利事务中心", d.agency.len) == 0);
	CHECK_EQ_INT(d.year, 2022);
	CHECK_EQ_INT(d.pub_y, 2023);
	CHECK_EQ_INT(d.pub_m, 1);
	CHECK_EQ_INT(d.pub_d, 16);
	CHECK_EQ_INT(d.script, GR_SIMPLIFIED);
	CHECK_EQ_INT(d.form_active, GR_FORM_2021);
	CHECK_EQ_INT(d.form_requests, GR_FORM_2021);
	CHECK(d.has_appeals);
	CHECK_EQ_INT(d.ndiags, 0);

	CHECK_VAL(d.active[GR_A_RULES][GR_AC_ISSUED], 0);
	CHECK_VAL(d.active[GR_A_NORMATIVE][GR_AC_ISSUED], 3);
	CHECK_VAL(d.active[GR_A_NORMATIVE][GR_AC_REPEALED], 1);
	CHECK_VAL(d.active[GR_A_NORMATIVE][GR_AC_IN_FORCE], 25);
	CHECK_VAL(d.active[GR_A_LICENSING][GR_AC_DECISIONS], 40);
	CHECK_VAL(d.active[GR_A_PUNISHMENT][GR_AC_DECISIONS], 7);
	CHECK_VAL(d.active[GR_A_COERCION][GR_AC_DECISIONS], 0);
	CHECK_EQ_INT(d.active[GR_A_FEES][GR_AC_AMOUNT].state, GR_VALUE);
	CHECK_EQ_INT(d.active[GR_A_FEES][GR_AC_AMOUNT].m, 25);
	CHECK_EQ_INT(d.active[GR_A_FEES][GR_AC_AMOUNT].scale, 1);
	/* 2019-only rows are absent in a 2021 table */
	CHECK_EQ_INT(d.active[GR_A_OTHER_SERVICES][GR_AC_DECISIONS].state, GR_ABSENT);
	CHECK_EQ_INT(d.active[GR_A_PROCUREMENT][GR_AC_PROJECTS].state, GR_ABSENT);

	CHECK_VAL(d.req[GR_R_NEW_RECEIVED][GR_RC_NATURAL], 7);
	CHECK_VAL(d.req[GR_R_NEW_RECEIVED][GR_RC_COMMERCIAL], 1);
	CHECK_VAL(d.req[GR_R_NEW_RECEIVED][GR_RC_OTHER_ORG], 1);
	CHECK_VAL(d.req[GR_R_NEW_RECEIVED][GR_RC_TOTAL], 9);
	CHECK_VAL(d.req[GR_R_DISP(GR_D_GRANTED)][GR_RC_TOTAL], 5);
	CHECK_VAL(d.req[GR_R_DISP(GR_D_U_NOT_HELD)][GR_RC_OTHER_ORG], 1);
	CHECK_VAL(d.req[GR_R_DISP(GR_D_TOTAL)][GR_RC_NATURAL], 7);
	{
		int			skip[] = {Q_NEW, Q_GRANTED, Q_NOT_HELD, Q_TOTAL};

		CHECK_EQ_INT(other_rows_zero(&d, skip, 4), 0);
	}
	for (int g = 0; g < GR_AP_NGROUPS; g++)
		for (int c = 0; c < GR_APC_NCOLS; c++)
			CHECK_VAL(d.appeals[g][c], 0);

	CHECK_EQ_INT(d.facts[GR_F_PROACTIVE_ITEMS].state, GR_VALUE);
	CHECK_EQ_INT(d.facts[GR_F_PROACTIVE_ITEMS].m, 86);
	CHECK_EQ_INT(d.facts[GR_F_REQUESTS_RECEIVED].state, GR_VALUE);
	CHECK_EQ_INT(d.facts[GR_F_REQUESTS_RECEIVED].m, 9);
	CHECK_EQ_INT(d.facts[GR_F_FEE_COLLECTED].state, GR_VALUE);
	CHECK_EQ_INT(d.facts[GR_F_FEE_COLLECTED].m, 0);
	CHECK(d.narrative[GR_N_OVERVIEW].p != NULL);
	CHECK(d.narrative[GR_N_PROBLEMS].p != NULL);
	CHECK(d.narrative[GR_N_OTHER_MATTERS].p != NULL);
	gr_heap_free(h);
}

/* An empty cell among seven: a lone tab line.  That cell is blank with a
 * diagnostic; the six others stay in their columns; the next row too. */
static void
test_empty_cell_among_seven(void)
{
	gr_heap    *h = gr_heap_new();
	gr_mem		m = gr_heap_mem(h);
	gr_buf		b;
	const char *cells[Q_NROWS + 1] = {0};
	gr_doc		d;
	const gr_diag *g;

	cells[Q_NEW] = "5|1||2|0|3|11";
	cells[Q_OVER] = "1|2|3|4|5|6|21";
	cells[Q_UNCLEAR] = "|1|0|0|0|0|1";	/* the first cell empty */
	cells[Q_CONFIRM] = "2|0|0|0|0|0|";	/* the last cell empty */
	gr_buf_init(&b, &m, 8192);
	report_2021(&b, cells);
	d = parse_buf(h, &b);

	CHECK_EQ_INT(d.status, GR_OK);
	CHECK_VAL(d.req[GR_R_NEW_RECEIVED][GR_RC_NATURAL], 5);
	CHECK_VAL(d.req[GR_R_NEW_RECEIVED][GR_RC_COMMERCIAL], 1);
	CHECK_EQ_INT(d.req[GR_R_NEW_RECEIVED][GR_RC_RESEARCH].state, GR_BLANK);
	CHECK_VAL(d.req[GR_R_NEW_RECEIVED][GR_RC_WELFARE], 2);
	CHECK_VAL(d.req[GR_R_NEW_RECEIVED][GR_RC_LEGAL_SERVICE], 0);
	CHECK_VAL(d.req[GR_R_NEW_RECEIVED][GR_RC_OTHER_ORG], 3);
	CHECK_VAL(d.req[GR_R_NEW_RECEIVED][GR_RC_TOTAL], 11);
	for (int c = 0; c < GR_RC_TOTAL; c++)
		CHECK_VAL(d.req[GR_R_CARRIED_OVER][c], c + 1);
	CHECK_VAL(d.req[GR_R_CARRIED_OVER][GR_RC_TOTAL], 21);

	CHECK_EQ_INT(d.req[GR_R_DISP(GR_D_U_UNCLEAR)][GR_RC_NATURAL].state, GR_BLANK);
	CHECK_VAL(d.req[GR_R_DISP(GR_D_U_UNCLEAR)][GR_RC_COMMERCIAL], 1);
	CHECK_VAL(d.req[GR_R_DISP(GR_D_U_UNCLEAR)][GR_RC_TOTAL], 1);
	CHECK_VAL(d.req[GR_R_DISP(GR_D_N_CONFIRMATION)][GR_RC_NATURAL], 2);
	CHECK_EQ_INT(d.req[GR_R_DISP(GR_D_N_CONFIRMATION)][GR_RC_TOTAL].state, GR_BLANK);
	{
		int			skip[] = {Q_NEW, Q_OVER, Q_UNCLEAR, Q_CONFIRM};

		CHECK_EQ_INT(other_rows_zero(&d, skip, 4), 0);
	}

	CHECK_EQ_INT(d.ndiags, 3);
	g = find_diag(&d, h, "requests.new_received.research");
	CHECK(g && g->problem == GR_PROB_BLANK && g->raw.len == 0);
	g = find_diag(&d, h, "requests.unavailable.unclear_after_correction.natural_person");
	CHECK(g && g->problem == GR_PROB_BLANK);
	g = find_diag(&d, h, "requests.not_processed.confirmation.total");
	CHECK(g && g->problem == GR_PROB_BLANK);
	gr_heap_free(h);
}

/* Cells wrapped over two lines: header cells (商业\n企业, 结果\n维持) and a
 * row label continuing on a line without a tab, before its cells. */
static void
test_wrapped_cells(void)
{
	gr_heap    *h = gr_heap_new();
	gr_mem		m = gr_heap_mem(h);
	gr_buf		b;
	gr_doc		d;
	const char *labels[Q_NROWS + 1];
	const char *cells[Q_NROWS + 1] = {0};

	for (int r = 0; r <= Q_NROWS; r++)
		labels[r] = req_rows_2021[r];
	labels[Q_CONFIRM] = "5.要求行政机关确认或重新\n出具已获取信息";
	labels[Q_NEW] = "一、本年新收政府信息\n公开申请数量";
	cells[Q_NEW] = "4|0|0|0|0|0|4";
	cells[Q_CONFIRM] = "1|0|0|0|0|0|1";
	cells[Q_PARTIAL] = "3|0|0|0|0|0|3";
	cells[Q_TOTAL] = "4|0|0|0|0|0|4";

	gr_buf_init(&b, &m, 8192);
	gr_buf_puts(&b, "青禾县水利事务中心2022年政府信息公开工作年度报告\n");
	gr_buf_puts(&b, narrative_head);
	gr_buf_puts(&b, active_2021_tab);
	/* put_requests writes the label's second line after a tab; the wrapped
	 * tail of a Word cell has none, so write the table by hand here */
	{
		gr_buf		t;

		gr_buf_init(&t, &m, 8192);
		put_requests(&t, TAB, labels, cells);
		/* "\t出具已获取信息" → "出具已获取信息", "\t公开申请数量" → "公开申请数量" */
		for (size_t i = 0; i < t.len; i++)
		{
			if (t.data[i] == '\t' &&
				(strncmp(t.data + i + 1, "出具", 6) == 0 ||
				 strncmp(t.data + i + 1, "公开申请数量", 18) == 0))
				continue;
			gr_buf_putc(&b, t.data[i]);
		}
	}
	put_appeals(&b, TAB, "四、政府信息公开行政复议、行政诉讼情况", NULL);
	gr_buf_puts(&b, narrative_tail);
	CHECK(strstr(b.data, "重新\n出具已获取信息\n\t1\n") != NULL);
	CHECK(strstr(b.data, "信息\n公开申请数量\n\t4\n") != NULL);
	d = parse_buf(h, &b);

	CHECK_EQ_INT(d.status, GR_OK);
	CHECK_EQ_INT(d.ndiags, 0);
	CHECK_VAL(d.req[GR_R_NEW_RECEIVED][GR_RC_NATURAL], 4);
	CHECK_VAL(d.req[GR_R_NEW_RECEIVED][GR_RC_TOTAL], 4);
	CHECK_VAL(d.req[GR_R_DISP(GR_D_PARTIAL)][GR_RC_NATURAL], 3);
	CHECK_VAL(d.req[GR_R_DISP(GR_D_N_CONFIRMATION)][GR_RC_NATURAL], 1);
	CHECK_VAL(d.req[GR_R_DISP(GR_D_N_CONFIRMATION)][GR_RC_TOTAL], 1);
	CHECK_VAL(d.req[GR_R_DISP(GR_D_O_NO_CORRECTION)][GR_RC_NATURAL], 0);
	{
		int			skip[] = {Q_NEW, Q_PARTIAL, Q_CONFIRM, Q_TOTAL};

		CHECK_EQ_INT(other_rows_zero(&d, skip, 4), 0);
	}
	CHECK(d.has_appeals);
	gr_heap_free(h);
}

/* Line layout (seed 003's): a section heading right after a table row that
 * itself starts with 四、 — 四、结转下年度继续办理 + seven values, then
 * 四、政府信息公开行政复议、行政诉讼情况 with leading spaces. */
static void
test_heading_after_row_four(void)
{
	gr_heap    *h = gr_heap_new();
	gr_mem		m = gr_heap_mem(h);
	gr_buf		b;
	gr_doc		d;
	const char *cells[Q_NROWS + 1] = {0};
	const char *ap[15] = {"1", "0", "0", "1", "2", "0", "0", "0", "0", "0",
	"0", "1", "0", "0", "1"};

	cells[Q_NEW] = "3|0|0|0|0|0|3";
	cells[Q_GRANTED] = "1|0|0|0|0|0|1";
	cells[Q_TOTAL] = "1|0|0|0|0|0|1";
	cells[Q_FORWARD] = "2|0|0|0|0|0|2";
	gr_buf_init(&b, &m, 8192);
	gr_buf_puts(&b, "白石镇人民政府2022年政府信息公开工作年度报告\n一、总体情况\n"
				"本镇认真落实条例。\n");
	gr_buf_puts(&b, "二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\n本年制发件数\n"
				"本年废止件数\n现行有效件数\n规章\n0\n0\n0\n行政规范性文件\n1\n0\n6\n"
				"第二十条第（五）项\n信息内容\n本年处理决定数量\n行政许可\n12\n"
				"第二十条第（六）项\n信息内容\n本年处理决定数量\n行政处罚\n5\n行政强制\n0\n"
				"第二十条第（八）项\n信息内容\n本年收费金额（单位：万元）\n行政事业性收费\n0\n");
	put_requests(&b, LINE, req_rows_2021, cells);
	put_appeals(&b, LINE, "   四、政府信息公开行政复议、行政诉讼情况", ap);
	gr_buf_puts(&b, "五、存在的主要问题及改进情况\n公开形式较单一。\n"
				"六、其他需要报告的事项\n无。\n");
	CHECK(strstr(b.data, "四、结转下年度继续办理\n2\n0\n0\n0\n0\n0\n2\n   四、政府信息") != NULL);
	d = parse_buf(h, &b);

	CHECK_EQ_INT(d.status, GR_OK);
	CHECK_EQ_INT(d.ndiags, 0);
	CHECK_EQ_INT(d.form_active, GR_FORM_2021);
	CHECK_VAL(d.active[GR_A_NORMATIVE][GR_AC_IN_FORCE], 6);
	CHECK_VAL(d.active[GR_A_LICENSING][GR_AC_DECISIONS], 12);
	CHECK_VAL(d.active[GR_A_PUNISHMENT][GR_AC_DECISIONS], 5);
	CHECK_VAL(d.req[GR_R_CARRIED_FORWARD][GR_RC_NATURAL], 2);
	CHECK_VAL(d.req[GR_R_CARRIED_FORWARD][GR_RC_TOTAL], 2);
	CHECK_VAL(d.req[GR_R_NEW_RECEIVED][GR_RC_TOTAL], 3);
	{
		int			skip[] = {Q_NEW, Q_GRANTED, Q_TOTAL, Q_FORWARD};

		CHECK_EQ_INT(other_rows_zero(&d, skip, 4), 0);
	}
	CHECK(d.has_appeals);
	CHECK_VAL(d.appeals[GR_AP_REVIEW][GR_APC_MAINTAINED], 1);
	CHECK_VAL(d.appeals[GR_AP_REVIEW][GR_APC_PENDING], 1);
	CHECK_VAL(d.appeals[GR_AP_REVIEW][GR_APC_TOTAL], 2);
	CHECK_VAL(d.appeals[GR_AP_LIT_DIRECT][GR_APC_TOTAL], 0);
	CHECK_VAL(d.appeals[GR_AP_LIT_AFTER][GR_APC_CORRECTED], 1);
	CHECK_VAL(d.appeals[GR_AP_LIT_AFTER][GR_APC_TOTAL], 1);
	CHECK(d.narrative[GR_N_PROBLEMS].p != NULL);
	gr_heap_free(h);
}

/* Labels in traditional characters with regional wording (行政規範性檔案),
 * line layout with half-width punctuation → script traditional. */
static void
test_traditional(void)
{
	gr_heap    *h = gr_heap_new();
	gr_mem		m = gr_heap_mem(h);
	gr_buf		b;
	gr_doc		d;
	const char *cells[Q_NROWS + 1] = {0};
	const char *t_appeals[15] = {"0", "0", "0", "0", "0", "0", "0", "0", "0", "0",
	"0", "0", "0", "0", "0"};

	cells[Q_NEW] = "2|0|1|0|0|0|3";
	cells[Q_SECRET] = "0|0|1|0|0|0|1";
	cells[Q_O_OTHER] = "2|0|0|0|0|0|2";
	cells[Q_TOTAL] = "2|0|1|0|0|0|3";
	gr_buf_init(&b, &m, 8192);
	gr_buf_puts(&b, "臺東縣文化資產管理處2022年政府信息公開工作年度報告\n"
				"一、總體情況\n本處依條例規定辦理政府信息公開工作。\n");
	gr_buf_puts(&b, "二、主動公開政府信息情況\n第二十條第(一)項\n信息內容\n本年制發件數\n"
				"本年廢止件數\n現行有效件數\n規章\n0\n0\n0\n行政規範性檔案\n2\n1\n9\n"
				"第二十條第(五)項\n信息內容\n本年處理決定數量\n行政許可\n0\n"
				"第二十條第(六)項\n信息內容\n本年處理決定數量\n行政處罰\n3\n行政強制\n1\n"
				"第二十條第(八)項\n信息內容\n本年收費金額(單位:萬元)\n行政事業性收費\n0\n");
	/* section 3's heading and applicant headers in traditional, by hand */
	gr_buf_puts(&b, "三、 收到和處理政府信息公開申請情況\n"
				"(本列數據的勾稽關係為:第一項加第二項之和,等於第三項加第四項之和)\n"
				"申請人情況\n自然人\n法人或其他組織\n總計\n商業企業\n科研機構\n社會公益組織\n"
				"法律服務機構\n其他\n");
	{
		/* rows only: drop put_requests' simplified heading lines */
		gr_buf		t;
		const char *rows;

		gr_buf_init(&t, &m, 8192);
		put_requests(&t, LINE, req_rows_2021_trad, cells);
		rows = strstr(t.data, "一、本年新收");
		CHECK(rows != NULL);
		if (rows)
			gr_buf_puts(&b, rows);
	}
	put_appeals(&b, LINE, "四、政府信息公開行政複議、行政訴訟情況", t_appeals);
	gr_buf_puts(&b, "五、當前存在的主要問題及下步改進措施\n欄目設定有待最佳化。\n"
				"六、其他需要報告的事項\n本機關未收取信息處理費。\n");
	d = parse_buf(h, &b);

	CHECK_EQ_INT(d.status, GR_OK);
	CHECK_EQ_INT(d.script, GR_TRADITIONAL);
	CHECK_EQ_INT(d.year, 2022);
	CHECK_EQ_INT(d.form_active, GR_FORM_2021);
	CHECK_EQ_INT(d.form_requests, GR_FORM_2021);
	CHECK_EQ_INT(d.ndiags, 0);
	CHECK_VAL(d.active[GR_A_NORMATIVE][GR_AC_ISSUED], 2);
	CHECK_VAL(d.active[GR_A_NORMATIVE][GR_AC_REPEALED], 1);
	CHECK_VAL(d.active[GR_A_NORMATIVE][GR_AC_IN_FORCE], 9);
	CHECK_VAL(d.active[GR_A_PUNISHMENT][GR_AC_DECISIONS], 3);
	CHECK_VAL(d.active[GR_A_COERCION][GR_AC_DECISIONS], 1);
	CHECK_VAL(d.req[GR_R_NEW_RECEIVED][GR_RC_RESEARCH], 1);
	CHECK_VAL(d.req[GR_R_DISP(GR_D_W_STATE_SECRET)][GR_RC_RESEARCH], 1);
	CHECK_VAL(d.req[GR_R_DISP(GR_D_W_STATE_SECRET)][GR_RC_TOTAL], 1);
	CHECK_VAL(d.req[GR_R_DISP(GR_D_O_OTHER)][GR_RC_NATURAL], 2);
	CHECK_VAL(d.req[GR_R_DISP(GR_D_TOTAL)][GR_RC_TOTAL], 3);
	{
		int			skip[] = {Q_NEW, Q_SECRET, Q_O_OTHER, Q_TOTAL};

		CHECK_EQ_INT(other_rows_zero(&d, skip, 4), 0);
	}
	CHECK(d.has_appeals);
	CHECK_EQ_INT(d.facts[GR_F_FEE_COLLECTED].state, GR_VALUE);
	CHECK_EQ_INT(d.facts[GR_F_FEE_COLLECTED].m, 0);
	gr_heap_free(h);
}

/* 2019-form tables in a 2023 report: section 2 with 本年新制作数量 headers,
 * 其他对外管理服务事项 and 政府集中采购; section 3 with one （六）其他处理 row
 * holding values.  Each table's revision is 2019; a negative 本年增/减 and
 * an amount with a unit read. */
static void
test_2019_tables_in_2023(void)
{
	gr_heap    *h = gr_heap_new();
	gr_mem		m = gr_heap_mem(h);
	gr_buf		b;
	gr_doc		d;
	const char *cells[24] = {0};

	cells[0] = "6|0|0|0|0|1|7";		/* new_received */
	cells[2] = "3|0|0|0|0|0|3";		/* granted */
	cells[20] = "3|0|0|0|0|1|4";	/* （六）其他处理 */
	cells[21] = "6|0|0|0|0|1|7";	/* total */
	gr_buf_init(&b, &m, 8192);
	gr_buf_puts(&b, "东岭区住房保障服务中心2023年政府信息公开工作年度报告\n"
				"总体情况\n\n本中心全年主动公开政府信息42条。\n\n");
	gr_buf_puts(&b, "二、主动公开政府信息情况\n\n"
				"\t第二十条第（一）项\n\n"
				"\t信息内容\n\t本年新制作数量\n\t本年新\n公开数量\n\t对外公开\n总数量\n\n"
				"\t规章\n\t0\n\t0\n\t0\n\n"
				"\t规范性文件\n\t2\n\t2\n\t14\n\n"
				"\t第二十条第（五）项\n\n"
				"\t信息内容\n\t上一年项目数量\n\t本年增/减\n\t处理决定数量\n\n"
				"\t行政许可\n\t9\n\t-2\n\t31\n\n"
				"\t其他对外管理服务事项\n\t4\n\t减少1\n\t0\n\n"
				"\t第二十条第（六）项\n\n"
				"\t信息内容\n\t上一年项目数量\n\t本年增/减\n\t处理决定数量\n\n"
				"\t行政处罚\n\t3\n\t0\n\t5\n\n"
				"\t行政强制\n\t1\n\t+1\n\t2\n\n"
				"\t第二十条第（八）项\n\n"
				"\t信息内容\n\t上一年项目数量\n\t本年增/减\n\n"
				"\t行政事业性收费\n\t2\n\t0\n\n"
				"\t第二十条第（九）项\n\n"
				"\t信息内容\n\t采购项目数量\n\t采购总金额\n\n"
				"\t政府集中采购\n\t3\n\t251000元\n\n\n");
	put_requests(&b, TAB, req_rows_2019, cells);
	put_appeals(&b, TAB, "四、政府信息公开行政复议、行政诉讼情况", NULL);
	gr_buf_puts(&b, "五、存在的主要问题及改进情况\n依申请公开答复规范性有待提高。\n"
				"六、其他需要报告的事项\n无。\n");
	d = parse_buf(h, &b);

	CHECK_EQ_INT(d.status, GR_OK);
	CHECK_EQ_INT(d.year, 2023);
	CHECK_EQ_INT(d.form_active, GR_FORM_2019);
	CHECK_EQ_INT(d.form_requests, GR_FORM_2019);
	CHECK_EQ_INT(d.ndiags, 0);
	CHECK_VAL(d.active[GR_A_RULES][GR_AC_PRODUCED], 0);
	CHECK_VAL(d.active[GR_A_NORMATIVE][GR_AC_PRODUCED], 2);
	CHECK_VAL(d.active[GR_A_NORMATIVE][GR_AC_PUBLISHED], 2);
	CHECK_VAL(d.active[GR_A_NORMATIVE][GR_AC_TOTAL_PUBLISHED], 14);
	CHECK_VAL(d.active[GR_A_LICENSING][GR_AC_PREVIOUS], 9);
	CHECK_VAL(d.active[GR_A_LICENSING][GR_AC_CHANGE], -2);
	CHECK_VAL(d.active[GR_A_LICENSING][GR_AC_DECISIONS], 31);
	CHECK_VAL(d.active[GR_A_OTHER_SERVICES][GR_AC_PREVIOUS], 4);
	CHECK_VAL(d.active[GR_A_OTHER_SERVICES][GR_AC_CHANGE], -1);
	CHECK_VAL(d.active[GR_A_OTHER_SERVICES][GR_AC_DECISIONS], 0);
	CHECK_VAL(d.active[GR_A_PUNISHMENT][GR_AC_DECISIONS], 5);
	CHECK_VAL(d.active[GR_A_COERCION][GR_AC_CHANGE], 1);
	CHECK_VAL(d.active[GR_A_COERCION][GR_AC_DECISIONS], 2);
	CHECK_VAL(d.active[GR_A_FEES][GR_AC_PREVIOUS], 2);
	CHECK_VAL(d.active[GR_A_FEES][GR_AC_CHANGE], 0);
	CHECK_VAL(d.active[GR_A_PROCUREMENT][GR_AC_PROJECTS], 3);
	CHECK_EQ_INT(d.active[GR_A_PROCUREMENT][GR_AC_AMOUNT].state, GR_VALUE);
	CHECK_EQ_INT(d.active[GR_A_PROCUREMENT][GR_AC_AMOUNT].m, 251000);
	/* 2021 columns stay absent */
	CHECK_EQ_INT(d.active[GR_A_RULES][GR_AC_ISSUED].state, GR_ABSENT);
	CHECK_EQ_INT(d.active[GR_A_FEES][GR_AC_AMOUNT].state, GR_ABSENT);

	CHECK_VAL(d.req[GR_R_NEW_RECEIVED][GR_RC_TOTAL], 7);
	CHECK_VAL(d.req[GR_R_DISP(GR_D_GRANTED)][GR_RC_NATURAL], 3);
	CHECK_VAL(d.req[GR_R_DISP(GR_D_OTHER)][GR_RC_NATURAL], 3);
	CHECK_VAL(d.req[GR_R_DISP(GR_D_OTHER)][GR_RC_OTHER_ORG], 1);
	CHECK_VAL(d.req[GR_R_DISP(GR_D_OTHER)][GR_RC_TOTAL], 4);
	CHECK_EQ_INT(d.req[GR_R_DISP(GR_D_O_OTHER)][GR_RC_NATURAL].state, GR_ABSENT);
	CHECK_EQ_INT(d.req[GR_R_DISP(GR_D_O_NO_CORRECTION)][GR_RC_TOTAL].state, GR_ABSENT);
	CHECK_VAL(d.req[GR_R_DISP(GR_D_TOTAL)][GR_RC_TOTAL], 7);
	CHECK_VAL(d.req[GR_R_CARRIED_FORWARD][GR_RC_TOTAL], 0);
	CHECK(d.has_appeals);
	gr_heap_free(h);
}

/* A word where a number belongs: that cell unreadable with its raw text,
 * nothing shifted; in section 2 and section 3. */
static void
test_word_in_cell(void)
{
	gr_heap    *h = gr_heap_new();
	gr_mem		m = gr_heap_mem(h);
	gr_buf		b;
	gr_doc		d;
	const char *cells[Q_NROWS + 1] = {0};
	const gr_diag *g;
	char	   *p;

	cells[Q_NEW] = "4|若干|0|0|0|0|5";
	cells[Q_OVER] = "1|0|0|0|0|0|1";
	gr_buf_init(&b, &m, 8192);
	report_2021(&b, cells);
	/* 行政处罚's cell: 7 → 详见附件 */
	p = strstr(b.data, "\t行政处罚\n\t7\n");
	CHECK(p != NULL);
	if (p)
	{
		gr_buf		c;

		gr_buf_init(&c, &m, b.len + 32);
		gr_buf_put(&c, b.data, (size_t) (p - b.data));
		gr_buf_puts(&c, "\t行政处罚\n\t详见附件\n");
		gr_buf_puts(&c, p + strlen("\t行政处罚\n\t7\n"));
		b = c;
	}
	d = parse_buf(h, &b);

	CHECK_EQ_INT(d.status, GR_OK);
	CHECK_VAL(d.req[GR_R_NEW_RECEIVED][GR_RC_NATURAL], 4);
	CHECK_EQ_INT(d.req[GR_R_NEW_RECEIVED][GR_RC_COMMERCIAL].state, GR_UNREADABLE);
	CHECK_VAL(d.req[GR_R_NEW_RECEIVED][GR_RC_RESEARCH], 0);
	CHECK_VAL(d.req[GR_R_NEW_RECEIVED][GR_RC_OTHER_ORG], 0);
	CHECK_VAL(d.req[GR_R_NEW_RECEIVED][GR_RC_TOTAL], 5);
	CHECK_VAL(d.req[GR_R_CARRIED_OVER][GR_RC_NATURAL], 1);
	CHECK_VAL(d.req[GR_R_CARRIED_OVER][GR_RC_TOTAL], 1);
	CHECK_EQ_INT(d.active[GR_A_PUNISHMENT][GR_AC_DECISIONS].state, GR_UNREADABLE);
	CHECK_VAL(d.active[GR_A_COERCION][GR_AC_DECISIONS], 0);
	CHECK_VAL(d.active[GR_A_LICENSING][GR_AC_DECISIONS], 40);

	CHECK_EQ_INT(d.ndiags, 2);
	g = find_diag(&d, h, "requests.new_received.commercial");
	CHECK(g && g->problem == GR_PROB_UNREADABLE && raw_is(g, "若干"));
	g = find_diag(&d, h, "active.punishment.decisions");
	CHECK(g && g->problem == GR_PROB_UNREADABLE && raw_is(g, "详见附件"));
	gr_heap_free(h);
}

/* A row missing a cell (six where the form has seven): the row's last
 * cell is missing with a diagnostic; the next row is not shifted. */
static void
test_missing_cell(void)
{
	gr_heap    *h = gr_heap_new();
	gr_mem		m = gr_heap_mem(h);
	gr_buf		b;
	gr_doc		d;
	const char *cells[Q_NROWS + 1] = {0};
	const gr_diag *g;

	cells[Q_GRANTED] = "2|1|0|0|0|0";	/* six cells */
	cells[Q_PARTIAL] = "1|0|0|0|0|2|3";
	gr_buf_init(&b, &m, 8192);
	report_2021(&b, cells);
	d = parse_buf(h, &b);

	CHECK_EQ_INT(d.status, GR_OK);
	CHECK_VAL(d.req[GR_R_DISP(GR_D_GRANTED)][GR_RC_NATURAL], 2);
	CHECK_VAL(d.req[GR_R_DISP(GR_D_GRANTED)][GR_RC_COMMERCIAL], 1);
	CHECK_VAL(d.req[GR_R_DISP(GR_D_GRANTED)][GR_RC_OTHER_ORG], 0);
	CHECK_EQ_INT(d.req[GR_R_DISP(GR_D_GRANTED)][GR_RC_TOTAL].state, GR_MISSING);
	CHECK_VAL(d.req[GR_R_DISP(GR_D_PARTIAL)][GR_RC_NATURAL], 1);
	CHECK_VAL(d.req[GR_R_DISP(GR_D_PARTIAL)][GR_RC_OTHER_ORG], 2);
	CHECK_VAL(d.req[GR_R_DISP(GR_D_PARTIAL)][GR_RC_TOTAL], 3);
	CHECK_VAL(d.req[GR_R_DISP(GR_D_W_STATE_SECRET)][GR_RC_NATURAL], 0);
	CHECK_EQ_INT(d.ndiags, 1);
	g = find_diag(&d, h, "requests.granted.total");
	CHECK(g && g->problem == GR_PROB_MISSING && g->raw.len == 0);
	gr_heap_free(h);
}

/* Full-width digits and thousands separators in cells. */
static void
test_fullwidth_and_separators(void)
{
	gr_heap    *h = gr_heap_new();
	gr_mem		m = gr_heap_mem(h);
	gr_buf		b;
	gr_doc		d;
	const char *cells[Q_NROWS + 1] = {0};

	cells[Q_NEW] = "１,２０４|３|0|0|0|0|1,207";
	cells[Q_GRANTED] = "1,204|３|0|0|0|0|１２０７";
	cells[Q_TOTAL] = "1204|3|0|0|0|0|1207";
	gr_buf_init(&b, &m, 8192);
	report_2021(&b, cells);
	d = parse_buf(h, &b);

	CHECK_EQ_INT(d.status, GR_OK);
	CHECK_EQ_INT(d.ndiags, 0);
	CHECK_VAL(d.req[GR_R_NEW_RECEIVED][GR_RC_NATURAL], 1204);
	CHECK_VAL(d.req[GR_R_NEW_RECEIVED][GR_RC_COMMERCIAL], 3);
	CHECK_VAL(d.req[GR_R_NEW_RECEIVED][GR_RC_TOTAL], 1207);
	CHECK_VAL(d.req[GR_R_DISP(GR_D_GRANTED)][GR_RC_NATURAL], 1204);
	CHECK_VAL(d.req[GR_R_DISP(GR_D_GRANTED)][GR_RC_COMMERCIAL], 3);
	CHECK_VAL(d.req[GR_R_DISP(GR_D_GRANTED)][GR_RC_TOTAL], 1207);
	CHECK_VAL(d.req[GR_R_DISP(GR_D_TOTAL)][GR_RC_TOTAL], 1207);
	gr_heap_free(h);
}

/* gr_read_number, cell by cell. */
static gr_state
rn(const char *s, bool dec, gr_cell *c)
{
	return gr_read_number(s, strlen(s), dec, c);
}

static void
test_read_number(void)
{
	gr_cell		c;
	static const char *const blanks[] = {"", "  ", "\xE3\x80\x80", "/", "-", "—", "无", "空",
	"／", " / ", "\xC2\xA0", NULL};

	for (int i = 0; blanks[i]; i++)
	{
		CHECK_EQ_INT(rn(blanks[i], false, &c), GR_BLANK);
		CHECK_EQ_INT(c.state, GR_BLANK);
	}
	CHECK_EQ_INT(rn("0", false, &c), GR_VALUE);
	CHECK_EQ_INT(c.m, 0);
	CHECK_EQ_INT(rn(" 17 ", false, &c), GR_VALUE);
	CHECK_EQ_INT(c.m, 17);
	CHECK_EQ_INT(rn("\xE3\x80\x80" "0" "\xE3\x80\x80\xE3\x80\x80", false, &c), GR_VALUE);
	CHECK_EQ_INT(c.m, 0);
	CHECK_EQ_INT(rn("251000元", false, &c), GR_VALUE);
	CHECK_EQ_INT(c.m, 251000);
	CHECK_EQ_INT(rn("3件", false, &c), GR_VALUE);
	CHECK_EQ_INT(c.m, 3);
	CHECK_EQ_INT(rn("３件", false, &c), GR_VALUE);
	CHECK_EQ_INT(c.m, 3);
	CHECK_EQ_INT(rn("１２３４５", false, &c), GR_VALUE);
	CHECK_EQ_INT(c.m, 12345);
	CHECK_EQ_INT(rn("12,345", false, &c), GR_VALUE);
	CHECK_EQ_INT(c.m, 12345);
	CHECK_EQ_INT(rn("1,234,567", false, &c), GR_VALUE);
	CHECK_EQ_INT(c.m, 1234567);
	CHECK_EQ_INT(rn("１，２３４", false, &c), GR_VALUE);
	CHECK_EQ_INT(c.m, 1234);
	/* a comma that is not a thousands separator */
	CHECK_EQ_INT(rn("12,34", false, &c), GR_UNREADABLE);
	CHECK_EQ_INT(rn("1,2", false, &c), GR_UNREADABLE);

	/* decimals: the fee cell */
	CHECK_EQ_INT(rn("16.856", true, &c), GR_VALUE);
	CHECK_EQ_INT(c.m, 16856);
	CHECK_EQ_INT(c.scale, 3);
	CHECK_EQ_INT(rn("0.5", true, &c), GR_VALUE);
	CHECK_EQ_INT(c.m, 5);
	CHECK_EQ_INT(c.scale, 1);
	CHECK_EQ_INT(rn("１６．８５６", true, &c), GR_VALUE);
	CHECK_EQ_INT(c.m, 16856);
	CHECK_EQ_INT(c.scale, 3);
	/* a count with decimals: 3.0 is 3, 3.5 is not a count */
	CHECK_EQ_INT(rn("3.0", false, &c), GR_VALUE);
	CHECK_EQ_INT(c.m, 3);
	CHECK_EQ_INT(c.scale, 0);
	CHECK_EQ_INT(rn("16.856", false, &c), GR_UNREADABLE);
	/* more decimals than a cell holds */
	CHECK_EQ_INT(rn("0.1234567", true, &c), GR_UNREADABLE);

	/* signs: 本年增/减 */
	CHECK_EQ_INT(rn("-3", false, &c), GR_VALUE);
	CHECK_EQ_INT(c.m, -3);
	CHECK_EQ_INT(rn("减少3", false, &c), GR_VALUE);
	CHECK_EQ_INT(c.m, -3);
	CHECK_EQ_INT(rn("減少3", false, &c), GR_VALUE);
	CHECK_EQ_INT(c.m, -3);
	CHECK_EQ_INT(rn("减3", false, &c), GR_VALUE);
	CHECK_EQ_INT(c.m, -3);
	CHECK_EQ_INT(rn("增加2", false, &c), GR_VALUE);
	CHECK_EQ_INT(c.m, 2);
	CHECK_EQ_INT(rn("+2", false, &c), GR_VALUE);
	CHECK_EQ_INT(c.m, 2);
	CHECK_EQ_INT(rn("减少3项", false, &c), GR_VALUE);
	CHECK_EQ_INT(c.m, -3);

	/* too long or not a number */
	CHECK_EQ_INT(rn("1234567890123456789012345678901234567890", false, &c), GR_UNREADABLE);
	CHECK_EQ_INT(rn("1234567890123456", false, &c), GR_UNREADABLE);	/* 16 digits */
	CHECK_EQ_INT(rn("999999999999999", false, &c), GR_VALUE);	/* 15 digits */
	CHECK_EQ_INT(c.m, INT64_C(999999999999999));
	CHECK_EQ_INT(rn("若干", false, &c), GR_UNREADABLE);
	CHECK_EQ_INT(rn("详见附件", false, &c), GR_UNREADABLE);
	CHECK_EQ_INT(rn("3人", false, &c), GR_UNREADABLE);
	CHECK_EQ_INT(rn("约3", false, &c), GR_UNREADABLE);
	CHECK_EQ_INT(rn("3-", false, &c), GR_UNREADABLE);
	CHECK_EQ_INT(rn("--3", false, &c), GR_UNREADABLE);
	/* two numbers run together are not one number */
	CHECK_EQ_INT(rn("3 4", false, &c), GR_UNREADABLE);
	CHECK_EQ_INT(rn("１\xE3\x80\x80２", false, &c), GR_UNREADABLE);
	CHECK_EQ_INT(rn("3 件", false, &c), GR_VALUE);
	CHECK_EQ_INT(c.m, 3);
	CHECK_EQ_INT(rn("减少 3", false, &c), GR_VALUE);
	CHECK_EQ_INT(c.m, -3);
	/* a length that is not NUL-terminated: only len bytes count */
	CHECK_EQ_INT(gr_read_number("42件X", 2, false, &c), GR_VALUE);
	CHECK_EQ_INT(c.m, 42);
	/* a unit is the whole rest, not its first character */
	CHECK_EQ_INT(rn("3万元", false, &c), GR_VALUE);
	CHECK_EQ_INT(c.m, 3);
	CHECK_EQ_INT(rn("3人次", false, &c), GR_VALUE);
	CHECK_EQ_INT(c.m, 3);
	CHECK_EQ_INT(rn("3万", false, &c), GR_UNREADABLE);
	CHECK_EQ_INT(rn("3件件", false, &c), GR_UNREADABLE);
	/* ideographs (counted whole), with and without digits, and cut sequences */
	CHECK_EQ_INT(rn("三件", false, &c), GR_UNREADABLE);
	CHECK_EQ_INT(rn("一二三四", false, &c), GR_UNREADABLE);
	CHECK_EQ_INT(rn("共计三百件", false, &c), GR_UNREADABLE);
	CHECK_EQ_INT(rn("共３件", false, &c), GR_UNREADABLE);
	CHECK_EQ_INT(rn("\xE4" "3", false, &c), GR_UNREADABLE);
	CHECK_EQ_INT(rn("\xE4\xB8" "7", false, &c), GR_UNREADABLE);
}

/* The fee fact: stated without the word 处理费 (seed 002's wording), and an
 * amount in yuan. */
static void
test_fee_fact(void)
{
	static const char *const tails[] = {
		"六、其他需要报告的事项\n（一）本年度，本中心没有向政府信息公开申请人收取任何费用;\n",
		"六、其他需要报告的事项\n本年度共收取信息处理费120元。\n",
		"六、其他需要报告的事项\n本年度收取费用0.5万元。\n",
		"六、其他需要报告的事项\n无。\n",
	};
	static const int64_t want[] = {0, 120, 5000, -1};

	for (int i = 0; i < 4; i++)
	{
		gr_heap    *h = gr_heap_new();
		gr_mem		m = gr_heap_mem(h);
		gr_buf		b;
		gr_doc		d;

		gr_buf_init(&b, &m, 8192);
		gr_buf_puts(&b, "青禾县水利事务中心2022年政府信息公开工作年度报告\n一、总体情况\n概况。\n");
		gr_buf_puts(&b, active_2021_tab);
		put_requests(&b, TAB, req_rows_2021, NULL);
		put_appeals(&b, TAB, "四、政府信息公开行政复议、行政诉讼情况", NULL);
		gr_buf_puts(&b, "五、存在的主要问题及改进情况\n无。\n");
		gr_buf_puts(&b, tails[i]);
		d = parse_buf(h, &b);
		CHECK_EQ_INT(d.status, GR_OK);
		if (want[i] < 0)
			CHECK_EQ_INT(d.facts[GR_F_FEE_COLLECTED].state, GR_ABSENT);
		else
		{
			CHECK_EQ_INT(d.facts[GR_F_FEE_COLLECTED].state, GR_VALUE);
			CHECK_EQ_INT(d.facts[GR_F_FEE_COLLECTED].m, want[i]);
			CHECK_EQ_INT(d.facts[GR_F_FEE_COLLECTED].scale, 0);
		}
		gr_heap_free(h);
	}
}

/* ---------------------------------------------------------- not a report */

/* A deterministic PRNG (xorshift64*), so a failure is reproducible. */
static uint64_t
prng(uint64_t *s)
{
	*s ^= *s >> 12;
	*s ^= *s << 25;
	*s ^= *s >> 27;
	return *s * UINT64_C(2685821657736338717);
}

/* Random valid UTF-8: code points from ASCII, Latin, CJK, punctuation,
 * full-width forms and the astral planes (no surrogates), with tabs and
 * newlines. */
static size_t
random_utf8(uint64_t *seed, char *out, size_t cap)
{
	size_t		n = 0;

	while (n + 4 < cap)
	{
		uint64_t	r = prng(seed);
		uint32_t	cp;

		switch (r % 8)
		{
			case 0:
				cp = (uint32_t) ((r >> 8) % 0x5F) + 0x20;
				break;
			case 1:
				cp = "\t\n\n 0123456789"[(r >> 8) % 14];
				break;
			case 2:
				cp = 0x4E00 + (uint32_t) ((r >> 8) % 0x5200);
				break;
			case 3:
				cp = 0x3000 + (uint32_t) ((r >> 8) % 0x40);
				break;
			case 4:
				cp = 0xFF01 + (uint32_t) ((r >> 8) % 0x5E);
				break;
			case 5:
				cp = 0x80 + (uint32_t) ((r >> 8) % 0x780);
				break;
			case 6:
				cp = 0x10000 + (uint32_t) ((r >> 8) % 0x100000);
				break;
			default:
				cp = 0xE000 + (uint32_t) ((r >> 8) % 0x1FFE);
				break;
		}
		if (cp < 0x80)
			out[n++] = (char) cp;
		else if (cp < 0x800)
		{
			out[n++] = (char) (0xC0 | (cp >> 6));
			out[n++] = (char) (0x80 | (cp & 0x3F));
		}
		else if (cp < 0x10000)
		{
			out[n++] = (char) (0xE0 | (cp >> 12));
			out[n++] = (char) (0x80 | ((cp >> 6) & 0x3F));
			out[n++] = (char) (0x80 | (cp & 0x3F));
		}
		else
		{
			out[n++] = (char) (0xF0 | (cp >> 18));
			out[n++] = (char) (0x80 | ((cp >> 12) & 0x3F));
			out[n++] = (char) (0x80 | ((cp >> 6) & 0x3F));
			out[n++] = (char) (0x80 | (cp & 0x3F));
		}
	}
	return n;
}

static void
check_not_a_report(const char *what, const char *s, size_t len)
{
	gr_heap    *h = gr_heap_new();
	gr_doc		d = parse_str(h, s, len);

	if (d.status != GR_NOT_A_REPORT)
		fprintf(stderr, "  not a report: %s gave status %d\n", what, d.status);
	CHECK_EQ_INT(d.status, GR_NOT_A_REPORT);
	CHECK_EQ_INT(d.form_active, GR_FORM_NONE);
	CHECK_EQ_INT(d.form_requests, GR_FORM_NONE);
	CHECK(!d.has_appeals);
	CHECK_EQ_INT(d.ndiags, 0);
	gr_heap_free(h);
}

static void
test_not_a_report(void)
{
	static const char news[] =
		"本报讯 昨日上午，滨江新区举办第三届龙舟邀请赛，来自周边县市的二十四支队伍参加比赛。"
		"赛事持续约三个小时，吸引市民两万余人到场观看。\n"
		"组委会负责人介绍，今年新增了青少年组别，共有12支中学队伍报名，"
		"比赛用船全部经过安全检测。下午四时，颁奖仪式在江边广场举行，"
		"东港街道代表队以2分31秒的成绩获得冠军。\n"
		"据悉，明年赛事将于5月中旬举行，报名方式将另行通知。\n";
	char	   *buf = malloc(1 << 16);
	uint64_t	seed = UINT64_C(0x9E3779B97F4A7C15);

	check_not_a_report("empty", "", 0);
	check_not_a_report("spaces", " \t\n\n \xE3\x80\x80\n", strlen(" \t\n\n \xE3\x80\x80\n"));
	check_not_a_report("news", news, strlen(news));
	/* a text that names the report but holds none of its tables */
	check_not_a_report("a title alone",
					   "某某局2023年政府信息公开工作年度报告\n详见附件。\n",
					   strlen("某某局2023年政府信息公开工作年度报告\n详见附件。\n"));
	for (int i = 0; i < 300; i++)
	{
		size_t		cap = 16 + (size_t) (prng(&seed) % ((i % 10 == 9) ? 60000 : 3000));
		size_t		n = random_utf8(&seed, buf, cap);
		char		what[32];

		snprintf(what, sizeof(what), "random #%d", i);
		check_not_a_report(what, buf, n);
	}
	free(buf);
}

/*
 * The "plain" HTML table (test/data/layout_html_plain.html, a generated
 * report as raw HTML): every slot of the grid is a <td>, a merged label's
 * slots are empty cells, so a section 3 row is its label, two or one empty
 * slots, then seven values.  The empty slots are not values: each row keeps
 * its last seven cells (a blank among them stays where it is).  A row with
 * one cell more than the grid's slots is no longer known: all missing.
 */
static void
test_html_plain_slots(void)
{
	static const struct
	{
		int			row;
		long long	v[GR_RC_COUNT];	/* -1: blank */
	}			want[] = {
		{GR_R_NEW_RECEIVED, {7, 22, 7, 21, 7, 0, 64}},
		{GR_R_CARRIED_OVER, {9, 4, 21, 18, 0, 34, 86}},
		{GR_R_DISP(GR_D_GRANTED), {0, 0, 0, 0, 0, 0, 0}},
		{GR_R_DISP(GR_D_PARTIAL), {0, 0, 0, 5, -1, 7, 12}},
		{GR_R_DISP(GR_D_TOTAL), {13, 26, 28, 36, 4, 33, 140}},
		{GR_R_CARRIED_FORWARD, {3, 0, 0, 3, 3, 1, 10}},
	};
	const char *over_from = "<td>1</td><td>10</td></tr>";
	size_t		len;
	char	   *text = unit_slurp("../data/layout_html_plain.html", &len);

	CHECK(text != NULL);
	if (text == NULL)
		return;
	for (int pass = 0; pass < 2; pass++)
	{
		gr_heap    *h = gr_heap_new();
		gr_mem		m = gr_heap_mem(h);
		gr_buf		b;
		gr_doc		d;
		const char *at = strstr(text, over_from);

		gr_buf_init(&b, &m, len + 16);
		if (pass == 0 || at == NULL)
			gr_buf_put(&b, text, len);
		else
		{
			/* one value more in the last row: 11 slots in a grid of 10 */
			size_t		cut = (size_t) (at - text) + strlen("<td>1</td><td>10</td>");

			gr_buf_put(&b, text, cut);
			gr_buf_puts(&b, "<td>5</td>");
			gr_buf_put(&b, text + cut, len - cut);
		}
		CHECK(at != NULL);
		gr_parse(&d, b.data, b.len, &m, NULL);
		CHECK_EQ_INT(d.status, GR_OK);
		CHECK_EQ_INT(d.form_requests, GR_FORM_2021);
		for (size_t k = 0; k < sizeof(want) / sizeof(want[0]); k++)
			for (int c = 0; c < GR_RC_COUNT; c++)
			{
				const gr_cell *x = &d.req[want[k].row][c];

				if (pass == 1 && want[k].row == GR_R_CARRIED_FORWARD)
					CHECK_EQ_INT(x->state, GR_MISSING);
				else if (want[k].v[c] < 0)
					CHECK_EQ_INT(x->state, GR_BLANK);
				else
				{
					CHECK_EQ_INT(x->state, GR_VALUE);
					CHECK_EQ_INT(x->m, want[k].v[c]);
				}
			}
		gr_heap_free(h);
	}
	free(text);
}

/*
 * lynx prints a row's labels and values on one line and the results header
 * with the first leaf: "三、本年度办理结果 （一）予以公开 3 6 0 0 0 0 9" is the
 * granted row (test/data/layout_lynx_plain.txt, a generated report).
 */
static void
test_lynx_results_header(void)
{
	static const long long want[GR_RC_COUNT] = {3, 6, 0, 0, 0, 0, 9};
	size_t		len;
	char	   *text = unit_slurp("../data/layout_lynx_plain.txt", &len);
	gr_heap    *h;

	CHECK(text != NULL);
	if (text == NULL)
		return;
	h = gr_heap_new();
	{
		gr_doc		d = parse_str(h, text, len);

		CHECK_EQ_INT(d.status, GR_OK);
		for (int c = 0; c < GR_RC_COUNT; c++)
			CHECK_VAL(d.req[GR_R_DISP(GR_D_GRANTED)][c], want[c]);
	}
	gr_heap_free(h);
	free(text);
}

/*
 * The appeals values on one line with an empty cell not printed (w3m,
 * test/data/layout_w3m_appeals_short.txt, and lynx, whose document is read
 * as paragraphs, layout_lynx_plain.txt: 14 values, the blank is the
 * third group's 尚未审结): the groups from the start that add up are
 * kept, the rest is missing — never the third group's total read as its
 * 尚未审结.
 */
static void
test_short_appeals(void)
{
	static const long long want[2][GR_APC_NCOLS] = {{0, 0, 0, 0, 0}, {0, 0, 1, 0, 1}};
	/* the same generated report through w3m and through lynx */
	static const char *const files[] = {"../data/layout_w3m_appeals_short.txt",
	"../data/layout_lynx_plain.txt"};

	for (int i = 0; i < 2; i++)
	{
		size_t		len;
		char	   *text = unit_slurp(files[i], &len);
		gr_heap    *h;

		CHECK(text != NULL);
		if (text == NULL)
			continue;
		h = gr_heap_new();
		{
			gr_doc		d = parse_str(h, text, len);

			CHECK(d.has_appeals);
			for (int g = 0; g < 2; g++)
				for (int c = 0; c < GR_APC_NCOLS; c++)
					CHECK_VAL(d.appeals[g][c], want[g][c]);
			for (int c = 0; c < GR_APC_NCOLS; c++)
				CHECK_EQ_INT(d.appeals[GR_AP_LIT_AFTER][c].state, GR_MISSING);
		}
		gr_heap_free(h);
		free(text);
	}
}

int
main(void)
{
	test_plain_2021();
	test_empty_cell_among_seven();
	test_wrapped_cells();
	test_heading_after_row_four();
	test_traditional();
	test_2019_tables_in_2023();
	test_word_in_cell();
	test_missing_cell();
	test_fullwidth_and_separators();
	test_read_number();
	test_fee_fact();
	test_not_a_report();
	test_html_plain_slots();
	test_lynx_results_header();
	test_short_appeals();
	return unit_report("test_parse");
}
