/*
 * render.c — a document as report text, in the tab layout of the seeds:
 * one cell per line, each cell line starting with a tab, rows separated by
 * blank lines, an empty cell a line holding only a tab.  Every wording,
 * headings and labels in both scripts, comes from the tables of form.c,
 * named by enum or table entry: a wording form.c lacks does not compile.
 *
 * A null cell is an empty cell; a row whose cells are all absent is left
 * out, and so is a table the document does not have.  gr_parse reads the
 * text back to the same tables (test/unit/test_render.c, sql/40_sum_render).
 */
#include "gr.h"

#include <string.h>

/* A wording of form.c's tables in the script. */
#define L(sc, k) gr_label_in((sc), (k))
#define W(sc, w) gr_label_in((sc), &gr_words[(w)])

/* A heading or requests row head of form.c in the script. */
#define HEADING(sc, i) gr_label_in((sc), &gr_headings[(i)])

/* s if it is the simplified label of pair k: then k's in the script. */
static bool
pair_word(gr_script script, const gr_keylabel *k, int n, const char *s, const char **out)
{
	for (int i = 0; i < n; i++)
		if (strcmp(k[i].label, s) == 0)
		{
			*out = gr_label_in(script, &k[i]);
			return true;
		}
	return false;
}

const char *
gr_render_word(gr_script script, const char *s)
{
	const char *r = s;
	int			nsub;

	if (script != GR_TRADITIONAL)
		return s;
	if (pair_word(script, gr_words, GR_W_COUNT, s, &r) ||
		pair_word(script, gr_headings, GR_NHEADINGS, s, &r) ||
		pair_word(script, gr_rheads, GR_RH_COUNT, s, &r) ||
		pair_word(script, gr_acols, GR_A_NCOLS, s, &r) ||
		pair_word(script, gr_arows, GR_A_NROWS, s, &r))
		return r;
	/* the wordings only one revision's sub-tables print (规范性文件, 采购总金额) */
	for (int v = 0; v < 2; v++)
	{
		const gr_active_sub *subs = gr_active_subs(v == 0 ? GR_FORM_2019 : GR_FORM_2021, &nsub);

		for (int i = 0; i < nsub; i++)
		{
			for (int k = 0; k < subs[i].ncols; k++)
				if (strcmp(subs[i].col_labels[k], s) == 0)
					return subs[i].col_labels_t[k];
			for (int k = 0; k < subs[i].nrows; k++)
				if (strcmp(subs[i].row_labels[k], s) == 0)
					return subs[i].row_labels_t[k];
		}
	}
	return s;
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
		gr_buf_puts(b, W(sc, GR_W_ARTICLE_OPEN));
		gr_buf_puts(b, s->article);
		gr_buf_puts(b, W(sc, GR_W_ARTICLE_CLOSE));
		gr_buf_puts(b, "\n\n");
		cell_text(b, W(sc, GR_W_CONTENT));
		for (int k = 0; k < s->ncols; k++)
			cell_text(b, sc == GR_TRADITIONAL ? s->col_labels_t[k] : s->col_labels[k]);
		end_row(b);
		for (int j = 0; j < s->nrows; j++)
		{
			const gr_cell *row = d->active[s->rows[j]];

			if (!row_present(row, GR_A_NCOLS))
				continue;
			cell_text(b, sc == GR_TRADITIONAL ? s->row_labels_t[j] : s->row_labels[j]);
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

	cell_text(b, W(sc, GR_W_FLOW_NOTE));
	cell_text(b, W(sc, GR_W_APPLICANTS));
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
			cell_text(b, gr_rrow_label_in(sc, row));
			req_values(b, d, row);
			continue;
		}
		/* a disposition: the first cell holds 三、本年度办理结果 once */
		if (!results_heading)
		{
			cell_text(b, L(sc, &gr_rheads[GR_RH_RESULTS]));
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
	cell_text(b, W(sc, GR_W_LITIGATION));
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
		gr_buf_puts(out, W(sc, GR_W_YEAR_TITLE));
	}
	else
		gr_buf_puts(out, W(sc, GR_W_TITLE));
	gr_buf_puts(out, "\n\n");

	gr_buf_puts(out, HEADING(sc, 0));
	gr_buf_putc(out, '\n');
	narrative(out, d, GR_N_OVERVIEW);
	gr_buf_putc(out, '\n');

	gr_buf_puts(out, HEADING(sc, 1));
	gr_buf_putc(out, '\n');
	if (d->form_active != GR_FORM_NONE)
		render_active(out, d, sc);
	gr_buf_putc(out, '\n');

	gr_buf_puts(out, HEADING(sc, 2));
	gr_buf_putc(out, '\n');
	if (d->form_requests != GR_FORM_NONE)
		render_requests(out, d, sc);
	gr_buf_putc(out, '\n');

	gr_buf_puts(out, HEADING(sc, 3));
	gr_buf_putc(out, '\n');
	if (d->has_appeals)
		render_appeals(out, d, sc);
	gr_buf_putc(out, '\n');

	gr_buf_puts(out, HEADING(sc, 4));
	gr_buf_putc(out, '\n');
	narrative(out, d, GR_N_PROBLEMS);
	gr_buf_putc(out, '\n');

	gr_buf_puts(out, HEADING(sc, 5));
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
