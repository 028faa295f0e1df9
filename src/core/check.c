/*
 * check.c — the balance rules (勾稽关系) of the form and the other findings.
 *
 * One walker serves two callers.  gr_check() runs it with a findings list and
 * gets every finding, with its path and a Chinese message naming the row and
 * column as the form prints them.  gr_balance_ok() runs the very same rule
 * functions with no list: they then build nothing, skip the rules that can
 * only warn, and the walk stops at the first error.  So the yes/no of a CHECK
 * constraint and the list a reviewer reads cannot disagree.
 *
 * Sums are exact.  A cell is m / 10^scale with |m| < 10^15 and scale <= 6; a
 * sum keeps an integer part and a millionths part, both int64, which holds
 * any sum of the form's few dozen cells without overflow or rounding.
 *
 * Blank, unreadable and missing cells count as 0 in the sums (form.md) and
 * are each a `blank_cell` warning, so a report whose blanks mean 0 still
 * balances.
 *
 * Also here, as they share the exact sums: the suspect_cell search (the one
 * cell that explains every broken identity) and gr_diff, the cells that
 * differ between two documents (report_diff).
 */
#include "gr.h"

#include <string.h>

const char *const gr_rule_keys[GR_RULE_COUNT] = {
	"requests.flow",
	"requests.total",
	"requests.applicants",
	"appeals.total",
	"nonnegative",
	"missing_table",
	"malformed",
	"blank_cell",
	"outdated_form",
	"narrative_mismatch",
	"carryover",
	"active.in_force_chain",
	"suspect_cell",
};

const char *const gr_severity_keys[2] = {"error", "warning"};

/* ---------------------------------------------------------------- sums */

/* The checks' exact sums are the core's decimal model (decimal.c). */
typedef gr_dec dsum;

#define sum_add(s, c, sign) ((void) gr_dec_add((s), (c), (sign)))
#define sum_norm gr_dec_norm
#define sum_eq gr_dec_eq
#define sum_cell gr_dec_cell

static gr_cell
cell_of(const gr_cell *x)
{
	dsum		s = {0, 0, 0};

	sum_add(&s, x, 1);
	return sum_cell(s);
}

static const gr_cell null_cell = {0, 0, GR_ABSENT};

static void
put_cell(gr_buf *b, gr_cell c)
{
	gr_buf_decimal(b, c.m, c.scale);
}

/* ---------------------------------------------------------------- walker */

typedef struct walk
{
	const gr_mem *m;
	gr_findings *out;			/* NULL: the fast path */
	bool		failed;			/* an error was found */
} walk;

/* The fast path found an error: nothing more to learn. */
#define STOP(w) ((w)->out == NULL && (w)->failed)

/*
 * Record a finding.  Returns NULL in the fast path (the caller then builds
 * no text); otherwise the finding, whose path and message the caller fills.
 */
static gr_finding *
emit(walk *w, gr_rule r, gr_severity s, gr_cell expected, gr_cell actual)
{
	gr_findings *o = w->out;
	gr_finding *f;

	if (s == GR_SEV_ERROR)
		w->failed = true;
	if (o == NULL)
		return NULL;
	if (o->n == o->cap)
	{
		int			nc = o->cap ? o->cap * 2 : 16;
		gr_finding *nv = gr_alloc(w->m, sizeof(gr_finding) * (size_t) nc);

		if (o->n)
			memcpy(nv, o->v, sizeof(gr_finding) * (size_t) o->n);
		o->v = nv;
		o->cap = nc;
	}
	f = &o->v[o->n++];
	f->rule = r;
	f->severity = s;
	f->expected = expected;
	f->actual = actual;
	f->path = "";
	f->message = "";
	return f;
}

/* A fresh buffer in the walk's arena. */
static gr_buf
wbuf(walk *w)
{
	gr_buf		b;

	gr_buf_init(&b, w->m, 128);
	return b;
}

/* ---------------------------------------------------------------- names */

/* The requests row as the form prints it: "（三）不予公开 1.属于国家秘密". */
static void
put_rrow(gr_buf *b, int row)
{
	int			d;

	if (row < 2 || row == GR_R_CARRIED_FORWARD || row >= GR_R_NROWS)
	{
		gr_buf_puts(b, gr_rrow_label(row));
		return;
	}
	d = row - 2;
	if (gr_disps[d].parent >= 0)
	{
		gr_buf_puts(b, gr_disps[gr_disps[d].parent].numbering);
		gr_buf_puts(b, gr_disps[gr_disps[d].parent].label);
		gr_buf_putc(b, ' ');
	}
	gr_buf_puts(b, gr_disps[d].numbering);
	gr_buf_puts(b, gr_disps[d].label);
}

/* An applicant column: 自然人, 法人或其他组织（商业企业）, …, 总计. */
static void
put_rcol(gr_buf *b, int col)
{
	const gr_label *l = &gr_appls[gr_rcol_appl[col]];

	if (l->parent >= 0)
	{
		gr_buf_puts(b, gr_appls[l->parent].label);
		gr_buf_puts(b, "（");
		gr_buf_puts(b, l->label);
		gr_buf_puts(b, "）");
	}
	else
		gr_buf_puts(b, l->label);
}

/* An appeals group: 行政复议, 行政诉讼（未经复议直接起诉）, … */
static void
put_apgroup(gr_buf *b, int g)
{
	if (g == GR_AP_REVIEW)
		gr_buf_puts(b, gr_apgroups[g].label);
	else
	{
		gr_buf_puts(b, gr_words[GR_W_LITIGATION].label);
		gr_buf_puts(b, "（");
		gr_buf_puts(b, gr_apgroups[g].label);
		gr_buf_puts(b, "）");
	}
}

/* An active row and column as printed in revision f. */
static void
put_arow_acol(gr_buf *b, gr_form f, int r, int c)
{
	int			n;
	const gr_active_sub *s = gr_active_subs(f, &n);
	const char *rl = gr_arows[r].label;
	const char *cl = gr_acols[c].label;

	for (int i = 0; i < n; i++)
		for (int j = 0; j < s[i].nrows; j++)
			if ((int) s[i].rows[j] == r)
			{
				rl = s[i].row_labels[j];
				for (int k = 0; k < s[i].ncols; k++)
					if ((int) s[i].cols[k] == c)
						cl = s[i].col_labels[k];
			}
	gr_buf_puts(b, rl);
	gr_buf_puts(b, "行“");
	gr_buf_puts(b, cl);
	gr_buf_puts(b, "”列");
}

/* "X行Y列" for a cell of any section. */
static void
put_cell_name(gr_buf *b, gr_form f, int section, int row, int col)
{
	if (section == GR_SEC_ACTIVE)
		put_arow_acol(b, f, row, col);
	else if (section == GR_SEC_REQUESTS)
	{
		put_rrow(b, row);
		gr_buf_puts(b, "行");
		put_rcol(b, col);
		gr_buf_puts(b, "列");
	}
	else
	{
		put_apgroup(b, row);
		gr_buf_puts(b, "“");
		gr_buf_puts(b, gr_apcols[col].label);
		gr_buf_puts(b, "”");
	}
}

/* ---------------------------------------------------------------- rules */

/* blank_cell (warning): one cell that was not a clean number. */
static void
rule_blank(walk *w, const gr_doc *d, gr_form f, int section, int row, int col,
		   const gr_cell *c)
{
	gr_finding *x;
	gr_buf		b;

	if (c->state == GR_VALUE)
		return;
	x = emit(w, GR_RULE_BLANK_CELL, GR_SEV_WARNING, null_cell, null_cell);
	if (x == NULL)
		return;
	(void) d;
	b = wbuf(w);
	gr_cell_path(&b, section, row, col);
	x->path = b.data;
	b = wbuf(w);
	put_cell_name(&b, f, section, row, col);
	if (c->state == GR_BLANK)
		gr_buf_puts(&b, "为空，按0计算");
	else if (c->state == GR_UNREADABLE)
		gr_buf_puts(&b, "无法识别为数字，按0计算");
	else
		gr_buf_puts(&b, "缺失，按0计算");
	x->message = b.data;
}

/*
 * blank_cell (warning) for a whole row of a present table that the document
 * lacks: one finding for the row, not one per cell.  True if so.
 */
static bool
rule_row_absent(walk *w, int section, int row, const gr_cell *cells, int n)
{
	gr_finding *x;
	gr_buf		b;

	for (int c = 0; c < n; c++)
		if (cells[c].state != GR_ABSENT)
			return false;
	x = emit(w, GR_RULE_BLANK_CELL, GR_SEV_WARNING, null_cell, null_cell);
	if (x == NULL)
		return true;
	b = wbuf(w);
	if (section == GR_SEC_REQUESTS)
	{
		gr_buf_printf(&b, "requests.%s", gr_rrow_key(row));
		x->path = b.data;
		b = wbuf(w);
		put_rrow(&b, row);
		gr_buf_puts(&b, "行");
	}
	else
	{
		gr_buf_printf(&b, "appeals.%s", gr_apgroups[row].key);
		x->path = b.data;
		b = wbuf(w);
		put_apgroup(&b, row);
	}
	gr_buf_puts(&b, "缺失，各列按0计算");
	x->message = b.data;
	return true;
}

/* nonnegative: an error in sections 3 and 4, a warning in section 2. */
static void
rule_nonneg(walk *w, gr_form f, int section, int row, int col, const gr_cell *c)
{
	gr_severity sev = section == GR_SEC_ACTIVE ? GR_SEV_WARNING : GR_SEV_ERROR;
	gr_finding *x;
	gr_buf		b;

	if (c->state != GR_VALUE || c->m >= 0)
		return;
	x = emit(w, GR_RULE_NONNEGATIVE, sev, null_cell, cell_of(c));
	if (x == NULL)
		return;
	b = wbuf(w);
	gr_cell_path(&b, section, row, col);
	x->path = b.data;
	b = wbuf(w);
	put_cell_name(&b, f, section, row, col);
	gr_buf_puts(&b, "的数值(");
	put_cell(&b, x->actual);
	gr_buf_puts(&b, ")为负数");
	x->message = b.data;
}

/* Is requests row `row` stored in revision f?  (groups are not) */
static bool
rrow_stored(gr_form f, int row)
{
	return gr_rrow_is_leaf(f, row);
}

/*
 * Does a table of section 3 or 4 hold a single figure?  A table whose every
 * cell is blank, unreadable or missing (or a stored document with an empty
 * object for it) cannot be checked, so it counts as missing.
 */
static bool
has_figure(const gr_doc *d, int section)
{
	if (section == GR_SEC_REQUESTS)
	{
		for (int r = 0; r < GR_R_NROWS; r++)
			for (int c = 0; c < GR_RC_COUNT; c++)
				if (gr_cell_isnum(d->req[r][c]))
					return true;
		return false;
	}
	for (int g = 0; g < GR_AP_NGROUPS; g++)
		for (int c = 0; c < GR_APC_NCOLS; c++)
			if (gr_cell_isnum(d->appeals[g][c]))
				return true;
	return false;
}

/*
 * A table's part as the messages name it, from its heading in form.c:
 * 第三部分“收到和处理政府信息公开申请情况” for "三、收到和处理政府信息公开申请情况".
 */
static void
put_part_name(gr_buf *b, int section)
{
	const char *h = gr_headings[section + 1].label;	/* 一、 is the overview */
	const char *sep = strstr(h, "、");

	gr_buf_puts(b, "第");
	gr_buf_put(b, h, (size_t) (sep - h));
	gr_buf_puts(b, "部分“");
	gr_buf_puts(b, sep + strlen("、"));
	gr_buf_puts(b, "”");
}

/*
 * missing_table and outdated_form for one section: missing_table when the
 * table was not found, and also when a table of section 3 or 4 has not a
 * single figure (the balance rules would hold vacuously).
 */
static void
rule_table(walk *w, const gr_doc *d, int section)
{
	gr_form		f = section == GR_SEC_ACTIVE ? d->form_active :
		section == GR_SEC_REQUESTS ? d->form_requests :
		(d->has_appeals ? GR_FORM_2021 : GR_FORM_NONE);
	gr_finding *x;
	gr_buf		b;

	if (f == GR_FORM_NONE)
	{
		x = emit(w, GR_RULE_MISSING_TABLE,
				 section == GR_SEC_ACTIVE ? GR_SEV_WARNING : GR_SEV_ERROR,
				 null_cell, null_cell);
		if (x == NULL)
			return;
		x->path = gr_section_keys[section];
		b = wbuf(w);
		gr_buf_puts(&b, "未找到");
		put_part_name(&b, section);
		gr_buf_puts(&b, "的表格");
		x->message = b.data;
		return;
	}
	if (section != GR_SEC_ACTIVE && !has_figure(d, section))
	{
		x = emit(w, GR_RULE_MISSING_TABLE, GR_SEV_ERROR, null_cell, null_cell);
		if (x == NULL)
			return;
		x->path = gr_section_keys[section];
		b = wbuf(w);
		put_part_name(&b, section);
		gr_buf_puts(&b, "的表格中没有一个数字，无法核对");
		x->message = b.data;
		return;
	}
	if (section != GR_SEC_APPEALS && f == GR_FORM_2019 && d->year >= 2021 &&
		w->out != NULL)
	{
		gr_cell		yr = {d->year, 0, GR_VALUE};

		x = emit(w, GR_RULE_OUTDATED_FORM, GR_SEV_WARNING, null_cell, yr);
		x->path = gr_section_keys[section];
		b = wbuf(w);
		put_part_name(&b, section);
		gr_buf_printf(&b, "的表格使用2019年版格式（国办公开办函〔2019〕60号），"
					  "%d年度报告应使用2021年版格式（国办公开办函〔2021〕30号）",
					  d->year);
		x->message = b.data;
	}
}

/* Section 2: blank cells and negative counts, warnings only. */
static void
walk_active(walk *w, const gr_doc *d)
{
	gr_form		f = d->form_active;

	if (f == GR_FORM_NONE || w->out == NULL)
		return;
	for (int r = 0; r < GR_A_NROWS; r++)
		for (int c = 0; c < GR_A_NCOLS; c++)
		{
			const gr_cell *x = &d->active[r][c];

			/* a sub-table left out of the report is no blank cell */
			if (!gr_active_has(f, (gr_arow) r, (gr_acol) c) || x->state == GR_ABSENT)
				continue;
			rule_blank(w, d, f, GR_SEC_ACTIVE, r, c, x);
			/* 本年增/减 is signed by design */
			if (c != GR_AC_CHANGE)
				rule_nonneg(w, f, GR_SEC_ACTIVE, r, c, x);
		}
}

/* Section 3. */
static void
walk_requests(walk *w, const gr_doc *d)
{
	gr_form		f = d->form_requests;
	gr_finding *x;
	gr_buf		b;
	gr_rows		it;

	if (f == GR_FORM_NONE)
		return;

	/* cells: blank_cell (warning), nonnegative (error), row by stored row */
	gr_rows_init(&it, GR_SEC_REQUESTS, f);
	while (gr_rows_next(&it))
	{
		int			r = it.row;
		bool		row_absent;

		row_absent = w->out && rule_row_absent(w, GR_SEC_REQUESTS, r, d->req[r], GR_RC_COUNT);
		for (int c = 0; c < GR_RC_COUNT; c++)
		{
			if (w->out && !row_absent)
				rule_blank(w, d, f, GR_SEC_REQUESTS, r, c, &d->req[r][c]);
			rule_nonneg(w, f, GR_SEC_REQUESTS, r, c, &d->req[r][c]);
			if (STOP(w))
				return;
		}
	}

	/* requests.flow, per column */
	for (int c = 0; c < GR_RC_COUNT; c++)
	{
		dsum		in = {0, 0, 0},
					outs = {0, 0, 0};

		sum_add(&in, &d->req[GR_R_NEW_RECEIVED][c], 1);
		sum_add(&in, &d->req[GR_R_CARRIED_OVER][c], 1);
		sum_add(&outs, &d->req[GR_R_DISP(GR_D_TOTAL)][c], 1);
		sum_add(&outs, &d->req[GR_R_CARRIED_FORWARD][c], 1);
		if (sum_eq(in, outs))
			continue;
		x = emit(w, GR_RULE_REQUESTS_FLOW, GR_SEV_ERROR, sum_cell(in), sum_cell(outs));
		if (x == NULL)
			return;
		b = wbuf(w);
		gr_buf_printf(&b, "requests.*.%s", gr_appls[gr_rcol_appl[c]].key);
		x->path = b.data;
		b = wbuf(w);
		put_rcol(&b, c);
		gr_buf_puts(&b, "列：第一项加第二项之和(");
		put_cell(&b, x->expected);
		gr_buf_puts(&b, ")不等于第三项加第四项之和(");
		put_cell(&b, x->actual);
		gr_buf_puts(&b, ")");
		x->message = b.data;
	}

	/* requests.total, per column: （七）总计 = every disposition leaf */
	for (int c = 0; c < GR_RC_COUNT; c++)
	{
		dsum		leaves = {0, 0, 0},
					tot = {0, 0, 0};

		for (int dd = 0; dd < GR_D_TOTAL; dd++)
			if (rrow_stored(f, GR_R_DISP(dd)))
				sum_add(&leaves, &d->req[GR_R_DISP(dd)][c], 1);
		sum_add(&tot, &d->req[GR_R_DISP(GR_D_TOTAL)][c], 1);
		if (sum_eq(leaves, tot))
			continue;
		x = emit(w, GR_RULE_REQUESTS_TOTAL, GR_SEV_ERROR, sum_cell(leaves), sum_cell(tot));
		if (x == NULL)
			return;
		b = wbuf(w);
		gr_buf_printf(&b, "requests.total.%s", gr_appls[gr_rcol_appl[c]].key);
		x->path = b.data;
		b = wbuf(w);
		put_rcol(&b, c);
		gr_buf_puts(&b, "列：（七）总计(");
		put_cell(&b, x->actual);
		gr_buf_puts(&b, ")不等于（一）至（六）各项办理结果之和(");
		put_cell(&b, x->expected);
		gr_buf_puts(&b, ")");
		x->message = b.data;
	}

	/* requests.applicants, per row: 总计 = the six other columns */
	gr_rows_init(&it, GR_SEC_REQUESTS, f);
	while (gr_rows_next(&it))
	{
		int			r = it.row;
		dsum		parts = {0, 0, 0},
					tot = {0, 0, 0};

		for (int c = 0; c < GR_RC_TOTAL; c++)
			sum_add(&parts, &d->req[r][c], 1);
		sum_add(&tot, &d->req[r][GR_RC_TOTAL], 1);
		if (sum_eq(parts, tot))
			continue;
		x = emit(w, GR_RULE_REQUESTS_APPLICANTS, GR_SEV_ERROR, sum_cell(parts), sum_cell(tot));
		if (x == NULL)
			return;
		b = wbuf(w);
		gr_buf_printf(&b, "requests.%s", gr_rrow_key(r));
		x->path = b.data;
		b = wbuf(w);
		put_rrow(&b, r);
		gr_buf_puts(&b, "行：总计列(");
		put_cell(&b, x->actual);
		gr_buf_puts(&b, ")不等于自然人与法人或其他组织各列之和(");
		put_cell(&b, x->expected);
		gr_buf_puts(&b, ")");
		x->message = b.data;
	}
}

/* Section 4. */
static void
walk_appeals(walk *w, const gr_doc *d)
{
	gr_finding *x;
	gr_buf		b;

	if (!d->has_appeals)
		return;
	for (int g = 0; g < GR_AP_NGROUPS; g++)
	{
		bool		row_absent = w->out &&
			rule_row_absent(w, GR_SEC_APPEALS, g, d->appeals[g], GR_APC_NCOLS);

		for (int c = 0; c < GR_APC_NCOLS; c++)
		{
			if (w->out && !row_absent)
				rule_blank(w, d, GR_FORM_2021, GR_SEC_APPEALS, g, c, &d->appeals[g][c]);
			rule_nonneg(w, GR_FORM_2021, GR_SEC_APPEALS, g, c, &d->appeals[g][c]);
			if (STOP(w))
				return;
		}
	}
	for (int g = 0; g < GR_AP_NGROUPS; g++)
	{
		dsum		parts = {0, 0, 0},
					tot = {0, 0, 0};

		for (int c = 0; c < GR_APC_TOTAL; c++)
			sum_add(&parts, &d->appeals[g][c], 1);
		sum_add(&tot, &d->appeals[g][GR_APC_TOTAL], 1);
		if (sum_eq(parts, tot))
			continue;
		x = emit(w, GR_RULE_APPEALS_TOTAL, GR_SEV_ERROR, sum_cell(parts), sum_cell(tot));
		if (x == NULL)
			return;
		x->path = g == 0 ? "appeals.review" : g == 1 ? "appeals.litigation_direct" :
			"appeals.litigation_after_review";
		b = wbuf(w);
		put_apgroup(&b, g);
		gr_buf_puts(&b, "：总计(");
		put_cell(&b, x->actual);
		gr_buf_puts(&b, ")不等于结果维持、结果纠正、其他结果、尚未审结之和(");
		put_cell(&b, x->expected);
		gr_buf_puts(&b, ")");
		x->message = b.data;
	}
}

/* ---------------------------------------------------------------- suspect */

/*
 * suspect_cell (warning): the one cell whose change makes every broken
 * identity hold.
 *
 * The identities are the equalities of the balance rules, each a sum of
 * cells with coefficients +1 or -1 that must be 0: requests.flow and
 * requests.total per applicant column, requests.applicants per stored row,
 * appeals.total per group.  Changing one cell by delta moves the residual
 * of each identity it is in by +-delta and leaves the others alone.  So a
 * single change fixes everything exactly when the identities of that cell
 * are the broken ones, no more and no fewer, and they all ask for the same
 * delta; the cell's new value must also be non-negative, and no other cell
 * of sections 3 and 4 may be negative.  Each cell is in at most three
 * identities: the search is one pass over the cells.
 *
 * A leaf cell of section 3 sits in its row's identity and its column's, so
 * it is usually pinned exactly; the five cells of an appeals group share
 * their one identity, and only the non-negative bound can single one out.
 * When several cells qualify, or none does, nothing is said.
 */

/* Identity numbers: flow per column, total per column, applicants per row, appeals per group. */
#define ID_FLOW(c) (c)
#define ID_RTOTAL(c) (GR_RC_COUNT + (c))
#define ID_APPL(r) (2 * GR_RC_COUNT + (r))
#define ID_APPEALS(g) (2 * GR_RC_COUNT + GR_R_NROWS + (g))
#define ID_COUNT (2 * GR_RC_COUNT + GR_R_NROWS + GR_AP_NGROUPS)

typedef struct ident
{
	dsum		res;			/* residual: sum of coefficient * cell */
	bool		used;			/* the identity applies to this document */
	bool		broken;
} ident;

/* The identities cell (section, row, col) is in, with their coefficients; returns their count. */
static int
cell_idents(gr_form f, int section, int row, int col, int ids[3], int coef[3])
{
	int			n = 0;

	if (section == GR_SEC_APPEALS)
	{
		ids[n] = ID_APPEALS(row);
		coef[n++] = col == GR_APC_TOTAL ? -1 : 1;
		return n;
	}
	ids[n] = ID_APPL(row);
	coef[n++] = col == GR_RC_TOTAL ? -1 : 1;
	if (row == GR_R_NEW_RECEIVED || row == GR_R_CARRIED_OVER)
	{
		ids[n] = ID_FLOW(col);
		coef[n++] = 1;
	}
	else if (row == GR_R_CARRIED_FORWARD)
	{
		ids[n] = ID_FLOW(col);
		coef[n++] = -1;
	}
	else if (row == GR_R_DISP(GR_D_TOTAL))
	{
		ids[n] = ID_FLOW(col);
		coef[n++] = -1;
		ids[n] = ID_RTOTAL(col);
		coef[n++] = -1;
	}
	else if (rrow_stored(f, row))
	{
		ids[n] = ID_RTOTAL(col);
		coef[n++] = 1;
	}
	return n;
}

/* The cell of a section 3 or 4 position, NULL if it is not stored in this document. */
static const gr_cell *
suspect_cell_at(const gr_doc *d, int section, int row, int col)
{
	if (section == GR_SEC_REQUESTS)
		return d->form_requests != GR_FORM_NONE && rrow_stored(d->form_requests, row) ?
			&d->req[row][col] : NULL;
	return d->has_appeals ? &d->appeals[row][col] : NULL;
}

/* Columns and rows of a section 3 or 4 table. */
static int
suspect_ncols(int section)
{
	return section == GR_SEC_REQUESTS ? GR_RC_COUNT : GR_APC_NCOLS;
}

static int
suspect_nrows(int section)
{
	return section == GR_SEC_REQUESTS ? GR_R_NROWS : GR_AP_NGROUPS;
}

/* A value is negative (as the nonnegative rule reads it). */
static bool
cell_negative(const gr_cell *c)
{
	return c->state == GR_VALUE && c->m < 0;
}

/* s in the document's script: simplified, or its traditional form t. */
#define SCRIPT(sc, s, t) ((sc) == GR_TRADITIONAL ? (t) : (s))

/* A label of form.c (a gr_label or gr_keylabel) in the document's script. */
#define lab(sc, l) gr_label_in((sc), (l))

/* "（一）予以公开行自然人列", "行政复议“结果维持”" in the document's script. */
static void
put_suspect_name(gr_buf *b, gr_script sc, int section, int row, int col)
{
	if (section == GR_SEC_REQUESTS)
	{
		int			dd = row - 2;

		if (row < 2 || row == GR_R_CARRIED_FORWARD)
			gr_buf_puts(b, gr_rrow_label_in(sc, row));
		else
		{
			if (gr_disps[dd].parent >= 0)
			{
				gr_buf_puts(b, gr_disps[gr_disps[dd].parent].numbering);
				gr_buf_puts(b, lab(sc, &gr_disps[gr_disps[dd].parent]));
				gr_buf_putc(b, ' ');
			}
			gr_buf_puts(b, gr_disps[dd].numbering);
			gr_buf_puts(b, lab(sc, &gr_disps[dd]));
		}
		gr_buf_puts(b, "行");
		{
			const gr_label *l = &gr_appls[gr_rcol_appl[col]];

			if (l->parent >= 0)
			{
				gr_buf_puts(b, lab(sc, &gr_appls[l->parent]));
				gr_buf_puts(b, "（");
				gr_buf_puts(b, lab(sc, l));
				gr_buf_puts(b, "）");
			}
			else
				gr_buf_puts(b, lab(sc, l));
		}
		gr_buf_puts(b, "列");
		return;
	}
	if (row != GR_AP_REVIEW)
	{
		gr_buf_puts(b, lab(sc, &gr_words[GR_W_LITIGATION]));
		gr_buf_puts(b, "（");
	}
	gr_buf_puts(b, lab(sc, &gr_apgroups[row]));
	if (row != GR_AP_REVIEW)
		gr_buf_puts(b, "）");
	gr_buf_puts(b, "“");
	gr_buf_puts(b, lab(sc, &gr_apcols[col]));
	gr_buf_puts(b, "”");
}

static void
walk_suspect(walk *w, const gr_doc *d)
{
	ident		id[ID_COUNT];
	gr_form		f = d->form_requests;
	int			nbroken = 0,
				nneg = 0,
				found = 0;
	int			neg_sec = -1,
				neg_row = -1,
				neg_col = -1;
	int			fsec = 0,
				frow = 0,
				fcol = 0;
	dsum		fval = {0, 0, 0};
	gr_finding *x;
	gr_buf		b;

	if (w->out == NULL)
		return;
	/* a balanced report (the usual case) costs one look at its findings */
	for (int i = 0; i < w->out->n && nbroken == 0; i++)
		nbroken = w->out->v[i].rule <= GR_RULE_APPEALS_TOTAL;
	if (nbroken == 0)
		return;
	nbroken = 0;
	memset(id, 0, sizeof(id));

	/* residuals of every identity, and the negative cells */
	for (int s = GR_SEC_REQUESTS; s <= GR_SEC_APPEALS; s++)
		for (int r = 0; r < suspect_nrows(s); r++)
			for (int c = 0; c < suspect_ncols(s); c++)
			{
				const gr_cell *cell = suspect_cell_at(d, s, r, c);
				int			ids[3],
							coef[3],
							n;

				if (cell == NULL)
					continue;
				if (cell_negative(cell))
				{
					nneg++;
					neg_sec = s;
					neg_row = r;
					neg_col = c;
				}
				n = cell_idents(f, s, r, c, ids, coef);
				for (int i = 0; i < n; i++)
				{
					id[ids[i]].used = true;
					sum_add(&id[ids[i]].res, cell, coef[i]);
				}
			}
	for (int i = 0; i < ID_COUNT; i++)
	{
		sum_norm(&id[i].res);
		id[i].broken = id[i].used && (id[i].res.ip != 0 || id[i].res.fp != 0);
		if (id[i].broken)
			nbroken++;
	}
	if (nbroken == 0 || nneg > 1)
		return;

	/* the cells whose identities are exactly the broken ones */
	for (int s = GR_SEC_REQUESTS; s <= GR_SEC_APPEALS; s++)
		for (int r = 0; r < suspect_nrows(s); r++)
			for (int c = 0; c < suspect_ncols(s); c++)
			{
				const gr_cell *cell = suspect_cell_at(d, s, r, c);
				int			ids[3],
							coef[3],
							n;
				dsum		v = {0, 0, 0};
				bool		ok = true;

				if (cell == NULL)
					continue;
				/* a negative cell elsewhere would stay negative */
				if (nneg == 1 && (s != neg_sec || r != neg_row || c != neg_col))
					continue;
				n = cell_idents(f, s, r, c, ids, coef);
				if (n != nbroken)
					continue;
				for (int i = 0; i < n && ok; i++)
				{
					/* value that makes identity i hold: cell - coef * residual */
					dsum		want = {0, 0, 0};

					if (!id[ids[i]].broken)
					{
						ok = false;
						break;
					}
					sum_add(&want, cell, 1);
					want.ip -= coef[i] * id[ids[i]].res.ip;
					want.fp -= coef[i] * id[ids[i]].res.fp;
					if (id[ids[i]].res.scale > want.scale)
						want.scale = id[ids[i]].res.scale;
					if (i == 0)
						v = want;
					else if (!sum_eq(v, want))
						ok = false;
				}
				if (!ok)
					continue;
				sum_norm(&v);
				if (v.ip < 0)
					continue;
				if (++found > 1)
					return;
				fsec = s;
				frow = r;
				fcol = c;
				fval = v;
			}
	if (found != 1)
		return;

	{
		const gr_cell *cell = suspect_cell_at(d, fsec, frow, fcol);

		x = emit(w, GR_RULE_SUSPECT_CELL, GR_SEV_WARNING, sum_cell(fval),
				 cell->state == GR_VALUE ? cell_of(cell) : null_cell);
		b = wbuf(w);
		gr_cell_path(&b, fsec, frow, fcol);
		x->path = b.data;
		b = wbuf(w);
		put_suspect_name(&b, d->script, fsec, frow, fcol);
		if (cell->state == GR_VALUE)
		{
			gr_buf_puts(&b, SCRIPT(d->script, "为", "為"));
			put_cell(&b, x->actual);
		}
		else if (cell->state == GR_BLANK)
			gr_buf_puts(&b, SCRIPT(d->script, "为空", "為空"));
		else if (cell->state == GR_UNREADABLE)
			gr_buf_puts(&b, SCRIPT(d->script, "无法识别为数字", "無法識別為數字"));
		else
			gr_buf_puts(&b, "缺失");
		gr_buf_puts(&b, SCRIPT(d->script, "，改为", "，改為"));
		put_cell(&b, x->expected);
		gr_buf_puts(&b, SCRIPT(d->script, "后各项勾稽关系均成立", "後各項勾稽關係均成立"));
		x->message = b.data;
	}
}

/*
 * narrative_mismatch (warning): the overview's count of requests received
 * must be this year's new requests, or new plus carried over (both usages
 * are seen in real reports).
 */
static void
walk_facts(walk *w, const gr_doc *d)
{
	const gr_cell *fact = &d->facts[GR_F_REQUESTS_RECEIVED];
	const gr_cell *nw = &d->req[GR_R_NEW_RECEIVED][GR_RC_TOTAL];
	const gr_cell *co = &d->req[GR_R_CARRIED_OVER][GR_RC_TOTAL];
	dsum		f = {0, 0, 0},
				a = {0, 0, 0},
				b2 = {0, 0, 0};
	gr_finding *x;
	gr_buf		b;

	if (w->out == NULL || d->form_requests == GR_FORM_NONE ||
		fact->state != GR_VALUE || nw->state != GR_VALUE)
		return;
	sum_add(&f, fact, 1);
	sum_add(&a, nw, 1);
	sum_add(&b2, nw, 1);
	sum_add(&b2, co, 1);
	if (sum_eq(f, a) || (co->state == GR_VALUE && sum_eq(f, b2)))
		return;
	x = emit(w, GR_RULE_NARRATIVE_MISMATCH, GR_SEV_WARNING, sum_cell(a), sum_cell(f));
	x->path = "facts.requests_received";
	b = wbuf(w);
	gr_buf_puts(&b, "总体情况所述收到政府信息公开申请数(");
	put_cell(&b, x->actual);
	gr_buf_puts(&b, ")与表格“一、本年新收政府信息公开申请数量”总计(");
	put_cell(&b, x->expected);
	gr_buf_puts(&b, ")不符");
	x->message = b.data;
}

/*
 * narrative_mismatch (warning) for a fact stated in words and the table
 * cell(s) it restates: the fact, the cells summed (NULL-terminated), what
 * the narrative says and how the form names the cell.  Nothing when the
 * fact is not stated or no cell holds a number.
 */
static void
fact_vs_cells(walk *w, const gr_doc *d, gr_fact k, const gr_cell *const *cells,
			  const char *said, const char *cellname)
{
	const gr_cell *fact = &d->facts[k];
	dsum		f = {0, 0, 0},
				t = {0, 0, 0};
	bool		any = false;
	gr_finding *x;
	gr_buf		b;

	if (fact->state != GR_VALUE)
		return;
	for (int i = 0; cells[i]; i++)
	{
		any |= cells[i]->state == GR_VALUE;
		sum_add(&t, cells[i], 1);
	}
	if (!any)
		return;
	sum_add(&f, fact, 1);
	if (sum_eq(f, t))
		return;
	x = emit(w, GR_RULE_NARRATIVE_MISMATCH, GR_SEV_WARNING, sum_cell(t), sum_cell(f));
	b = wbuf(w);
	gr_buf_printf(&b, "facts.%s", gr_fact_keys[k]);
	x->path = b.data;
	b = wbuf(w);
	gr_buf_printf(&b, "报告正文所述%s(", said);
	put_cell(&b, x->actual);
	gr_buf_printf(&b, ")与表格%s(", cellname);
	put_cell(&b, x->expected);
	gr_buf_puts(&b, ")不符");
	x->message = b.data;
}

/* narrative_mismatch for the facts on requests and appeals read from the narrative. */
static void
walk_flow_facts(walk *w, const gr_doc *d)
{
	if (w->out == NULL)
		return;
	if (d->form_requests != GR_FORM_NONE)
	{
		const gr_cell *co[2] = {&d->req[GR_R_CARRIED_OVER][GR_RC_TOTAL], NULL};
		const gr_cell *tot[2] = {&d->req[GR_R_DISP(GR_D_TOTAL)][GR_RC_TOTAL], NULL};
		const gr_cell *cf[2] = {&d->req[GR_R_CARRIED_FORWARD][GR_RC_TOTAL], NULL};

		fact_vs_cells(w, d, GR_F_CARRIED_OVER, co, "上年结转申请数",
					  "“二、上年结转政府信息公开申请数量”总计");
		fact_vs_cells(w, d, GR_F_PROCESSED, tot, "办结申请数",
					  "“三、本年度办理结果（七）总计”总计");
		fact_vs_cells(w, d, GR_F_CARRIED_FORWARD, cf, "结转下年度申请数",
					  "“四、结转下年度继续办理”总计");
	}
	if (d->has_appeals)
	{
		const gr_cell *rv[2] = {&d->appeals[GR_AP_REVIEW][GR_APC_TOTAL], NULL};
		const gr_cell *lit[3] = {&d->appeals[GR_AP_LIT_DIRECT][GR_APC_TOTAL],
		&d->appeals[GR_AP_LIT_AFTER][GR_APC_TOTAL], NULL};

		fact_vs_cells(w, d, GR_F_REVIEWS, rv, "行政复议数", "“行政复议”总计");
		fact_vs_cells(w, d, GR_F_LAWSUITS, lit, "行政诉讼数",
					  "“行政诉讼”两项（未经复议直接起诉、复议后起诉）总计之和");
	}
	if (d->form_active == GR_FORM_2021)
	{
		const gr_cell *fee[2] = {&d->active[GR_A_FEES][GR_AC_AMOUNT], NULL};

		fact_vs_cells(w, d, GR_F_ADMIN_FEES, fee, "行政事业性收费金额（万元）",
					  "“行政事业性收费”本年收费金额（万元）");
	}
}

/* malformed (error): a problem the reader of the stored form passed in. */
static void
walk_malformed(walk *w, const char *const *problems, int n)
{
	for (int i = 0; i < n; i++)
	{
		const char *p = problems[i] ? problems[i] : "";
		const char *colon = strstr(p, ": ");
		gr_finding *x = emit(w, GR_RULE_MALFORMED, GR_SEV_ERROR, null_cell, null_cell);
		gr_buf		b;

		if (x == NULL)
			return;
		b = wbuf(w);
		if (colon)
			gr_buf_put(&b, p, (size_t) (colon - p));
		x->path = b.data;
		b = wbuf(w);
		gr_buf_puts(&b, "文档结构有误：");
		gr_buf_puts(&b, p);
		x->message = b.data;
	}
}

/* Every rule of one document, in the order a reviewer reads the report. */
static void
walk_doc(walk *w, const gr_doc *d)
{
	for (int s = GR_SEC_ACTIVE; s <= GR_SEC_APPEALS; s++)
	{
		rule_table(w, d, s);
		if (STOP(w))
			return;
	}
	walk_active(w, d);
	walk_requests(w, d);
	if (STOP(w))
		return;
	walk_appeals(w, d);
	if (STOP(w))
		return;
	walk_suspect(w, d);
	walk_facts(w, d);
	walk_flow_facts(w, d);
}

void
gr_findings_malformed(const char *const *problems, int n, const gr_mem *m,
					  gr_findings *out)
{
	walk		w = {m, out, false};

	walk_malformed(&w, problems, n);
}

void
gr_check(const gr_doc *d, const char *const *malformed, int nmalformed,
		 const gr_mem *m, gr_findings *out)
{
	walk		w = {m, out, false};

	walk_malformed(&w, malformed, nmalformed);
	walk_doc(&w, d);
}

bool
gr_balance_ok(const gr_doc *d)
{
	walk		w = {NULL, NULL, false};

	walk_doc(&w, d);
	return !w.failed;
}

/* ---------------------------------------------------------------- two years */

bool
gr_carryover(const gr_doc *prev, const gr_doc *cur, const gr_mem *m,
			 gr_findings *out)
{
	walk		w = {m, out, false};
	gr_finding *x;
	gr_buf		b;

	if (out)
	{
		/* the pair itself: warnings, the caller chose it */
		if (prev->year && cur->year && cur->year != prev->year + 1)
		{
			gr_cell		e = {prev->year + 1, 0, GR_VALUE},
						a = {cur->year, 0, GR_VALUE};

			x = emit(&w, GR_RULE_CARRYOVER, GR_SEV_WARNING, e, a);
			x->path = "year";
			b = wbuf(&w);
			gr_buf_printf(&b, "两份报告的年度不相接：上年报告为%d年度，本年报告为%d年度",
						  prev->year, cur->year);
			x->message = b.data;
		}
		if (prev->agency.p && cur->agency.p &&
			(prev->agency.len != cur->agency.len ||
			 memcmp(prev->agency.p, cur->agency.p, cur->agency.len) != 0))
		{
			x = emit(&w, GR_RULE_CARRYOVER, GR_SEV_WARNING, null_cell, null_cell);
			x->path = "agency";
			b = wbuf(&w);
			gr_buf_puts(&b, "两份报告的机关名称不同：");
			gr_buf_put(&b, prev->agency.p, prev->agency.len);
			gr_buf_puts(&b, "，");
			gr_buf_put(&b, cur->agency.p, cur->agency.len);
			x->message = b.data;
		}
	}

	if (prev->form_requests == GR_FORM_NONE || cur->form_requests == GR_FORM_NONE)
	{
		x = emit(&w, GR_RULE_MISSING_TABLE, GR_SEV_ERROR, null_cell, null_cell);
		if (x == NULL)
			return false;
		x->path = "requests";
		x->message = prev->form_requests == GR_FORM_NONE ?
			(cur->form_requests == GR_FORM_NONE ?
			 "两份报告均未找到第三部分“收到和处理政府信息公开申请情况”的表格" :
			 "上年报告未找到第三部分“收到和处理政府信息公开申请情况”的表格") :
			"本年报告未找到第三部分“收到和处理政府信息公开申请情况”的表格";
	}
	else
	{
		for (int c = 0; c < GR_RC_COUNT; c++)
		{
			dsum		e = {0, 0, 0},
						a = {0, 0, 0};

			sum_add(&e, &prev->req[GR_R_CARRIED_FORWARD][c], 1);
			sum_add(&a, &cur->req[GR_R_CARRIED_OVER][c], 1);
			if (sum_eq(e, a))
				continue;
			x = emit(&w, GR_RULE_CARRYOVER, GR_SEV_ERROR, sum_cell(e), sum_cell(a));
			if (x == NULL)
				return false;
			b = wbuf(&w);
			gr_buf_printf(&b, "requests.carried_over.%s", gr_appls[gr_rcol_appl[c]].key);
			x->path = b.data;
			b = wbuf(&w);
			put_rcol(&b, c);
			gr_buf_puts(&b, "列：本年“二、上年结转政府信息公开申请数量”(");
			put_cell(&b, x->actual);
			gr_buf_puts(&b, ")不等于上年报告“四、结转下年度继续办理”(");
			put_cell(&b, x->expected);
			gr_buf_puts(&b, ")");
			x->message = b.data;
		}
	}

	/* active.in_force_chain: warnings, 2021 form in both years */
	if (out && prev->form_active == GR_FORM_2021 && cur->form_active == GR_FORM_2021)
	{
		static const int rows[2] = {GR_A_RULES, GR_A_NORMATIVE};

		for (int i = 0; i < 2; i++)
		{
			int			r = rows[i];
			const gr_cell *last = &prev->active[r][GR_AC_IN_FORCE];
			const gr_cell *now = &cur->active[r][GR_AC_IN_FORCE];
			dsum		e = {0, 0, 0},
						a = {0, 0, 0};

			if (last->state != GR_VALUE || now->state != GR_VALUE)
				continue;
			sum_add(&e, last, 1);
			sum_add(&e, &cur->active[r][GR_AC_ISSUED], 1);
			sum_add(&e, &cur->active[r][GR_AC_REPEALED], -1);
			sum_add(&a, now, 1);
			if (sum_eq(e, a))
				continue;
			x = emit(&w, GR_RULE_IN_FORCE_CHAIN, GR_SEV_WARNING, sum_cell(e), sum_cell(a));
			b = wbuf(&w);
			gr_buf_printf(&b, "active.%s.in_force", gr_arows[r].key);
			x->path = b.data;
			b = wbuf(&w);
			gr_buf_printf(&b, "%s：上年现行有效件数(", gr_active_2021[0].row_labels[i]);
			put_cell(&b, cell_of(last));
			gr_buf_puts(&b, ")加本年制发件数(");
			put_cell(&b, cell_of(&cur->active[r][GR_AC_ISSUED]));
			gr_buf_puts(&b, ")减本年废止件数(");
			put_cell(&b, cell_of(&cur->active[r][GR_AC_REPEALED]));
			gr_buf_puts(&b, ")为");
			put_cell(&b, x->expected);
			gr_buf_puts(&b, "，不等于本年现行有效件数(");
			put_cell(&b, x->actual);
			gr_buf_puts(&b, ")");
			x->message = b.data;
		}
	}
	return !w.failed;
}

/* ---------------------------------------------------------------- report_diff */

/* The cell as report_diff reads it: NULL unless a clean number. */
static const gr_cell *
diff_value(const gr_cell *c)
{
	return c->state == GR_VALUE && c->scale <= GR_MAX_SCALE &&
		c->m <= GR_MAX_MANTISSA && c->m >= -GR_MAX_MANTISSA ? c : NULL;
}

/* Report the cell if its two sides differ. */
static void
diff_cell(gr_diff_fn fn, void *arg, int section, int row, int col,
		  const gr_cell *a, const gr_cell *b)
{
	a = a ? diff_value(a) : NULL;
	b = b ? diff_value(b) : NULL;
	if (a == NULL && b == NULL)
		return;
	if (a != NULL && b != NULL)
	{
		dsum		x = {0, 0, 0},
					y = {0, 0, 0};

		sum_add(&x, a, 1);
		sum_add(&y, b, 1);
		if (sum_eq(x, y))
			return;
	}
	fn(arg, section, row, col, a, b);
}

void
gr_diff(const gr_doc *a, const gr_doc *b, gr_diff_fn fn, void *arg)
{
	/* section 2: the cells of either document's revision */
	for (int r = 0; r < GR_A_NROWS; r++)
		for (int c = 0; c < GR_A_NCOLS; c++)
		{
			bool		ina = gr_active_has(a->form_active, (gr_arow) r, (gr_acol) c);
			bool		inb = gr_active_has(b->form_active, (gr_arow) r, (gr_acol) c);

			if (ina || inb)
				diff_cell(fn, arg, GR_SEC_ACTIVE, r, c,
						  ina ? &a->active[r][c] : NULL, inb ? &b->active[r][c] : NULL);
		}
	/* section 3: the rows stored in either revision */
	for (int r = 0; r < GR_R_NROWS; r++)
	{
		bool		ina = a->form_requests != GR_FORM_NONE && rrow_stored(a->form_requests, r);
		bool		inb = b->form_requests != GR_FORM_NONE && rrow_stored(b->form_requests, r);

		if (!ina && !inb)
			continue;
		for (int c = 0; c < GR_RC_COUNT; c++)
			diff_cell(fn, arg, GR_SEC_REQUESTS, r, c,
					  ina ? &a->req[r][c] : NULL, inb ? &b->req[r][c] : NULL);
	}
	/* section 4 */
	if (!a->has_appeals && !b->has_appeals)
		return;
	for (int g = 0; g < GR_AP_NGROUPS; g++)
		for (int c = 0; c < GR_APC_NCOLS; c++)
			diff_cell(fn, arg, GR_SEC_APPEALS, g, c,
					  a->has_appeals ? &a->appeals[g][c] : NULL,
					  b->has_appeals ? &b->appeals[g][c] : NULL);
}
