/*
 * settle.c — after the matcher's pass over the tokens: what it could not
 * decide alone.  Section 3 read by the form's order between the rows whose
 * labels placed them, confirmed by the balance identities (pdftotext's
 * default and -raw modes, whose labels stand apart from their values);
 * the revision of each table; section 2's rows settled against their
 * revision; every null cell's diagnostic; the cells' positions.
 */
#include "gr.h"
#include "match.h"
#include "text.h"

#include <string.h>


/*
 * Settle one cell of a table that was found: a cell never met is missing;
 * a cell that is not a clean number gets a diagnostic with its raw text.
 */
static void
note_cell(parser *p, int section, int row, int col, gr_cell *cell, const gr_tok **raw)
{
	if (cell->state == GR_ABSENT)
	{
		cell->state = GR_MISSING;
		*raw = NULL;
	}
	if (cell->state != GR_VALUE)
		gr_doc_diag(p->d, p->m, section, row, col,
					cell->state == GR_BLANK ? GR_PROB_BLANK :
					cell->state == GR_MISSING ? GR_PROB_MISSING : GR_PROB_UNREADABLE,
					*raw ? (*raw)->s : "", *raw ? (*raw)->len : 0);
}

/* A row whose label was read fuzzily: a diagnostic with the label as printed. */
static void
note_fuzzy(parser *p, int section, int row, const gr_tok *t)
{
	gr_str		raw;

	if (t == NULL)
		return;
	raw = gr_trim(t->s, t->len);
	gr_doc_diag(p->d, p->m, section, row, GR_DIAG_ROW, GR_PROB_FUZZY_LABEL, raw.p, raw.len);
}

/*
 * Section 2 rows read before the table showed its revision (no header, or
 * the header words came later) were read in the other one's columns.  Where
 * the row has as many columns in both, its cells move to the final
 * revision's columns in order (the row's own order); otherwise they are
 * dropped and reported missing: licensing read in the 2021 form takes one
 * value, which in the 2019 form is 上一年项目数量, not 处理决定数量.
 */
static void
active_settle(parser *p, gr_form f)
{
	gr_doc	   *d = p->d;

	for (int row = 0; row < GR_A_NROWS; row++)
	{
		int			rc[MAXCOLS],
					fc[MAXCOLS],
					nr,
					nf;
		gr_cell		cells[MAXCOLS];
		const gr_tok *raws[MAXCOLS];

		if (!p->have_active[row] || p->active_read[row] == f)
			continue;
		nr = gr_active_row_cols(p->active_read[row], row, rc);
		nf = gr_active_row_cols(f, row, fc);
		for (int i = 0; i < nr; i++)
		{
			cells[i] = d->active[row][rc[i]];
			raws[i] = p->raw_active[row][rc[i]];
			memset(&d->active[row][rc[i]], 0, sizeof(gr_cell));
			p->raw_active[row][rc[i]] = NULL;
		}
		for (int i = 0; nr == nf && i < nf; i++)
		{
			d->active[row][fc[i]] = cells[i];
			p->raw_active[row][fc[i]] = raws[i];
		}
	}
}

/*
 * The table's identities on rows read by order (cells of the rows holding
 * values, in form order; certain[k] for row k): in each column the total
 * is the sum of the dispositions, and new plus carried over is the total
 * plus carried forward.  A sum with a row not certain, or a cell not a
 * count, is not checked; any other that fails makes the reading not one
 * to trust (a value printed out of order reads into the wrong rows).
 */
static bool
order_balances(gr_form f, const gr_tok *const *cells, const bool *certain)
{
	int			k_of[GR_R_NROWS];

	for (int r = 0, k = 0; r < GR_R_NROWS; r++)
		k_of[r] = gr_rrow_is_leaf(f, r) ? k++ : -1;
	for (int c = 0; c < GR_RC_COUNT; c++)
	{
		int64_t		disp = 0,
					v[4];
		bool		ok = true;
		const int	rows[4] = {GR_R_NEW_RECEIVED, GR_R_CARRIED_OVER,
		GR_R_DISP(GR_D_TOTAL), GR_R_CARRIED_FORWARD};

		for (int r = GR_R_DISP(0); r < GR_R_DISP(GR_D_TOTAL) && ok; r++)
		{
			const gr_cell *x;

			if (k_of[r] < 0)
				continue;
			if (!certain[k_of[r]])
			{
				ok = false;
				break;
			}
			x = gr_tok_num(cells[k_of[r] * GR_RC_COUNT + c]);
			ok = x->state == GR_BLANK || (x->state == GR_VALUE && x->scale == 0);
			disp += x->state == GR_VALUE ? x->m : 0;
		}
		for (int j = 0; j < 4; j++)
		{
			const gr_cell *x;

			if (!certain[k_of[rows[j]]])
			{
				ok = false;
				break;
			}
			x = gr_tok_num(cells[k_of[rows[j]] * GR_RC_COUNT + c]);
			if (!(x->state == GR_BLANK || (x->state == GR_VALUE && x->scale == 0)))
			{
				ok = false;
				break;
			}
			v[j] = x->state == GR_VALUE ? x->m : 0;
		}
		if (!ok)
			continue;
		if (disp != v[2] || v[0] + v[1] != v[2] + v[3])
			return false;
	}
	return true;
}

/*
 * Row k (form row r) of a reading by the form's order is confirmed by one
 * of the table's identities checked in full: every row it involves
 * certain, every cell of them a count or blank, in all seven columns.
 * The flow (new plus carried over is the total plus carried forward) for
 * those four rows; the dispositions adding up to the total for theirs.
 */
static bool
order_confirms(gr_form f, const gr_tok *const *cells, const bool *certain, int r)
{
	int			k_of[GR_R_NROWS];
	const int	flow[4] = {GR_R_NEW_RECEIVED, GR_R_CARRIED_OVER,
	GR_R_DISP(GR_D_TOTAL), GR_R_CARRIED_FORWARD};
	bool		in_flow = false,
				in_disp = r >= GR_R_DISP(0) && r <= GR_R_DISP(GR_D_TOTAL);

	for (int x = 0, k = 0; x < GR_R_NROWS; x++)
		k_of[x] = gr_rrow_is_leaf(f, x) ? k++ : -1;
	for (int j = 0; j < 4; j++)
		in_flow = in_flow || flow[j] == r;
	for (int id = 0; id < 2; id++)
	{
		bool		ok = id == 0 ? in_flow : in_disp;

		for (int c = 0; c < GR_RC_COUNT && ok; c++)
		{
			int64_t		v[4] = {0, 0, 0, 0},
						disp = 0;

			for (int x = 0; x < GR_R_NROWS && ok; x++)
			{
				int			j = -1;
				const gr_cell *e;

				if (k_of[x] < 0)
					continue;
				if (id == 0)
					for (int y = 0; y < 4; y++)
						j = flow[y] == x ? y : j;
				else if (x < GR_R_DISP(0) || x > GR_R_DISP(GR_D_TOTAL))
					continue;
				if (id == 0 && j < 0)
					continue;
				if (!certain[k_of[x]])
				{
					ok = false;
					break;
				}
				e = gr_tok_num(cells[k_of[x] * GR_RC_COUNT + c]);
				if (!(e->state == GR_BLANK || (e->state == GR_VALUE && e->scale == 0)))
				{
					ok = false;
					break;
				}
				if (id == 0)
					v[j] = e->state == GR_VALUE ? e->m : 0;
				else if (x < GR_R_DISP(GR_D_TOTAL))
					disp += e->state == GR_VALUE ? e->m : 0;
				else
					v[2] = e->state == GR_VALUE ? e->m : 0;
			}
			if (ok)
				ok = id == 0 ? v[0] + v[1] == v[2] + v[3] : disp == v[2];
		}
		if (ok)
			return true;
	}
	return false;
}

/*
 * Some of the row's cells read and some missing or words (a label's part
 * taken for a cell): which were not printed is not known.  cols: the
 * row's columns (NULL: the first n).
 */
static bool
row_short(const gr_cell *row, const int *cols, int n)
{
	bool		missing = false,
				read = false;

	for (int k = 0; k < n; k++)
	{
		gr_state	st = row[cols ? cols[k] : k].state;

		if (st == GR_MISSING || st == GR_UNREADABLE)
			missing = true;
		else
			read = true;
	}
	return missing && read;
}

/* Is t a figure joined from wrapped lines (join_wrapped)? */
static bool
tok_wrapped(const parser *p, const gr_tok *t)
{
	return p->wrapped && gr_toks_holds(p->ts, t) &&
		p->wrapped[t - p->ts->t];
}

/*
 * A row holding a joined figure is kept only when every cell is a count
 * or blank and its total is the sum of the others (the lines may have
 * been two cells, or a cell and one printed away from its row).
 */
static bool
wrapped_row_ok(const parser *p, int r)
{
	bool		any = false;
	int64_t		sum = 0;
	const gr_cell *c = p->d->req[r];

	for (int k = 0; k < GR_RC_COUNT; k++)
		any = any || tok_wrapped(p, p->raw_req[r][k]);
	if (!any)
		return true;
	for (int k = 0; k < GR_RC_COUNT - 1; k++)
		if (c[k].state == GR_VALUE && c[k].scale == 0)
			sum += c[k].m;
		else if (c[k].state != GR_BLANK)
			return false;
	return c[GR_RC_COUNT - 1].state == GR_VALUE && c[GR_RC_COUNT - 1].scale == 0 &&
		sum == c[GR_RC_COUNT - 1].m;
}

/*
 * Row r follows a row that showed too few values after its label
 * (req_block_exact).  Its reading is kept when a value of that row cannot
 * be among it: exactly seven values stand between its label and the next
 * one, all counts, the total the sum of the six others, and the first
 * not 0.  Were that first value the other row's, this row would have an
 * empty cell not printed, and its six own values adding up (the empty
 * one an applicant's) would leave the first to be 0.  (Were the empty
 * cell its total, its other row's value would have to equal the sum by
 * chance: not guarded against.)
 */
static bool
short_before_ruled_out(const parser *p, int r)
{
	int			kind;
	int64_t		sum = 0;
	const gr_cell *c = p->d->req[r];

	if (gr_pdf_values_near(&p->pdfr, p->label_req[r], 1, &kind) != GR_RC_COUNT)
		return false;
	for (int k = 0; k < GR_RC_COUNT; k++)
	{
		if (c[k].state != GR_VALUE || c[k].scale != 0)
			return false;
		sum += k < GR_RC_COUNT - 1 ? c[k].m : 0;
	}
	return sum == c[GR_RC_COUNT - 1].m && c[0].m != 0;
}

/*
 * Cells c[0..n) of a section 3 row as printed (no cell left out): every
 * cell a count or an empty one, and — strict — the total printed as a
 * count and the sum of the others; not strict, a total that is empty or
 * not a count is taken to fit (nothing tells against it).
 */
static bool
row_adds_across(const gr_tok *const *c, int n, bool strict)
{
	int64_t		sum = 0;
	const gr_cell *t;

	for (int j = 0; j < n; j++)
	{
		const gr_cell *x = gr_tok_num(c[j]);

		if (x->state != GR_BLANK && x->state != GR_VALUE)
			return false;
		if (j < n - 1 && x->state == GR_VALUE)
		{
			if (x->scale != 0)
				return !strict;
			sum += x->m;
		}
	}
	t = gr_tok_num(c[n - 1]);
	if (t->state != GR_VALUE || t->scale != 0)
		return !strict;
	return sum == t->m;
}

/*
 * The seven values after token last (in the text, up to the next label)
 * add up across — the six applicants' sum is the total — and the total
 * is not 0.
 */
static bool
next_row_adds_up(const parser *p, const gr_tok *last)
{
	const gr_toks *ts = p->pdfr.ts;
	const gr_tok *row[GR_RC_COUNT];
	int			n = 0;

	if (!gr_toks_holds(ts, last) || p->pdfr.mark == NULL)
		return false;
	for (size_t i = (size_t) (last - ts->t) + 1; i < ts->n && n < GR_RC_COUNT; i++)
	{
		if (p->pdfr.mark[i])
			break;
		if (ts->t[i].kind != GR_TOK_BREAK && gr_tok_is_valueish(&ts->t[i]))
			row[n++] = &ts->t[i];
	}
	return n == GR_RC_COUNT && row_adds_across(row, GR_RC_COUNT, true) &&
		gr_tok_num(row[GR_RC_COUNT - 1])->m > 0;
}

/*
 * cells[0..n) all stand on one source line of the text, and no other
 * value does.
 */
static bool
values_own_line(const parser *p, const gr_tok *const *cells, int n)
{
	const gr_toks *ts = p->pdfr.ts;
	size_t		first,
				last;

	if (ts == NULL)
		return false;
	for (int k = 0; k < n; k++)
		if (!gr_toks_holds(ts, cells[k]) || cells[k]->lstart != cells[0]->lstart)
			return false;
	first = (size_t) (cells[0] - ts->t);
	last = (size_t) (cells[n - 1] - ts->t);
	if (first > 0 && ts->t[first - 1].kind != GR_TOK_BREAK &&
		ts->t[first - 1].lstart == cells[0]->lstart && gr_tok_is_valueish(&ts->t[first - 1]))
		return false;
	return !(last + 1 < ts->n && ts->t[last + 1].kind != GR_TOK_BREAK &&
			 ts->t[last + 1].lstart == cells[0]->lstart && gr_tok_is_valueish(&ts->t[last + 1]));
}

/* Section 3's revision by the labels read so far. */
static gr_form
req_form(const parser *p)
{
	return (p->other_group_values && !p->other_leaf_seen) ? GR_FORM_2019 : GR_FORM_2021;
}

/*
 * gr_pdf_block_exact for section 3 row r: prev_before when the leaf before
 * it in form f was read and every cell of it stands before r's label, or
 * when the values printed before r's label number exactly the cells of the
 * leaves before it (values keep the form's order: none of them is left to
 * follow r's label).
 */
static bool
req_block_exact(parser *p, gr_form f, int r)
{
	int			q = r;
	bool		before = false,
				all_before = false;

	while (q-- > 0 && !gr_rrow_is_leaf(f, q))
		;
	if (q >= 0 && p->have_req[q])
	{
		int			in_text = 0;

		before = true;
		for (int c = 0; c < GR_RC_COUNT; c++)
		{
			const gr_tok *t = p->raw_req[q][c];
			gr_state	s = p->d->req[q][c].state;

			if (s == GR_MISSING || s == GR_UNREADABLE)
				before = false;
			else if (t != NULL && t >= p->pdfr.ts->t && t < p->pdfr.ts->t + p->pdfr.ts->n)
			{
				in_text++;
				if (t - p->pdfr.ts->t >= p->label_req[r])
					before = false;
			}
		}
		before = before && in_text > 0;
	}
	if (p->pdfr.stream != NULL && !p->pdfr.overflow)
	{
		int			k = 0,
					nv = 0;

		for (int x = 0; x < r; x++)
			k += gr_rrow_is_leaf(f, x);
		for (int j = 0; j < p->pdfr.nstream; j++)
			nv += p->pdfr.stream[j] - p->pdfr.ts->t < p->label_req[r];
		all_before = nv == k * GR_RC_COUNT;
		before = before || all_before;
	}
	if (!gr_pdf_block_exact(&p->pdfr, p->label_req[r], p->raw_req[r], GR_RC_COUNT, before) ||
		!wrapped_row_ok(p, r))
		return false;

	/*
	 * A row of zeros followed by more values than its own (rows whose
	 * labels come later), in a table whose values are not exactly its
	 * rows' worth (an empty cell was left unprinted somewhere) nor a whole
	 * number of rows between its label and the next: had this row left
	 * its empty cells unprinted, the next row's first values — zeros,
	 * since they were read into it — would fill it and it would add up all
	 * the same, its blanks read as 0 in other columns.  Unless the seven
	 * values after its own add up across to a total not 0: the next row's,
	 * which a shift would have cut; or its seven stand alone on one line
	 * (-raw prints a row's figures on its line: a short row would show
	 * fewer there).
	 */
	{
		int			kind,
					leaves = 0,
					nv = gr_pdf_values_near(&p->pdfr, p->label_req[r], 1, &kind);

		for (int x = 0; x < GR_R_NROWS; x++)
			leaves += gr_rrow_is_leaf(f, x);
		if (gr_para_all_zero(p->raw_req[r], GR_RC_COUNT) && nv > GR_RC_COUNT &&
			nv % GR_RC_COUNT != 0 &&
			(p->pdfr.stream == NULL || p->pdfr.overflow ||
			 p->pdfr.nstream != leaves * GR_RC_COUNT) &&
			!next_row_adds_up(p, p->raw_req[r][GR_RC_COUNT - 1]) &&
			!values_own_line(p, p->raw_req[r], GR_RC_COUNT))
			return false;
	}

	/*
	 * The row labelled before it shows fewer than six values after its
	 * label (one may be an empty cell not printed): its others may be
	 * printed after this label, before this row's own — unless the values
	 * before this label are exactly the cells of the rows before it, or
	 * (below) this row's reading rules that out.
	 */
	if (!all_before)
	{
		int			kind,
					nv = gr_pdf_values_near(&p->pdfr, p->label_req[r], -1, &kind);

		if ((kind == GR_PDF_MARK_ROW || kind == GR_PDF_MARK_PART) && nv < GR_RC_COUNT - 1 &&
			!short_before_ruled_out(p, r))
			return false;
	}

	/*
	 * The form's last row followed by more values than its own, when the
	 * values before its label are not exactly the earlier rows' cells: no
	 * row comes after it to own the extra ones, so they may be earlier
	 * rows' printed late, and its own (values keep the form's order) not
	 * the first.
	 */
	q = r;
	while (++q < GR_R_NROWS && !gr_rrow_is_leaf(f, q))
		;
	if (q >= GR_R_NROWS && !all_before)
	{
		int			kind,
					own = 0;

		for (int c = 0; c < GR_RC_COUNT; c++)
		{
			const gr_tok *t = p->raw_req[r][c];

			own += t != NULL && t >= p->pdfr.ts->t && t < p->pdfr.ts->t + p->pdfr.ts->n &&
				gr_tok_is_valueish(t);
		}
		if (gr_pdf_values_near(&p->pdfr, p->label_req[r], 1, &kind) > own)
			return false;
	}
	return true;
}

/*
 * The rows at the ends of section 3's stream of values, outside every
 * anchor (ends[e]: first row, rows, first value, values; e 0 the rows
 * before the first anchor, 1 those after the last): a last row whose
 * label follows its figures has no anchor beyond it, and there a stray
 * figure (a page's number) may stand among the values.  So each end's
 * rows' worth of values is read by the form's order at every offset that
 * leaves at most END_SPARE values over, the ends in use[] together (the
 * flow joins the first rows to the last), and a row is kept only when an
 * identity of the table checked in full confirms it (order_confirms) —
 * at exactly one pair of offsets, else none is.  Fills cells, certain and
 * fill; true when a row was kept.
 */
#define END_SPARE 2

/*
 * An end's rows read at an offset that leaves no stray figure between
 * them and the anchor beside them (gap[e] 0: before the first anchor, no
 * figure left over after the rows; after the last, none before them):
 * the rows between that anchor and the confirmed row nearest it then
 * stand exactly between two rows placed for certain, like the rows
 * between two anchors, and are kept too when the reading made them
 * certain (each adds up across).  kept[] gains them.
 */
static void
flush_rows(int ends[2][4], const bool *use, const int *gap, const bool *allc,
		   const bool *certain, bool *kept)
{
	for (int e = 0; e < 2; e++)
	{
		int			k0 = ends[e][0],
					m = ends[e][1],
					i;

		if (!use[e] || gap[e] != 0)
			continue;
		if (e == 0)
		{
			for (i = m - 1; i >= 0 && !kept[k0 + i]; i--)
				;
			for (int j = i + 1; i >= 0 && j < m; j++)
				kept[k0 + j] = allc[k0 + j] && !certain[k0 + j];
		}
		else
		{
			for (i = 0; i < m && !kept[k0 + i]; i++)
				;
			for (int j = 0; i < m && j < i; j++)
				kept[k0 + j] = allc[k0 + j] && !certain[k0 + j];
		}
	}
}

static bool
end_fill(const gr_pdf_rows *st, gr_form f, const int *rows, int ends[2][4], const bool *use,
		 const gr_tok **cells, bool *certain, bool *fill)
{
	int			spare[2],
				found = 0;
	const gr_tok *keep[GR_R_NROWS * GR_RC_COUNT];
	bool		kept[GR_R_NROWS] = {false};

	for (int e = 0; e < 2; e++)
	{
		spare[e] = ends[e][3] - ends[e][1] * GR_RC_COUNT;
		if (use[e] && (ends[e][1] <= 0 || spare[e] < 0 || spare[e] > END_SPARE))
			return false;
		if (!use[e])
			spare[e] = 0;
	}
	for (int o0 = 0; o0 <= spare[0]; o0++)
		for (int o1 = 0; o1 <= spare[1]; o1++)
		{
			const gr_tok *all[GR_R_NROWS * GR_RC_COUNT];
			bool		allc[GR_R_NROWS],
						conf[GR_R_NROWS] = {false},
						read = true,
						any = false;

			memcpy(all, cells, sizeof(all));
			memcpy(allc, certain, sizeof(allc));
			for (int e = 0; e < 2 && read; e++)
			{
				const gr_tok *c[GR_R_NROWS * GR_RC_COUNT];
				bool		ce[GR_R_NROWS];
				int			k0 = ends[e][0],
							m = ends[e][1];

				if (!use[e])
					continue;
				read = gr_pdf_by_order_part(st, ends[e][2] + (e ? o1 : o0), m * GR_RC_COUNT,
											m, GR_RC_COUNT, c, ce) > 0;
				for (int i = 0; i < m && read; i++)
					if (ce[i])
					{
						allc[k0 + i] = true;
						memcpy(all + (k0 + i) * GR_RC_COUNT, c + i * GR_RC_COUNT,
							   sizeof(gr_tok *) * GR_RC_COUNT);
					}
			}
			if (!read || !order_balances(f, all, allc))
				continue;
			for (int e = 0; e < 2; e++)
				for (int i = 0; use[e] && i < ends[e][1]; i++)
				{
					int			k = ends[e][0] + i;

					conf[k] = allc[k] && !certain[k] && order_confirms(f, all, allc, rows[k]);
					any = any || conf[k];
				}
			if (!any)
				continue;
			if (++found > 1)
				return false;
			memcpy(keep, all, sizeof(keep));
			memcpy(kept, conf, sizeof(kept));
			flush_rows(ends, use, (const int[2]) {spare[0] - o0, o1}, allc, certain, kept);
		}
	if (found != 1)
		return false;
	for (int k = 0; k < GR_R_NROWS; k++)
		if (kept[k])
		{
			certain[k] = fill[k] = true;
			memcpy(cells + k * GR_RC_COUNT, keep + k * GR_RC_COUNT,
				   sizeof(gr_tok *) * GR_RC_COUNT);
		}
	return true;
}

/*
 * Store the cells c[0..GR_RC_COUNT) of section 3's row r, placed after the
 * pass (by the form's order or by -layout lines): the row is counted as
 * found, and noted `inferred` unless its label had given the same cells.
 */
static void
store_placed_row(parser *p, int r, const gr_tok *const *c)
{
	bool		same = p->have_req[r];

	for (int j = 0; j < GR_RC_COUNT; j++)
	{
		same = same && p->raw_req[r][j] == c[j];
		gr_store_cell(p, &p->d->req[r][j], &p->raw_req[r][j], c[j], false);
	}
	if (!p->have_req[r])
	{
		p->have_req[r] = true;
		p->nrows_req++;
	}
	p->inferred_req[r] = !same;
}

/*
 * A figure printed among a label's lines (the text line right above it
 * and right below, no empty line between): pdftotext's default mode puts
 * a cell there at times, out of its row's order in the stream of values.
 */
static bool
among_label_lines(const parser *p, const gr_tok *t)
{
	const gr_toks *ts = p->ts;
	size_t		i;

	if (!gr_toks_holds(ts, t))
		return false;
	i = (size_t) (t - ts->t);
	return i > 0 && i + 1 < ts->n &&
		ts->t[i - 1].kind != GR_TOK_BREAK && !gr_tok_is_valueish(&ts->t[i - 1]) &&
		ts->t[i + 1].kind != GR_TOK_BREAK && !gr_tok_is_valueish(&ts->t[i + 1]);
}

/*
 * A row read by the form's order that holds a figure printed among a
 * label's lines, an empty cell (a printed placeholder: －, 无, /) and a 0:
 * the figure may stand out of its row's order, and the identities that
 * confirm the reading count an empty cell as 0, so they cannot tell where
 * the empty cell and the 0 stand — shifted by one, each is read in the
 * other's column and the sums still hold.  Such a row is not placed,
 * unless its seven stand alone on one line (-raw: a row's figures on its
 * own line, which a shift would have broken).
 */
static bool
blank_beside_zero(const parser *p, const gr_tok *const *c)
{
	bool		blank = false,
				zero = false,
				stray = false;

	for (int j = 0; j < GR_RC_COUNT; j++)
	{
		const gr_cell *x = gr_tok_num(c[j]);

		blank = blank || x->state == GR_BLANK;
		zero = zero || (x->state == GR_VALUE && x->m == 0);
		stray = stray || among_label_lines(p, c[j]);
	}
	return blank && zero && stray && !values_own_line(p, c, GR_RC_COUNT);
}

/*
 * The m rows between two anchors when their nv values fall short of the
 * rows' worth by d (1 or 2: empty cells not printed).  Each way of giving
 * the d unprinted cells to the rows (a row that got some is short, and
 * its values are taken as the next 7 less those) is tried: it fits when
 * every full row adds up across (an empty or uncountable total taken to
 * fit: the way is not ruled out by what cannot be checked), and a short
 * row holds only counts and empty cells (where its empty ones stand is
 * not known, so it always fits).  A row is kept when every way that fits
 * reads it full from the same figure (the rows before the first short row
 * and after the last one of all the ways), and its printed total is its
 * sum; the short rows stay missing.  A value printed out of its row's
 * order makes the true way not among those tried, so a way may be wrong,
 * and a 0 is what the sums cannot place: a short row's 0 printed among
 * its neighbour's figures (or a neighbour's among its own) leaves every
 * row adding up with one 0 in the wrong row, an empty cell read as 0.  So
 * a row next to a row short in some way is kept only when it holds no 0.
 * The caller checks the table's identities after.  The ways are at most
 * the form's rows squared, each read once.
 */
#define GAP_SHORT_MAX 2

static void
gap_short_fill(const gr_pdf_rows *st, int from, int nv, int m,
			   const gr_tok **cells, bool *certain, bool *fill)
{
	int			d = m * GR_RC_COUNT - nv,
				found = 0,
				start[GR_R_NROWS];
	bool		same[GR_R_NROWS],
				near[GR_R_NROWS];
	const gr_tok *const *v = st->stream + from;

	if (d < 1 || d > GAP_SHORT_MAX || m > GR_R_NROWS)
		return;
	for (int j = 0; j < m; j++)
	{
		start[j] = -1;
		same[j] = true;
		near[j] = false;
	}
	/* the short rows a ≤ b (b = a when d is 1, or both cells in one row) */
	for (int a = 0; a < m; a++)
		for (int b = a; b < m; b++)
		{
			bool		ok = true;
			int			k = 0;

			if (d == 1 && b != a)
				break;
			for (int j = 0; j < m && ok; j++)
			{
				int			s = (j == a) + (d == 2 && j == b);

				if (s == 0)
					ok = row_adds_across(v + k, GR_RC_COUNT, false);
				else
					for (int x = 0; x < GR_RC_COUNT - s && ok; x++)
					{
						gr_state	z = gr_tok_num(v[k + x])->state;

						ok = z == GR_VALUE || z == GR_BLANK;
					}
				k += GR_RC_COUNT - s;
			}
			if (!ok)
				continue;
			found++;
			for (int j = 0, k = 0; j < m; j++)
			{
				int			s = (j == a) + (d == 2 && j == b);

				/* a short row is -2: never the same as a full one */
				if (start[j] == -1)
					start[j] = s ? -2 : k;
				else if (start[j] != (s ? -2 : k))
					same[j] = false;
				if (s)
				{
					if (j > 0)
						near[j - 1] = true;
					if (j + 1 < m)
						near[j + 1] = true;
				}
				k += GR_RC_COUNT - s;
			}
		}
	if (found == 0)
		return;
	for (int j = 0; j < m; j++)
	{
		bool		zero = false;

		if (!same[j] || start[j] < 0)
			continue;
		for (int x = 0; x < GR_RC_COUNT; x++)
		{
			const gr_cell *z = gr_tok_num(v[start[j] + x]);

			zero = zero || (z->state == GR_VALUE && z->m == 0);
		}
		if (!(near[j] && zero) && row_adds_across(v + start[j], GR_RC_COUNT, true))
		{
			certain[j] = fill[j] = true;
			memcpy(cells + j * GR_RC_COUNT, v + start[j], sizeof(gr_tok *) * GR_RC_COUNT);
		}
	}
}

/* Do two cells read as the same: both empty, or both the same count. */
static bool
same_count(const gr_tok *a, const gr_tok *b)
{
	const gr_cell *x = gr_tok_num(a),
			   *y = gr_tok_num(b);

	if (x->state != y->state)
		return false;
	return x->state == GR_BLANK || (x->state == GR_VALUE && x->scale == 0 && y->scale == 0 &&
									x->m == y->m);
}

/*
 * The m rows between two anchors when their nv values are one more than
 * the rows' worth (a figure printed away from its own row, a stray one):
 * each figure is tried as the one left out, the rest read as the rows in
 * the form's order.  A way fits when every row adds up across (as in
 * gap_short_fill); a row is kept when every way that fits reads it as the
 * same counts (a 0 left out of a run of zeros reads the same whichever it
 * is) and its printed total is its sum.  The ways are the figures, each
 * read once.
 */
static void
gap_extra_fill(const gr_pdf_rows *st, int from, int nv, int m,
			   const gr_tok **cells, bool *certain, bool *fill)
{
	const gr_tok *const *v = st->stream + from;
	const gr_tok *first[GR_R_NROWS * GR_RC_COUNT];
	bool		same[GR_R_NROWS];
	int			found = 0;

	if (nv != m * GR_RC_COUNT + 1 || m > GR_R_NROWS)
		return;
	for (int j = 0; j < m; j++)
		same[j] = true;
	for (int skip = 0; skip < nv; skip++)
	{
		const gr_tok *c[GR_R_NROWS * GR_RC_COUNT];
		bool		ok = true;

		for (int x = 0, y = 0; x < nv; x++)
			if (x != skip)
				c[y++] = v[x];
		for (int j = 0; j < m && ok; j++)
			ok = row_adds_across(c + j * GR_RC_COUNT, GR_RC_COUNT, false);
		if (!ok)
			continue;
		if (found++ == 0)
			memcpy(first, c, sizeof(gr_tok *) * m * GR_RC_COUNT);
		else
			for (int j = 0; j < m; j++)
				for (int x = 0; x < GR_RC_COUNT && same[j]; x++)
					same[j] = same_count(first[j * GR_RC_COUNT + x], c[j * GR_RC_COUNT + x]);
	}
	if (found == 0)
		return;
	for (int j = 0; j < m; j++)
		if (same[j] && row_adds_across(first + j * GR_RC_COUNT, GR_RC_COUNT, true))
		{
			certain[j] = fill[j] = true;
			memcpy(cells + j * GR_RC_COUNT, first + j * GR_RC_COUNT,
				   sizeof(gr_tok *) * GR_RC_COUNT);
		}
}

/*
 * Section 3 of paged text whose values do not read as a whole by the
 * form's order: the rows whose labels placed them for certain (their
 * values the first after their label, none of a neighbour's: pdf_blocks's
 * test) are anchors, and the values between two anchors — in the stream
 * of values, in the order printed — are read by the form's order as the
 * rows between them (rows_pdf.c), each row placed when that is certain,
 * with an `inferred` diagnostic.  The anchors must stand in the stream in
 * form order, and the table's identities hold where they can be checked.
 * The rows before the first anchor and after the last are read so too
 * when an identity confirms them (end_fill).
 */
static void
pdf_by_anchors(parser *p, bool *placed)
{
	const gr_pdf_rows *st = &p->pdfr;
	gr_form		f = req_form(p);
	int			rows[GR_R_NROWS],
				pos[GR_R_NROWS],
				n = 0,
				prev = -1,
				from = 0;
	const gr_tok *cells[GR_R_NROWS * GR_RC_COUNT] = {NULL};
	bool		certain[GR_R_NROWS] = {false},
				fill[GR_R_NROWS],
				done[2] = {false, false};
	int			ends[2][4] = {{0, 0, 0, 0}, {0, 0, 0, 0}};	/* first row, rows, from, values */

	if (st->stream == NULL || st->overflow)
		return;
	for (int r = 0; r < GR_R_NROWS; r++)
		if (gr_rrow_is_leaf(f, r))
			rows[n++] = r;
	for (int k = 0; k < n; k++)
	{
		int			r = rows[k];

		pos[k] = -1;
		certain[k] = fill[k] = false;
		if (!p->have_req[r] || p->pdf_req[r] || row_short(p->d->req[r], NULL, GR_RC_COUNT) ||
			!req_block_exact(p, f, r))
			continue;
		for (int j = 0; j + GR_RC_COUNT <= st->nstream && pos[k] < 0; j++)
			if (memcmp(st->stream + j, p->raw_req[r], sizeof(gr_tok *) * GR_RC_COUNT) == 0)
				pos[k] = j;
		if (pos[k] < 0)
			continue;
		certain[k] = true;
		memcpy(cells + k * GR_RC_COUNT, p->raw_req[r], sizeof(gr_tok *) * GR_RC_COUNT);
	}
	for (int k = 0; k <= n; k++)
	{
		int			to,
					m;

		if (k < n && pos[k] < 0)
			continue;
		to = k < n ? pos[k] : st->nstream;
		if (to < from)
			return;				/* anchors out of the form's order */
		m = k - prev - 1;
		/*
		 * between two anchors (the stream's ends may hold other figures),
		 * exactly their rows' values: a cell printed out of its row's
		 * order leaves one short, and with one place left open for it the
		 * sums may agree by chance
		 */
		if (m > 0 && prev >= 0 && k < n && to - from == m * GR_RC_COUNT)
		{
			const gr_tok *c[GR_R_NROWS * GR_RC_COUNT];
			bool		ce[GR_R_NROWS];

			if (gr_pdf_by_order_part(st, from, to - from, m, GR_RC_COUNT, c, ce) > 0)
				for (int i = 0; i < m; i++)
					if (ce[i])
					{
						certain[prev + 1 + i] = fill[prev + 1 + i] = true;
						memcpy(cells + (prev + 1 + i) * GR_RC_COUNT, c + i * GR_RC_COUNT,
							   sizeof(gr_tok *) * GR_RC_COUNT);
					}
		}
		/* a row or two of them with empty cells not printed */
		if (m > 0 && prev >= 0 && k < n && to - from < m * GR_RC_COUNT)
			gap_short_fill(st, from, to - from, m, cells + (prev + 1) * GR_RC_COUNT,
						   certain + prev + 1, fill + prev + 1);
		/* one figure more than their worth */
		if (m > 0 && prev >= 0 && k < n && to - from == m * GR_RC_COUNT + 1)
			gap_extra_fill(st, from, to - from, m, cells + (prev + 1) * GR_RC_COUNT,
						   certain + prev + 1, fill + prev + 1);
		/* the rows before the first anchor, and after the last one */
		if (m > 0 && prev < 0 && k < n)
		{
			ends[0][0] = 0;
			ends[0][1] = m;
			ends[0][2] = from;
			ends[0][3] = to - from;
		}
		if (m > 0 && prev >= 0 && k == n)
		{
			ends[1][0] = prev + 1;
			ends[1][1] = m;
			ends[1][2] = from;
			ends[1][3] = to - from;
		}
		if (k < n)
		{
			prev = k;
			from = pos[k] + GR_RC_COUNT;
		}
	}
	if (!order_balances(f, cells, certain))
		return;

	/*
	 * Both ends together; else each with what the other placed, twice
	 * over.  Should the whole then not balance, the ends are left out.
	 */
	if (ends[0][1] > 0 && ends[1][1] > 0)
		done[0] = done[1] = end_fill(st, f, rows, ends, (const bool[2]) {true, true},
									 cells, certain, fill);
	for (int pass = 0; pass < 2; pass++)
		for (int e = 0; e < 2; e++)
			if (ends[e][1] > 0 && !done[e])
				done[e] = end_fill(st, f, rows, ends, (const bool[2]) {e == 0, e == 1},
								   cells, certain, fill);
	if ((done[0] || done[1]) && !order_balances(f, cells, certain))
		for (int k = 0; k < n; k++)
			if (fill[k] && ((done[0] && k < ends[0][1]) || (done[1] && k >= ends[1][0])))
				fill[k] = false;
	for (int k = 0; k < n; k++)
		if (fill[k] && !blank_beside_zero(p, cells + k * GR_RC_COUNT))
		{
			store_placed_row(p, rows[k], cells + k * GR_RC_COUNT);
			placed[rows[k]] = true;
		}
}

/*
 * Section 3 of paged text not read from -layout lines: its values read by
 * the form's order, rows adding up across (rows_pdf.c), and each row that
 * reading makes certain placed so.  The revision is the one whose rows
 * the values fit — not both — and must not contradict the labels seen (the
 * leaves of 其他处理 are the 2021 form's, values beside the group itself
 * the 2019 form's).  A row so placed that its label did not give the same
 * cells says so (`inferred`).
 */
static void
pdf_by_order(parser *p, bool *placed)
{
	int			nrows[2] = {0, 0},
				got[2];
	gr_form		forms[2] = {GR_FORM_2021, GR_FORM_2019};
	const gr_tok *cells[2][GR_R_NROWS * GR_RC_COUNT];
	bool		certain[2][GR_R_NROWS];
	int			f = -1;

	for (int r = 0; r < GR_R_NROWS; r++)
		if (p->pdf_req[r])
			return;
	for (int k = 0; k < 2; k++)
	{
		for (int r = 0; r < GR_R_NROWS; r++)
			nrows[k] += gr_rrow_is_leaf(forms[k], r);
		got[k] = gr_pdf_by_order(&p->pdfr, nrows[k], GR_RC_COUNT, cells[k], certain[k]);
	}
	/* the revision the values fit; the labels seen must not say otherwise */
	if (p->other_leaf_seen)
		got[1] = -1;
	else if (p->other_group_values)
		got[0] = -1;
	if (got[0] > 0 && got[1] < 0)
		f = 0;
	else if (got[1] > 0 && got[0] < 0)
		f = 1;
	if (f < 0)
	{
		pdf_by_anchors(p, placed);
		return;
	}
	if (!order_balances(forms[f], cells[f], certain[f]))
		return;
	for (int r = 0, k = 0; r < GR_R_NROWS; r++)
	{
		const gr_tok *const *c;

		if (!gr_rrow_is_leaf(forms[f], r))
			continue;
		c = cells[f] + k * GR_RC_COUNT;
		if (!certain[f][k++] || blank_beside_zero(p, c))
			continue;
		store_placed_row(p, r, c);
		placed[r] = true;
	}
	if (forms[f] == GR_FORM_2019)
		p->other_group_values = true;
	else
		p->other_leaf_seen = true;
}

/* Every cell of a row that stands in the text is on the line of its label (token label_i). */
static bool
values_on_label_line(const parser *p, int label_i, const gr_tok *const *cells, int n)
{
	const gr_toks *ts = p->ts;

	if (label_i < 0 || (size_t) label_i >= ts->n)
		return false;
	for (int k = 0; k < n; k++)
		if (gr_toks_holds(ts, cells[k]) &&
			cells[k]->lstart != ts->t[label_i].lstart)
			return false;
	return true;
}

/* The sub-table of revision f that holds section 2's row r; -1 none. */
static int
active_sub_of(gr_form f, int r)
{
	int			n;
	const gr_active_sub *subs = gr_active_subs(f, &n);

	for (int i = 0; i < n; i++)
		for (int j = 0; j < subs[i].nrows; j++)
			if ((int) subs[i].rows[j] == r)
				return i;
	return -1;
}

/* A cell's text carries a sign or an increase/decrease word (-3, +2, 减少3): a change. */
static bool
signed_text(const gr_tok *t)
{
	char		buf[64];
	size_t		n;

	if (t == NULL || t->len == 0 || t->len > 48)
		return false;
	n = gr_fold(t->s, t->len, buf, sizeof(buf), NULL);
	return n > 0 && (buf[0] == '+' || buf[0] == '-' ||
					 (n >= 3 && (memcmp(buf, "增", 3) == 0 || memcmp(buf, "减", 3) == 0)));
}

/*
 * A sub-table's column words, in the form's order: what its header cells
 * are known by once wrapped (本年制 / 发件数 keeps none of 制发).
 */
static const char *const sub_words_2021[3] = {"制发", "废止", "现行有效"};
static const char *const sub_words_2019[3][3] = {
	{"新制作", "新公开", "对外公开总"},
	{"上一年", "增/减", "处理决定"},
	{"上一年", "增/减", "处理决定"},
};

/*
 * Paged text: the header of the sub-table whose first row label is token
 * label_i printed two of its columns' words out of the form's order
 * ("现行有效" before "废止"): pdftotext's default mode ordered that table's
 * blocks by something else than their columns, and the row's figures may
 * follow the same order — which column each stands in is not known.  The
 * header is the text between the row label before it (any row of section
 * 2) or the sub-table's title (第二十条…) and label_i, at most 48 tokens
 * back; a word met twice counts where it stands nearest the row.
 */
static bool
header_out_of_order(const parser *p, gr_form f, int sub, int label_i, int stop)
{
	const char *const *w = NULL;
	long long	pos[3] = {-1, -1, -1};
	char		fold[GR_FOLD_CAP];

	if (f == GR_FORM_2021 && sub == 0)
		w = sub_words_2021;
	else if (f == GR_FORM_2019 && sub >= 0 && sub < 3)
		w = sub_words_2019[sub];
	if (w == NULL || p->ts == NULL)
		return false;
	for (int i = label_i - 1, k = 0; i > stop && i >= 0 && k < 48; i--, k++)
	{
		const gr_tok *t = &p->ts->t[i];

		if (t->kind == GR_TOK_BREAK || gr_tok_is_valueish(t))
			continue;
		gr_fold(t->s, t->len, fold, sizeof(fold), NULL);
		if (strstr(fold, "第二十条") != NULL)
			break;				/* the sub-table's title: its header is after it */
		/* scanning backwards: the occurrence nearest the row wins */
		for (int c = 0; c < 3; c++)
		{
			const char *at = strstr(fold, w[c]);

			if (at != NULL && pos[c] < 0)
				pos[c] = (long long) i * GR_FOLD_CAP + (at - fold);
		}
	}
	for (int a = 0; a < 3; a++)
		for (int b = a + 1; b < 3; b++)
			if (pos[a] >= 0 && pos[b] >= 0 && pos[b] < pos[a])
				return true;
	return false;
}

/*
 * Paged text not read from -layout lines: a row whose values are not
 * exactly the ones after its label (rows_pdf.c) may have taken another
 * row's values, or given its own to another; a short row may have its
 * values under other columns than printed: none placed.
 */
static void
pdf_blocks(parser *p)
{
	bool		by_order[GR_R_NROWS] = {false};
	int			labels[GR_R_NROWS + GR_A_NROWS],
				n = 0;

	for (int r = 0; r < GR_R_NROWS; r++)
		if (p->have_req[r])
			labels[n++] = p->label_req[r];
	for (int r = 0; r < GR_A_NROWS; r++)
		if (p->have_active[r])
			labels[n++] = p->label_active[r];
	gr_pdf_settle_marks(&p->pdfr, labels, n);
	pdf_by_order(p, by_order);
	if (p->pdfr.mark == NULL)
		return;
	for (int r = 0; r < GR_R_NROWS; r++)
		if (p->have_req[r] && !p->pdf_req[r] && !by_order[r] &&
			(!req_block_exact(p, req_form(p), r) ||
			 row_short(p->d->req[r], NULL, GR_RC_COUNT)))
			gr_pdfm_drop_row(p, r);
	for (int r = 0; r < GR_A_NROWS; r++)
	{
		int			cols[MAXCOLS],
					qcols[MAXCOLS],
					n,
					q = -1;
		bool		decline;

		if (!p->have_active[r] || p->pdf_active[r])
			continue;
		n = gr_active_row_cols(p->active_read[r], r, cols);
		/*
		 * its cells in the order its columns are printed (上一年项目数量,
		 * 本年增/减, 处理决定数量) — but the 2019 procurement row in the
		 * form's column order (amount before projects): the default mode
		 * prints its two figures swapped at times, and that order then
		 * declines it
		 */
		if (r == GR_A_PROCUREMENT)
			decline = !gr_pdf_block_exact(&p->pdfr, p->label_active[r], p->raw_active[r], GR_A_NCOLS, false);
		else
		{
			const gr_tok *printed[MAXCOLS];

			for (int k = 0; k < n; k++)
				printed[k] = p->raw_active[r][cols[k]];
			decline = !gr_pdf_block_exact(&p->pdfr, p->label_active[r], printed, n, false);
		}
		decline = decline || row_short(p->d->active[r], cols, n);
		if (!decline)
		{
			int			first = p->label_active[r],
						stop = -1,
						sub = active_sub_of(p->active_read[r], r);

			/* the sub-table's first row read, and the row label before it */
			for (int x = 0; x < GR_A_NROWS; x++)
				if (p->have_active[x] && active_sub_of(p->active_read[r], x) == sub &&
					p->label_active[x] < first)
					first = p->label_active[x];
			for (int x = 0; x < GR_A_NROWS; x++)
				if (p->have_active[x] && p->label_active[x] < first && p->label_active[x] > stop)
					stop = p->label_active[x];
			decline = header_out_of_order(p, p->active_read[r], sub, first, stop);
		}

		/*
		 * fewer values between the label before it and its own than that
		 * row's cells: the ones not printed there may be printed after
		 * this label — unless its values stand on its label's line
		 */
		for (int x = 0; x < GR_A_NROWS; x++)
			if (p->have_active[x] && !p->pdf_active[x] && p->label_active[x] < p->label_active[r] &&
				(q < 0 || p->label_active[x] > p->label_active[q]))
				q = x;
		if (q >= 0 && (p->active_read[q] != p->active_read[r] ||
					   active_sub_of(p->active_read[r], q) != active_sub_of(p->active_read[r], r)))
			q = -1;				/* another sub-table: its rows end with its own */
		if (q >= 0 && !decline && !values_on_label_line(p, p->label_active[r], p->raw_active[r], GR_A_NCOLS))
		{
			int			nq = 0,
						cq = gr_active_row_cols(p->active_read[q], q, qcols);

			for (int i = p->label_active[q] + 1; i < p->label_active[r]; i++)
				nq += p->ts->t[i].kind != GR_TOK_BREAK && gr_tok_is_valueish(&p->ts->t[i]);
			decline = nq < cq;
		}
		/* a signed figure (减少15, -3) outside the change column: cells out of their order */
		for (int k = 0; k < n && !decline; k++)
			decline = cols[k] != GR_AC_CHANGE && p->d->active[r][cols[k]].state == GR_VALUE &&
				signed_text(p->raw_active[r][cols[k]]);
		if (decline)
		{
			for (int k = 0; k < n; k++)
				gr_store_cell(p, &p->d->active[r][cols[k]], &p->raw_active[r][cols[k]], NULL, false);
			p->converted[r] = false;
		}
	}

	/*
	 * A figure joined from wrapped lines: kept in a section 3 row whose
	 * sum confirms it, never elsewhere (nothing there to confirm it).
	 */
	if (p->wrapped == NULL)
		return;
	for (int r = 0; r < GR_R_NROWS; r++)
		if (p->have_req[r] && !wrapped_row_ok(p, r))
			gr_pdfm_drop_row(p, r);
	for (int r = 0; r < GR_A_NROWS; r++)
		for (int c = 0; c < GR_A_NCOLS; c++)
			if (tok_wrapped(p, p->raw_active[r][c]))
				gr_store_cell(p, &p->d->active[r][c], &p->raw_active[r][c], NULL, false);
	for (int g = 0; g < GR_AP_NGROUPS; g++)
		for (int c = 0; c < GR_APC_NCOLS; c++)
			if (tok_wrapped(p, p->raw_app[g][c]))
				gr_store_cell(p, &p->d->appeals[g][c], &p->raw_app[g][c], NULL, false);
}

/* A cell no reading can vouch for: unreadable, its text kept for the diagnostic. */
static void
decline_cell(gr_cell *c)
{
	if (c->state == GR_ABSENT || c->state == GR_MISSING)
		return;
	c->state = GR_UNREADABLE;
	c->m = 0;
	c->scale = 0;
}

static bool
tok_declined(const parser *p, const gr_tok *t)
{
	return gr_toks_holds(p->ts, t) && gr_toks_declined(p->ts, t);
}

/*
 * Is a row's label on a declined line, or no label at all (a figure: the
 * row was opened where its label should have been)?
 */
static bool
label_declined(const parser *p, int label)
{
	return label >= 0 && (size_t) label < p->ts->n &&
		(gr_toks_label_declined(p->ts, &p->ts->t[label]) || gr_tok_is_valueish(&p->ts->t[label]));
}

/*
 * Is a cell read empty without its column showing it whole (a placeholder
 * such as —) or empty (a row of one line, its column all underline):
 * gr_toks_h2c_shown?
 * Padding by bytes moves a cell's figure into its neighbour's column and
 * leaves its own empty, so any other empty cell may be one whose figure
 * stands elsewhere.
 */
static bool
blank_unshown(const parser *p, const gr_cell *c, const gr_tok *t)
{
	return c->state == GR_BLANK && !(gr_toks_holds(p->ts, t) && gr_toks_h2c_shown(t));
}

/*
 * Does the cell stand on another line than its row's label?  A row of
 * these tables is one line; a figure placed from another line was placed
 * by the form's order or by where it stands, which bytes do not tell.
 */
static bool
off_label_line(const parser *p, int label, const gr_tok *t)
{
	return t != NULL && label >= 0 && (size_t) label < p->ts->n &&
		t->lstart != p->ts->t[label].lstart;
}

/*
 * Text laid out by bytes (C html2text: its tables cut characters between
 * columns, spill a cell into the next, drop a figure's last digits and
 * shift the rest; gr_toks_declined): the cells that cannot be placed with
 * certainty are unreadable, whatever they look like, their text kept for
 * the diagnostic.  Those are the cells of a declined line; every cell of
 * a row whose label stands on one or is a figure (its figures may be
 * another row's); a cell on another line than its row's label (a row of
 * these tables is one line); every cell of a section 3 row short of a
 * cell, and the appeals unless each of the fifteen is its own figure of
 * one line (placed by where they stand, which bytes do not tell); every
 * cell of section 2 when no header word told its revision; and the
 * amounts, whose unit the header prints (本年收费金额（单位：万元）, cut
 * to …单位：�|�元）, reads 元).
 */
static void
decline_bytewidth(parser *p)
{
	gr_doc	   *d = p->d;

	if (!p->ts->bytewidth)
		return;
	/*
	 * An empty cell is never taken as printed empty: padding by bytes moves
	 * a cell's figure into its neighbour's column and leaves its own empty,
	 * so an empty cell there may be one whose figure stands elsewhere.
	 */
	for (int r = 0; r < GR_A_NROWS; r++)
	{
		/*
		 * Section 2's columns depend on its revision: none of its cells is
		 * placed when no header word told the revision (a broken header).
		 */
		bool		row = (p->have_active[r] && label_declined(p, p->label_active[r])) ||
			p->ev2019 == p->ev2021;

		for (int c = 0; c < GR_A_NCOLS; c++)
			if (row || c == GR_AC_AMOUNT || blank_unshown(p, &d->active[r][c], p->raw_active[r][c]) ||
				tok_declined(p, p->raw_active[r][c]) ||
				(p->have_active[r] && off_label_line(p, p->label_active[r], p->raw_active[r][c])))
				decline_cell(&d->active[r][c]);
	}
	for (int r = 0; r < GR_R_NROWS; r++)
	{
		bool		row = p->have_req[r] && label_declined(p, p->label_req[r]);

		for (int c = 0; c < GR_RC_COUNT; c++)
			row |= d->req[r][c].state == GR_MISSING || d->req[r][c].state == GR_ABSENT;
		for (int c = 0; c < GR_RC_COUNT; c++)
			if (row || blank_unshown(p, &d->req[r][c], p->raw_req[r][c]) || tok_declined(p, p->raw_req[r][c]) ||
				(p->have_req[r] && off_label_line(p, p->label_req[r], p->raw_req[r][c])))
				decline_cell(&d->req[r][c]);
	}
	/*
	 * The appeals: fifteen figures of one line, each its own; fewer were
	 * placed by where they stand or by their sums, which bytes do not tell.
	 */
	{
		bool		all = true;
		const gr_tok *seen[GR_AP_NGROUPS * GR_APC_NCOLS];
		int			n = 0;

		for (int g = 0; g < GR_AP_NGROUPS && all; g++)
			for (int c = 0; c < GR_APC_NCOLS && all; c++)
			{
				const gr_tok *t = p->raw_app[g][c];

				all = gr_toks_holds(p->ts, t) &&
					(n == 0 || t->lstart == seen[0]->lstart);
				for (int k = 0; k < n && all; k++)
					all = seen[k] != t;
				seen[n++] = t;
			}
		for (int g = 0; g < GR_AP_NGROUPS; g++)
			for (int c = 0; c < GR_APC_NCOLS; c++)
				if (!all || blank_unshown(p, &d->appeals[g][c], p->raw_app[g][c]) ||
					tok_declined(p, p->raw_app[g][c]))
					decline_cell(&d->appeals[g][c]);
	}
}

/* Does the text hold the bytes w?  Linear in the text. */
static bool
text_has(const gr_toks *ts, const char *w)
{
	size_t		n = strlen(w);

	if (ts->text == NULL)
		return false;
	for (size_t i = 0; i + n <= ts->len; i++)
		if (ts->text[i] == w[0] && memcmp(ts->text + i, w, n) == 0)
			return true;
	return false;
}

/*
 * Text read loosely (lynx: one cell per paragraph, values joined on a
 * line) whose section 3 rows came short, their empty cells not printed,
 * some rows their label alone: the cells that the balance identities place
 * with certainty (gr_para_requests_short) are stored, the row noted
 * `inferred`.  Only when a row came short; not in paged text, whose
 * labels may stand away from their values.
 */
static void
requests_by_sums(parser *p)
{
	const gr_tok *out[GR_R_NROWS][GR_RC_COUNT];
	bool		have[GR_R_NROWS],
				bare[GR_R_NROWS],
				any = false;
	gr_form		f = req_form(p);

	for (int r = 0; r < GR_R_NROWS; r++)
		any |= p->nshort_req[r] > 0;
	if (!any || p->pdfr.mark != NULL)
		return;
	for (int r = 0; r < GR_R_NROWS; r++)
	{
		bare[r] = p->bare_req[r] && p->nshort_req[r] == 0;
		have[r] = p->have_req[r] && p->nshort_req[r] == 0 && !bare[r];
	}
	/*
	 * （六）其他处理 printed bare and none of its 2021 leaves, whose labels
	 * alone have 逾期 (the same in both scripts), anywhere in the text:
	 * the 2019 form's leaf, with blank cells (the sums tell whether they
	 * fit)
	 */
	if (f == GR_FORM_2021 && !p->other_leaf_seen && bare[GR_R_DISP(GR_D_OTHER)] &&
		!text_has(p->ts, "逾期"))
		f = GR_FORM_2019;
	if (gr_para_requests_short(f, (const gr_cell (*)[GR_RC_COUNT]) p->d->req, have, bare,
							   (const gr_tok *const (*)[GR_RC_COUNT]) p->short_req,
							   p->nshort_req, out, p->m) <= 0)
		return;
	if (f == GR_FORM_2019 && out[GR_R_DISP(GR_D_OTHER)][0] != NULL)
		p->other_group_values = true;
	for (int r = 0; r < GR_R_NROWS; r++)
	{
		bool		any = false;

		if (p->nshort_req[r] == 0 && !bare[r])
			continue;
		for (int c = 0; c < GR_RC_COUNT; c++)
			if (out[r][c] != NULL)
			{
				gr_store_cell(p, &p->d->req[r][c], &p->raw_req[r][c], out[r][c], false);
				any = true;
			}
		if (any && !p->have_req[r])
		{
			p->have_req[r] = true;
			p->nrows_req++;
		}
		p->inferred_req[r] |= any;
	}
}

/* Diagnostics in form order, for the tables that were found. */
static void
diagnostics(parser *p)
{
	gr_doc	   *d = p->d;

	if (d->form_active != GR_FORM_NONE)
	{
		int			n;
		const gr_active_sub *subs = gr_active_subs(d->form_active, &n);

		for (int i = 0; i < n; i++)
			for (int j = 0; j < subs[i].nrows; j++)
			{
				note_fuzzy(p, GR_SEC_ACTIVE, subs[i].rows[j], p->fuzzy_active[subs[i].rows[j]]);
				for (int k = 0; k < subs[i].ncols; k++)
				{
					int			r = subs[i].rows[j],
								c = subs[i].cols[k];

					note_cell(p, GR_SEC_ACTIVE, r, c, &d->active[r][c], &p->raw_active[r][c]);
					if (c == GR_AC_AMOUNT && p->converted[r] && p->raw_active[r][c] != NULL)
						gr_doc_diag(d, p->m, GR_SEC_ACTIVE, r, c, GR_PROB_UNIT_CONVERTED,
									p->raw_active[r][c]->s, p->raw_active[r][c]->len);
				}
			}
	}
	if (d->form_requests != GR_FORM_NONE)
		for (int r = 0; r < GR_R_NROWS; r++)
		{
			note_fuzzy(p, GR_SEC_REQUESTS, r, p->fuzzy_req[r]);
			if (p->inferred_req[r] && gr_rrow_is_leaf(d->form_requests, r))
				gr_doc_diag(d, p->m, GR_SEC_REQUESTS, r, GR_DIAG_ROW, GR_PROB_INFERRED, "", 0);
			if (gr_rrow_is_leaf(d->form_requests, r))
				for (int c = 0; c < GR_RC_COUNT; c++)
					note_cell(p, GR_SEC_REQUESTS, r, c, &d->req[r][c], &p->raw_req[r][c]);
		}
	if (d->has_appeals)
		for (int g = 0; g < GR_AP_NGROUPS; g++)
			for (int c = 0; c < GR_APC_NCOLS; c++)
				note_cell(p, GR_SEC_APPEALS, g, c, &d->appeals[g][c], &p->raw_app[g][c]);
}

/* ---------------------------------------------------------------- positions */

/* Is the token's number the cell's value (a count 3.0 stored as 3)? */
static bool
same_number(const gr_cell *a, const gr_cell *b)
{
	int64_t		am = a->m,
				bm = b->m;
	int			as = a->scale,
				bs = b->scale;

	while (as > 0 && am % 10 == 0)
	{
		am /= 10;
		as--;
	}
	while (bs > 0 && bm % 10 == 0)
	{
		bm /= 10;
		bs--;
	}
	return am == bm && as == bs;
}

/*
 * Where one cell was printed: its token's span when the token lies in the
 * text as given (not in a rewritten copy: HTML, joined lines) and, for a
 * number, reads as the value stored; otherwise unknown.
 */
static gr_span
cell_span(const gr_tok *t, const gr_cell *c, const char *text, size_t len)
{
	gr_span		none = {-1, 0};
	gr_span		s;

	if (t == NULL || t->s == NULL || c->state == GR_ABSENT || c->state == GR_MISSING ||
		t->s < text || t->s > text + len || t->len > (size_t) (text + len - t->s))
		return none;
	if (c->state == GR_VALUE && (t->len == 0 || !same_number(gr_tok_num(t), c)))
		return none;			/* a figure joined from pieces printed elsewhere */
	s.off = (int64_t) (t->s - text);
	s.len = (int64_t) t->len;
	return s;
}

/* The spans of every cell, from the tokens the cells were stored from. */
static void
fill_positions(parser *p, gr_positions *pos, const char *text, size_t len)
{
	const gr_doc *d = p->d;

	for (int r = 0; r < GR_A_NROWS; r++)
		for (int c = 0; c < GR_A_NCOLS; c++)
			pos->active[r][c] = cell_span(p->raw_active[r][c], &d->active[r][c], text, len);
	for (int r = 0; r < GR_R_NROWS; r++)
		for (int c = 0; c < GR_RC_COUNT; c++)
			pos->req[r][c] = cell_span(p->raw_req[r][c], &d->req[r][c], text, len);
	for (int g = 0; g < GR_AP_NGROUPS; g++)
		for (int c = 0; c < GR_APC_NCOLS; c++)
			pos->appeals[g][c] = cell_span(p->raw_app[g][c], &d->appeals[g][c], text, len);
}

/*
 * Section 3 of -layout text: rows that no label placed, read from the
 * lines of values between rows whose labels did (rows_pdf.c
 * gr_pdf_layout_fill: as many whole lines as rows, each adding up
 * across), kept only when the table's identities hold on every row then
 * known; each so placed is noted `inferred`.  A row read from one line
 * bounds a stretch by that line also when read short (at most two cells
 * missing), but only whole rows count in the identities.
 */
static void
layout_by_lines(parser *p)
{
	gr_form		f = req_form(p);
	int			rows[GR_R_NROWS],
				line_of[GR_R_NROWS],
				n = 0;
	const gr_tok *cells[GR_R_NROWS * GR_RC_COUNT] = {NULL};
	bool		certain[GR_R_NROWS],
				known[GR_R_NROWS],
				any = false;

	if (p->pdfr.nvlines == 0 || p->pdfr.vlines_lost)
		return;
	for (int r = 0; r < GR_R_NROWS; r++)
		if (gr_rrow_is_leaf(f, r))
			rows[n++] = r;
	for (int k = 0; k < n; k++)
	{
		int			r = rows[k],
					line = -1,
					read = 0;

		known[k] = false;
		for (int c = 0; c < GR_RC_COUNT; c++)
		{
			const gr_tok *t = p->raw_req[r][c];
			gr_state	s = p->d->req[r][c].state;

			if (s == GR_ABSENT || s == GR_MISSING)
				continue;
			read++;
			if (t == NULL || (line >= 0 && gr_pdf_layout_line(&p->pdfr, t) != line))
				line = -2;
			else if (line == -1)
				line = gr_pdf_layout_line(&p->pdfr, t);
			if (line == -1)
				line = -2;		/* a cell not on a kept line */
		}
		line_of[k] = read == 0 ? -1 : line;
		if (line_of[k] < 0)
			continue;
		/* a row placed from its line: its cells (an empty one not printed) */
		known[k] = true;
		for (int c = 0; c < GR_RC_COUNT; c++)
		{
			const gr_tok *t = p->raw_req[r][c];

			gr_state	s = p->d->req[r][c].state;

			if (t == NULL && s == GR_BLANK)
				t = &gr_para_empty;
			if (t == NULL || s == GR_ABSENT || s == GR_MISSING)
				known[k] = false;
			cells[k * GR_RC_COUNT + c] = t;
		}
		/*
		 * a row read short (a cell missing) still shows where its line
		 * is, when most of its cells were read from it; it is not known
		 * for the identities
		 */
		if (!known[k] && read < GR_RC_COUNT - 2)
			line_of[k] = -2;
	}
	if (gr_pdf_layout_fill(&p->pdfr, n, GR_RC_COUNT, line_of, cells, certain) <= 0)
		return;
	for (int k = 0; k < n; k++)
	{
		any |= certain[k];
		certain[k] = certain[k] || known[k];
	}
	if (!any || !order_balances(f, cells, certain))
		return;
	for (int k = 0; k < n; k++)
		if (!known[k] && certain[k])
			store_placed_row(p, rows[k], cells + k * GR_RC_COUNT);
}

/* The settle stage: after the pass, before the metadata stage. */
void
gr_settle(parser *p, gr_positions *pos, const char *given, size_t given_len)
{
	gr_doc	   *d = p->d;

	pdf_blocks(p);
	requests_by_sums(p);
	layout_by_lines(p);
	decline_bytewidth(p);

	/* revisions and presence */
	if (p->nrows_active > 0)
		d->form_active = gr_active_form(p);
	if (p->nrows_req >= 2)
		d->form_requests = (p->other_group_values && !p->other_leaf_seen) ?
			GR_FORM_2019 : GR_FORM_2021;
	else if (p->nrows_req == 1)
	{
		/* one stray row is not a table */
		memset(d->req, 0, sizeof(d->req));
	}
	if (d->form_requests == GR_FORM_2021 && p->have_req[GR_R_DISP(GR_D_OTHER)])
		memset(d->req[GR_R_DISP(GR_D_OTHER)], 0, sizeof(d->req[0]));

	if (d->form_active != GR_FORM_NONE)
		active_settle(p, d->form_active);
	diagnostics(p);
	if (pos)
		fill_positions(p, pos, given, given_len);
}
