/*
 * form.c — the report form as const tables: one source of truth for keys,
 * official labels (simplified and traditional), numbering and structure.
 * The parser, the checks, the renderer and the SQL types all read these.
 */
#include "gr.h"

const char *const gr_section_keys[3] = {"active", "requests", "appeals"};
const char *const gr_narr_keys[GR_N_COUNT] = {"overview", "problems", "other_matters"};
const char *const gr_fact_keys[GR_F_COUNT] = {"proactive_items", "requests_received", "fee_collected",
	"requests_carried_over", "requests_processed", "requests_carried_forward", "reviews", "lawsuits", "administrative_fees"};
const char *const gr_problem_keys[GR_PROB_COUNT] = {
	"blank", "unreadable", "missing", "fuzzy_label", "unknown_heading", "unit_converted",
	"inferred"
};

const gr_keylabel gr_arows[GR_A_NROWS] = {
	{"rules", "规章", "規章"},
	{"normative_documents", "行政规范性文件", "行政規範性文件"},
	{"licensing", "行政许可", "行政許可"},
	{"other_services", "其他对外管理服务事项", "其他對外管理服務事項"},
	{"punishment", "行政处罚", "行政處罰"},
	{"coercion", "行政强制", "行政強制"},
	{"fees", "行政事业性收费", "行政事業性收費"},
	{"procurement", "政府集中采购", "政府集中採購"},
};

const gr_keylabel gr_acols[GR_A_NCOLS] = {
	{"issued", "本年制发件数", "本年制發件數"},
	{"repealed", "本年废止件数", "本年廢止件數"},
	{"in_force", "现行有效件数", "現行有效件數"},
	{"decisions", "本年处理决定数量", "本年處理決定數量"},
	{"amount", "本年收费金额（单位：万元）", "本年收費金額（單位：萬元）"},
	{"produced", "本年新制作数量", "本年新製作數量"},
	{"published", "本年新公开数量", "本年新公開數量"},
	{"total_published", "对外公开总数量", "對外公開總數量"},
	{"previous", "上一年项目数量", "上一年項目數量"},
	{"change", "本年增/减", "本年增/減"},
	{"projects", "采购项目数量", "採購項目數量"},
};

const gr_active_sub gr_active_2021[4] = {
	{"（一）", 3, {GR_AC_ISSUED, GR_AC_REPEALED, GR_AC_IN_FORCE},
	 {"本年制发件数", "本年废止件数", "现行有效件数"}, 2, {GR_A_RULES, GR_A_NORMATIVE}, {"规章", "行政规范性文件"}},
	{"（五）", 1, {GR_AC_DECISIONS}, {"本年处理决定数量"}, 1, {GR_A_LICENSING}, {"行政许可"}},
	{"（六）", 1, {GR_AC_DECISIONS}, {"本年处理决定数量"}, 2, {GR_A_PUNISHMENT, GR_A_COERCION}, {"行政处罚", "行政强制"}},
	{"（八）", 1, {GR_AC_AMOUNT}, {"本年收费金额（单位：万元）"}, 1, {GR_A_FEES}, {"行政事业性收费"}},
};

const gr_active_sub gr_active_2019[5] = {
	{"（一）", 3, {GR_AC_PRODUCED, GR_AC_PUBLISHED, GR_AC_TOTAL_PUBLISHED},
	 {"本年新制作数量", "本年新公开数量", "对外公开总数量"}, 2, {GR_A_RULES, GR_A_NORMATIVE}, {"规章", "规范性文件"}},
	{"（五）", 3, {GR_AC_PREVIOUS, GR_AC_CHANGE, GR_AC_DECISIONS},
	 {"上一年项目数量", "本年增/减", "处理决定数量"}, 2, {GR_A_LICENSING, GR_A_OTHER_SERVICES}, {"行政许可", "其他对外管理服务事项"}},
	{"（六）", 3, {GR_AC_PREVIOUS, GR_AC_CHANGE, GR_AC_DECISIONS},
	 {"上一年项目数量", "本年增/减", "处理决定数量"}, 2, {GR_A_PUNISHMENT, GR_A_COERCION}, {"行政处罚", "行政强制"}},
	{"（八）", 2, {GR_AC_PREVIOUS, GR_AC_CHANGE},
	 {"上一年项目数量", "本年增/减"}, 1, {GR_A_FEES}, {"行政事业性收费"}},
	{"（九）", 2, {GR_AC_PROJECTS, GR_AC_AMOUNT},
	 {"采购项目数量", "采购总金额"}, 1, {GR_A_PROCUREMENT}, {"政府集中采购"}},
};

const gr_active_sub *
gr_active_subs(gr_form f, int *n)
{
	if (f == GR_FORM_2019)
	{
		*n = 5;
		return gr_active_2019;
	}
	if (f == GR_FORM_2021)
	{
		*n = 4;
		return gr_active_2021;
	}
	*n = 0;
	return NULL;
}

bool
gr_active_has(gr_form f, gr_arow r, gr_acol c)
{
	int			n;
	const gr_active_sub *s = gr_active_subs(f, &n);

	for (int i = 0; i < n; i++)
		for (int j = 0; j < s[i].nrows; j++)
			if (s[i].rows[j] == r)
				for (int k = 0; k < s[i].ncols; k++)
					if (s[i].cols[k] == c)
						return true;
	return false;
}

const gr_label gr_disps[GR_D_COUNT] = {
	{"granted", "予以公开", "予以公開", "（一）", -1, true},
	{"partially_granted", "部分公开（区分处理的，只计这一情形，不计其他情形）",
	 "部分公開（區分處理的，只計這一情形，不計其他情形）", "（二）", -1, true},
	{"withheld", "不予公开", "不予公開", "（三）", -1, false},
	{"withheld.state_secret", "属于国家秘密", "屬於國家秘密", "1.", GR_D_WITHHELD, true},
	{"withheld.prohibited_by_law", "其他法律行政法规禁止公开", "其他法律行政法規禁止公開", "2.", GR_D_WITHHELD, true},
	{"withheld.endangers_security", "危及“三安全一稳定”", "危及“三安全一穩定”", "3.", GR_D_WITHHELD, true},
	{"withheld.third_party_rights", "保护第三方合法权益", "保護第三方合法權益", "4.", GR_D_WITHHELD, true},
	{"withheld.internal_affairs", "属于三类内部事务信息", "屬於三類內部事務信息", "5.", GR_D_WITHHELD, true},
	{"withheld.process_information", "属于四类过程性信息", "屬於四類過程性信息", "6.", GR_D_WITHHELD, true},
	{"withheld.enforcement_files", "属于行政执法案卷", "屬於行政執法案卷", "7.", GR_D_WITHHELD, true},
	{"withheld.inquiry_matters", "属于行政查询事项", "屬於行政查詢事項", "8.", GR_D_WITHHELD, true},
	{"unavailable", "无法提供", "無法提供", "（四）", -1, false},
	{"unavailable.not_held", "本机关不掌握相关政府信息", "本機關不掌握相關政府信息", "1.", GR_D_UNAVAILABLE, true},
	{"unavailable.requires_creation", "没有现成信息需要另行制作", "沒有現成信息需要另行製作", "2.", GR_D_UNAVAILABLE, true},
	{"unavailable.unclear_after_correction", "补正后申请内容仍不明确", "補正後申請內容仍不明確", "3.", GR_D_UNAVAILABLE, true},
	{"not_processed", "不予处理", "不予處理", "（五）", -1, false},
	{"not_processed.petition_complaint", "信访举报投诉类申请", "信訪舉報投訴類申請", "1.", GR_D_NOT_PROCESSED, true},
	{"not_processed.duplicate", "重复申请", "重複申請", "2.", GR_D_NOT_PROCESSED, true},
	{"not_processed.publication", "要求提供公开出版物", "要求提供公開出版物", "3.", GR_D_NOT_PROCESSED, true},
	{"not_processed.excessive", "无正当理由大量反复申请", "無正當理由大量反覆申請", "4.", GR_D_NOT_PROCESSED, true},
	{"not_processed.confirmation", "要求行政机关确认或重新出具已获取信息", "要求行政機關確認或重新出具已獲取信息", "5.", GR_D_NOT_PROCESSED, true},
	{"other", "其他处理", "其他處理", "（六）", -1, false},
	{"other.no_correction", "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
	 "申請人無正當理由逾期不補正、行政機關不再處理其政府信息公開申請", "1.", GR_D_OTHER, true},
	{"other.unpaid_fee", "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
	 "申請人逾期未按收費通知要求繳納費用、行政機關不再處理其政府信息公開申請", "2.", GR_D_OTHER, true},
	{"other.other", "其他", "其他", "3.", GR_D_OTHER, true},
	{"total", "总计", "總計", "（七）", -1, false},
};

const gr_label gr_appls[GR_P_COUNT] = {
	{"natural_person", "自然人", "自然人", "", -1, true},
	{"legal_person", "法人或其他组织", "法人或其他組織", "", -1, false},
	{"commercial", "商业企业", "商業企業", "", GR_P_LEGAL, true},
	{"research", "科研机构", "科研機構", "", GR_P_LEGAL, true},
	{"social_welfare", "社会公益组织", "社會公益組織", "", GR_P_LEGAL, true},
	{"legal_service", "法律服务机构", "法律服務機構", "", GR_P_LEGAL, true},
	{"other_org", "其他", "其他", "", GR_P_LEGAL, true},
	{"total", "总计", "總計", "", -1, false},
};

const gr_appl gr_rcol_appl[GR_RC_COUNT] = {
	GR_P_NATURAL, GR_P_COMMERCIAL, GR_P_RESEARCH, GR_P_WELFARE,
	GR_P_LEGAL_SERVICE, GR_P_OTHER_ORG, GR_P_TOTAL
};

int
gr_appl_rcol(gr_appl a)
{
	for (int i = 0; i < GR_RC_COUNT; i++)
		if (gr_rcol_appl[i] == a)
			return i;
	return -1;
}

bool
gr_disp_contains(int a, int b)
{
	if (a < 0 || a >= GR_D_COUNT || b < 0 || b >= GR_D_COUNT)
		return false;
	if (a == GR_D_TOTAL || a == b)
		return true;
	return gr_disps[b].parent == a;
}

bool
gr_appl_contains(int a, int b)
{
	if (a < 0 || a >= GR_P_COUNT || b < 0 || b >= GR_P_COUNT)
		return false;
	if (a == GR_P_TOTAL || a == b)
		return true;
	return gr_appls[b].parent == a;
}

const gr_keylabel gr_apgroups[GR_AP_NGROUPS] = {
	{"review", "行政复议", "行政複議"},
	{"litigation_direct", "未经复议直接起诉", "未經複議直接起訴"},
	{"litigation_after_review", "复议后起诉", "複議後起訴"},
};

const gr_keylabel gr_apcols[GR_APC_NCOLS] = {
	{"maintained", "结果维持", "結果維持"},
	{"corrected", "结果纠正", "結果糾正"},
	{"other", "其他结果", "其他結果"},
	{"pending", "尚未审结", "尚未審結"},
	{"total", "总计", "總計"},
};

const char *
gr_rrow_key(int row)
{
	if (row == GR_R_NEW_RECEIVED)
		return "new_received";
	if (row == GR_R_CARRIED_OVER)
		return "carried_over";
	if (row == GR_R_CARRIED_FORWARD)
		return "carried_forward";
	if (row >= 2 && row < 2 + GR_D_COUNT)
		return gr_disps[row - 2].key;
	return "?";
}

const char *
gr_rrow_label(int row)
{
	if (row == GR_R_NEW_RECEIVED)
		return "一、本年新收政府信息公开申请数量";
	if (row == GR_R_CARRIED_OVER)
		return "二、上年结转政府信息公开申请数量";
	if (row == GR_R_CARRIED_FORWARD)
		return "四、结转下年度继续办理";
	if (row >= 2 && row < 2 + GR_D_COUNT)
		return gr_disps[row - 2].label;
	return "?";
}

bool
gr_rrow_is_leaf(gr_form f, int row)
{
	int			d;

	if (row < 0 || row >= GR_R_NROWS)
		return false;
	if (row < 2 || row == GR_R_CARRIED_FORWARD)
		return true;
	d = row - 2;
	if (d == GR_D_TOTAL)
		return true;			/* stored, though not a disposition leaf */
	if (f == GR_FORM_2019)
	{
		if (d == GR_D_OTHER)
			return true;
		if (gr_disps[d].parent == GR_D_OTHER)
			return false;
	}
	return gr_disps[d].is_leaf;
}

bool
gr_rrow_present(const gr_doc *d, int row)
{
	for (int c = 0; c < GR_RC_COUNT; c++)
		if (d->req[row][c].state != GR_ABSENT)
			return true;
	return false;
}

void
gr_cell_path(gr_buf *b, int section, int row, int col)
{
	/* put piece by piece: a report with rows missing writes hundreds */
	if (section == GR_SEC_NARRATIVE)
	{
		gr_buf_puts(b, "narrative.");
		gr_buf_puts(b, gr_narr_keys[row]);
	}
	else if (col == GR_DIAG_ROW)
	{
		gr_buf_puts(b, gr_section_keys[section]);
		gr_buf_putc(b, '.');
		gr_buf_puts(b, section == GR_SEC_ACTIVE ? gr_arows[row].key :
					section == GR_SEC_REQUESTS ? gr_rrow_key(row) : gr_apgroups[row].key);
	}
	else if (section == GR_SEC_ACTIVE)
	{
		gr_buf_puts(b, "active.");
		gr_buf_puts(b, gr_arows[row].key);
		gr_buf_putc(b, '.');
		gr_buf_puts(b, gr_acols[col].key);
	}
	else if (section == GR_SEC_REQUESTS)
	{
		gr_buf_puts(b, "requests.");
		gr_buf_puts(b, gr_rrow_key(row));
		gr_buf_putc(b, '.');
		gr_buf_puts(b, gr_appls[gr_rcol_appl[col]].key);
	}
	else
	{
		gr_buf_puts(b, "appeals.");
		gr_buf_puts(b, gr_apgroups[row].key);
		gr_buf_putc(b, '.');
		gr_buf_puts(b, gr_apcols[col].key);
	}
}

/* Whether a diagnostic names a path a document may carry (both writers skip the rest). */
bool
gr_diag_valid(const gr_diag *g)
{
	if (g->problem >= GR_PROB_COUNT)
		return false;
	/* a row or narrative path goes with what was inferred, not a null cell */
	if (g->section == GR_SEC_NARRATIVE)
		return g->problem == GR_PROB_UNKNOWN_HEADING && g->row < GR_N_COUNT &&
			g->col == GR_DIAG_ROW;
	if (g->col == GR_DIAG_ROW)
	{
		if (g->problem != GR_PROB_FUZZY_LABEL)
			return false;
		return g->section == GR_SEC_ACTIVE ? g->row < GR_A_NROWS :
			g->section == GR_SEC_REQUESTS ? g->row < GR_R_NROWS :
			g->section == GR_SEC_APPEALS && g->row < GR_AP_NGROUPS;
	}
	switch (g->section)
	{
		case GR_SEC_ACTIVE:
			return g->row < GR_A_NROWS && g->col < GR_A_NCOLS;
		case GR_SEC_REQUESTS:
			return g->row < GR_R_NROWS && g->col < GR_RC_COUNT;
		case GR_SEC_APPEALS:
			return g->row < GR_AP_NGROUPS && g->col < GR_APC_NCOLS;
	}
	return false;
}
