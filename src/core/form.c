/*
 * form.c — the report form as const tables: one source of truth for keys,
 * official labels (simplified and traditional), headings, numbering and
 * structure.  The parser, the checks, the renderer and the SQL types read
 * these, and tools/gen_fold.py reads every simplified/traditional pair of
 * this file (a keyed entry's two labels, an active sub-table's two label
 * lists) to build the fold table: a pair added here folds once
 * src/core/fold_table.h is regenerated, and gr_form_selfcheck says so.
 */
#include "gr.h"
#include "text.h"

#include <string.h>

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

/*
 * Each sub-table: its article, columns and rows with their labels as this
 * revision prints them, then the same labels in traditional characters.
 */
const gr_active_sub gr_active_2021[4] = {
	{"（一）", 3, {GR_AC_ISSUED, GR_AC_REPEALED, GR_AC_IN_FORCE},
		{"本年制发件数", "本年废止件数", "现行有效件数"},
		2, {GR_A_RULES, GR_A_NORMATIVE}, {"规章", "行政规范性文件"},
		{"本年制發件數", "本年廢止件數", "現行有效件數"}, {"規章", "行政規範性文件"}},
	{"（五）", 1, {GR_AC_DECISIONS}, {"本年处理决定数量"},
		1, {GR_A_LICENSING}, {"行政许可"},
		{"本年處理決定數量"}, {"行政許可"}},
	{"（六）", 1, {GR_AC_DECISIONS}, {"本年处理决定数量"},
		2, {GR_A_PUNISHMENT, GR_A_COERCION}, {"行政处罚", "行政强制"},
		{"本年處理決定數量"}, {"行政處罰", "行政強制"}},
	{"（八）", 1, {GR_AC_AMOUNT}, {"本年收费金额（单位：万元）"},
		1, {GR_A_FEES}, {"行政事业性收费"},
		{"本年收費金額（單位：萬元）"}, {"行政事業性收費"}},
};

const gr_active_sub gr_active_2019[5] = {
	{"（一）", 3, {GR_AC_PRODUCED, GR_AC_PUBLISHED, GR_AC_TOTAL_PUBLISHED},
		{"本年新制作数量", "本年新公开数量", "对外公开总数量"},
		2, {GR_A_RULES, GR_A_NORMATIVE}, {"规章", "规范性文件"},
		{"本年新製作數量", "本年新公開數量", "對外公開總數量"}, {"規章", "規範性文件"}},
	{"（五）", 3, {GR_AC_PREVIOUS, GR_AC_CHANGE, GR_AC_DECISIONS},
		{"上一年项目数量", "本年增/减", "处理决定数量"},
		2, {GR_A_LICENSING, GR_A_OTHER_SERVICES}, {"行政许可", "其他对外管理服务事项"},
		{"上一年項目數量", "本年增/減", "處理決定數量"}, {"行政許可", "其他對外管理服務事項"}},
	{"（六）", 3, {GR_AC_PREVIOUS, GR_AC_CHANGE, GR_AC_DECISIONS},
		{"上一年项目数量", "本年增/减", "处理决定数量"},
		2, {GR_A_PUNISHMENT, GR_A_COERCION}, {"行政处罚", "行政强制"},
		{"上一年項目數量", "本年增/減", "處理決定數量"}, {"行政處罰", "行政強制"}},
	{"（八）", 2, {GR_AC_PREVIOUS, GR_AC_CHANGE},
		{"上一年项目数量", "本年增/减"},
		1, {GR_A_FEES}, {"行政事业性收费"},
		{"上一年項目數量", "本年增/減"}, {"行政事業性收費"}},
	{"（九）", 2, {GR_AC_PROJECTS, GR_AC_AMOUNT},
		{"采购项目数量", "采购总金额"},
		1, {GR_A_PROCUREMENT}, {"政府集中采购"},
		{"採購項目數量", "採購總金額"}, {"政府集中採購"}},
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

const gr_keylabel gr_headings[GR_NHEADINGS] = {
	{"overview", "一、总体情况", "一、總體情況"},
	{"active", "二、主动公开政府信息情况", "二、主動公開政府信息情況"},
	{"requests", "三、收到和处理政府信息公开申请情况", "三、收到和處理政府信息公開申請情況"},
	{"appeals", "四、政府信息公开行政复议、行政诉讼情况", "四、政府信息公開行政複議、行政訴訟情況"},
	{"problems", "五、存在的主要问题及改进情况", "五、存在的主要問題及改進情況"},
	{"other_matters", "六、其他需要报告的事项", "六、其他需要報告的事項"},
};

/*
 * The words the reader knows a row label by, in folded text: requests
 * rows (leaves before the groups they sit in), active rows, and the
 * header words that tell the revision of section 2.
 */
const gr_row_word gr_req_words[] = {
	{"本年新收", GR_R_NEW_RECEIVED},
	{"上年结转", GR_R_CARRIED_OVER},
	{"结转下年度", GR_R_CARRIED_FORWARD},
	{"本年度办理结果", GR_R_RESULTS_HEADER},
	{"予以公开", GR_R_DISP(GR_D_GRANTED)},
	{"部分公开", GR_R_DISP(GR_D_PARTIAL)},
	{"国家秘密", GR_R_DISP(GR_D_W_STATE_SECRET)},
	{"禁止公开", GR_R_DISP(GR_D_W_PROHIBITED)},
	{"三安全", GR_R_DISP(GR_D_W_SECURITY)},
	{"一稳定", GR_R_DISP(GR_D_W_SECURITY)},
	{"第三方", GR_R_DISP(GR_D_W_THIRD_PARTY)},
	{"内部事务", GR_R_DISP(GR_D_W_INTERNAL)},
	{"过程性", GR_R_DISP(GR_D_W_PROCESS)},
	{"执法案卷", GR_R_DISP(GR_D_W_ENFORCEMENT)},
	{"查询事项", GR_R_DISP(GR_D_W_INQUIRY)},
	{"不予公开", GR_R_DISP(GR_D_WITHHELD)},
	{"不掌握", GR_R_DISP(GR_D_U_NOT_HELD)},
	{"另行制作", GR_R_DISP(GR_D_U_CREATION)},
	{"现成信息", GR_R_DISP(GR_D_U_CREATION)},
	{"仍不明确", GR_R_DISP(GR_D_U_UNCLEAR)},
	{"补正后", GR_R_DISP(GR_D_U_UNCLEAR)},
	{"无法提供", GR_R_DISP(GR_D_UNAVAILABLE)},
	{"逾期不补正", GR_R_DISP(GR_D_O_NO_CORRECTION)},
	{"缴纳费用", GR_R_DISP(GR_D_O_UNPAID_FEE)},
	{"收费通知", GR_R_DISP(GR_D_O_UNPAID_FEE)},
	{"信访", GR_R_DISP(GR_D_N_PETITION)},
	{"举报投诉", GR_R_DISP(GR_D_N_PETITION)},
	{"重复申请", GR_R_DISP(GR_D_N_DUPLICATE)},
	{"出版物", GR_R_DISP(GR_D_N_PUBLICATION)},
	{"大量反复", GR_R_DISP(GR_D_N_EXCESSIVE)},
	{"重新出具", GR_R_DISP(GR_D_N_CONFIRMATION)},
	{"确认或重新", GR_R_DISP(GR_D_N_CONFIRMATION)},
	{"不予处理", GR_R_DISP(GR_D_NOT_PROCESSED)},
	{"其他处理", GR_R_DISP(GR_D_OTHER)},
	{"其它处理", GR_R_DISP(GR_D_OTHER)},	/* 其它 for 其他, common in real tables */
	{NULL, 0}
};

const gr_row_word gr_active_row_words[] = {
	{"规范性文件", GR_A_NORMATIVE},
	{"规范性档案", GR_A_NORMATIVE},	/* Taiwan's, met where a label is folded in pieces */
	{"规章", GR_A_RULES},
	{"行政许可", GR_A_LICENSING},
	{"对外管理服务", GR_A_OTHER_SERVICES},
	{"行政处罚", GR_A_PUNISHMENT},
	{"行政强制", GR_A_COERCION},
	{"事业性收费", GR_A_FEES},
	{"集中采购", GR_A_PROCUREMENT},
	{NULL, 0}
};

const char *const gr_active_2021_words[] = {
	"制发", "废止", "现行有效", "本年处理决定", "收费金额", NULL
};
const char *const gr_active_2019_words[] = {
	"新制作", "新公开", "对外公开总", "上一年项目", "增/减", "增减", "采购项目",
	"采购总金额", NULL
};

/* in folded text: simplified characters, ASCII punctuation */
const gr_heading_rule gr_heading_rules[GR_N_HEADING_RULES] = {
	{0, GR_HW_SHORT, {"总体情况"}, {NULL}},
	{0, GR_HW_EXACT, {"基本情况"}, {NULL}},	/* 一、基本情况 */
	{1, GR_HW_ALWAYS, {"主动公开政府信息", "情况"}, {NULL}},
	{2, GR_HW_ALWAYS, {"收到和处理", "申请"}, {NULL}},
	{3, GR_HW_TERSE_OR_ANY, {"行政复议", "诉讼"}, {"情况", NULL}},
	{4, GR_HW_ALWAYS, {"存在的主要问题"}, {NULL}},
	{4, GR_HW_ALWAYS, {"主要问题", "改进"}, {NULL}},
	{4, GR_HW_TERSE, {"问题"}, {"存在", "改进", "整改", "措施", "打算", NULL}},
	{4, GR_HW_TERSE, {"不足"}, {"存在", "改进", "整改", "措施", "打算", NULL}},
	{5, GR_HW_ALWAYS, {"其他需要报告的事项"}, {NULL}},
	{5, GR_HW_EXACT, {"其他事项"}, {NULL}},
	/* not 其他对外管理服务事项, a row of table 2 */
	{5, GR_HW_TERSE, {"其他需要", "事项"}, {NULL}},
	{5, GR_HW_TERSE, {"其它需要", "事项"}, {NULL}},	/* 其它 for 其他 */
};

const gr_keylabel gr_rheads[GR_RH_COUNT] = {
	[GR_RH_NEW_RECEIVED] = {"new_received", "一、本年新收政府信息公开申请数量", "一、本年新收政府信息公開申請數量"},
	[GR_RH_CARRIED_OVER] = {"carried_over", "二、上年结转政府信息公开申请数量", "二、上年結轉政府信息公開申請數量"},
	[GR_RH_RESULTS] = {"results", "三、本年度办理结果", "三、本年度辦理結果"},
	[GR_RH_CARRIED_FORWARD] = {"carried_forward", "四、结转下年度继续办理", "四、結轉下年度繼續辦理"},
};

const gr_keylabel gr_words[GR_W_COUNT] = {
	[GR_W_TITLE] = {"title", "政府信息公开工作年度报告", "政府信息公開工作年度報告"},
	[GR_W_YEAR_TITLE] = {"year_title", "年政府信息公开工作年度报告", "年政府信息公開工作年度報告"},
	[GR_W_ARTICLE_OPEN] = {"article_open", "第二十条第", "第二十條第"},
	[GR_W_ARTICLE_CLOSE] = {"article_close", "项", "項"},
	[GR_W_CONTENT] = {"content", "信息内容", "信息內容"},
	[GR_W_FLOW_NOTE] = {"flow_note", "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
	"（本列數據的勾稽關係為：第一項加第二項之和，等於第三項加第四項之和）"},
	[GR_W_APPLICANTS] = {"applicants", "申请人情况", "申請人情況"},
	[GR_W_LITIGATION] = {"litigation", "行政诉讼", "行政訴訟"},
};

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
gr_rrow_label_in(gr_script script, int row)
{
	if (row == GR_R_NEW_RECEIVED)
		return gr_label_in(script, &gr_rheads[GR_RH_NEW_RECEIVED]);
	if (row == GR_R_CARRIED_OVER)
		return gr_label_in(script, &gr_rheads[GR_RH_CARRIED_OVER]);
	if (row == GR_R_CARRIED_FORWARD)
		return gr_label_in(script, &gr_rheads[GR_RH_CARRIED_FORWARD]);
	if (row >= 2 && row < 2 + GR_D_COUNT)
		return gr_label_in(script, &gr_disps[row - 2]);
	return "?";
}

const char *
gr_rrow_label(int row)
{
	return gr_rrow_label_in(GR_SIMPLIFIED, row);
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
		if (g->problem != GR_PROB_FUZZY_LABEL && g->problem != GR_PROB_INFERRED)
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

/* ------------------------------------------------------------ self-check */

static char selfcheck_msg[256];

/* what went wrong, and the text it concerns, as the self-check's answer */
static const char *
selfcheck_fail(const char *what, const char *text)
{
	size_t		n = strlen(what);
	size_t		m = text != NULL ? strlen(text) : 0;

	if (n > 120)
		n = 120;
	if (m > 120)
		m = 120;				/* may cut a character: for a developer's eyes */
	memcpy(selfcheck_msg, what, n);
	selfcheck_msg[n] = ':';
	selfcheck_msg[n + 1] = ' ';
	if (m > 0)
		memcpy(selfcheck_msg + n + 2, text, m);
	selfcheck_msg[n + 2 + m] = '\0';
	return selfcheck_msg;
}

/* a and b the same text once folded for matching */
static bool
same_folded(const char *a, const char *b)
{
	char		fa[512],
				fb[512];
	size_t		na = gr_fold(a, strlen(a), fa, sizeof(fa), NULL);
	size_t		nb = gr_fold(b, strlen(b), fb, sizeof(fb), NULL);

	return na == nb && memcmp(fa, fb, na) == 0;
}

/* A simplified/traditional pair: both present, folding to one text. */
static const char *
check_pair(const char *s, const char *t)
{
	int			trad,
				simp;

	if (s == NULL || t == NULL || s[0] == '\0' || t[0] == '\0')
		return selfcheck_fail("a label without its pair", s != NULL ? s : t);
	if (!same_folded(s, t))
		return selfcheck_fail("a pair that does not fold to one text (regenerate fold_table.h?)", t);
	gr_script_counts(s, strlen(s), &trad, &simp);
	if (trad > 0)
		return selfcheck_fail("traditional characters in a simplified label", s);
	return NULL;
}

/* A key: present, lower-case ASCII words, not met before in its table. */
static const char *
check_key(const char *key, const char *const *seen, int nseen)
{
	if (key == NULL || key[0] == '\0')
		return selfcheck_fail("an entry without its key", NULL);
	for (const char *p = key; *p; p++)
		if (!((*p >= 'a' && *p <= 'z') || *p == '_' || *p == '.'))
			return selfcheck_fail("a key not in lower-case ASCII", key);
	for (int i = 0; i < nseen; i++)
		if (strcmp(seen[i], key) == 0)
			return selfcheck_fail("a key twice in one table", key);
	return NULL;
}

static const char *
check_keylabels(const gr_keylabel *tab, int n)
{
	const char *seen[32];
	const char *e;

	for (int i = 0; i < n; i++)
	{
		if ((e = check_key(tab[i].key, seen, i)) != NULL ||
			(e = check_pair(tab[i].label, tab[i].label_t)) != NULL)
			return e;
		seen[i] = tab[i].key;
	}
	return NULL;
}

/*
 * Disposition or applicant labels: pairs and keys as above; a group comes
 * before its members.  Dispositions: the groups are numbered （一）, （二）, …
 * in turn, the members of each 1., 2., … and keyed group.name.  Applicants
 * carry no numbering.
 */
static const char *
check_labels(const gr_label *tab, int n, bool numbered)
{
	const char *seen[32];
	const char *e;
	int			top = 0,
				child = 0;

	for (int i = 0; i < n; i++)
	{
		int			num = gr_label_number(tab[i].numbering);

		if ((e = check_key(tab[i].key, seen, i)) != NULL ||
			(e = check_pair(tab[i].label, tab[i].label_t)) != NULL)
			return e;
		seen[i] = tab[i].key;
		if (tab[i].parent >= i)
			return selfcheck_fail("a label listed before its group", tab[i].key);
		if (!numbered)
		{
			if (tab[i].numbering[0] != '\0')
				return selfcheck_fail("a numbering where the form prints none", tab[i].key);
			continue;
		}
		if (tab[i].parent < 0)
		{
			child = 0;
			if (num != ++top)
				return selfcheck_fail("a group numbered out of sequence", tab[i].key);
		}
		else if (num != ++child)
			return selfcheck_fail("a row numbered out of sequence", tab[i].key);
		else if (strncmp(tab[i].key, tab[tab[i].parent].key, strlen(tab[tab[i].parent].key)) != 0 ||
				 tab[i].key[strlen(tab[tab[i].parent].key)] != '.')
			return selfcheck_fail("a disposition not keyed group.name", tab[i].key);
	}
	return NULL;
}

/* Labels numbered 1, 2, … in both scripts ("一、", "二、", …). */
static const char *
check_numbered(const gr_keylabel *tab, int n)
{
	for (int i = 0; i < n; i++)
	{
		int			a,
					b;

		(void) gr_label_unnumber((gr_str)
		{
			tab[i].label, strlen(tab[i].label)
		}, &a);
		(void) gr_label_unnumber((gr_str)
		{
			tab[i].label_t, strlen(tab[i].label_t)
		}, &b);
		if (a != i + 1 || b != i + 1)
			return selfcheck_fail("a heading numbered out of sequence", tab[i].label);
	}
	return NULL;
}

static const char *
check_active(const gr_active_sub *subs, int n)
{
	const char *e;
	int			last = 0;

	for (int i = 0; i < n; i++)
	{
		const gr_active_sub *s = &subs[i];
		int			num = gr_label_number(s->article);

		if (num <= last)
			return selfcheck_fail("a sub-table out of article order", s->article);
		last = num;
		if (s->ncols < 1 || s->ncols > 3 || s->nrows < 1 || s->nrows > 2)
			return selfcheck_fail("a sub-table of impossible size", s->article);
		for (int k = 0; k < s->ncols; k++)
			if ((int) s->cols[k] < 0 || s->cols[k] >= GR_A_NCOLS ||
				(e = check_pair(s->col_labels[k], s->col_labels_t[k])) != NULL)
				return e != NULL ? e : selfcheck_fail("a column out of range", s->article);
		for (int k = 0; k < s->nrows; k++)
			if ((int) s->rows[k] < 0 || s->rows[k] >= GR_A_NROWS ||
				(e = check_pair(s->row_labels[k], s->row_labels_t[k])) != NULL)
				return e != NULL ? e : selfcheck_fail("a row out of range", s->article);
	}
	return NULL;
}

/*
 * A recognition word: present, and in the characters gr_fold leaves (the
 * reader compares folded text).  Character by character: a word such as
 * 规范性档案 stays, for text folded in pieces keeps it.
 */
static const char *
check_word(const char *w)
{
	if (w == NULL || w[0] == '\0')
		return selfcheck_fail("a recognition word missing", NULL);
	if (strlen(w) >= 256)
		return selfcheck_fail("a recognition word too long", w);
	for (size_t i = 0, n = strlen(w), adv; i < n; i += adv)
	{
		uint32_t	cp = gr_utf8_next((const unsigned char *) w + i, n - i, &adv);

		if (gr_is_space(cp) || gr_fold_cp(cp, NULL) != cp)
			return selfcheck_fail("a recognition word not in folded characters", w);
	}
	return NULL;
}

/* Heading rules: each names a heading, its words folded; every heading has one. */
static const char *
check_heading_rules(void)
{
	bool		has_rule[GR_NHEADINGS] = {false};
	const char *e;

	for (int i = 0; i < GR_N_HEADING_RULES; i++)
	{
		const gr_heading_rule *r = &gr_heading_rules[i];

		if (r->heading < 0 || r->heading >= GR_NHEADINGS ||
			(int) r->when < GR_HW_ALWAYS || r->when > GR_HW_EXACT)
			return selfcheck_fail("a heading rule out of range", r->all[0]);
		if (r->when == GR_HW_TERSE_OR_ANY && r->any[0] == NULL)
			return selfcheck_fail("a heading rule 'or any' without words", r->all[0]);
		if (r->when == GR_HW_EXACT && (r->all[1] != NULL || r->any[0] != NULL))
			return selfcheck_fail("an exact heading rule of more than one word", r->all[0]);
		if ((e = check_word(r->all[0])) != NULL)
			return e;
		for (int k = 1; k < 3 && r->all[k] != NULL; k++)
			if ((e = check_word(r->all[k])) != NULL)
				return e;
		for (int k = 0; k < 6 && r->any[k] != NULL; k++)
			if ((e = check_word(r->any[k])) != NULL)
				return e;
		has_rule[r->heading] = true;
	}
	for (int i = 0; i < GR_NHEADINGS; i++)
		if (!has_rule[i])
			return selfcheck_fail("a heading no rule recognises", gr_headings[i].label);
	return NULL;
}

/* Row recognition words: folded, each naming a row there is. */
static const char *
check_row_words(void)
{
	const char *e;

	for (int i = 0; gr_req_words[i].word != NULL; i++)
	{
		int			id = gr_req_words[i].id;

		if ((e = check_word(gr_req_words[i].word)) != NULL)
			return e;
		if ((id < 0 || id >= GR_R_NROWS) && id != GR_R_RESULTS_HEADER)
			return selfcheck_fail("a requests word for no row", gr_req_words[i].word);
	}
	for (int i = 0; gr_active_row_words[i].word != NULL; i++)
	{
		if ((e = check_word(gr_active_row_words[i].word)) != NULL)
			return e;
		if (gr_active_row_words[i].id < 0 || gr_active_row_words[i].id >= GR_A_NROWS)
			return selfcheck_fail("an active word for no row", gr_active_row_words[i].word);
	}
	for (int i = 0; gr_active_2021_words[i] != NULL; i++)
		if ((e = check_word(gr_active_2021_words[i])) != NULL)
			return e;
	for (int i = 0; gr_active_2019_words[i] != NULL; i++)
		if ((e = check_word(gr_active_2019_words[i])) != NULL)
			return e;
	return NULL;
}

const char *
gr_form_selfcheck(void)
{
	const char *e;
	/* the heading of each narrative and table, in form order */
	const char *const heading_keys[GR_NHEADINGS] = {
		gr_narr_keys[GR_N_OVERVIEW], gr_section_keys[GR_SEC_ACTIVE],
		gr_section_keys[GR_SEC_REQUESTS], gr_section_keys[GR_SEC_APPEALS],
		gr_narr_keys[GR_N_PROBLEMS], gr_narr_keys[GR_N_OTHER_MATTERS]
	};

	if ((e = check_keylabels(gr_arows, GR_A_NROWS)) != NULL ||
		(e = check_keylabels(gr_acols, GR_A_NCOLS)) != NULL ||
		(e = check_keylabels(gr_apgroups, GR_AP_NGROUPS)) != NULL ||
		(e = check_keylabels(gr_apcols, GR_APC_NCOLS)) != NULL ||
		(e = check_keylabels(gr_headings, GR_NHEADINGS)) != NULL ||
		(e = check_keylabels(gr_rheads, GR_RH_COUNT)) != NULL ||
		(e = check_keylabels(gr_words, GR_W_COUNT)) != NULL ||
		(e = check_labels(gr_disps, GR_D_COUNT, true)) != NULL ||
		(e = check_labels(gr_appls, GR_P_COUNT, false)) != NULL ||
		(e = check_numbered(gr_headings, GR_NHEADINGS)) != NULL ||
		(e = check_numbered(gr_rheads, GR_RH_COUNT)) != NULL ||
		(e = check_active(gr_active_2021, 4)) != NULL ||
		(e = check_active(gr_active_2019, 5)) != NULL ||
		(e = check_heading_rules()) != NULL ||
		(e = check_row_words()) != NULL)
		return e;

	/* each heading in both scripts: no traditional character in the one, only such in the other */
	for (int i = 0; i < GR_NHEADINGS; i++)
	{
		int			trad,
					simp;

		if (strcmp(gr_headings[i].key, heading_keys[i]) != 0)
			return selfcheck_fail("a heading keyed unlike the part it heads", gr_headings[i].key);
		/* check.c names a part 第N部分 from the numeral before the 、 */
		if (strstr(gr_headings[i].label, "、") == NULL)
			return selfcheck_fail("a heading not numbered N、", gr_headings[i].label);
		gr_script_counts(gr_headings[i].label_t, strlen(gr_headings[i].label_t), &trad, &simp);
		if (trad == 0 || simp > 0)
			return selfcheck_fail("a traditional heading not in traditional characters", gr_headings[i].label_t);
	}
	/* the requests rows' keys, in row order */
	if (strcmp(gr_rheads[GR_RH_NEW_RECEIVED].key, gr_rrow_key(GR_R_NEW_RECEIVED)) != 0 ||
		strcmp(gr_rheads[GR_RH_CARRIED_OVER].key, gr_rrow_key(GR_R_CARRIED_OVER)) != 0 ||
		strcmp(gr_rheads[GR_RH_CARRIED_FORWARD].key, gr_rrow_key(GR_R_CARRIED_FORWARD)) != 0)
		return selfcheck_fail("a requests row keyed unlike its row", NULL);
	return NULL;
}
