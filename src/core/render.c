/*
 * render.c — a document as report text, in the tab layout of the seeds:
 * one cell per line, each cell line starting with a tab, rows separated by
 * blank lines, an empty cell a line holding only a tab.  Labels come from
 * form.c; the few printed wordings form.c does not hold (headings, the
 * 2019 form's own column labels) are here, in both scripts.
 *
 * A null cell is an empty cell; a row whose cells are all absent is left
 * out, and so is a table the document does not have.  gr_parse reads the
 * text back to the same tables (test/unit/test_render.c, sql/40_sum_render).
 */
#include "gr.h"

#include <string.h>

/* Printed wordings not in form.c, simplified → traditional. */
static const struct
{
	const char *s;
	const char *t;
}			words[] = {
	{"年政府信息公开工作年度报告", "年政府信息公開工作年度報告"},
	{"政府信息公开工作年度报告", "政府信息公開工作年度報告"},
	{"一、总体情况", "一、總體情況"},
	{"二、主动公开政府信息情况", "二、主動公開政府信息情況"},
	{"三、收到和处理政府信息公开申请情况", "三、收到和處理政府信息公開申請情況"},
	{"四、政府信息公开行政复议、行政诉讼情况", "四、政府信息公開行政複議、行政訴訟情況"},
	{"五、存在的主要问题及改进情况", "五、存在的主要問題及改進情況"},
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
	{"二、上年结转政府信息公开申请数量", "二、上年結轉政府信息公開申請數量"},
	{"三、本年度办理结果", "三、本年度辦理結果"},
	{"四、结转下年度继续办理", "四、結轉下年度繼續辦理"},
	{"行政诉讼", "行政訴訟"},
};

/* s in the script: a form.c label pair, or a wording of the table above. */
static const char *
W(gr_script script, const char *s)
{
	if (script != GR_TRADITIONAL)
		return s;
	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (strcmp(words[i].s, s) == 0)
			return words[i].t;
	/* a label of form.c printed as it is there */
	for (int i = 0; i < GR_A_NCOLS; i++)
		if (strcmp(gr_acols[i].label, s) == 0)
			return gr_acols[i].label_t;
	for (int i = 0; i < GR_A_NROWS; i++)
		if (strcmp(gr_arows[i].label, s) == 0)
			return gr_arows[i].label_t;
	return s;
}

/* A printed wording in the script (for other renderers, e.g. test/gen). */
const char *
gr_render_word(gr_script script, const char *s)
{
	return W(script, s);
}

static const char *
L(gr_script script, const gr_keylabel *k)
{
	return script == GR_TRADITIONAL ? k->label_t : k->label;
}

static const char *
LL(gr_script script, const gr_label *k)
{
	return script == GR_TRADITIONAL ? k->label_t : k->label;
}

static void
cell_text(gr_buf *b, const char *s)
{
	gr_buf_putc(b, '\t');
	gr_buf_puts(b, s);
	gr_buf_putc(b, '\n');
}

static void
empty_cell(gr_buf *b)
{
	gr_buf_puts(b, "\t\n");
}

static void
end_row(gr_buf *b)
{
	gr_buf_putc(b, '\n');
}

static void
value_cell(gr_buf *b, const gr_cell *c)
{
	if (c->state != GR_VALUE)
	{
		empty_cell(b);
		return;
	}
	gr_buf_putc(b, '\t');
	gr_buf_decimal(b, c->m, c->scale);
	gr_buf_putc(b, '\n');
}

/* Text of a narrative or a title part, without tabs (a tab starts a cell). */
static void
put_plain(gr_buf *b, gr_str s)
{
	for (size_t i = 0; i < s.len; i++)
		gr_buf_putc(b, s.p[i] == '\t' ? ' ' : s.p[i]);
}

/* A name on one line: a line break inside it would split the title. */
static void
put_line(gr_buf *b, gr_str s)
{
	for (size_t i = 0; i < s.len; i++)
	{
		char		ch = s.p[i];

		gr_buf_putc(b, (ch == '\n' || ch == '\r' || ch == '\t') ? ' ' : ch);
	}
}

static void
narrative(gr_buf *b, const gr_doc *d, gr_narr n)
{
	gr_str		s = d->narrative[n];

	if (s.p == NULL || s.len == 0)
		return;
	put_plain(b, s);
	if (s.p[s.len - 1] != '\n')
		gr_buf_putc(b, '\n');
}

static bool
row_present(const gr_cell *cells, int n)
{
	for (int i = 0; i < n; i++)
		if (cells[i].state != GR_ABSENT)
			return true;
	return false;
}

/* Section 2: the sub-tables of the document's revision. */
static void
render_active(gr_buf *b, const gr_doc *d, gr_script sc)
{
	int			nsub;
	const gr_active_sub *subs = gr_active_subs(d->form_active, &nsub);

	for (int i = 0; i < nsub; i++)
	{
		const gr_active_sub *s = &subs[i];
		bool		any = false;

		for (int j = 0; j < s->nrows; j++)
			any |= row_present(d->active[s->rows[j]], GR_A_NCOLS);
		if (!any)
			continue;
		gr_buf_putc(b, '\t');
		gr_buf_puts(b, W(sc, "第二十条第"));
		gr_buf_puts(b, s->article);
		gr_buf_puts(b, W(sc, "项"));
		gr_buf_puts(b, "\n\n");
		cell_text(b, W(sc, "信息内容"));
		for (int k = 0; k < s->ncols; k++)
			cell_text(b, W(sc, s->col_labels[k]));
		end_row(b);
		for (int j = 0; j < s->nrows; j++)
		{
			const gr_cell *row = d->active[s->rows[j]];

			if (!row_present(row, GR_A_NCOLS))
				continue;
			cell_text(b, W(sc, s->row_labels[j]));
			for (int k = 0; k < s->ncols; k++)
				value_cell(b, &row[s->cols[k]]);
			end_row(b);
		}
	}
}

static void
req_values(gr_buf *b, const gr_doc *d, int row)
{
	for (int c = 0; c < GR_RC_COUNT; c++)
		value_cell(b, &d->req[row][c]);
	end_row(b);
}

static void
numbered(gr_buf *b, gr_script sc, int disp)
{
	gr_buf_putc(b, '\t');
	gr_buf_puts(b, gr_disps[disp].numbering);
	gr_buf_puts(b, LL(sc, &gr_disps[disp]));
	gr_buf_putc(b, '\n');
}

/* Section 3: header rows, then the rows of the document's revision. */
static void
render_requests(gr_buf *b, const gr_doc *d, gr_script sc)
{
	gr_form		f = d->form_requests;
	bool		results_heading = false;
	int			group_done = -1;
	gr_rows		it;

	cell_text(b, W(sc, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"));
	cell_text(b, W(sc, "申请人情况"));
	end_row(b);
	empty_cell(b);
	cell_text(b, LL(sc, &gr_appls[GR_P_NATURAL]));
	cell_text(b, LL(sc, &gr_appls[GR_P_LEGAL]));
	cell_text(b, LL(sc, &gr_appls[GR_P_TOTAL]));
	end_row(b);
	empty_cell(b);
	empty_cell(b);
	for (int a = GR_P_COMMERCIAL; a <= GR_P_OTHER_ORG; a++)
		cell_text(b, LL(sc, &gr_appls[a]));
	empty_cell(b);
	end_row(b);

	gr_rows_init(&it, GR_SEC_REQUESTS, f);
	while (gr_rows_next(&it))
	{
		int			row = it.row;
		int			disp = row - 2;

		if (!gr_rows_present(&it, d))
			continue;
		if (row == GR_R_NEW_RECEIVED || row == GR_R_CARRIED_OVER ||
			row == GR_R_CARRIED_FORWARD)
		{
			cell_text(b, W(sc, gr_rrow_label(row)));
			req_values(b, d, row);
			continue;
		}
		/* a disposition: the first cell holds 三、本年度办理结果 once */
		if (!results_heading)
		{
			cell_text(b, W(sc, "三、本年度办理结果"));
			results_heading = true;
		}
		else
			empty_cell(b);
		if (gr_disps[disp].parent >= 0 &&
			!(f == GR_FORM_2019 && disp == GR_D_OTHER))
		{
			int			g = gr_disps[disp].parent;

			if (group_done != g)
			{
				numbered(b, sc, g);
				group_done = g;
			}
			else
				empty_cell(b);
		}
		numbered(b, sc, disp);
		req_values(b, d, row);
	}
}

/* Section 4: two header rows, then the fifteen values in one row. */
static void
render_appeals(gr_buf *b, const gr_doc *d, gr_script sc)
{
	cell_text(b, L(sc, &gr_apgroups[GR_AP_REVIEW]));
	cell_text(b, W(sc, "行政诉讼"));
	end_row(b);
	for (int c = 0; c < GR_APC_NCOLS; c++)
		cell_text(b, L(sc, &gr_apcols[c]));
	cell_text(b, L(sc, &gr_apgroups[GR_AP_LIT_DIRECT]));
	cell_text(b, L(sc, &gr_apgroups[GR_AP_LIT_AFTER]));
	end_row(b);
	for (int c = 0; c < GR_APC_NCOLS; c++)
		empty_cell(b);
	for (int g = GR_AP_LIT_DIRECT; g <= GR_AP_LIT_AFTER; g++)
		for (int c = 0; c < GR_APC_NCOLS; c++)
			cell_text(b, L(sc, &gr_apcols[c]));
	end_row(b);
	for (int g = 0; g < GR_AP_NGROUPS; g++)
		for (int c = 0; c < GR_APC_NCOLS; c++)
			value_cell(b, &d->appeals[g][c]);
	end_row(b);
}

void
gr_render(const gr_doc *d, gr_buf *out, gr_script sc)
{
	/* title: <agency><year>年政府信息公开工作年度报告 */
	if (d->agency.p != NULL)
		put_line(out, d->agency);
	if (d->year > 0)
	{
		gr_buf_printf(out, "%d", d->year);
		gr_buf_puts(out, W(sc, "年政府信息公开工作年度报告"));
	}
	else
		gr_buf_puts(out, W(sc, "政府信息公开工作年度报告"));
	gr_buf_puts(out, "\n\n");

	gr_buf_puts(out, W(sc, "一、总体情况"));
	gr_buf_putc(out, '\n');
	narrative(out, d, GR_N_OVERVIEW);
	gr_buf_putc(out, '\n');

	gr_buf_puts(out, W(sc, "二、主动公开政府信息情况"));
	gr_buf_putc(out, '\n');
	if (d->form_active != GR_FORM_NONE)
		render_active(out, d, sc);
	gr_buf_putc(out, '\n');

	gr_buf_puts(out, W(sc, "三、收到和处理政府信息公开申请情况"));
	gr_buf_putc(out, '\n');
	if (d->form_requests != GR_FORM_NONE)
		render_requests(out, d, sc);
	gr_buf_putc(out, '\n');

	gr_buf_puts(out, W(sc, "四、政府信息公开行政复议、行政诉讼情况"));
	gr_buf_putc(out, '\n');
	if (d->has_appeals)
		render_appeals(out, d, sc);
	gr_buf_putc(out, '\n');

	gr_buf_puts(out, W(sc, "五、存在的主要问题及改进情况"));
	gr_buf_putc(out, '\n');
	narrative(out, d, GR_N_PROBLEMS);
	gr_buf_putc(out, '\n');

	gr_buf_puts(out, W(sc, "六、其他需要报告的事项"));
	gr_buf_putc(out, '\n');
	narrative(out, d, GR_N_OTHER_MATTERS);

	/* closing: the agency and the date of publication */
	if (d->agency.p != NULL || d->pub_y > 0)
		gr_buf_putc(out, '\n');
	if (d->agency.p != NULL)
	{
		put_line(out, d->agency);
		gr_buf_putc(out, '\n');
	}
	if (d->pub_y > 0)
		gr_buf_printf(out, "%d年%d月%d日\n", d->pub_y, d->pub_m, d->pub_d);
}
