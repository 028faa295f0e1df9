/*
 * rows_pdf.c — the pdftotext row stage: rows assembled from pdftotext
 * -layout lines, and section 3's columns by position.  See rows_pdf.h.
 * Constant work per token and per row; no allocation.
 */
#include "rows_pdf.h"
#include "rows_para.h"

#include <stdlib.h>
#include <string.h>

int
gr_pdf_mid(const gr_toks *ts, const gr_tok *t)
{
	const char *a = ts->text + t->lstart;
	int			x = 0,
				w = 0;

	if (t->s < a || t->s > ts->text + t->lend || t->s - a > 4096)
		return -1;
	for (const char *c = a; c < t->s + t->len; c++)
	{
		unsigned char u = (unsigned char) *c;
		int			d = u < 0x80 ? 1 : u >= 0xC0 ? ((u < 0xE0 || u == 0xE2) ? 1 : 2) : 0;

		if (c < t->s)
			x += d;
		else
			w += d;
	}
	return 2 * x + w;
}

void
gr_pdf_cols_full(gr_pdf_cols *s, const int *mids, int n)
{
	if (n <= 0 || n > GR_PDF_MAXCOLS)
		return;
	/* kept once: the same as one of the first three or the newest */
	for (int j = 0; j < s->nrefs; j++)
		if ((j < 3 || j == s->nrefs - 1) &&
			s->ncols[j] == n && memcmp(s->ref[j], mids, sizeof(int) * (size_t) n) == 0)
			return;
	/*
	 * A layout not kept could place a short row otherwise: none is placed
	 * by gr_pdf_cols_cands; gr_pdf_cols_near keeps the newest in the last.
	 */
	if (s->nrefs == GR_PDF_REFS)
	{
		s->lost = true;
		memcpy(s->ref[GR_PDF_REFS - 1], mids, sizeof(int) * (size_t) n);
		s->ncols[GR_PDF_REFS - 1] = n;
		return;
	}
	memcpy(s->ref[s->nrefs], mids, sizeof(int) * (size_t) n);
	s->ncols[s->nrefs++] = n;
}

/* The values in the columns of one layout as it stands; false if some has none of its own. */
static bool
map_near(const int *ref, int ncols, const int *mids, int n, int *col)
{
	for (int k = 0; k < n; k++)
	{
		int			best = -1;

		for (int c = 0; c < ncols && mids[k] >= 0; c++)
			if (abs(ref[c] - mids[k]) <= 6 &&
				(best < 0 || abs(ref[c] - mids[k]) < abs(ref[best] - mids[k])))
				best = c;
		if (best < 0 || (k > 0 && best <= col[k - 1]))
			return false;
		col[k] = best;
	}
	return true;
}

bool
gr_pdf_cols_near(const gr_pdf_cols *s, const int *mids, int n, int ncols, int *col)
{
	int			other[GR_PDF_MAXCOLS];
	bool		found = false;

	if (n <= 0 || n > GR_PDF_MAXCOLS)
		return false;
	/* the first three layouts and the newest */
	for (int j = 0; j < s->nrefs; j++)
	{
		if (j >= 3 && j < s->nrefs - 1)
			continue;
		if (s->ncols[j] != ncols || !map_near(s->ref[j], ncols, mids, n, found ? other : col))
			continue;
		if (found && memcmp(other, col, sizeof(int) * (size_t) n) != 0)
			return false;
		found = true;
	}
	return found;
}

/* Twice the display columns a value stands less than from its column's middle. */
#define PLACE_TOL 4

/*
 * The values under the columns of one layout moved right by shift: each
 * within PLACE_TOL of a column's middle, in order; false if some is not.
 */
static bool
map_to(const int *ref, int ncols, int shift, const int *mids, int n, int *col)
{
	int			c = 0;

	for (int k = 0; k < n; k++)
	{
		if (mids[k] < 0)
			return false;
		while (c < ncols && ref[c] + shift <= mids[k] - PLACE_TOL)
			c++;
		if (c == ncols || ref[c] + shift >= mids[k] + PLACE_TOL)
			return false;
		col[k] = c++;
	}
	return true;
}

int
gr_pdf_cols_cands(const gr_pdf_cols *s, const int *mids, int n, int ncols, int *cand)
{
	int			nc = 0,
				col[GR_PDF_MAXCOLS],
				lo = 1 << 30,
				hi = -(1 << 30);

	if (n <= 0 || n > GR_PDF_MAXCOLS || s->lost)
		return -1;
	/*
	 * How far the full rows stand from one another: a short row may stand
	 * as far from any of them, no farther (a table whose rows all stand
	 * alike has no row pushed right).
	 */
	for (int j = 0; j < s->nrefs; j++)
		if (s->ncols[j] == ncols)
		{
			lo = s->ref[j][0] < lo ? s->ref[j][0] : lo;
			hi = s->ref[j][0] > hi ? s->ref[j][0] : hi;
		}
	for (int j = 0; j < s->nrefs; j++)
	{
		if (s->ncols[j] != ncols)
			continue;
		/* every shift that puts the first value near some column */
		for (int c0 = 0; c0 + n <= ncols; c0++)
			for (int d = 1 - PLACE_TOL; d < PLACE_TOL; d++)
			{
				int			q,
							shift = mids[0] - s->ref[j][c0] + d;

				if (s->ref[j][0] + shift <= lo - PLACE_TOL ||
					s->ref[j][0] + shift >= hi + PLACE_TOL ||
					!map_to(s->ref[j], ncols, shift, mids, n, col))
					continue;
				for (q = 0; q < nc; q++)
					if (memcmp(cand + q * GR_PDF_MAXCOLS, col, sizeof(int) * (size_t) n) == 0)
						break;
				if (q < nc)
					continue;
				if (nc == GR_PDF_CANDS)
					return -1;
				memcpy(cand + nc++ * GR_PDF_MAXCOLS, col, sizeof(int) * (size_t) n);
			}
	}
	return nc;
}

bool
gr_pdf_cols_place(const gr_pdf_cols *s, const int *mids, int n, int ncols, int *col)
{
	int			cand[GR_PDF_CANDS * GR_PDF_MAXCOLS];

	if (gr_pdf_cols_cands(s, mids, n, ncols, cand) != 1)
		return false;
	memcpy(col, cand, sizeof(int) * (size_t) n);
	return true;
}

/* ---------------------------------------------------------------- rows from lines */

/*
 * pdftotext -layout prints a table row on one line, but a label cell that
 * wraps stands over several lines, in every label column at once (the
 * group （六）其他处理 beside the leaf 1.申请人无正当理由逾期不…), and as cells
 * are centred vertically the row's numbers stand on the first, middle or
 * last line of its label, or on a line of their own.  On such lines each
 * label field goes to the cell in progress in its column (pdftotext keeps
 * columns aligned): a field that is a label by itself, or begins with
 * numbering (1. （三） 三、), starts a cell; any other continues the cell of
 * its column, or completes an incomplete one elsewhere, until the joined
 * text is a label.  A line of values goes to the innermost label of its
 * row: the open row, or — when a label cell to its right is still
 * incomplete — held (one line) and given to that label's row once it
 * reads.
 */

void
gr_pdf_init(gr_pdf_rows *st, const gr_toks *ts, const gr_pdf_matcher *m)
{
	memset(st, 0, sizeof(*st));
	st->m = m;
	st->ts = ts;
	st->held_slot = -1;
	st->slot_sect = -1;
	st->frag_line = -100;
	st->done_row = -1;
}

static bool
in_requests(const gr_pdf_rows *st)
{
	return st->m->table(st->m->ctx) == GR_SEC_REQUESTS;
}

static bool
numbered(const gr_pdf_rows *st, const char *f)
{
	return st->m->after_numbering(f) != f;
}

/* Display column of a token in its line (CJK and full-width forms are two). */
static int
tok_x(gr_pdf_rows *st, const gr_tok *t)
{
	const char *base = st->ts->text + t->lstart;
	size_t		off;

	if (t->s < base || t->s > st->ts->text + t->lend)
		return 0;
	off = (size_t) (t->s - base);
	if (off < st->x_off)
	{
		st->x_off = 0;
		st->x_col = 0;
	}
	if (off - st->x_off > 4096)
		return 1 << 20;			/* far to the right: no label column */
	for (size_t i = st->x_off; i < off; i++)
	{
		unsigned char c = (unsigned char) base[i];

		if (c < 0x80)
			st->x_col++;
		else if (c >= 0xC0)
			st->x_col += (c < 0xE0 || c == 0xE2) ? 1 : 2;
	}
	st->x_off = off;
	return st->x_col;
}

/*
 * The end of a source line (a new one, or an empty one): if it held one or
 * two figures where a row of seven stands, it is the part of a figure
 * wrapped over lines (or a page number).  The row whose values stood on
 * one of the two lines before loses them; the open row or the next one is
 * judged when it closes (the matcher reads frag_line).
 */
void
gr_pdf_line_end(gr_pdf_rows *st)
{
	if (st->ln_pdf && st->m->table(st->m->ctx) == GR_SEC_REQUESTS &&
		st->ln_nv > 0 && st->ln_nv <= 2)
	{
		st->frag_line = st->ln_seq;
		if (st->done_row >= 0 && st->done_line >= st->ln_seq - 2)
		{
			st->m->drop_row(st->m->ctx, st->done_row);
			st->done_row = -1;
		}
	}
	st->ln_nv = 0;
}

/* A new source line: is it a pdftotext row? */
static void
new_line(gr_pdf_rows *st, size_t i)
{
	const gr_toks *ts = st->ts;
	const gr_tok *t = &ts->t[i];
	const gr_pdf_matcher *m = st->m;
	int			table;

	gr_pdf_line_end(st);
	st->ln_started = true;
	st->ln_lstart = t->lstart;
	st->ln_no++;
	st->ln_seq++;
	/*
	 * An empty line or a page's end (form feed) before it parts it from
	 * the line before: a page number stands apart, a wrapped figure's
	 * part does not.
	 */
	{
		int			nl = 0;

		/*
		 * From the token back over white space; a token whose text is a
		 * copy (joined cells, a rewritten page) from its line's start.
		 */
		const char *from = t->s > ts->text && t->s <= ts->text + ts->len ? t->s :
			ts->text + (t->lstart <= ts->len ? t->lstart : ts->len);
		const char *c = from - 1;

		for (; c >= ts->text && c + 4096 > from; c--)
		{
			if (*c == '\f')
				nl = 2;
			else if (*c == '\n')
				nl++;
			else if (*c != ' ' && *c != '\t' && *c != '\r')
				break;
			if (nl >= 2)
				break;
		}
		if (nl >= 2 || (c >= ts->text && c + 4096 <= from))
			st->ln_seq += 2;
	}
	st->ln_vals = st->ln_hold = st->ln_pdf = false;
	st->x_off = 0;
	st->x_col = 0;
	table = m->table(m->ctx);
	if (t->kind != GR_TOK_LINE || table < 0)
		return;
	/*
	 * A page's text lays each table out its own way (lynx prints a table
	 * that fits the page's width in columns, a wider one a cell per
	 * paragraph): outside a PDF's text, a table whose first value stands
	 * alone on its line after an empty line is not read as rows laid out
	 * with spaces because an earlier table was.
	 */
	if (st->pdf && !st->paged && st->pdf_table != table)
	{
		if (gr_para_table_ahead(ts, i, m->is_value))
			st->pdf = false;
		st->pdf_table = table;
	}
	if (!st->pdf)
	{
		/* the layout shows itself by a label and values split on one line */
		int			nv = 0;

		for (size_t k = i + 1; k < ts->n && nv < 2 && ts->t[k].lstart == t->lstart &&
			 ts->t[k].kind == GR_TOK_CELL; k++)
			if (m->is_value(&ts->t[k]))
				nv++;
		if (nv < 2)
			return;
		st->pdf = true;
		st->pdf_table = table;
	}
	st->ln_pdf = true;
	/* a row's values stand on one line (a label-only line has no break) */
	{
		gr_pdf_open o = m->open(m->ctx);

		if (o.section >= 0 && o.n > 0)
			m->close_row(m->ctx);
	}
	if (st->slot_sect != table)
	{
		memset(st->slot, 0, sizeof(st->slot));
		st->slot_sect = table;
		st->nheld = 0;
	}
}

void
gr_pdf_token(gr_pdf_rows *st, size_t i)
{
	const gr_tok *t = &st->ts->t[i];

	if (!st->ln_started || t->lstart != st->ln_lstart)
		new_line(st, i);
}

static gr_pdf_slot *
slot_at(gr_pdf_rows *st, int x)
{
	for (int k = 0; k < GR_PDF_SLOTS; k++)
		if (st->slot[k].used && st->slot[k].x - x <= 2 && x - st->slot[k].x <= 2)
			return &st->slot[k];
	return NULL;
}

static bool
slot_recent(const gr_pdf_rows *st, const gr_pdf_slot *s)
{
	return s->used && s->line + GR_PDF_RECENT >= st->ln_no;
}

/* Start a cell at x: in the slot of that column, a free one or the oldest. */
static gr_pdf_slot *
slot_new(gr_pdf_rows *st, int x, const char *f, size_t fl, int row)
{
	gr_pdf_slot *s = slot_at(st, x);

	if (s == NULL)
	{
		s = &st->slot[0];
		for (int k = 0; k < GR_PDF_SLOTS; k++)
		{
			if (!st->slot[k].used)
			{
				s = &st->slot[k];
				break;
			}
			if (st->slot[k].line < s->line)
				s = &st->slot[k];
		}
	}
	/* values held for the cell it replaces had no label */
	if (s - st->slot == st->held_slot)
		st->nheld = 0;
	s->used = true;
	s->x = x;
	s->row = row;
	s->line = st->ln_no;
	s->len = fl < GR_PDF_CAP ? fl : 0;
	memcpy(s->text, f, s->len);
	s->text[s->len] = '\0';
	return s;
}

/*
 * Read f (a cell at column x) as a label: 0 not one, 1 read without a row
 * to fill, 2 opened a row.  An outer label met while a leaf to its right
 * still waits for its values (the group centred beside a wrapped leaf)
 * leaves that leaf open.
 */
static int
try_label(gr_pdf_rows *st, const gr_tok *t, const char *f, size_t fl, int x)
{
	const gr_pdf_matcher *m = st->m;
	gr_pdf_open o = m->open(m->ctx);
	bool		detach = o.section == GR_SEC_REQUESTS && !o.group && o.n == 0 &&
		x + 2 < st->cur_x;
	int			r = m->read_label(m->ctx, t, f, fl, detach);

	if (r == 2)
		st->cur_x = x;
	return r;
}

/* A cell read as a label (r from try_label): its row takes the values held for it. */
static void
read_cell(gr_pdf_rows *st, gr_pdf_slot *s, int r)
{
	const gr_pdf_matcher *m = st->m;
	int			n = st->nheld;
	gr_pdf_open o = m->open(m->ctx);

	s->row = r == 2 ? o.row : GR_PDF_DONE;
	s->line = st->ln_no;
	if (r != 2)
		return;
	if (!o.group)
	{
		/* what follows on this line is the row's cells */
		st->ln_vals = true;
		st->ln_hold = false;
	}
	if (s - st->slot == st->held_slot && n > 0)
	{
		st->nheld = 0;
		for (int k = 0; k < n && m->open(m->ctx).section >= 0; k++)
			m->add_value(m->ctx, st->held[k]);
	}
}

void
gr_pdf_label(gr_pdf_rows *st, const gr_tok *t, const char *f, size_t fl)
{
	const gr_pdf_matcher *m = st->m;
	int			x = tok_x(st, t);
	gr_pdf_slot *xs = slot_at(st, x);
	bool		num = numbered(st, f);
	int			r;
	char		joined[GR_PDF_CAP];

	if (xs && !slot_recent(st, xs))
	{
		if (xs - st->slot == st->held_slot)
			st->nheld = 0;
		xs->used = false;
		xs = NULL;
	}
	/* a wrapped tail repeating its own cell's keyword (…收费通知 / 要求缴纳费用…) */
	if (xs && !num && xs->row >= 0 && m->row_of(m->ctx, f) == xs->row)
	{
		xs->line = st->ln_no;
		return;
	}
	if (!num)
	{
		int			below = 1 << 30;

		/* the next part of the cell in progress in this column */
		if (xs && xs->row == GR_PDF_INCOMPLETE && xs->len + fl < GR_PDF_CAP &&
			(!in_requests(st) || numbered(st, xs->text)))
		{
			memcpy(xs->text + xs->len, f, fl + 1);
			xs->len += fl;
			xs->line = st->ln_no;
			r = try_label(st, t, xs->text, xs->len, xs->x);
			if (r > 0)
			{
				read_cell(st, xs, r);
				return;
			}
		}

		/*
		 * or of an incomplete cell in another column (the innermost
		 * first), if together they read: text not aligned under its head
		 */
		for (int tries = 0; tries < GR_PDF_SLOTS; tries++)
		{
			gr_pdf_slot *s = NULL;

			for (int k = 0; k < GR_PDF_SLOTS; k++)
			{
				gr_pdf_slot *c = &st->slot[k];

				if (c != xs && slot_recent(st, c) && c->row == GR_PDF_INCOMPLETE &&
					c->len + fl < GR_PDF_CAP && c->len > 0 &&
					(!in_requests(st) || numbered(st, c->text)) &&
					c->x < below &&
					(s == NULL || c->x > s->x))
					s = c;
			}
			if (s == NULL)
				break;
			memcpy(joined, s->text, s->len);
			memcpy(joined + s->len, f, fl + 1);
			r = try_label(st, t, joined, s->len + fl, s->x);
			if (r > 0)
			{
				memcpy(s->text, joined, s->len + fl + 1);
				s->len += fl;
				read_cell(st, s, r);
				return;
			}
			below = s->x;
		}
	}
	r = try_label(st, t, f, fl, x);
	if (r > 0)
	{
		read_cell(st, slot_new(st, x, f, fl, GR_PDF_INCOMPLETE), r);
		return;
	}
	if (num)
	{
		/*
		 * A new cell in the open leaf's column (not an outer label to its
		 * left): that leaf's cell has ended without values on its lines,
		 * so values met from here on are not its own — it is closed, its
		 * cells missing, rather than given the next row's figures.
		 */
		gr_pdf_open o = m->open(m->ctx);

		if (in_requests(st) && o.section == GR_SEC_REQUESTS && !o.group && o.n == 0 && x + 2 >= st->cur_x)
			m->close_row(m->ctx);
		slot_new(st, x, f, fl, GR_PDF_INCOMPLETE);
		return;
	}
	/* a page number ("第 3 页") or a stray figure: no label's part */
	if (gr_tok_has_digit(t))
		return;
	/* the tail of a complete cell: section 3 numbers every cell it starts */
	if (xs && (in_requests(st) || xs->row == GR_PDF_INCOMPLETE))
	{
		xs->line = st->ln_no;
		return;
	}
	slot_new(st, x, f, fl, GR_PDF_INCOMPLETE);
}

/* Does s (len bytes) begin with a leaf's numbering: a digit, then '.', '．' or '、'? */
static bool
leaf_numbered(const char *s, size_t len)
{
	if (len < 2 || s[0] < '1' || s[0] > '9')
		return false;
	return s[1] == '.' ||
		(len >= 4 && memcmp(s + 1, "\xEF\xBC\x8E", 3) == 0) ||
		(len >= 4 && memcmp(s + 1, "\xE3\x80\x81", 3) == 0);
}

/* Is the character at s (three bytes) a group's numeral, 一 to 七? */
static bool
head_numeral(const char *s)
{
	static const char *const nums[] = {"一", "二", "三", "四", "五", "六", "七"};

	for (size_t k = 0; k < sizeof(nums) / sizeof(nums[0]); k++)
		if (memcmp(s, nums[k], 3) == 0)
			return true;
	return false;
}

size_t
gr_pdf_split(gr_pdf_rows *st, const gr_tok *t)
{
	const char *sp = NULL;
	size_t		cut;
	int			x,
				xb = 0;
	gr_pdf_slot *own,
			   *at;

	if (!in_requests(st) || t->len < 5)
		return 0;
	for (size_t k = 1; k + 1 < t->len; k++)
		if (t->s[k] == ' ')
		{
			if (sp != NULL || t->s[k - 1] == ' ' || t->s[k + 1] == ' ')
				return 0;		/* one single space only */
			sp = t->s + k;
		}
	if (sp == NULL)
		return 0;
	cut = (size_t) (sp - t->s) + 1;
	x = tok_x(st, t);
	for (size_t k = 0; k < cut; k++)
	{
		unsigned char c = (unsigned char) t->s[k];

		if (c < 0x80)
			xb++;
		else if (c >= 0xC0)
			xb += (c < 0xE0 || c == 0xE2) ? 1 : 2;
	}
	xb += x;
	/* a group's head ("（六）") beside its first leaf ("1.…") */
	if (leaf_numbered(t->s + cut, t->len - cut) && t->s[cut] == '1' &&
		cut > 7 && memcmp(t->s, "\xEF\xBC\x88", 3) == 0 &&
		memcmp(t->s + cut - 4, "\xEF\xBC\x89", 3) == 0)
		return cut;
	/*
	 * a head wrapped in a narrow column ("（三" over "）不予公开") beside
	 * its first leaf: the head's numeral alone before the space
	 */
	if (leaf_numbered(t->s + cut, t->len - cut) && t->s[cut] == '1' &&
		cut == 7 && memcmp(t->s, "\xEF\xBC\x88", 3) == 0 && head_numeral(t->s + 3))
		return cut;
	/* the next parts of two cells in progress, each in its own column */
	own = slot_at(st, x);
	at = slot_at(st, xb);
	if (own != NULL && at != NULL && own != at && slot_recent(st, own) && slot_recent(st, at) &&
		at->row == GR_PDF_INCOMPLETE && numbered(st, at->text))
		return cut;
	return 0;
}

bool
gr_pdf_value(gr_pdf_rows *st, size_t i)
{
	const gr_pdf_matcher *m = st->m;
	const gr_toks *ts = st->ts;
	const gr_tok *t = &ts->t[i];

	if (!st->ln_vals)
	{
		bool		req = m->table(m->ctx) == GR_SEC_REQUESTS;
		gr_pdf_open o = m->open(m->ctx);

		st->ln_vals = true;
		st->ln_hold = false;
		/* a lone figure where a row of seven stands: a page number */
		if (req && t->kind == GR_TOK_LINE &&
			(i + 1 >= ts->n || ts->t[i + 1].lstart != t->lstart ||
			 ts->t[i + 1].kind == GR_TOK_BREAK))
			return true;
		if (!(o.section >= 0 && o.n > 0))
		{
			int			vx = tok_x(st, t);
			int			best = -1;

			for (int k = 0; k < GR_PDF_SLOTS; k++)
			{
				const gr_pdf_slot *s = &st->slot[k];

				/* (section 3 numbers every label: a header's words hold nothing) */
				if (slot_recent(st, s) && s->row == GR_PDF_INCOMPLETE && s->x + 2 < vx &&
					(!req || numbered(st, s->text)) &&
					(o.section < 0 || s->x > st->cur_x + 2) &&
					(best < 0 || s->x > st->slot[best].x))
					best = k;
			}
			if (best >= 0)
			{
				st->ln_hold = true;
				st->held_slot = best;
				st->nheld = 0;
			}
		}
	}
	if (!st->ln_hold)
		return false;
	if (st->nheld < GR_PDF_MAXCOLS)
		st->held[st->nheld++] = t;
	return true;
}

/*
 * Does a placement agree with the row's own gaps?  The layouts kept are
 * other rows', each stretched by its own label, so one may fit a row's
 * figures under the wrong columns; the row itself shows where a column
 * was left empty.  Each gap over an empty column must be wider by a third
 * than every gap between adjacent columns, and with no empty column
 * between its figures no gap may be half as wide again as another.
 */
static bool
own_gaps(const int *mids, const int *col, int n)
{
	int			skip_min = 1 << 30,
				adj_min = 1 << 30,
				adj_max = 0;

	for (int k = 0; k + 1 < n; k++)
	{
		int			d = mids[k + 1] - mids[k];

		if (col[k + 1] - col[k] > 1)
			skip_min = d < skip_min ? d : skip_min;
		else
		{
			adj_min = d < adj_min ? d : adj_min;
			adj_max = d > adj_max ? d : adj_max;
		}
	}
	if (skip_min < (1 << 30))
		return 10 * skip_min >= 13 * adj_max;
	return n < 2 || 2 * adj_max <= 3 * adj_min;
}

bool
gr_pdf_place_short(gr_pdf_rows *st, const gr_tok **cells, int *n, int ncols)
{
	int			mids[GR_PDF_MAXCOLS] = {0},
				cand[GR_PDF_CANDS * GR_PDF_MAXCOLS];
	const gr_tok *placed[GR_PDF_MAXCOLS];

	if (*n == 0 || *n > GR_PDF_MAXCOLS || ncols > GR_PDF_MAXCOLS)
		return false;
	for (int k = 0; k < *n; k++)
		mids[k] = gr_pdf_mid(st->ts, cells[k]);
	if (*n == ncols)
	{
		gr_pdf_cols_full(&st->cols, mids, *n);
		return false;
	}
	/* a field holding two cells ("—— 0 条") has no one middle */
	for (int k = 0; k < *n && st->paged; k++)
		if (memchr(cells[k]->s, ' ', cells[k]->len) != NULL)
			mids[k] = -1;
	if (!st->paged ? !gr_pdf_cols_near(&st->cols, mids, *n, ncols, cand) :
		(gr_pdf_cols_cands(&st->cols, mids, *n, ncols, cand) != 1 ||
		 !own_gaps(mids, cand, *n)))
	{
		*n = 0;
		return false;
	}
	for (int c = 0; c < ncols; c++)
		placed[c] = NULL;
	for (int k = 0; k < *n; k++)
		placed[cand[k]] = cells[k];
	/* the cells up to the last placed one; a NULL among them is missing */
	memcpy(cells, placed, sizeof(placed[0]) * (size_t) ncols);
	*n = cand[*n - 1] + 1;
	return true;
}

bool
gr_pdf_sums_across(const gr_pdf_rows *st, const gr_tok *const *cells, int n)
{
	const gr_tok *c[GR_PDF_MAXCOLS];

	if (n + 1 > GR_PDF_MAXCOLS || cells[n] == NULL)
		return true;
	for (int k = 0; k <= n; k++)
	{
		c[k] = cells[k] ? cells[k] : &gr_para_empty;
		if (st->m->state(c[k]) == GR_UNREADABLE)
			return true;		/* nothing to check: that cell is not read */
	}
	return st->m->sums_across(c, n);
}

/* ---------------------------------------------------------------- labels and their values */

bool
gr_pdf_paged(const char *text, size_t len)
{
	return memchr(text, '\f', len) != NULL;
}

void
gr_pdf_keep_marks(gr_pdf_rows *st, uint8_t *mark, const gr_tok **stream, int cap)
{
	st->paged = true;
	st->mark = mark;
	if (mark)
		memset(mark, 0, st->ts->n);
	st->stream = stream;
	st->capstream = stream ? cap : 0;
	st->nstream = 0;
	st->overflow = false;
}

void
gr_pdf_stream(gr_pdf_rows *st, const gr_tok *t)
{
	if (st->stream == NULL)
		return;
	if (st->nstream >= st->capstream)
	{
		st->overflow = true;
		return;
	}
	st->stream[st->nstream++] = t;
}

/*
 * Row r of the stream when s cells before it were not printed and c of its
 * own are not: how many ways (0, 1, or 2 for more) of putting its c empty
 * cells among its ncols make it add up across; the one way's mask.
 */
static int
row_ways(const gr_pdf_rows *st, const gr_tok *const *v, int nv, int r, int s, int c,
		 int ncols, unsigned *mask)
{
	int			from = r * ncols - s,
				ways = 0;
	const gr_tok *cells[GR_PDF_MAXCOLS];

	if (from < 0 || from + ncols - c > nv)
		return 0;
	for (unsigned m = 0; m < (1u << ncols) && ways < 2; m++)
	{
		int			bits = 0,
					k = from;

		for (int j = 0; j < ncols; j++)
			bits += (m >> j) & 1;
		if (bits != c)
			continue;
		for (int j = 0; j < ncols; j++)
			cells[j] = (m >> j) & 1 ? &gr_para_empty : v[k++];
		if (st->m->sums_across(cells, ncols - 1))
		{
			ways++;
			*mask = m;
		}
	}
	return ways;
}

int
gr_pdf_by_order(const gr_pdf_rows *st, int nrows, int ncols, const gr_tok **cells, bool *certain)
{
	return gr_pdf_by_order_part(st, 0, st->nstream, nrows, ncols, cells, certain);
}

int
gr_pdf_by_order_part(const gr_pdf_rows *st, int first, int nv, int nrows, int ncols,
					 const gr_tok **cells, bool *certain)
{
	const gr_tok *const *v;
	int			gaps = nrows * ncols - nv,
				found = 0;
	/* ways[r][s][c], fwd[r][s]: row r reachable after s cells unprinted, bwd likewise to the end */
	static const int maxr = GR_PDF_ORDER_ROWS;
	int8_t		ways[GR_PDF_ORDER_ROWS][GR_PDF_GAPS + 1][GR_PDF_GAPS + 1];
	unsigned	masks[GR_PDF_ORDER_ROWS][GR_PDF_GAPS + 1][GR_PDF_GAPS + 1];
	bool		fwd[GR_PDF_ORDER_ROWS + 1][GR_PDF_GAPS + 1],
				bwd[GR_PDF_ORDER_ROWS + 1][GR_PDF_GAPS + 1];

	if (st->stream == NULL || st->overflow || first < 0 || nv < 0 ||
		first + nv > st->nstream || nrows <= 0 || nrows > maxr || ncols < 2 ||
		ncols > 8 || gaps < 0 || gaps > GR_PDF_GAPS)
		return -1;
	v = st->stream + first;
	memset(fwd, 0, sizeof(fwd));
	memset(bwd, 0, sizeof(bwd));
	for (int r = 0; r < nrows; r++)
		for (int s = 0; s <= gaps; s++)
			for (int c = 0; s + c <= gaps; c++)
				ways[r][s][c] = (int8_t) row_ways(st, v, nv, r, s, c, ncols, &masks[r][s][c]);
	fwd[0][0] = true;
	for (int r = 0; r < nrows; r++)
		for (int s = 0; s <= gaps; s++)
			for (int c = 0; fwd[r][s] && s + c <= gaps; c++)
				if (ways[r][s][c] > 0)
					fwd[r + 1][s + c] = true;
	bwd[nrows][gaps] = true;
	for (int r = nrows - 1; r >= 0; r--)
		for (int s = 0; s <= gaps; s++)
			for (int c = 0; s + c <= gaps; c++)
				if (ways[r][s][c] > 0 && bwd[r + 1][s + c])
					bwd[r][s] = true;
	if (!bwd[0][0])
		return -1;
	/* where every row starts must be the same in every way through */
	for (int r = 0; r <= nrows; r++)
	{
		int			starts = 0;

		for (int s = 0; s <= gaps; s++)
			starts += fwd[r][s] && bwd[r][s];
		if (starts != 1)
			return -1;
	}
	for (int r = 0; r < nrows; r++)
	{
		int			options = 0,
					os = 0,
					oc = 0;

		for (int s = 0; s <= gaps; s++)
			for (int c = 0; s + c <= gaps; c++)
				if (fwd[r][s] && ways[r][s][c] > 0 && bwd[r + 1][s + c])
				{
					options += ways[r][s][c];
					os = s;
					oc = c;
				}
		/* which of its cells was not printed may still be open */
		certain[r] = options == 1;
		if (certain[r])
		{
			unsigned	m = masks[r][os][oc];
			int			k = r * ncols - os;

			for (int j = 0; j < ncols; j++)
				cells[r * ncols + j] = (m >> j) & 1 ? &gr_para_empty : v[k++];
			found++;
		}
	}
	return found;
}

void
gr_pdf_mark(gr_pdf_rows *st, size_t i, int kind)
{
	if (st->mark && i < st->ts->n && st->mark[i] != GR_PDF_MARK_ROW)
		st->mark[i] = (uint8_t) kind;
}

void
gr_pdf_settle_marks(gr_pdf_rows *st, const int *labels, int n)
{
	if (st->mark == NULL)
		return;
	for (size_t i = 0; i < st->ts->n; i++)
		if (st->mark[i] == GR_PDF_MARK_ROW)
			st->mark[i] = GR_PDF_MARK_PART;
	for (int k = 0; k < n; k++)
		if (labels[k] >= 0 && (size_t) labels[k] < st->ts->n &&
			st->mark[labels[k]] == GR_PDF_MARK_PART)
			st->mark[labels[k]] = GR_PDF_MARK_ROW;
}

/* The index of t in the token array, or -1 when it is not one of them. */
static long
tok_index(const gr_toks *ts, const gr_tok *t)
{
	if (!gr_toks_holds(ts, t))
		return -1;
	return (long) (t - ts->t);
}

bool
gr_pdf_block_exact(const gr_pdf_rows *st, int label_i, const gr_tok *const *cells, int n,
				   bool prev_before)
{
	const gr_toks *ts = st->ts;
	size_t		i;
	int			k = 0;
	bool		before = false,
				extra = false;

	if (st->mark == NULL)
		return true;
	if (label_i < 0 || (size_t) label_i >= ts->n)
		return false;
	/* its cells that stand in the text are the first values after its label */
	for (i = (size_t) label_i + 1; i < ts->n && !st->mark[i]; i++)
	{
		const gr_tok *t = &ts->t[i];
		long		c = -1;

		if (t->kind == GR_TOK_BREAK || !st->m->is_value(t))
			continue;
		while (k < n && ((c = tok_index(ts, cells[k])) < 0 || !st->m->is_value(cells[k])))
			k++;
		if (k >= n)
		{
			extra = true;		/* values of rows whose labels come later */
			break;
		}
		if ((size_t) c != i)
			return false;
		k++;
	}
	for (; k < n; k++)
		if (tok_index(ts, cells[k]) >= 0 && st->m->is_value(cells[k]))
			return false;

	/*
	 * More values than its cells: those of rows whose labels come later —
	 * or the next row's, printed before its label, when that label is
	 * followed by values of its own.
	 */
	if (extra)
	{
		const gr_tok *row[GR_PDF_MAXCOLS];
		int			nx = 0;

		for (; i < ts->n && !st->mark[i]; i++)
			if (ts->t[i].kind != GR_TOK_BREAK && st->m->is_value(&ts->t[i]) && nx++ < n &&
				n <= GR_PDF_MAXCOLS)
				row[nx - 1] = &ts->t[i];

		/*
		 * Exactly one full row after its own, adding up across, when the
		 * row before it in the form was read before its label: the row
		 * after it, whose label is printed elsewhere (values keep the
		 * form's order, so they are not an earlier row's).  Had this row
		 * left a cell unprinted, its last value would be that row's
		 * first, and that row would be one short.
		 */
		if (prev_before && nx == n && n > 2 && n <= GR_PDF_MAXCOLS &&
			st->m->sums_across(row, n - 1))
			i = ts->n;
		/*
		 * a part of a label that opened a row read again with the label's
		 * next line (5.要求行政机关 / 确认或重新出具): the label is the
		 * whole, on the lines that follow with no empty line between
		 */
		while (i + 1 < ts->n && st->mark[i] == GR_PDF_MARK_PART && st->mark[i + 1] &&
			   ts->t[i + 1].kind != GR_TOK_BREAK)
			i++;
		if (i < ts->n && (st->mark[i] == GR_PDF_MARK_ROW || st->mark[i] == GR_PDF_MARK_PART))
			for (i++; i < ts->n && !st->mark[i]; i++)
				if (ts->t[i].kind != GR_TOK_BREAK && st->m->is_value(&ts->t[i]))
					return false;
	}

	/*
	 * The row labelled before it had no values after its label: they are
	 * printed after, and the values after this label may be those.
	 */
	for (i = (size_t) label_i; i-- > 0;)
	{
		if (st->mark[i])
			return (st->mark[i] != GR_PDF_MARK_ROW && st->mark[i] != GR_PDF_MARK_PART) || before;
		if (ts->t[i].kind != GR_TOK_BREAK && st->m->is_value(&ts->t[i]))
			before = true;
	}
	return true;
}


int
gr_pdf_values_near(const gr_pdf_rows *st, int label_i, int dir, int *kind)
{
	const gr_toks *ts = st->ts;
	int			nv = 0;

	*kind = 0;
	if (st->mark == NULL || label_i < 0 || (size_t) label_i >= ts->n)
		return 0;
	for (long i = (long) label_i + (dir < 0 ? -1 : 1); i >= 0 && (size_t) i < ts->n; i += dir < 0 ? -1 : 1)
	{
		if (st->mark[i])
		{
			*kind = st->mark[i];
			break;
		}
		nv += ts->t[i].kind != GR_TOK_BREAK && st->m->is_value(&ts->t[i]);
	}
	return nv;
}

/* ---------------------------------------------------------------- -layout lines by order */

void
gr_pdf_layout_value(gr_pdf_rows *st, const gr_tok *t, bool keep)
{
	gr_pdf_vline *l;

	if (st->ln_nv++ == 0 && keep)
	{
		if (st->nvlines == GR_PDF_LINES)
		{
			st->vlines_lost = true;
			return;
		}
		st->vline[st->nvlines].nv = 0;
		st->nvlines++;
	}
	if (!keep || st->nvlines == 0 || st->vlines_lost)
		return;
	l = &st->vline[st->nvlines - 1];
	if (l->nv > 0 && l->v[0]->lstart != t->lstart)
	{
		/* a line begun when not kept: its values are not all here */
		l->nv = GR_PDF_LINE_VALS + 1;
		return;
	}
	if (l->nv < GR_PDF_LINE_VALS)
		l->v[l->nv] = t;
	l->nv++;
}

int
gr_pdf_layout_line(const gr_pdf_rows *st, const gr_tok *t)
{
	for (int k = 0; t != NULL && k < st->nvlines; k++)
		if (st->vline[k].nv > 0 && st->vline[k].v[0]->lstart == t->lstart)
			return k;
	return -1;
}

/*
 * A lone figure on a line of its own with an empty line or a page's start
 * before it: a page number (a figure wrapped from the line above has no
 * empty line between).
 */
static bool
page_number_line(const gr_pdf_rows *st, const gr_pdf_vline *l)
{
	const gr_toks *ts = st->ts;
	const gr_tok *t = l->v[0];
	const char *c;
	int			nl = 0;

	if (l->nv != 1 || t->lstart > ts->len || t->lend > ts->len)
		return false;
	/* nothing else on its line */
	for (c = ts->text + t->lstart; c < ts->text + t->lend; c++)
		if ((c < t->s || c >= t->s + t->len) && *c != ' ' && *c != '\t' && *c != '\r')
			return false;
	for (size_t k = t->lstart; k > 0; k--)
	{
		char		ch = ts->text[k - 1];

		if (ch == '\f')
			return true;
		if (ch == '\n' && ++nl == 2)
			return true;
		if (ch != '\n' && ch != ' ' && ch != '\t' && ch != '\r')
			return false;
	}
	return true;
}

/* A whole row of ncols counts on one line, its last the sum of the others. */
static bool
line_row(const gr_pdf_rows *st, const gr_pdf_vline *l, int ncols)
{
	if (l->nv != ncols || ncols > GR_PDF_LINE_VALS)
		return false;
	for (int k = 0; k < ncols; k++)
	{
		gr_state	s = st->m->state(l->v[k]);

		if (!(s == GR_VALUE || (s == GR_BLANK && k < ncols - 1)) ||
			memchr(l->v[k]->s, '.', l->v[k]->len) != NULL)
			return false;
	}
	return st->m->sums_across(l->v, ncols - 1);
}

int
gr_pdf_layout_fill(const gr_pdf_rows *st, int nrows, int ncols, const int *line_of,
				   const gr_tok **cells, bool *certain)
{
	int			prev = -1,
				from = 0,
				filled = 0;

	if (st->vlines_lost || nrows > GR_PDF_ORDER_ROWS)
		return 0;
	for (int k = 0; k < nrows; k++)
		certain[k] = false;
	for (int k = 0; k <= nrows; k++)
	{
		int			to,
					need,
					have = 0;
		bool		ok = true;

		if (k < nrows && line_of[k] == -1)
			continue;
		if (k < nrows && line_of[k] == -2)
		{
			/* a row read otherwise: nothing is filled across it */
			prev = -2;
			continue;
		}
		to = k < nrows ? line_of[k] : st->nvlines;
		if (to < from)
			return -1;
		need = k - (prev == -2 ? k : prev) - 1;
		if (prev == -2)
		{
			need = 0;
			for (int j = k - 1; j >= 0 && line_of[j] == -1; j--)
				need++;
			ok = false;			/* where the row read otherwise stands is not known */
		}
		for (int j = from; j < to && ok; j++)
		{
			const gr_pdf_vline *l = &st->vline[j];

			if (page_number_line(st, l))
				continue;
			/* a whole row, or a row's line all the same (a cell or two empty) */
			ok = l->nv <= ncols && l->nv >= ncols - 2;
			have++;
		}
		if (ok && need > 0 && have == need)
		{
			int			r = k - need;

			for (int j = from; j < to; j++)
			{
				if (page_number_line(st, &st->vline[j]))
					continue;
				if (line_row(st, &st->vline[j], ncols))
				{
					memcpy(cells + r * ncols, st->vline[j].v, sizeof(gr_tok *) * (size_t) ncols);
					certain[r] = true;
					filled++;
				}
				r++;
			}
		}
		if (k < nrows)
		{
			prev = k;
			from = line_of[k] + 1;
		}
	}
	return filled;
}
