/*
 * parse.c — read the form out of the token stream.
 *
 * The matcher walks the tokens once.  Section headings move it forward
 * through the report (never back); row labels, recognised by their
 * distinctive words after folding (traditional → simplified, full-width →
 * ASCII), open a row; the form says how many cells the row has, and the
 * following value tokens fill them in order.  A row ends when it is full,
 * at a row break (in layouts that have them) or at the next label, and any
 * cell not filled is reported missing — a cell is never shifted into its
 * neighbour's column.
 */
#include "gr.h"
#include "scan.h"
#include "rows_para.h"
#include "rows_pdf.h"
#include "match.h"
#include "meta.h"
#include "sections.h"
#include "text.h"
#include "words.h"

#include <stdlib.h>
#include <string.h>

gr_form
gr_active_form(const parser *p)
{
	return p->ev2019 > p->ev2021 ? GR_FORM_2019 : GR_FORM_2021;
}

/*
 * The token read as a number, once: the reader asks of every token whether
 * it is a value, and of every cell again when it stores it.
 */
const gr_cell *
gr_tok_num(const gr_tok *t)
{
	gr_tok	   *w = (gr_tok *) t;	/* a cache inside the parser's own array */

	if (w->nstate == 0)
	{
		if (t->len == 0)
		{
			w->num.m = 0;
			w->num.scale = 0;
			w->num.state = GR_BLANK;
		}
		else
			gr_read_number(t->s, t->len, true, &w->num);
		w->nstate = (uint8_t) (1 + w->num.state);
	}
	return &t->num;
}

/* Classify a value token: a number (or placeholder/blank) vs text. */
bool
gr_tok_is_valueish(const gr_tok *t)
{
	const gr_cell *c = gr_tok_num(t);

	return c->state == GR_VALUE || c->state == GR_BLANK;
}

/*
 * An amount in unit `from` as one in unit `to` (元 and 万元), exactly: 万元 to
 * 元 moves the point four places right, 元 to 万元 four places left.  False
 * when the result does not fit a cell (more than 15 digits or 6 decimals).
 */
static bool
convert_amount(gr_cell *c, int from, int to)
{
	if (from == to)
		return true;
	if (from == GR_UNIT_WAN_YUAN)
	{
		int			shift = 4;

		for (; shift > 0 && c->scale > 0; shift--)
			c->scale--;
		for (; shift > 0; shift--)
		{
			if (c->m > GR_MAX_MANTISSA / 10 || c->m < -GR_MAX_MANTISSA / 10)
				return false;
			c->m *= 10;
		}
		return true;
	}
	c->scale += 4;
	while (c->scale > 0 && c->m % 10 == 0)
	{
		c->m /= 10;
		c->scale--;
	}
	return c->scale <= GR_MAX_SCALE;
}

/*
 * An amount cell of section 2 (row fees or procurement), read into the
 * unit of its column: 万元 for the fee (本年收费金额（单位：万元）), the unit
 * its header prints for procurement (the form prints none: then the number
 * is taken as printed).  A number in another unit than the column's — in
 * the cell (251000元), or in the header (（单位：元）) — is converted; one
 * that cannot be converted exactly (too many decimals) is unreadable, never
 * a rounded number.  Returns whether it was converted.
 */
static bool
settle_amount(parser *p, int row, gr_cell *c, const gr_tok *raw)
{
	int			header = row == GR_A_FEES ? p->fee_unit : p->procure_unit;
	int			doc = row == GR_A_FEES ? GR_UNIT_WAN_YUAN : header;
	int			printed = raw != NULL ? gr_money_unit(raw->s, raw->len) : GR_UNIT_NONE;
	int			cell = printed != GR_UNIT_NONE ? printed : header;

	if (c->state != GR_VALUE || cell == doc || cell == GR_UNIT_NONE || doc == GR_UNIT_NONE)
		return false;
	if (c->m == 0)
	{
		c->scale = 0;
		return false;			/* nothing is nothing in any unit */
	}
	if (!convert_amount(c, cell, doc))
	{
		c->state = GR_UNREADABLE;
		c->m = 0;
		c->scale = 0;
		return false;
	}
	return true;
}

/* Store one cell from its token (NULL: missing). */
void
gr_store_cell(parser *p, gr_cell *dst, const gr_tok **rawslot, const gr_tok *t, bool decimal)
{
	static const gr_tok missing = {.s = ""};

	if (t == NULL)
	{
		dst->state = GR_MISSING;
		dst->m = 0;
		dst->scale = 0;
		*rawslot = &missing;
		return;
	}
	*dst = *gr_tok_num(t);
	if (!decimal && dst->state == GR_VALUE && dst->scale > 0)
	{
		/* a count: 3.0 is 3, 3.5 is not a count (as gr_read_number says) */
		int64_t		pw = 1;

		for (int k = 0; k < dst->scale; k++)
			pw *= 10;
		if (dst->m % pw != 0)
		{
			dst->state = GR_UNREADABLE;
			dst->m = 0;
		}
		else
			dst->m /= pw;
		dst->scale = 0;
	}
	*rawslot = t;
	(void) p;
}

/*
 * Do cells[0..n-1] add up to cells[n] (blank as 0)?  A cell that is text
 * (a displaced label's part, in loosely printed tables) fails; a decimal
 * or a blank total has nothing to check.
 */
static bool
sums_across(const gr_tok *const *cells, int n)
{
	int64_t		sum = 0;
	const gr_cell *t;

	/* a cell not read (a split table's group left out) has nothing to check */
	for (int k = 0; k <= n; k++)
		if (cells[k] == NULL)
			return true;
	t = gr_tok_num(cells[n]);

	for (int k = 0; k < n; k++)
	{
		const gr_cell *c = gr_tok_num(cells[k]);

		if (c->state == GR_VALUE && c->scale == 0)
			sum += c->m;
		else if (c->state != GR_BLANK)
			return c->state != GR_UNREADABLE;
	}
	if (t->state == GR_UNREADABLE)
		return false;
	if (t->state != GR_VALUE || t->scale != 0)
		return true;
	return sum == t->m;
}

/*
 * A section 3 row of plain lines (one cell a line, no tab or border: a
 * page's text, Word's text) that ends short: the empty cells the text left
 * out may have stood anywhere among its values (a page whose blank cells
 * are not printed: `18` / `18` under 自然人 and 总计), so its values are not
 * read from the left — that would put the total under 商业企业.  Kept, as a
 * paragraph row is, for the sums (settle.c requests_by_sums), which place
 * what only one reading allows.  A section 2 row so short has no sums to
 * place it by: missing.
 */
static bool
lines_short(const parser *p, const row_acc *r)
{
	return ((r->section == GR_SEC_REQUESTS && r->ncols == GR_RC_COUNT) ||
			r->section == GR_SEC_ACTIVE) && !r->pdf &&
		r->n > 0 && r->n < r->ncols && p->para.whole;
}

/* Close the open row: store what was collected, the rest is missing. */
void
gr_finish_row(parser *p)
{
	row_acc    *r = &p->cur;

	if (r->section < 0)
		return;
	/*
	 * A section 3 label of plain text with no figure after it: a row whose
	 * blank cells were not printed (or a group's label), noted for the
	 * sums, which take it as a row of blank cells only in a table that
	 * then adds up.  The 2019 form's other dispositions (a leaf) included.
	 */
	if (r->section == GR_SEC_REQUESTS && r->n == 0 && !r->pdf && p->para.whole &&
		r->row >= 0 && r->row < GR_R_NROWS && !p->have_req[r->row])
		p->bare_req[r->row] = true;
	if (r->group && r->n == 0)
	{
		r->section = -1;
		return;
	}
	/*
	 * Read tight (Word's text: one cell a line, an empty cell an empty
	 * line), a section 3 row one short, closed by a label after an empty
	 * line, lost its last cell into the empty lines that end the row: an
	 * empty cell.  With no empty line before the label the cell was not
	 * printed at all (one cell a line without empty cells): missing.
	 * Section 2's last cell so only outside a PDF's text, where an empty
	 * line parts pdftotext's blocks, not cells (a fee's figure printed
	 * after its header's wrapped unit: 万 / 元） / 32.019).
	 */
	if (r->section == GR_SEC_REQUESTS && (!r->group || r->row == GR_R_DISP(GR_D_OTHER)) &&
		!r->pdf && p->in_text && p->text_gap > 0 &&
		gr_para_exact_short(&p->para, r->n, r->ncols, 1))
		r->cells[r->n++] = &gr_para_empty;
	else if (r->section == GR_SEC_ACTIVE && !r->pdf && p->in_text && !p->paged &&
			 gr_para_exact_last(&p->para, r->n, r->ncols, p->text_gap))
		r->cells[r->n++] = &gr_para_empty;
	/*
	 * Read one cell per paragraph, a section 3 row one short closed by a
	 * label after two empty lines: its last cell, the total, was an empty
	 * paragraph — when the row then adds up (its other cells all 0).
	 */
	if (r->section == GR_SEC_REQUESTS && (!r->group || r->row == GR_R_DISP(GR_D_OTHER)) &&
		!r->pdf && p->in_text && gr_para_trailing_empty(&p->para, r->n, r->ncols, p->text_gap) &&
		gr_para_all_zero(r->cells, r->n))
		r->cells[r->n++] = &gr_para_empty;
	if (!gr_para_placeable(&p->para, r->n, r->ncols) || lines_short(p, r))
	{
		/*
		 * kept, to be placed by the sums once the table is read: a row of
		 * plain text only (a row in a grid may have lost a figure to its
		 * wrapped label)
		 */
		if (r->section == GR_SEC_REQUESTS && r->ncols == GR_RC_COUNT && p->para.whole &&
			r->row >= 0 && r->row < GR_R_NROWS && !p->have_req[r->row])
		{
			memcpy(p->short_req[r->row], r->cells, sizeof(r->cells[0]) * (size_t) r->n);
			p->nshort_req[r->row] = r->n;
		}
		r->n = 0;
	}
	/*
	 * A short pdftotext row: every cell missing when which one was not
	 * printed is unknown, or when its values, as placed by position, do
	 * not add up across (the total the sum of the six others) — they may
	 * stand under other columns than printed; or when they leave the total
	 * column empty while the last of them is the sum of those before it (a
	 * total placed one column short).  The other dispositions' row too, a
	 * leaf in the 2019 form.
	 */
	if (r->pdf && r->section == GR_SEC_REQUESTS &&
		(!r->group || r->row == GR_R_DISP(GR_D_OTHER)) &&
		gr_pdf_place_short(&p->pdfr, r->cells, &r->n, r->ncols) &&
		(r->n == GR_RC_COUNT ? !gr_pdf_sums_across(&p->pdfr, r->cells, GR_RC_COUNT - 1) :
		 r->n > 1 && gr_pdf_sums_across(&p->pdfr, r->cells, r->n - 1)))
		r->n = 0;
	/*
	 * In a document whose tables are printed loosely (paragraphs, values
	 * joined on a line), a section 3 row must add up across: its total
	 * column is the sum of the six others.  If it does not, its values may
	 * stand in other cells than printed (a label displaced, an empty cell
	 * not printed): none placed.
	 */
	if (r->section == GR_SEC_REQUESTS && r->n == GR_RC_COUNT && p->para.rows > 0 &&
		!(!r->pdf && gr_para_exact_full(&p->para, r->n, r->ncols, p->in_text ? 1 : 0)) &&
		!sums_across(r->cells, GR_RC_COUNT - 1))
		r->n = 0;

	/*
	 * A figure wrapped over lines ("２５" / "２３"), whose parts stand
	 * within two lines of its row's (a label's line may come between:
	 * "１，" / label / "… ７８" / label / "７"): which cell the parts make
	 * is unknown.
	 */
	if (r->pdf && r->section == GR_SEC_REQUESTS && r->n > 0 &&
		p->pdfr.frag_line >= r->vline0 - 2 && p->pdfr.frag_line <= r->vline1 + 2)
		r->n = 0;

	/*
	 * A short section 2 row on a pdftotext line (an empty cell printed as
	 * spaces only: "规章  9  36" under three columns): which cell was
	 * empty is not known, none placed.
	 */
	if (r->pdf && r->section == GR_SEC_ACTIVE && r->n > 0 && r->n < r->ncols)
		r->n = 0;
	/*
	 * A section 2 row whose values came on two lines ("0    2" over
	 * "－7"): read in the order they came only when that is also their
	 * order from left to right; else which column each stands in is not
	 * certain.
	 */
	if (r->pdf && r->section == GR_SEC_ACTIVE && r->n > 1)
	{
		for (int k = 1; k < r->n; k++)
			if (r->cells[k] && r->cells[k - 1] &&
				gr_pdf_mid(p->pdfr.ts, r->cells[k]) <= gr_pdf_mid(p->pdfr.ts, r->cells[k - 1]))
			{
				r->n = 0;
				break;
			}
	}
	if (r->pdf && r->section == GR_SEC_REQUESTS && !r->group && r->n > 0)
	{
		p->pdfr.done_row = r->row;
		p->pdfr.done_line = r->vline1;
	}
	if (r->section == GR_SEC_ACTIVE)
	{
		if (!p->have_active[r->row])
		{
			p->have_active[r->row] = true;
			p->label_active[r->row] = r->label_i;
			p->pdf_active[r->row] = r->pdf;
			p->active_read[r->row] = r->form;
			p->nrows_active++;
			for (int i = 0; i < r->ncols; i++)
			{
				int			c = r->cols[i];

				gr_store_cell(p, &p->d->active[r->row][c], &p->raw_active[r->row][c],
						   i < r->n ? r->cells[i] : NULL, c == GR_AC_AMOUNT);
				if (c == GR_AC_AMOUNT)
					p->converted[r->row] = settle_amount(p, r->row, &p->d->active[r->row][c],
														 i < r->n ? r->cells[i] : NULL);
			}
		}
	}
	else if (r->section == GR_SEC_REQUESTS)
	{
		int			row = r->row;

		if (row == GR_R_DISP(GR_D_OTHER))
			p->other_group_values = true;
		if (!p->have_req[row] &&
			(!r->group || row == GR_R_DISP(GR_D_OTHER)))
		{
			p->have_req[row] = true;
			p->label_req[row] = r->label_i;
			p->pdf_req[row] = r->pdf;
			p->nrows_req++;
			for (int i = 0; i < GR_RC_COUNT; i++)
				gr_store_cell(p, &p->d->req[row][i], &p->raw_req[row][i],
						   i < r->n ? r->cells[i] : NULL, false);
		}
	}
	r->section = -1;
}

/* The columns of section 2's row `row` in revision f into cols; their count, 0 if none. */
int
gr_active_row_cols(gr_form f, int row, int *cols)
{
	int			n,
				ncols = 0;
	const gr_active_sub *subs = gr_active_subs(f, &n);

	for (int i = 0; i < n; i++)
		for (int j = 0; j < subs[i].nrows; j++)
			if (subs[i].rows[j] == (gr_arow) row)
			{
				ncols = subs[i].ncols;
				for (int k = 0; k < subs[i].ncols; k++)
					cols[k] = subs[i].cols[k];
			}
	return ncols;
}

static void
open_row(parser *p, int section, int row, bool group)
{
	row_acc    *r = &p->cur;

	/* a label's tail repeating its keyword ("…收费通知要" / "求缴纳费用…") */
	if (r->section == section && r->row == row && r->n == 0)
		return;
	gr_finish_row(p);
	r->section = section;
	r->row = row;
	r->n = 0;
	r->group = group;
	r->label_i = p->tok_i;
	if (!group)
		p->row_opens++;
	r->pdf = false;
	r->tab_open = false;
	if (section == GR_SEC_REQUESTS)
		p->last_req = row;
	gr_para_open(&p->para, p->tok_whole);
	if (section == GR_SEC_ACTIVE)
	{
		r->form = gr_active_form(p);
		r->ncols = gr_active_row_cols(r->form, row, r->cols);
		if (r->ncols == 0)
		{
			/* a row of the other revision: switch to it */
			gr_form		other = gr_active_form(p) == GR_FORM_2021 ? GR_FORM_2019 : GR_FORM_2021;

			r->form = other;
			r->ncols = gr_active_row_cols(other, row, r->cols);
			if (other == GR_FORM_2019)
				p->ev2019 += 100;
			else
				p->ev2021 += 100;
		}
	}
	else
	{
		r->ncols = GR_RC_COUNT;
		for (int k = 0; k < GR_RC_COUNT; k++)
			r->cols[k] = k;
	}
}

/*
 * Whether t stands in the same tab row as the open row's first cell: both
 * are cells of their own (the tab layout, or HTML table cells) and no row
 * break came between them.
 */
static bool
same_tab_row(const parser *p, const gr_tok *t)
{
	const row_acc *r = &p->cur;

	return r->n > 0 && r->cells[0]->kind == GR_TOK_CELL &&
		t->kind == GR_TOK_CELL && r->brk0 == p->nbreaks;
}

/*
 * A section 2 row full when another value comes on its line: converters
 * write a cell spanning two columns as the cell and an empty one after it
 * (pandoc: `| 规章 | 13 | 13 | | 524 |`, a 2019 table whose 本年新公开数量
 * spans two columns).  The value takes the place of the row's empty
 * cells when they stand in one run (dropping any of them gives the same
 * row); empty cells apart (`| | 5 | | 7 |`: which one is the span's is
 * unknown) leave the row not placed.  No empty cell: the row is full and
 * closes as before.  Returns whether the value was taken.
 */
static bool
active_span_gap(parser *p, const gr_tok *t)
{
	row_acc    *r = &p->cur;
	int			first = -1,
				last = -1,
				nempty = 0;

	for (int k = 0; k < r->n; k++)
		if (r->cells[k]->len == 0)
		{
			if (first < 0)
				first = k;
			last = k;
			nempty++;
		}
	if (nempty == 0)
	{
		gr_finish_row(p);
		return false;
	}
	if (last - first + 1 != nempty)
	{
		r->n = 0;
		gr_finish_row(p);
		return true;
	}
	memmove(r->cells + first, r->cells + first + 1, (size_t) (r->n - first - 1) * sizeof(r->cells[0]));
	r->cells[r->n - 1] = t;
	return true;
}

/*
 * Add a value token to the open row; close it when full.  A row whose cells
 * all stand on one source line (pipe, bordered, pdftotext rows) stays open
 * until its line ends: converters write a merged label's slot as an empty
 * cell before the values ("| （六）其他处理 | | 3 | …"), so while more cells
 * come on the same line, a leading empty one is dropped and the values
 * stay right-aligned (section 3; section 2 keeps the first cells).
 * A section 3 row of tab cells (one cell a line, or an HTML table that
 * writes every slot of the grid as a <td>) does the same until its row
 * break, for values: `一、本年新收… | | | 17 | 0 | …` keeps the last seven.
 * Such a row with still more values once its leading empty cells are used
 * up is not the form's grid: none of its cells is placed.  A section 2
 * row given one more value on its line drops an empty cell for it
 * (active_span_gap).
 * Returns false if the token was not taken (the row
 * was full): the caller treats it as if no row were open.
 */
static bool
add_value(parser *p, const gr_tok *t)
{
	row_acc    *r = &p->cur;

	if (r->n >= r->ncols && r->ncols > 0)
	{
		bool		tab_more = r->section == GR_SEC_REQUESTS &&
			same_tab_row(p, t) && gr_tok_is_valueish(t);

		/*
		 * Only section 3 spreads its labels over several columns; in
		 * section 2 the extra cells of a short sub-table trail the values.
		 */
		if (r->section == GR_SEC_REQUESTS && r->cells[0]->len == 0 &&
			(r->cells[0]->lstart == t->lstart || tab_more))
		{
			memmove(r->cells, r->cells + 1, (size_t) (r->n - 1) * sizeof(r->cells[0]));
			r->cells[r->n - 1] = t;
			return true;
		}
		if (r->tab_open && tab_more)
		{
			/* more values than the grid's slots: which are its own is unknown */
			r->n = 0;
			gr_finish_row(p);
			return true;
		}
		if (r->section == GR_SEC_ACTIVE && t->len > 0 && gr_tok_is_valueish(t) &&
			(r->cells[0]->lstart == t->lstart || same_tab_row(p, t)))
			return active_span_gap(p, t);
		gr_finish_row(p);
		return false;
	}
	if (r->n == 0)
		r->brk0 = p->nbreaks;
	r->cells[r->n++] = t;
	r->pdf |= p->pdfr.ln_pdf;
	if (r->n == 1)
		r->vline0 = p->pdfr.ln_seq;
	r->vline1 = p->pdfr.ln_seq;
	if (r->n >= r->ncols && r->cells[0]->lstart != t->lstart)
	{
		if (r->section == GR_SEC_REQUESTS && r->cells[0]->len == 0 &&
			same_tab_row(p, t))
			r->tab_open = true;
		else
			gr_finish_row(p);
	}
	return true;
}

/* ---------------------------------------------------------------- appeals */

static int	word_row_lines(const parser *p, const gr_tok *t, int cap);

/*
 * The appeals values ap_buf[0..15) stand on one line: is the token before
 * the first and the one after the last, when on the line right above or
 * below, no figure?
 */
static bool
ap_line_alone(const parser *p)
{
	const gr_toks *ts = p->ts;
	ptrdiff_t	a,
				b;

	if (!gr_toks_holds(ts, p->ap_buf[0]) || !gr_toks_holds(ts, p->ap_buf[MAXCOLS - 1]))
		return false;
	a = p->ap_buf[0] - ts->t;
	b = p->ap_buf[MAXCOLS - 1] - ts->t;
	for (ptrdiff_t k = a - 1; k >= 0; k--)
		if (ts->t[k].kind != GR_TOK_BREAK)
		{
			if (gr_tok_is_valueish(&ts->t[k]) && gr_para_gap(ts, ts->t[k].lend, &ts->t[a]) == 0)
				return false;
			break;
		}
	for (ptrdiff_t k = b + 1; k < (ptrdiff_t) ts->n; k++)
		if (ts->t[k].kind != GR_TOK_BREAK)
		{
			if (gr_tok_is_valueish(&ts->t[k]) && gr_para_gap(ts, ts->t[b].lend, &ts->t[k]) == 0)
				return false;
			break;
		}
	return true;
}

/*
 * Are the appeals values read one per paragraph: a row before them was, or
 * the table itself prints its first value so (lynx lays out a table that
 * fits the page's width in columns and a wider one a cell per paragraph,
 * so the tables before it need not show it).
 */
static bool
ap_by_paras(const parser *p)
{
	return p->para.rows > 0 || p->ap_table_paras;
}

void
gr_finish_appeals(parser *p)
{
	int			k = 0;
	bool		tight = p->para.tight && p->ap_tight;
	const gr_tok *short_ap[MAXCOLS];

	if (p->appeals_done || !p->ap_numeric)
		return;
	/*
	 * Read tight (one cell a line, an empty cell an empty line, each empty
	 * line between two values counted): fifteen cells stand where they were
	 * printed, no sums needed to trust them.  Fourteen lost one empty cell
	 * into the empty lines before the first value or after the last: the
	 * first cell when only an empty line before allows it, the last when
	 * only one after does, and when both do, the one of the two whose
	 * groups all add up, if only one does; else none placed.
	 */
	/*
	 * Word's text: the last cells empty, each a line of white space only
	 * before the empty line that follows the values, fill the row exactly
	 * (its first cells known the same way).
	 */
	if (tight && p->ap_start && p->in_text && p->text_spaced > 0 && p->ap_n > 0 &&
		p->ap_n + p->text_spaced == MAXCOLS)
		while (p->ap_n < MAXCOLS)
			p->ap_buf[p->ap_n++] = &gr_para_empty;
	if (tight && p->ap_n == MAXCOLS - 1)
	{
		bool		lead = p->ap_lead > 0,
					trail = p->in_text && p->text_gap > 0;
		const gr_tok *alt[MAXCOLS];

		alt[0] = &gr_para_empty;
		memcpy(alt + 1, p->ap_buf, sizeof(alt[0]) * (MAXCOLS - 1));
		p->ap_buf[MAXCOLS - 1] = &gr_para_empty;
		for (int g = 0; g < GR_AP_NGROUPS && lead && trail; g++)
		{
			lead = lead && sums_across(alt + g * GR_APC_NCOLS, GR_APC_NCOLS - 1);
			trail = trail && sums_across(p->ap_buf + g * GR_APC_NCOLS, GR_APC_NCOLS - 1);
		}
		if (lead != trail)
		{
			if (lead)
				memcpy(p->ap_buf, alt, sizeof(alt));
			p->ap_n = MAXCOLS;
		}
	}
	/*
	 * One cell per paragraph (lynx), fourteen counted: an empty first cell
	 * is one more empty line after the header's last cell (two in all), an
	 * empty last cell one more before the text that follows.  When exactly
	 * one of the two shows so, that cell is the lost one and the row is
	 * full.
	 */
	if (!tight && p->ap_paras && !p->paged && ap_by_paras(p) && p->ap_n == MAXCOLS - 1)
	{
		bool		lead = p->ap_lead == 2,
					trail = p->in_text && p->text_gap == 2;

		if (lead != trail)
		{
			if (lead)
			{
				memmove(p->ap_buf + 1, p->ap_buf, sizeof(p->ap_buf[0]) * (MAXCOLS - 1));
				p->ap_buf[0] = &gr_para_empty;
			}
			else
				p->ap_buf[MAXCOLS - 1] = &gr_para_empty;
			p->ap_n = MAXCOLS;
		}
	}
	/*
	 * Read as paragraphs or tight: short (an empty cell was not printed),
	 * or, unless tight and full, a group whose total is not the sum of its
	 * four: none placed.  In a PDF's text (paged) even tight and full: an
	 * empty line there parts pdftotext's blocks, not cells, so fifteen
	 * counted with empty lines may be another table's figures.
	 */
	if ((ap_by_paras(p) || tight) && !(tight && p->ap_n == MAXCOLS && !p->paged))
	{
		if (p->ap_n < MAXCOLS && (p->ap_whole || tight))
			p->ap_n = 0;
		/*
		 * Short, with no empty line among the values (w3m's line of
		 * fields: an empty cell printed as spaces): the groups as printed
		 * are shifted past the lost cell, so their sums say nothing; the
		 * short reading below places only what is certain.
		 */
		/*
		 * All fifteen one per paragraph in a text without pages (lynx:
		 * each cell its paragraph, an empty cell one more empty line,
		 * counted above): the row is full, so no cell was lost and each
		 * stands in order, whether or not the groups add up.
		 */
		/*
		 * All fifteen on one line of a text without pages (w3m's fields,
		 * lynx's values joined by spaces; a PDF's text may print another
		 * row's figures on the line), with no figure on the line right
		 * above or below (a figure's wrapped part, which would leave one
		 * cell cut short): each is its own cell in order, whether or not
		 * the groups add up.
		 */
		for (int g = 0; g < GR_AP_NGROUPS && (g + 1) * GR_APC_NCOLS <= p->ap_n &&
			 !(p->ap_n < MAXCOLS && !p->ap_gapped) &&
			 !(p->ap_n == MAXCOLS && p->ap_oneline && !p->paged && ap_line_alone(p)) &&
			 !(p->ap_n == MAXCOLS && p->ap_paras && !p->paged && ap_by_paras(p)); g++)
			if (!sums_across(p->ap_buf + g * GR_APC_NCOLS, GR_APC_NCOLS - 1))
				p->ap_n = 0;
	}
	/* a figure cut over lines among the appeals values: none placed */
	if (p->pdfr.pdf && p->ap_frag)
		p->ap_n = 0;
	/*
	 * Short (lynx does not print an empty cell): the missing ones may
	 * stand anywhere, and the values after them are out of place.  Only
	 * the groups whose cells are the same wherever they stood are kept
	 * (rows_para.c).  A table split in three by its groups' titles, short
	 * by a group left out at its end: the whole groups from the start
	 * that add up.
	 */
	if (p->ap_n < MAXCOLS && !p->ap_titled)
		gr_para_appeals_short(p->ap_buf, p->ap_n, short_ap);
	else if (p->ap_n < MAXCOLS)
	{
		int			keep = 0;

		for (int g = 0; g < GR_AP_NGROUPS && (g + 1) * GR_APC_NCOLS <= p->ap_n; g++)
		{
			if (!sums_across(p->ap_buf + g * GR_APC_NCOLS, GR_APC_NCOLS - 1))
				break;
			keep = (g + 1) * GR_APC_NCOLS;
		}
		for (int c = 0; c < MAXCOLS; c++)
			short_ap[c] = c < keep ? p->ap_buf[c] : NULL;
	}
	p->appeals_done = true;
	p->d->has_appeals = true;
	for (int g = 0; g < GR_AP_NGROUPS; g++)
		for (int c = 0; c < GR_APC_NCOLS; c++, k++)
			gr_store_cell(p, &p->d->appeals[g][c], &p->raw_app[g][c],
					   p->ap_n < MAXCOLS ? short_ap[k] : p->ap_buf[k], false);
}

/*
 * A header cell of the appeals table: the group it names (0 行政复议, 1 未经
 * 复议直接起诉, 2 复议后起诉), -1 for a column header (结果维持 … 总计) or
 * 行政诉讼 alone, -2 for anything else.
 */
static int
appeals_header(const gr_tok *t)
{
	char		f[GR_FOLD_CAP];

	if (t->len > 3 * 40)
		return -2;
	gr_fold(t->s, t->len, f, sizeof(f), NULL);
	if (contains(f, "直接起诉"))
		return 1;
	if (contains(f, "复议后"))
		return 2;
	if (contains(f, "行政复议"))
		return 0;
	if (strcmp(f, "行政诉讼") == 0)
		return -1;
	for (int c = 0; c < GR_APC_NCOLS; c++)
		if (strcmp(f, gr_apcols[c].label) == 0)
			return -1;
	return -2;
}

static void
appeals_token(parser *p, const gr_tok *t)
{
	if (p->appeals_done)
		return;
	if (t->kind == GR_TOK_BREAK)
	{
		/* values one per paragraph go on past their empty lines */
		if (p->ap_whole && (ap_by_paras(p) || p->para.tight) && p->ap_numeric)
			return;
		/* a lone page number between header and values is not a value */
		if (p->ap_n > 0 && p->ap_n < 5)
		{
			p->ap_n = 0;
			p->ap_numeric = false;
			p->ap_frag = false;
		}
		else if (p->ap_n >= MAXCOLS)
			gr_finish_appeals(p);
		return;
	}
	if (gr_tok_is_valueish(t))
	{
		bool		first = p->ap_n == 0;

		/* the first value: read tight from here on while each cell has its line */
		if (first)
		{
			p->ap_tight = p->para.tight && p->tok_whole && !p->tok_joined && !p->pdfr.ln_pdf;
			p->ap_lead = p->tok_gap;
			p->ap_gapped = false;
			p->ap_oneline = true;
			p->ap_paras = p->tok_whole && !p->tok_joined;
			p->ap_lstart = t->lstart;
			p->ap_table_paras = !p->paged && gr_toks_holds(p->ts, t) &&
				gr_para_table_ahead(p->ts, (size_t) (t - p->ts->t), gr_tok_is_valueish);
			/*
			 * Word's text: where the values' row begins is known when the
			 * first value stands on the line after the header's last cell,
			 * or after an empty line; lines of white space only between
			 * that empty line and the value are its first cells, empty.
			 * (White-space lines right after the header may be its own
			 * empty cells: the start is not known then; nor when the lines
			 * from there to the values' end are not fifteen.)
			 */
			p->ap_start = p->ap_tight &&
				((p->tok_gap == 0 && p->tok_spaced == 0) ||
				 (p->tok_gap > 0 && !p->tok_spaced_all &&
				  (p->tok_spaced_tail == 0 ||
				   (p->ts != NULL &&
					p->tok_spaced_tail + word_row_lines(p, t, MAXCOLS) == MAXCOLS))));
			if (p->ap_start)
			{
				for (int k = 0; k < p->tok_spaced_tail; k++)
					p->ap_buf[p->ap_n++] = &gr_para_empty;
				if (p->tok_spaced_tail > 0)
					p->ap_lead = 0;
			}
		}
		else
		{
			if (p->tok_gap > 0)
				p->ap_gapped = true;
			if (t->lstart != p->ap_lstart)
				p->ap_oneline = false;
			if (!p->tok_whole || p->tok_joined || p->tok_gap == 0)
				p->ap_paras = false;
		}
		if (!first && (!p->tok_whole || p->tok_joined || p->pdfr.ln_pdf))
			p->ap_tight = false;
		if (p->para.tight && p->ap_tight && !first)
		{
			/* one cell a line: each empty line between two values is an empty cell */
			if (p->tok_gap > MAXCOLS - 1 - p->ap_n)
				p->ap_tight = false;
			for (int k = 0; k < p->tok_gap && p->ap_n < MAXCOLS - 1; k++)
				p->ap_buf[p->ap_n++] = &gr_para_empty;
		}
		/* one cell per paragraph: each further empty line is an empty cell */
		else if (p->tok_whole && p->ap_whole && ap_by_paras(p) && p->ap_numeric)
			for (int k = 0; k < p->tok_gap - 1 && p->ap_n < MAXCOLS - 1; k++)
				p->ap_buf[p->ap_n++] = &gr_para_empty;
		p->ap_whole = p->tok_whole;
		/*
		 * pdftotext: a figure alone on its line, above or below the row, is
		 * part of a cell wrapped over lines ("８" / "… 5件" / "件"): which
		 * cell is not known, nor whether the others stand in order.
		 */
		if (p->pdfr.pdf && !p->ap_table_paras && !p->tok_joined && gr_toks_holds(p->ts, t) &&
			(t + 1 >= p->ts->t + p->ts->n || (t + 1)->lstart != t->lstart))
			p->ap_frag = true;
		if (gr_tok_num(t)->state == GR_VALUE)
			p->ap_numeric = true;
		if (p->ap_n < MAXCOLS)
			p->ap_buf[p->ap_n++] = t;
		if (p->ap_n >= MAXCOLS && p->ap_numeric)
			gr_finish_appeals(p);
		return;
	}
	/* text: a header cell until the values have begun, then unreadable */
	if (!p->ap_numeric)
	{
		p->ap_n = 0;
		return;
	}
	if (p->pdfr.pdf && !p->ap_table_paras)
		p->ap_frag = true;		/* a wrapped cell's words ("条" below "９") */
	/*
	 * The table split in three small ones (复议 / 直接起诉 / 复议后起诉), each
	 * with its title and column headers: after a whole group's values, a
	 * group's title places the values that follow (a group left out stays
	 * missing), and the column headers are passed over.
	 */
	if (p->ap_n % GR_APC_NCOLS == 0 && p->ap_n < MAXCOLS)
	{
		int			g = appeals_header(t);

		if (g >= 0)
			p->ap_titled = true;
		if (g >= 0)
			while (p->ap_n < g * GR_APC_NCOLS)
				p->ap_buf[p->ap_n++] = NULL;
		if (g >= -1)
			return;
	}
	p->ap_tight = false;
	p->ap_paras = false;
	if (p->ap_n < MAXCOLS)
		p->ap_buf[p->ap_n++] = t;
	if (p->ap_n >= MAXCOLS)
		gr_finish_appeals(p);
}

/* ---------------------------------------------------------------- labels */

/*
 * The signature bits of the first two characters of gr_req_words' words
 * (char_bit, second_bit: words.h), a constant table: made once, at the
 * first label read in the process, and the same in every reading after.
 * A table longer than REQ_BITS_CAP (it has 35 words) is not kept: each
 * reading then makes its own (p->req_bits).
 */
#define REQ_BITS_CAP 128
typedef int16_t req_bit_pair[2];
static req_bit_pair req_bits_once[REQ_BITS_CAP];
static bool req_bits_made;

static const req_bit_pair *
req_bits(parser *p)
{
	int			n = 0;
	req_bit_pair *bits;

	if (req_bits_made)
		return req_bits_once;
	if (p->req_bits != NULL)
		return p->req_bits;
	while (gr_req_words[n].word)
		n++;
	bits = n <= REQ_BITS_CAP ? req_bits_once : gr_alloc_raw(p->m, sizeof(bits[0]) * (size_t) n);
	for (int i = 0; i < n; i++)
	{
		bits[i][0] = (int16_t) char_bit((const unsigned char *) gr_req_words[i].word);
		bits[i][1] = (int16_t) second_bit(gr_req_words[i].word);
	}
	if (bits == req_bits_once)
		req_bits_made = true;	/* after the table is whole */
	else
		p->req_bits = bits;
	return bits;
}

static int
match_req(parser *p, const char *f, const csig *sig)
{
	const char *b = gr_skip_numbering(f);
	const req_bit_pair *bits = req_bits(p);

	for (int i = 0; gr_req_words[i].word; i++)
		if (has_bits(f, sig, (unsigned) bits[i][0], bits[i][1], gr_req_words[i].word))
		{
			/*
			 * The results header and the first leaf's label in one text
			 * (lynx: "三、本年度办理结果 （一）予以公开"): the leaf's row.
			 */
			if (gr_req_words[i].id == R_RESULTS_HEADER)
			{
				const char *r = strstr(f, "本年度办理结果") + strlen("本年度办理结果");

				while (*r == ' ')
					r++;
				r = gr_skip_numbering(r);
				if (strncmp(r, "予以公开", strlen("予以公开")) == 0 && strlen(r) == strlen("予以公开"))
					return GR_R_DISP(GR_D_GRANTED);
			}
			return gr_req_words[i].id;
		}
	/* 3.其他 under （六）其他处理 — whose label may stand below it (pdftotext) */
	if ((strcmp(b, "其他") == 0 || strcmp(b, "其它") == 0) &&
		(p->req_group == GR_D_OTHER || (p->other_leaf_seen && f[0] != '(')))
		return GR_R_DISP(GR_D_O_OTHER);
	if (strcmp(b, "总计") == 0 || strcmp(b, "合计") == 0)
		return p->disp_seen ? GR_R_DISP(GR_D_TOTAL) : R_TOTAL_WORD;
	return -1;
}

static int
match_active(const char *f, const csig *sig)
{
	for (int i = 0; gr_active_row_words[i].word; i++)
		if (has(f, sig, gr_active_row_words[i].word))
			return gr_active_row_words[i].id;
	return -1;
}

/* ---------------------------------------------------------------- fuzzy labels */

/*
 * A row label printed with a wrong, extra or missing character (an OCR
 * slip, a typing error: 其他法律行政止公开) opens no row by its keywords.
 * Only then, and only for label-sized text, it is compared with the form's
 * labels of the table being read by edit distance on code points; it opens
 * the one row within reach, and none when two rows are.  The reach grows
 * with the label: one edit up to four characters, two up to eight, three
 * beyond.  A 64-bit set of each label's characters rules most labels out
 * before any distance is computed: a label with more than k characters
 * absent from the text is more than k edits away.
 */
typedef struct fuzzy_label
{
	int			section;
	int			row;
	int			n;
	int			reach;
	uint64_t	set;
	uint32_t	cp[GR_FUZZY_MAX];
} fuzzy_label;

#define FUZZY_MIN 3				/* shorter text is not compared */

static inline uint64_t
char_set_bit(uint32_t cp)
{
	return UINT64_C(1) << ((cp * 2654435761u) >> 26 & 63);
}

static inline int
popcount64(uint64_t x)
{
#if defined(__GNUC__) || defined(__clang__)
	return __builtin_popcountll(x);
#else
	int			n = 0;

	for (; x; x &= x - 1)
		n++;
	return n;
#endif
}

/* Code points of folded text into cp[], with its character set; count, or -1 if too long. */
static int
fuzzy_decode(const char *f, uint32_t *cp, uint64_t *set)
{
	size_t		len = strlen(f),
				i = 0;
	int			n = 0;

	*set = 0;
	while (i < len)
	{
		size_t		adv;
		uint32_t	c = gr_utf8_next((const unsigned char *) f + i, len - i, &adv);

		if (n == GR_FUZZY_MAX)
			return -1;
		cp[n++] = c;
		*set |= char_set_bit(c);
		i += adv;
	}
	return n;
}

static void
fuzzy_add(parser *p, int section, int row, const char *label)
{
	char		f[GR_FOLD_CAP];
	fuzzy_label *l = &p->fz[p->nfz];

	gr_fold(label, strlen(label), f, sizeof(f), NULL);
	l->n = fuzzy_decode(gr_skip_numbering(f), l->cp, &l->set);
	if (l->n < 4)
		return;					/* 规章, 总计, 其他: too short to guess */
	l->section = section;
	l->row = row;
	l->reach = l->n <= 4 ? 1 : l->n <= 8 ? 2 : 3;
	p->nfz++;
}

static void
fuzzy_init(parser *p)
{
	int			n;
	const gr_active_sub *subs;

	p->fz = gr_alloc(p->m, sizeof(fuzzy_label) * (GR_R_NROWS + 2 * GR_A_NROWS));
	for (int r = 0; r < GR_R_NROWS; r++)
		fuzzy_add(p, GR_SEC_REQUESTS, r, gr_rrow_label(r));
	for (int f = 0; f < 2; f++)
	{
		subs = gr_active_subs(f == 0 ? GR_FORM_2021 : GR_FORM_2019, &n);
		for (int i = 0; i < n; i++)
			for (int j = 0; j < subs[i].nrows; j++)
				fuzzy_add(p, GR_SEC_ACTIVE, subs[i].rows[j], subs[i].row_labels[j]);
	}
}

/* Header cells of the tables, passed over before any distance is computed. */
static const char *const header_words[] = {
	"信息内容", "申请人情况", "自然人", "法人或其他组织", "商业企业", "科研机构",
	"社会公益组织", "法律服务机构", "行政复议", "行政诉讼", "结果维持", "结果纠正",
	"其他结果", "尚未审结", "未经复议直接起诉", "复议后起诉", NULL
};

/*
 * The one row of section `section` (of the revision being read, not read
 * yet) whose label is within reach of the folded text f; -1 if none or
 * more than one.  Only called when f matched no label exactly.
 */
static int
fuzzy_row(parser *p, int section, const char *f)
{
	uint32_t	cp[GR_FUZZY_MAX];
	uint64_t	set;
	const char *b;
	int			n,
				found = -1;

	if (p->joining)
		return -1;				/* two cells joined as one label: not a typo */
	b = gr_skip_numbering(f);
	if (*b == '(' || strlen(b) < 3 * FUZZY_MIN || strlen(b) > 3 * GR_FUZZY_MAX)
		return -1;				/* a note in parentheses; too short or long */
	for (const char *c = b; *c; c++)
		if (*c >= '0' && *c <= '9')
			return -1;			/* a label has no digits after its numbering */
	for (int i = 0; header_words[i]; i++)
		if (strcmp(b, header_words[i]) == 0)
			return -1;
	n = fuzzy_decode(b, cp, &set);
	if (n < FUZZY_MIN)
		return -1;
	if (p->fz == NULL)
		fuzzy_init(p);
	for (int i = 0; i < p->nfz; i++)
	{
		const fuzzy_label *l = &p->fz[i];
		int			cols[MAXCOLS];

		if (l->section != section || n - l->n > l->reach || l->n - n > l->reach ||
			popcount64(l->set & ~set) > l->reach || l->row == found)
			continue;
		if (section == GR_SEC_ACTIVE ?
			(p->have_active[l->row] || gr_active_row_cols(gr_active_form(p), l->row, cols) == 0) :
			p->have_req[l->row])
			continue;
		if (gr_edit_distance(cp, n, l->cp, l->n, l->reach) > l->reach)
			continue;
		if (found >= 0)
			return -1;			/* two rows within reach: no guess */
		found = l->row;
	}
	return found;
}

/* ---------------------------------------------------------------- main */

static void take_orphans(parser *p);

/*
 * A row of section 3 whose label is printed in parts around its values
 * (pdftotext -raw: "1.属于" / "国家秘 0 0 4 0 0 6 10" / … / "密"): a line
 * of seven values after text that opened no row belongs to the next row
 * of the form when that text is the beginning of the row's label.
 */
static void
anchor_by_head(parser *p)
{
	int			row = p->last_req + 1;
	char		both[GR_FOLD_CAP];
	const char *head;
	size_t		hl;

	/* the text before the values, with the text before it when that is numbered */
	if (p->ppend[0] != '\0' && gr_skip_numbering(p->ppend) != p->ppend &&
		strlen(p->ppend) + p->pendlen < GR_FOLD_CAP)
	{
		strcpy(both, p->ppend);
		strcat(both, p->pend);
	}
	else
		strcpy(both, p->pend);
	head = gr_skip_numbering(both);
	hl = strlen(head);

	if (p->last_req < 0 || p->cur.section >= 0 ||
		p->orph[0]->lstart != p->orph[GR_RC_COUNT - 1]->lstart || hl < 6)
		return;
	/* the next leaf: a group's own row holds no values in the 2021 form */
	if (row >= GR_R_DISP(0) && row < GR_R_DISP(GR_D_TOTAL) &&
		!gr_disps[row - GR_R_DISP(0)].is_leaf && row != GR_R_DISP(GR_D_OTHER))
		row++;
	if (row < GR_R_DISP(0) || row >= GR_R_DISP(GR_D_TOTAL) || p->have_req[row] ||
		strncmp(gr_disps[row - GR_R_DISP(0)].label, head, hl) != 0)
		return;
	open_row(p, GR_SEC_REQUESTS, row, false);
	take_orphans(p);
}

/*
 * Word's text with empty cells as lines of white space only: the cells of
 * the open row from value t on — t, the values on the lines after it and
 * the white-space lines among and right after them, up to an empty line or
 * a line of text.  At most cap (then more may follow).
 */
static int
word_row_lines(const parser *p, const gr_tok *t, int cap)
{
	const gr_toks *ts = p->ts;
	size_t		i = (size_t) (t - ts->t);
	int			n = 1;
	bool		all;
	int			tail;

	while (n <= cap)
	{
		size_t		j = i + 1;
		int			k;

		while (j < ts->n && ts->t[j].kind == GR_TOK_BREAK)
			j++;
		if (j >= ts->n)
			break;
		k = gr_para_spaced(ts, ts->t[i].lend, &ts->t[j], &all, &tail);
		if (!all || ts->t[j].lstart == ts->t[i].lstart ||
			ts->t[j].kind != GR_TOK_LINE || !gr_tok_is_valueish(&ts->t[j]))
		{
			/* the row ends: its last empty cells before the empty line or text */
			n += k;
			break;
		}
		n += k + 1;
		i = j;
	}
	return n;
}

/* A value: into the open row, or into the appeals run, or held for a label. */
static void
value_token(parser *p, const gr_tok *t)
{
	/*
	 * A number an HTML cell spans several columns with is written once per
	 * column; section 2's rows take each printed cell once (a 2019 table's
	 * `13 | <td colspan="2">13</td> | 524` is three cells, not four).
	 */
	if (t->span_copy && (p->cur.section >= 0 ? p->cur.section == GR_SEC_ACTIVE : p->section == S_ACTIVE))
		return;
	if (p->cur.section >= 0)
	{
		int			room = p->cur.ncols - p->cur.n - 1;
		int			blanks;

		/*
		 * Word's text: lines of white space only right before the value,
		 * with no empty line among them, are empty cells of their own.
		 */
		bool		spaced = p->tok_spaced > 0 && p->tok_spaced_all && p->tok_whole &&
			p->para.whole && !p->tok_joined && !p->cur.pdf && p->tok_spaced <= room &&
			p->ts != NULL &&
			p->cur.n + p->tok_spaced + word_row_lines(p, t, p->cur.ncols) == p->cur.ncols;

		/*
		 * Taken only when the row's lines from here to its end are exactly
		 * its cells left; else the lines count as empty lines, as before.
		 */
		if (spaced)
		{
			for (int k = 0; k < p->tok_spaced; k++)
				add_value(p, &gr_para_empty);
			p->para.spaced = true;
			p->para.nvals += p->tok_spaced;
			room -= p->tok_spaced;
		}
		blanks = gr_para_value(&p->para, p->tok_whole, spaced ? 0 : p->tok_gap,
							   p->tok_joined, room > 0 ? room : 0);

		for (int k = 0; k < blanks; k++)
			add_value(p, &gr_para_empty);
		if (add_value(p, t))
			return;
	}
	if (p->section == S_APPEALS)
		appeals_token(p, t);
	else if (p->pendlen > 0 && p->norph < MAXCOLS)
	{
		p->orph[p->norph++] = t;
		if (p->norph == GR_RC_COUNT && p->section == S_REQUESTS)
			anchor_by_head(p);
	}
}

static void table_token(parser *p, const gr_tok *t, const char *f, size_t fl);

/*
 * Is the text held before the orphan values the beginning of the label of
 * the section 3 row just opened (a disposition row)?  Else they are not
 * its own: they followed the tail of a label broken over lines whose
 * head went elsewhere (lynx: "5.属于三类内" / "部事务信息 0 7 0 …" before
 * "6.属于四类过程性信息 1 0 …").  Other rows: true.
 */
static bool
head_begins_row(const parser *p)
{
	const char *head = gr_skip_numbering(p->pend);
	int			row = p->cur.row;

	if (p->cur.section != GR_SEC_REQUESTS || row < GR_R_DISP(0) || row >= GR_R_DISP(GR_D_TOTAL))
		return true;
	return head[0] != '\0' && strncmp(gr_disps[row - GR_R_DISP(0)].label, head, strlen(head)) == 0;
}

/* Feed the values held since a label's head into the row just opened. */
static void
take_orphans(parser *p)
{
	for (int k = 0; k < p->norph && p->cur.section >= 0; k++)
		add_value(p, p->orph[k]);
	p->norph = 0;
	p->pendlen = 0;
}

/*
 * Text that opened no row in a table: perhaps the tail of a label whose
 * head was the previous such text ("1.属于国" / "家秘密").  Try the two
 * joined; otherwise remember this text as a possible head.
 */
static bool
join_label(parser *p, const gr_tok *t, const char *f, size_t fl)
{
	if (p->pendlen > 0 && p->pendlen + fl < GR_FOLD_CAP)
	{
		char		joined[GR_FOLD_CAP];
		int			cur_before = p->cur.section,
					cur_row = p->cur.row;

		memcpy(joined, p->pend, p->pendlen);
		memcpy(joined + p->pendlen, f, fl + 1);
		p->joining = true;
		table_token(p, t, joined, p->pendlen + fl);
		p->joining = false;
		if (p->cur.section >= 0 && (p->cur.section != cur_before || p->cur.row != cur_row))
		{
			take_orphans(p);
			return true;
		}
	}
	p->norph = 0;
	/* the text before, for a label printed in three parts (anchor_by_head) */
	memcpy(p->ppend, p->pend, p->pendlen);
	p->ppend[p->pendlen] = '\0';
	p->pendlen = 0;
	if (fl < GR_FOLD_CAP / 2)
	{
		memcpy(p->pend, f, fl + 1);
		p->pendlen = fl;
	}
	return false;
}

/* ---------------------------------------------------------------- pdftotext rows */

/*
 * What the pdftotext row stage (rows_pdf.c) asks of the matcher.
 */
static int
pdfm_table(void *ctx)
{
	const parser *p = ctx;

	if (p->req_done)
		return -1;
	return p->section == S_ACTIVE ? GR_SEC_ACTIVE :
		p->section == S_REQUESTS ? GR_SEC_REQUESTS : -1;
}

static gr_pdf_open
pdfm_open(void *ctx)
{
	const parser *p = ctx;
	gr_pdf_open o;

	o.section = p->cur.section;
	o.row = p->cur.row;
	o.n = p->cur.n;
	o.group = p->cur.group;
	return o;
}

/* The row a text would open, without opening it. */
static int
pdfm_row_of(void *ctx, const char *f)
{
	parser	   *p = ctx;
	csig		sg = sig_of(f);

	if (p->section == S_REQUESTS)
		return match_req(p, f, &sg);
	if (p->section == S_ACTIVE)
		return match_active(f, &sg);
	return -1;
}

/*
 * f read as a label by table_token.  Detached, the open leaf is set aside
 * first: a group or header word leaves it open; another row closes it.
 */
static int
pdfm_read_label(void *ctx, const gr_tok *t, const char *f, size_t fl, bool detach)
{
	parser	   *p = ctx;
	row_acc		saved = p->cur;
	int			hits = p->tt_hits;

	if (detach)
		p->cur.section = -1;
	table_token(p, t, f, fl);
	if (p->tt_hits == hits)
	{
		if (detach)
			p->cur = saved;
		return 0;
	}
	if (detach)
	{
		if (p->cur.section < 0 || (p->cur.group && p->cur.n == 0))
		{
			p->cur = saved;
			return 1;
		}
		else
		{
			row_acc		now = p->cur;

			p->cur = saved;
			gr_finish_row(p);
			p->cur = now;
		}
	}
	else if (p->cur.section < 0 ||
			 (p->cur.section == saved.section && p->cur.row == saved.row && p->cur.n == saved.n))
		return 1;
	return 2;
}

static void
pdfm_close_row(void *ctx)
{
	gr_finish_row(ctx);
}

static void
pdfm_add_value(void *ctx, const gr_tok *t)
{
	add_value(ctx, t);
}

void
gr_pdfm_drop_row(void *ctx, int row)
{
	parser	   *p = ctx;

	for (int c = 0; c < GR_RC_COUNT; c++)
		gr_store_cell(p, &p->d->req[row][c], &p->raw_req[row][c], NULL, false);
}

static const char *
pdfm_after_numbering(const char *f)
{
	return gr_skip_numbering(f);
}

static gr_state
pdfm_state(const gr_tok *t)
{
	return (gr_state) gr_tok_num(t)->state;
}

/* Bytes of s that are digits (ASCII or full-width) from the start. */
static size_t
digits_len(const char *s, size_t n)
{
	size_t		k = 0;

	while (k < n)
	{
		if (s[k] >= '0' && s[k] <= '9')
			k++;
		else if (k + 3 <= n && (unsigned char) s[k] == 0xEF && (unsigned char) s[k + 1] == 0xBC &&
				 (unsigned char) s[k + 2] >= 0x90 && (unsigned char) s[k + 2] <= 0x99)
			k += 3;
		else
			break;
	}
	return k;
}

/* Is line token i alone on its source line? */
static bool
alone_on_line(const gr_toks *ts, size_t i)
{
	return ts->t[i].kind == GR_TOK_LINE &&
		(i == 0 || ts->t[i - 1].lstart != ts->t[i].lstart) &&
		(i + 1 >= ts->n || ts->t[i + 1].lstart != ts->t[i].lstart);
}

/*
 * pdftotext's default mode prints a cell as a paragraph; a figure too wide
 * for a narrow column wraps inside it ("８０" / "５" for 805).  In paged
 * text, a paragraph of two or three lines of digits alone (the first not
 * 0, the last with a unit or not) is read as one figure, its lines joined;
 * the token keeps the first line's place.  Returns a flag per token (the
 * array after the join) marking the joined figures, which are placed only
 * where a sum confirms them (wrapped_row_ok); NULL when none.
 */
static uint8_t *
join_wrapped(gr_toks *ts, const gr_mem *m)
{
	const char *text = ts->text;
	uint8_t    *flag = NULL;
	size_t		w = 0;

	for (size_t i = 0; i < ts->n; i++)
	{
		const gr_tok *t = &ts->t[i];
		size_t		k = i,
					total;

		/* a paragraph's first line: an empty line (or the text's start) before it */
		if (alone_on_line(ts, i) && t->len > 0 && t->len <= 24 &&
			digits_len(t->s, t->len) == t->len && t->s[0] != '0' &&
			!(t->len >= 3 && (unsigned char) t->s[2] == 0x90) &&
			(t->lstart == 0 || (t->lstart >= 2 && text[t->lstart - 1] == '\n' &&
								 text[t->lstart - 2] == '\n')))
		{
			/* the lines that continue it with no empty line between */
			while (k + 1 < ts->n && k - i < 2 && alone_on_line(ts, k + 1) &&
				   ts->t[k + 1].lstart == ts->t[k].lend + 1 && ts->t[k + 1].len > 0 &&
				   ts->t[k + 1].len <= 24 && digits_len(ts->t[k + 1].s, ts->t[k + 1].len) > 0 &&
				   digits_len(ts->t[k].s, ts->t[k].len) == ts->t[k].len)
				k++;
			/* and an empty line (or the text's end) after it */
			if (k > i && !(ts->t[k].lend + 1 >= ts->len ||
						   (text[ts->t[k].lend] == '\n' && text[ts->t[k].lend + 1] == '\n')))
				k = i;
		}
		if (k > i)
		{
			char	   *buf;
			gr_tok		j = *t;
			gr_cell		c;

			total = 0;
			for (size_t x = i; x <= k; x++)
				total += ts->t[x].len;
			buf = gr_alloc(m, total);
			if (flag == NULL && buf != NULL)
				flag = gr_alloc(m, ts->n);	/* zeroed */
			total = 0;
			for (size_t x = i; x <= k && buf != NULL && flag != NULL; x++)
			{
				memcpy(buf + total, ts->t[x].s, ts->t[x].len);
				total += ts->t[x].len;
			}
			if (buf != NULL && flag != NULL && gr_read_number(buf, total, true, &c) == GR_VALUE)
			{
				j.s = buf;
				j.len = (uint32_t) total;
				j.lend = ts->t[k].lend;
				j.nstate = 0;
				j.joined = 0;
				flag[w] = 1;
				ts->t[w++] = j;
				i = k;
				continue;
			}
		}
		if (flag)
			flag[w] = 0;
		ts->t[w++] = *t;
	}
	ts->n = w;
	return flag;
}

static void
enter_section(parser *p, sect s, const gr_tok *t)
{
	gr_finish_row(p);
	if (p->section == S_APPEALS || s > S_APPEALS)
		gr_finish_appeals(p);
	p->outline.end[p->section] = t->lstart;
	p->section = s;
	p->outline.seen[s] = true;
	p->outline.start[s] = t->lend;
	p->outline.end[s] = p->ts->len;
}

/*
 * A text cell, no figure in it, before a row's first value, followed on
 * its row by exactly a full row of value cells and then the row's end:
 * the tail of the label's own text cell broken in two ("（二）部分公开（区分
 * 处理的，只计这一情计其他情形）" / "形，不" / 4 / 0 / …), which a PDF's cell
 * rebuilt as text gives.  Taken as a value it would be an unreadable first
 * cell and move every figure one column on.
 */
static bool
label_tail_cell(const parser *p)
{
	const gr_toks *ts = p->ts;
	size_t		k = (size_t) p->tok_i + 1;
	int			n = 0;

	while (k < ts->n && ts->t[k].kind == GR_TOK_CELL && gr_tok_is_valueish(&ts->t[k]) &&
		   n <= p->cur.ncols)
	{
		n++;
		k++;
	}
	return n == p->cur.ncols && n > 0 && (k == ts->n || ts->t[k].kind == GR_TOK_BREAK);
}

/* table_token for a text f whose signature (sig_of) the caller has: sg */
static void
table_token_sig(parser *p, const gr_tok *t, const char *f, size_t fl, const csig *sg)
{
	/* no table is read in sections 五 and 六, nor in 四 once it has begun */
	if (p->section > S_APPEALS || (p->section == S_APPEALS && p->req_done))
		return;

	/*
	 * A sub-table's head (第二十条第（一）项) before section 2 opened: its
	 * heading is in words the reader does not know (二、主动公开政府信息) or
	 * missing.  Section 2 opens here, or at that heading when the line above
	 * is one numbered 二.
	 */
	if (!p->req_started && !p->active_started && p->section <= S_OVERVIEW &&
		gr_article_line(f, fl))
	{
		const gr_tok *at = t;
		size_t		k = (size_t) p->tok_i;

		while (k > 0 && p->ts->t[k - 1].kind == GR_TOK_BREAK)
			k--;
		if (k > 0 && p->ts->t[k - 1].kind == GR_TOK_LINE && p->ts->t[k - 1].len <= 3 * 40)
		{
			char		g[GR_FOLD_CAP];
			size_t		gl = gr_fold(p->ts->t[k - 1].s, p->ts->t[k - 1].len, g, sizeof(g), NULL);

			if (gr_numbered_two(g, gl))
				at = &p->ts->t[k - 1];
		}
		enter_section(p, S_ACTIVE, at);
	}
	/* section 2 */
	if (!p->req_started && (p->section == S_ACTIVE ||
							(p->active_started && p->section <= S_ACTIVE)))
	{
		int			row;

		if (has(f, sg, "第二十条"))
		{
			p->tt_hits++;
			p->active_started = true;
			gr_finish_row(p);
			return;
		}
		if (contains_any(f, sg, gr_active_2021_words))
		{
			if (has(f, sg, "收费金额"))
				p->fee_unit = has(f, sg, "万元") ? GR_UNIT_WAN_YUAN :
					has(f, sg, "元") ? GR_UNIT_YUAN : GR_UNIT_NONE;
			p->ev2021++;
			p->tt_hits++;
			gr_finish_row(p);
			return;
		}
		if (contains_any(f, sg, gr_active_2019_words) || (has(f, sg, "处理决定") && !has(f, sg, "本年")))
		{
			if (has(f, sg, "采购总金额"))
				p->procure_unit = has(f, sg, "万元") ? GR_UNIT_WAN_YUAN :
					has(f, sg, "元") ? GR_UNIT_YUAN : GR_UNIT_NONE;
			p->ev2019++;
			p->tt_hits++;
			gr_finish_row(p);
			return;
		}
		row = match_active(f, sg);
		if (row < 0 && p->section == S_ACTIVE && !p->pdfr.ln_pdf &&
			(row = fuzzy_row(p, GR_SEC_ACTIVE, f)) >= 0)
			p->fuzzy_active[row] = t;
		if (row >= 0 && fl <= 60)
		{
			if (row == GR_A_OTHER_SERVICES || row == GR_A_PROCUREMENT)
				p->ev2019++;
			if (row == GR_A_NORMATIVE && !has(f, sg, "行政规范"))
				p->ev2019 += 0;	/* 2019 prints 规范性文件, a weak hint only */
			p->active_started = true;
			p->tt_hits++;
			open_row(p, GR_SEC_ACTIVE, row, false);
			return;
		}
	}
	/* section 3 */
	if (!p->req_done && (p->section == S_REQUESTS ||
						 (p->section <= S_ACTIVE && has(f, sg, "本年新收"))))
	{
		int			id = match_req(p, f, sg);

		if (id < 0 && p->section == S_REQUESTS && !p->pdfr.ln_pdf &&
			(id = fuzzy_row(p, GR_SEC_REQUESTS, f)) >= 0)
			p->fuzzy_req[id] = t;

		if (id >= 0)
		{
			p->tt_hits++;
			if (p->section < S_REQUESTS)
			{
				p->outline.end[p->section] = t->lstart;
				p->section = S_REQUESTS;
			}
			p->req_started = true;
			if (id == R_RESULTS_HEADER || id == R_TOTAL_WORD)
			{
				gr_finish_row(p);
				return;
			}
			if (id >= 2 && id < 2 + GR_D_COUNT)
			{
				int			disp = id - 2;

				p->disp_seen = true;
				if (!gr_disps[disp].is_leaf && disp != GR_D_TOTAL)
				{
					p->req_group = disp;
					open_row(p, GR_SEC_REQUESTS, id, true);
					return;
				}
				if (gr_disps[disp].parent == -1)
					p->req_group = -1;
				if (gr_disps[disp].parent == GR_D_OTHER)
					p->other_leaf_seen = true;
			}
			open_row(p, GR_SEC_REQUESTS, id, false);
			if (id == GR_R_CARRIED_FORWARD)
				p->req_group = -1;
			return;
		}
	}
	/* after the last requests row, the appeals header may come unannounced */
	if (p->have_req[GR_R_CARRIED_FORWARD] && p->section == S_REQUESTS &&
		p->cur.section < 0 && has(f, sg, "行政复议"))
	{
		p->tt_hits++;
		p->req_done = true;
		p->section = S_APPEALS;
		p->appeals_started = true;
	}
}

static void
table_token(parser *p, const gr_tok *t, const char *f, size_t fl)
{
	csig		sg = sig_of(f);

	table_token_sig(p, t, f, fl, &sg);
}

static void parse_text(gr_doc *out, gr_positions *pos, const char *text, size_t len,
					   const gr_mem *m, void (*interrupt) (void));

void
gr_parse(gr_doc *out, const char *text, size_t len, const gr_mem *m,
		 void (*interrupt) (void))
{
	parse_text(out, NULL, text, len, m, interrupt);
}

void
gr_parse_positions(gr_doc *out, gr_positions *pos, const char *text, size_t len,
				   const gr_mem *m, void (*interrupt) (void))
{
	parse_text(out, pos, text, len, m, interrupt);
}

/*
 * The reader's pass over the tokens, one function per kind of token: a row
 * break, a value, or text (a heading, a label, a header cell, narrative or
 * an unreadable cell).
 */
static void
match_break(parser *p, const gr_tok *t)
{
	bool		goes_on;

	p->nbreaks++;
	if (p->pdf_lines)
		gr_pdf_line_end(&p->pdfr);
	goes_on = p->cur.section >= 0 &&
		gr_para_break(&p->para, p->cur.n, p->cur.ncols);

	if (p->cur.section >= 0 && p->cur.n > 0 && !goes_on)
		gr_finish_row(p);
	if (p->section == S_APPEALS)
		appeals_token(p, t);
}

static void
match_value(parser *p, size_t i, const gr_tok *t)
{
	/* where it stands against the token before (rows_para.c) */
	p->tok_gap = gr_para_gap(p->ts, p->last_lend, t);
	p->tok_spaced = gr_para_spaced(p->ts, p->last_lend, t, &p->tok_spaced_all,
								   &p->tok_spaced_tail);
	p->tok_joined = i > 0 && p->ts->t[i - 1].kind != GR_TOK_BREAK &&
		p->ts->t[i - 1].lstart == t->lstart;
	p->last_lend = t->lend;
	if (p->pdfr.ln_pdf && p->section == S_REQUESTS)
		gr_pdf_layout_value(&p->pdfr, t, !p->req_done);
	if (!p->pdfr.ln_pdf && p->section == S_REQUESTS && !p->req_done)
		gr_pdf_stream(&p->pdfr, t);
	if (p->pdfr.ln_pdf && gr_pdf_value(&p->pdfr, i))
		return;
	value_token(p, t);
}

static void
match_text(parser *p, size_t i, const gr_tok *t)
{
	char		f[GR_FOLD_CAP];
	size_t		fl = 0;
	csig		fsig;

	p->text_gap = gr_para_gap(p->ts, p->last_lend, t);
	/*
	 * Word's text: the open row's last cells empty, each a line of white
	 * space only before the empty line that ends the row; taken when
	 * they fill the row exactly, its cells stood on consecutive lines and
	 * an empty line does end it (else they may be the next row's).
	 */
	{
		int			tail;

		p->text_spaced = gr_para_spaced(p->ts, p->last_lend, t, &p->text_spaced_all, &tail);
	}
	if (p->cur.section >= 0 && !p->cur.pdf && p->para.whole && p->para.nogap &&
		p->para.texts == 0 && p->tok_whole && !p->text_spaced_all)
	{
		int			k = p->text_spaced;

		if (k > 0 && p->cur.n + k == p->cur.ncols)
		{
			for (int j = 0; j < k; j++)
				add_value(p, &gr_para_empty);
			p->para.spaced = true;
		}
	}
	p->last_lend = t->lend;
	if (p->cur.section >= 0)
		gr_para_text(&p->para);
	p->in_text = true;

	/* text: a heading, a label, a header cell, narrative, or a bad cell */
	/*
	 * Longer text cannot be a heading or a label: narrative.  So is a
	 * plain line of the narrative sections without any word that a
	 * heading (…情况, …问题, …事项) or the start of a table (第二十条,
	 * 本年新收) has: it is not folded at all.
	 */
	if (t->len <= MAX_LABEL_RAW &&
		!(t->kind == GR_TOK_LINE && p->cur.section < 0 && !p->active_started &&
		  (p->section == S_NONE || p->section == S_OVERVIEW ||
		   p->section == S_PROBLEMS || p->section == S_OTHER) &&
		  !gr_may_be_structure(t->s, t->len) &&
		  !(p->section >= S_PROBLEMS && gr_starts_numbered_56(t->s, t->len))))
	{
		/*
		 * Folded text longer than a label is read as nothing below (a
		 * heading is shorter still), as text not folded is: such a line
		 * is only measured, its traditional characters counted.
		 */
		int			trad = 0;

		if (t->len > MAX_LABEL_BYTES &&
			gr_fold_len(t->s, t->len, sizeof(f), &trad) > MAX_LABEL_BYTES)
		{
			p->trad_hits += trad;
			fl = SIZE_MAX;
		}
		else
			fl = gr_fold_sig(t->s, t->len, f, sizeof(f), &p->trad_hits, fsig.w);	/* and its signature */
	}
	else
		fl = SIZE_MAX;

	/* the folded text's signature serves both the headings and the labels */
	if ((t->kind == GR_TOK_LINE || t->kind == GR_TOK_CELL) && fl != SIZE_MAX)
	{
		sect		s = gr_heading_of(f, fl, fl <= MAX_LABEL_BYTES ? &fsig : NULL);

		if (s != S_NONE && s > p->section &&
			(t->kind == GR_TOK_LINE || gr_tok_alone(p->ts, i)))
		{
			enter_section(p, s, t);
			if (s == S_APPEALS)
			{
				p->req_done = true;
				p->appeals_started = true;
				p->ap_n = 0;
				p->ap_numeric = false;
			}
			return;
		}
		/* after the tables, "五、…" or "六、…" in words the reader does not know */
		if (s == S_NONE && (p->section >= S_APPEALS || p->req_done) &&
			(s = gr_numbered_heading(f, fl)) != S_NONE && s > p->section)
		{
			enter_section(p, s, t);
			p->outline.unknown_heading[s] = t;
			return;
		}
	}
	/* pdftotext rows: label fields before the values, words among them */
	if (p->pdfr.ln_pdf && (p->section == S_ACTIVE || p->section == S_REQUESTS) && !p->req_done)
	{
		if (p->pdfr.ln_vals && gr_pdf_value(&p->pdfr, i))
			return;
		if (!p->pdfr.ln_vals && fl != SIZE_MAX && fl <= MAX_LABEL_BYTES)
		{
			size_t		cut = gr_pdf_split(&p->pdfr, t);

			if (cut > 0)
			{
				/* two label cells parted by one space: each in its column */
				gr_tok		a = *t,
							b = *t;
				int			again = 0;	/* the field's characters were counted */

				a.len = (uint32_t) cut - 1;
				b.s = t->s + cut;
				b.len = t->len - (uint32_t) cut;
				fl = gr_fold(a.s, a.len, f, sizeof(f), &again);
				gr_pdf_label(&p->pdfr, &a, f, fl);
				fl = gr_fold(b.s, b.len, f, sizeof(f), &again);
				gr_pdf_label(&p->pdfr, &b, f, fl);
			}
			else
				gr_pdf_label(&p->pdfr, t, f, fl);
			return;
		}
	}
	if (fl != SIZE_MAX && fl <= MAX_LABEL_BYTES)
	{
		int			before_rows = p->nrows_active + p->nrows_req;
		int			cur_before = p->cur.section;
		int			cur_row = p->cur.row;

		table_token_sig(p, t, f, fl, &fsig);
		if (p->nrows_active + p->nrows_req != before_rows ||
			p->cur.section != cur_before || p->cur.row != cur_row)
		{
			/* a label: values held since an unmatched head are its own
			 * when they are exactly a row's worth (head and values on
			 * one line, the label's words on the next) */
			if (p->cur.section >= 0 && p->cur.n == 0 && p->norph == p->cur.ncols &&
				p->orph[0]->lstart == p->orph[p->norph - 1]->lstart &&
				head_begins_row(p))
				take_orphans(p);
			p->pendlen = 0;
			p->norph = 0;
			return;		/* it was a label */
		}
		if ((p->section == S_ACTIVE || p->section == S_REQUESTS) &&
			(p->cur.section < 0 || p->cur.n == 0) && join_label(p, t, f, fl))
			return;
		if (p->section == S_APPEALS && !p->appeals_done)
		{
			appeals_token(p, t);
			return;
		}
	}
	else if (p->section == S_APPEALS && !p->appeals_done && p->ap_numeric)
	{
		appeals_token(p, t);
		return;
	}

	/* an open row: text is an unreadable cell — or a label's wrapped tail */
	if (p->cur.section >= 0)
	{
		if (p->cur.n == 0 && (t->kind == GR_TOK_LINE || p->cur.group) && !gr_tok_has_digit(t))
			return;
		if (p->cur.n == 0 && t->kind == GR_TOK_CELL && !gr_tok_has_digit(t) &&
			!gr_tok_is_valueish(t) && label_tail_cell(p))
			return;
		/* a full row closes: the text may be the head of the next label */
		if (!add_value(p, t) && fl <= MAX_LABEL_BYTES &&
			(p->section == S_ACTIVE || p->section == S_REQUESTS))
			join_label(p, t, f, fl);
		return;
	}
}

static void
match_token(parser *p, size_t i)
{
	const gr_tok *t = &p->ts->t[i];
	bool		valueish;

	p->tok_i = (int) i;
	p->in_text = false;
	if (t->kind == GR_TOK_BREAK)
	{
		match_break(p, t);
		return;
	}
	if (p->pdf_lines)
		gr_pdf_token(&p->pdfr, i);
	valueish = gr_tok_is_valueish(t);
	p->tok_whole = gr_para_plain(p->ts, i);

	if (valueish)
		match_value(p, i, t);
	else
		match_text(p, i, t);
}

/* The matcher as pdftotext's row stage sees it (rows_pdf.h); ctx is set per call. */
static const gr_pdf_matcher pdfm_calls = {
	.table = pdfm_table,
	.open = pdfm_open,
	.row_of = pdfm_row_of,
	.read_label = pdfm_read_label,
	.close_row = pdfm_close_row,
	.add_value = pdfm_add_value,
	.drop_row = gr_pdfm_drop_row,
	.is_value = gr_tok_is_valueish,
	.after_numbering = pdfm_after_numbering,
	.state = pdfm_state,
	.sums_across = sums_across,
};

/*
 * Can the pdftotext row stage apply to these tokens?  It reads a line as a
 * pdftotext row only when a label (a line token) has cells after it on its
 * own source line (rows_pdf.c's new_line); until a line has, the stage only
 * counts lines, and what it counts is read for such rows alone.  A text
 * without any such line (Word's text, one cell a line; lynx; an HTML page's
 * cells) skips the stage: gr_pdf_token and gr_pdf_line_end on every token
 * and break.  The tokens do not change once prepared.
 */
static bool
pdf_lines_in(const gr_toks *ts)
{
	for (size_t i = 0; i + 1 < ts->n; i++)
		if (ts->t[i].kind == GR_TOK_LINE && ts->t[i + 1].kind == GR_TOK_CELL &&
			ts->t[i + 1].lstart == ts->t[i].lstart)
			return true;
	return false;
}

/*
 * The first stages: the text decoded and cut into tokens (an HTML page read
 * straight from its markup, any other text by the scanner), then the row
 * assembly stages' state (one cell per paragraph, pdftotext rows) and the
 * metadata stage, which reads the title now.
 */
static void
prepare(parser *p, const char *text, size_t len)
{
	p->cur.section = -1;
	p->req_group = -1;
	p->last_req = -1;
	p->pdfm = pdfm_calls;
	p->pdfm.ctx = p;

	/* a UTF-8 byte order mark */
	if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
	{
		text += 3;
		len -= 3;
	}
	/* a page is read straight into tokens; p->toks.text is then its decoded text */
	if (gr_looks_like_html(text, len) && !gr_html_is_markdown(text, len))
		gr_html_page(&p->toks, text, len, p->m, gr_scan_is_heading, p->interrupt);
	else
		gr_scan(&p->toks, text, len, p->m, gr_scan_is_heading, p->interrupt);
	gr_para_prepare(&p->toks, p->m);
	gr_para_gaps(&p->toks, p->m);
	p->ts = &p->toks;
	/* Word's text: empty lines are empty cells from the first row on */
	p->para.tight = gr_para_tight_ahead(&p->toks, gr_tok_is_valueish);
	gr_pdf_init(&p->pdfr, &p->toks, &p->pdfm);
	p->paged = gr_pdf_paged(text, len);
	if (p->paged && p->toks.n > 0)
	{
		p->wrapped = join_wrapped(&p->toks, p->m);
		gr_pdf_keep_marks(&p->pdfr, gr_alloc(p->m, p->toks.n),
						  gr_alloc(p->m, sizeof(gr_tok *) * GR_R_NROWS * GR_RC_COUNT),
						  GR_R_NROWS * GR_RC_COUNT);
	}
	p->pdf_lines = pdf_lines_in(&p->toks);
	p->meta = (gr_meta) {p->d, p->m, p->interrupt, &p->toks};
	gr_meta_title(&p->meta, p->toks.t, p->toks.n);
}

static void
parse_text(gr_doc *out, gr_positions *pos, const char *text, size_t len,
		   const gr_mem *m, void (*interrupt) (void))
{
	parser	   *p = gr_alloc(m, sizeof(parser));
	gr_doc	   *d = out;
	int			hits = 0;
	sect		sect_before = S_NONE;

	memset(d, 0, sizeof(*d));
	p->d = d;
	p->m = m;
	p->interrupt = interrupt;
	prepare(p, text, len);

	/* the matcher: one pass over the tokens */
	for (size_t i = 0; i < p->ts->n; i++)
	{
		if (interrupt && (i & 0xFFF) == 0xFFF)
			interrupt();
		/* the token before opened a row (not a group) or a section */
		if (i > 0 && (p->row_opens != hits || p->section != sect_before))
			gr_pdf_mark(&p->pdfr, i - 1, p->row_opens != hits ? GR_PDF_MARK_ROW : GR_PDF_MARK_SECTION);
		hits = p->row_opens;
		sect_before = p->section;
		match_token(p, i);
	}
	gr_finish_row(p);
	gr_finish_appeals(p);
	if (p->ts->n > 0 && (p->row_opens != hits || p->section != sect_before))
		gr_pdf_mark(&p->pdfr, p->ts->n - 1, p->row_opens != hits ? GR_PDF_MARK_ROW : GR_PDF_MARK_SECTION);
	gr_settle(p, pos, text, len);
	d->status = gr_status_rule(d);
	gr_meta_finish(&p->meta, &p->outline, p->trad_hits);
}
