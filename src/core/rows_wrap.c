/*
 * rows_wrap.c — figures and units wrapped onto the line above or below
 * their row, in tables laid out with spaces (w3m of pages whose cells are
 * narrow, pdftotext -layout).
 *
 * A cell too narrow for its text breaks it over lines in its own column,
 * while the row's other cells stand on one line:
 *
 *        1.申请人无正当理由逾期不补正、          108             0
 *        行政机关不再处理其政府信息公开  0    1  条   0件  2     件 111
 *
 *   or   0       2     0   0     2  1       0   4     2     7  …
 *                        条                         条
 *
 *   or   其他处 2.申请人逾期未按收费通知要求缴          8  １
 *          理   纳费用、行政机关不再处理其政府  0件  0  条 ２
 *
 * A piece (digits, a count's unit, or both) on the line right above or
 * below a row of three or more values, lying in the column of exactly one
 * of that row's cells, is joined to that cell: digits above it go before
 * it, a unit or the rest of the digits below it after it.  Digits above
 * and below one cell (a figure wrapped over three lines, its middle line
 * beside the row's other cells) make one number with it.  The cell keeps
 * its place in its line (the matcher reads columns from it) and takes the
 * joined number; the piece is taken out of the token stream, so that its
 * line no longer looks like a figure wrapped out of a row (which the
 * matcher declines).
 *
 * Never a wrong number: a piece that two rows could claim, that stands in
 * no cell's column or in two, or in a cell that is not of the right kind
 * is left alone.  A join that changes a number (digits joined to digits)
 * is made only when the row then adds up: seven values whose last is the
 * sum of the six before it, or fifteen whose every fifth is the sum of
 * the four before it; otherwise none of the row's joins is made.  Money
 * units (元, 万元) are never joined: a unit changes an amount's value.
 *
 * In order: fields that hold two cells parted by one space, or a label's
 * text and the row's first value so parted, are split (split_rows), pieces are joined (join_pieces), a split whose row did not
 * add up is put back (unsplit), the pieces taken are dropped, figures
 * wrapped above and below a row's line where it holds nothing are put into
 * it (fill_between, pdftotext's text only), and the empty cells of short
 * rows are placed under the full rows' columns (place_blanks).  gr_scan runs the stage only on texts where it split a
 * line at runs of spaces; each step is one pass over the tokens.
 */
#include "gr.h"
#include "scan.h"
#include "text.h"

#include <string.h>

enum
{
	P_OTHER = 0,
	P_DIG,						/* digits only */
	P_UNIT,						/* a count's unit only */
	P_DIGUNIT					/* digits, then a count's unit */
};

/* The units of a count that may wrap under its figure, in both scripts. */
static const char *const count_units[] = {
	"件", "条", "條", "个", "個", "项", "項", "人次", "次", "家", "份", "宗", "起",
	"笔", "筆", NULL
};

static size_t
unit_at(const char *s, size_t n)
{
	for (int k = 0; count_units[k]; k++)
	{
		size_t		l = strlen(count_units[k]);

		if (n == l && memcmp(s, count_units[k], l) == 0)
			return l;
	}
	return 0;
}

/* What a token's text is, as a piece of a wrapped cell. */
static int
piece_kind(const gr_tok *t)
{
	size_t		i = 0;
	int			digits = 0;

	if (t->kind == GR_TOK_BREAK || t->len == 0 || t->len > 24)
		return P_OTHER;
	while (i < t->len)
	{
		unsigned char c = (unsigned char) t->s[i];

		if (c >= '0' && c <= '9')
			i++;
		else if (c == 0xEF && i + 2 < t->len && (unsigned char) t->s[i + 1] == 0xBC &&
				 (unsigned char) t->s[i + 2] >= 0x90 && (unsigned char) t->s[i + 2] <= 0x99)
			i += 3;
		else
			break;
		digits++;
	}
	if (digits > 6)
		return P_OTHER;
	if (i == t->len)
		return P_DIG;
	if (unit_at(t->s + i, t->len - i) == 0)
		return P_OTHER;
	return digits > 0 ? P_DIGUNIT : P_UNIT;
}

/* A source line's tokens: ts->t[first .. first + n). */
typedef struct wline
{
	size_t		first;
	uint32_t	n;
	uint32_t	nvals;			/* valueish cells */
	bool		label;			/* its first token is text, not a value */
	bool		gap;			/* laid out with spaces, every token in the text */
} wline;

static int
display_width(const char *s, size_t n)
{
	int			w = 0;

	for (size_t i = 0; i < n; i++)
	{
		unsigned char c = (unsigned char) s[i];

		if (c < 0x80)
			w += c != '\f';	/* a page's first line begins with its form feed */
		else if (c >= 0xC0)
			w += (c < 0xE0 || c == 0xE2) ? 1 : 2;
	}
	return w;
}

static void char_cols(const gr_toks *ts, const gr_tok *t, int *c0, int *c1);

/*
 * The columns [*c0, *c1) a token of a space-laid line takes: display
 * columns (w3m gives a CJK character two), but characters in pdftotext's
 * text, which gives every character one whatever its width (a line that
 * holds a label's CJK part keeps its figures under those of a line that
 * holds none).  pdftotext's text is known by the form feed it ends every
 * page with, the last one at the text's end.
 */
static void
tok_cols(const gr_toks *ts, const gr_tok *t, int *c0, int *c1)
{
	if ((ts->len >= 1 && ts->text[ts->len - 1] == '\f') ||
		(ts->len >= 2 && ts->text[ts->len - 2] == '\f' && ts->text[ts->len - 1] == '\n'))
	{
		char_cols(ts, t, c0, c1);
		return;
	}
	*c0 = display_width(ts->text + t->lstart, (size_t) (t->s - (ts->text + t->lstart)));
	*c1 = *c0 + display_width(t->s, t->len);
}

static bool
valueish(gr_tok *t)
{
	if (t->nstate == 0)
	{
		if (t->len == 0)
		{
			t->num.m = 0;
			t->num.scale = 0;
			t->num.state = GR_BLANK;
		}
		else
			gr_read_number(t->s, t->len, true, &t->num);
		t->nstate = (uint8_t) (1 + t->num.state);
	}
	return t->num.state == GR_VALUE || t->num.state == GR_BLANK;
}

/*
 * Is the line's text laid out with spaces (no tab, bar or box drawing)?
 * A form feed only before it: pdftotext -layout begins a page's first
 * line with it, and the line keeps its columns (it takes none).
 */
static bool
gap_line(const gr_toks *ts, const gr_tok *t)
{
	const char *s = ts->text + t->lstart;
	size_t		n = t->lend - t->lstart;

	if (t->lend > ts->len || t->lstart > t->lend)
		return false;
	for (size_t i = 0; i < n; i++)
		if (s[i] == '\t' || s[i] == '|' || (s[i] == '\f' && i > 0) ||
			((unsigned char) s[i] == 0xE2 && i + 1 < n &&
			 ((unsigned char) s[i + 1] == 0x94 || (unsigned char) s[i + 1] == 0x95)))
			return false;
	return true;
}

/* Is the token's text inside its line in the text (not a joined copy)? */
static bool
in_line(const gr_toks *ts, const gr_tok *t)
{
	return !t->joined && t->lend <= ts->len && t->s >= ts->text + t->lstart &&
		t->s + t->len <= ts->text + t->lend;
}

/* Are lines a and b (a before b) consecutive source lines? */
static bool
adjacent(const gr_toks *ts, const wline *a, const wline *b)
{
	const gr_tok *ta = &ts->t[a->first],
			   *tb = &ts->t[b->first];
	size_t		e = ta->lend;

	if (e < ts->len && ts->text[e] == '\r')
		e++;
	return e < ts->len && ts->text[e] == '\n' && tb->lstart == e + 1;
}


/*
 * w3m parts two narrow cells by one space (`140 23`, `1,598 32 1864`), which
 * the scan takes for one field.  A field whose parts, split at single
 * spaces, are each a number or a placeholder is split into them when the
 * line then holds a row of the form that adds up: seven values whose last
 * is the sum of the six before it, or fifteen in three such groups of five.
 * The parts keep their places in the line.
 */
#define MAX_PARTS 32
#define SPLIT_CHECK 0x80		/* the row must add up, else the field is put back */

/* The parts of t split at spaces into parts[]; how many (0: too many). */
static int
parts_of(const gr_tok *t, gr_tok *parts, int room)
{
	int			n = 0;
	size_t		i = 0;

	while (i < t->len)
	{
		size_t		a;

		while (i < t->len && t->s[i] == ' ')
			i++;
		if (i >= t->len)
			break;
		a = i;
		while (i < t->len && t->s[i] != ' ')
			i++;
		if (n == room)
			return 0;
		parts[n] = *t;
		parts[n].s = t->s + a;
		parts[n].len = (uint32_t) (i - a);
		parts[n].kind = GR_TOK_CELL;
		parts[n].nstate = 0;
		n++;
	}
	return n;
}

static bool valueish(gr_tok *t);
static bool gap_line(const gr_toks *ts, const gr_tok *t);
static bool in_line(const gr_toks *ts, const gr_tok *t);

/* Does a row of values v[0..n) add up as the form's rows do? */
static bool
adds_up(const int64_t *v, int n)
{
	if (n == 7)
		return v[0] + v[1] + v[2] + v[3] + v[4] + v[5] == v[6];
	if (n == 15)
	{
		for (int g = 0; g < 15; g += 5)
			if (v[g] + v[g + 1] + v[g + 2] + v[g + 3] != v[g + 4])
				return false;
		return true;
	}
	return false;
}

/*
 * A label's last line beside a group's label (w3m: `理   纳费用、行政机关
 * 不再处理其政府 0   1   0 …`): the leaf's text and the row's first value
 * parted by one space are one field.  The field's parts (np of them, from
 * parts_of) are split into the text and its values when the text is one
 * word with no digit and the values of the line — those parts and every
 * field after it, each a single value — are a row that adds up (seven,
 * or fifteen in three groups).  The text keeps its column, so the label
 * reading places it as before, and the row keeps its first value.
 */
static bool
label_then_values(gr_toks *ts, size_t first, size_t n, size_t k, gr_tok *parts, int np)
{
	int64_t		v[16];
	int			nv = 0;

	if (k + 1 >= n || valueish(&parts[0]) || gr_tok_has_digit(&parts[0]))
		return false;
	for (int q = 1; q < np; q++)
	{
		if (!valueish(&parts[q]) || piece_kind(&parts[q]) == P_UNIT || nv == 16 ||
			(parts[q].num.state == GR_VALUE && parts[q].num.scale != 0))
			return false;
		v[nv++] = parts[q].num.state == GR_VALUE ? parts[q].num.m : 0;
	}
	for (size_t j = k + 1; j < n; j++)
	{
		gr_tok	   *t = &ts->t[first + j];

		if (!in_line(ts, t) || memchr(t->s, ' ', t->len) != NULL || !valueish(t) ||
			piece_kind(t) == P_UNIT || nv == 16 ||
			(t->num.state == GR_VALUE && t->num.scale != 0))
			return false;
		v[nv++] = t->num.state == GR_VALUE ? t->num.m : 0;
	}
	return adds_up(v, nv);
}

/*
 * Decide for the line ts->t[first .. first + n) which fields to split
 * (split[k] = its parts, 0: kept); the tokens the line gains.
 */
static int
split_line(gr_toks *ts, size_t first, size_t n, uint8_t *split)
{
	gr_tok		parts[MAX_PARTS];
	int			gain = 0;
	bool		any = false;

	for (size_t k = 0; k < n; k++)
	{
		gr_tok	   *t = &ts->t[first + k];

		split[k] = 0;
		if (t->kind != GR_TOK_CELL || memchr(t->s, ' ', t->len) == NULL)
			continue;
		any = true;
	}
	if (!any || !gap_line(ts, &ts->t[first]))
		return 0;
	for (size_t k = 1; k < n; k++)
	{
		gr_tok	   *t = &ts->t[first + k];
		int			np,
					units = 0;

		if (!in_line(ts, t))
			return 0;
		if (t->kind != GR_TOK_CELL || memchr(t->s, ' ', t->len) == NULL)
			continue;
		np = parts_of(t, parts, MAX_PARTS);
		if (np < 2)
			continue;
		if (label_then_values(ts, first, n, k, parts, np))
		{
			split[k] = (uint8_t) np;
			gain += np - 1;
			continue;
		}
		for (int q = 0; q < np && units >= 0; q++)
		{
			/*
			 * A unit first is the end of the cell above's wrapped figure
			 * (`件 111`); a unit after a value is that value's (`24 件`).
			 */
			if (piece_kind(&parts[q]) == P_UNIT)
				units = q == 0 && np == 2 ? units + 1 : -1;
			else if (!valueish(&parts[q]) ||
					 (parts[q].num.state == GR_VALUE && parts[q].num.scale != 0))
				units = -1;
		}
		if (units < 0)
			continue;
		/* a unit and a value are two cells for certain; values may be one */
		split[k] = (uint8_t) (np | (np == 2 && units == 1 ? 0 : SPLIT_CHECK));
		gain += np - 1;
	}
	return gain;
}

/*
 * Split the fields of rows that split_line says to; per token of the new
 * stream, 1 or 2 for the first and further parts of a field whose row must
 * still add up (NULL: nothing split).
 */
static uint8_t *
split_rows(gr_toks *ts, const gr_mem *m)
{
	uint8_t    *split = NULL;	/* made at the first row split */
	uint8_t    *grp = NULL;
	uint8_t		one[MAX_PARTS];
	size_t		gain = 0;
	gr_tok	   *nt = NULL;
	size_t		o = 0;

	for (int pass = 0; pass < 2; pass++)
	{
		for (size_t i = 0; i < ts->n;)
		{
			size_t		j = i;

			while (j < ts->n && ts->t[j].kind != GR_TOK_BREAK && ts->t[j].lstart == ts->t[i].lstart)
				j++;
			if (j == i)
			{
				if (pass == 1)
					nt[o++] = ts->t[i];
				i++;
				continue;
			}
			if (pass == 0)
			{
				int			g = j - i >= 2 && j - i <= MAX_PARTS ?
					split_line(ts, i, j - i, one) : 0;

				if (g > 0)
				{
					if (split == NULL)
					{
						split = gr_alloc_raw(m, ts->n);
						memset(split, 0, ts->n);
					}
					memcpy(split + i, one, j - i);
				}
				gain += (size_t) g;
			}
			else
			{
				for (size_t k = i; k < j; k++)
				{
					int			np = split[k] & ~SPLIT_CHECK;

					if (np > 1)
					{
						np = parts_of(&ts->t[k], nt + o, np);
						for (int q = 0; q < np; q++)
							grp[o + (size_t) q] = (split[k] & SPLIT_CHECK) ? (q == 0 ? 1 : 2) : 0;
						o += (size_t) np;
					}
					else
						nt[o++] = ts->t[k];
				}
			}
			i = j;
		}
		if (pass == 0)
		{
			/* the gain is a few tokens a row split; within the scan's budget */
			if (gain == 0 || gain * sizeof(gr_tok) > ts->budget)
				return NULL;
			ts->budget -= gain * sizeof(gr_tok);
			nt = gr_alloc_raw(m, (ts->n + gain) * sizeof(gr_tok));
			grp = gr_alloc_raw(m, ts->n + gain);
			memset(grp, 0, ts->n + gain);
		}
	}
	ts->t = nt;
	ts->n = o;
	ts->cap = o;
	return grp;
}

/*
 * Put back together a field split into values whose row did not add up:
 * its first part takes the whole field's text again, the others go.
 */
static void
unsplit(gr_toks *ts, uint8_t *grp)
{
	for (size_t k = 0; k < ts->n; k++)
	{
		size_t		e = k + 1;

		if (grp[k] != 1)
			continue;
		while (e < ts->n && grp[e] == 2)
			e++;
		ts->t[k].len = (uint32_t) (ts->t[e - 1].s + ts->t[e - 1].len - ts->t[k].s);
		ts->t[k].nstate = 0;
		for (size_t q = k + 1; q < e; q++)
			ts->t[q].kind = 0xFF;	/* dropped with the pieces taken */
		grp[k] = 0;
	}
}

/* The row r's split fields, now trusted. */
static void
trust_split(const wline *r, uint8_t *grp)
{
	if (grp != NULL)
		memset(grp + r->first, 0, r->n);
}

static bool
row_split(const wline *r, const uint8_t *grp)
{
	if (grp != NULL)
		for (uint32_t k = 0; k < r->n; k++)
			if (grp[r->first + k] != 0)
				return true;
	return false;
}

/*
 * An empty cell that w3m prints as spaces only leaves its row one value
 * short (`0  0条  5          0   7  12件` under seven columns).  The
 * columns of a table laid out with spaces are where its full rows' values
 * stand: each column the extent of its values over the rows of seven
 * values.  When those extents do not touch one another, a short row whose
 * every value lies within exactly one column's extent, in order, has its
 * empty cells where no value lies: an empty cell is put there, and the row
 * must then add up (its total the sum of the six others), else nothing is
 * put.  Seven-value rows are section 3's; other tables are left alone.
 */
#define NCOL 7

/* The values of a line after its label: their count, -1 if text stands among them. */
static int
line_values(gr_toks *ts, size_t first, size_t n, size_t *v0)
{
	size_t		k = 0;
	int			nv = 0;

	if (n > 0 && !valueish(&ts->t[first]))
		k = 1;
	*v0 = first + k;
	for (; k < n; k++)
	{
		if (!valueish(&ts->t[first + k]))
			return -1;
		nv++;
	}
	return nv;
}

/* The byte in a line at display column col (its start if before). */
static const char *
at_column(const gr_toks *ts, const gr_tok *t, int col)
{
	const char *s = ts->text + t->lstart;
	const char *e = ts->text + t->lend;
	int			c = 0;

	while (s < e && c < col)
	{
		unsigned char b = (unsigned char) *s;

		c += b < 0x80 ? b != '\f' : (b < 0xE0 || b == 0xE2) ? 1 : 2;
		s++;
		while (s < e && ((unsigned char) *s & 0xC0) == 0x80)
			s++;
	}
	return s;
}

static void
place_blanks(gr_toks *ts, const gr_mem *m)
{
	int			lo[NCOL],
				hi[NCOL];
	int			nfull = 0;
	size_t		gain = 0;
	uint8_t    *fill;			/* per token: empty cells to put before it (bit set) */
	gr_tok	   *nt;
	size_t		o = 0;

	for (int c = 0; c < NCOL; c++)
	{
		lo[c] = 1 << 30;
		hi[c] = -1;
	}
	/* the columns' extents over the full rows */
	for (size_t i = 0; i < ts->n;)
	{
		size_t		j = i,
					v0;

		while (j < ts->n && ts->t[j].kind != GR_TOK_BREAK && ts->t[j].lstart == ts->t[i].lstart)
			j++;
		if (j == i)
		{
			i++;
			continue;
		}
		if (j - i >= NCOL && line_values(ts, i, j - i, &v0) == NCOL && gap_line(ts, &ts->t[i]))
		{
			for (int c = 0; c < NCOL; c++)
			{
				int			c0,
							c1;

				if (!in_line(ts, &ts->t[v0 + c]))
					return;
				tok_cols(ts, &ts->t[v0 + c], &c0, &c1);
				if (c0 < lo[c])
					lo[c] = c0;
				if (c1 > hi[c])
					hi[c] = c1;
			}
			nfull++;
		}
		i = j;
	}
	if (nfull < 2)
		return;
	for (int c = 0; c + 1 < NCOL; c++)
		if (hi[c] > lo[c + 1])
			return;				/* columns that touch: no place is certain */

	fill = NULL;				/* made at the first row given empty cells */
	for (size_t i = 0; i < ts->n;)
	{
		size_t		j = i,
					v0;
		int			nv,
					col[NCOL],
					c = 0;
		bool		ok = true;
		int64_t		v[NCOL];

		while (j < ts->n && ts->t[j].kind != GR_TOK_BREAK && ts->t[j].lstart == ts->t[i].lstart)
			j++;
		if (j == i)
		{
			i++;
			continue;
		}
		nv = line_values(ts, i, j - i, &v0);
		if (nv < 3 || nv >= NCOL || v0 == i || !gap_line(ts, &ts->t[i]) ||
			!in_line(ts, &ts->t[i]))
		{
			i = j;
			continue;
		}
		{
			/* the label ends before the first column: no value hides in it */
			int			c0,
						c1;

			tok_cols(ts, &ts->t[i], &c0, &c1);
			if (c1 > lo[0])
			{
				i = j;
				continue;
			}
		}
		/* each value over exactly one column's extent, in order */
		for (int k = 0; k < nv && ok; k++)
		{
			int			c0,
						c1,
						hit = -1;

			if (!in_line(ts, &ts->t[v0 + k]))
				ok = false;
			tok_cols(ts, &ts->t[v0 + k], &c0, &c1);
			for (int q = 0; q < NCOL && ok; q++)
				if (c0 < hi[q] && lo[q] < c1)
				{
					if (hit >= 0)
						ok = false;
					hit = q;
				}
			if (hit < 0 || (k > 0 && hit <= col[k - 1]))
				ok = false;
			col[k] = hit;
		}
		/* the row with empty cells where no value stands must add up */
		for (int q = 0, k = 0; q < NCOL && ok; q++)
		{
			if (k < nv && col[k] == q)
			{
				gr_cell    *cn = &ts->t[v0 + k].num;

				if (cn->state == GR_VALUE && cn->scale != 0)
					ok = false;
				v[q] = cn->state == GR_VALUE ? cn->m : 0;
				k++;
			}
			else
				v[q] = 0;
		}
		if (ok && adds_up(v, NCOL))
		{
			/* mark: before value k, the columns between it and the one before */
			for (int k = 0; k <= nv; k++)
			{
				int			from = k == 0 ? 0 : col[k - 1] + 1,
							to = k == nv ? NCOL : col[k];

				c += to - from;
			}
			gain += (size_t) c;
			if (fill == NULL)
			{
				fill = gr_alloc_raw(m, ts->n + 1);
				memset(fill, 0, ts->n + 1);
			}
			fill[v0] = 1;		/* this row gets its empty cells */
		}
		i = j;
	}
	if (gain == 0 || gain * sizeof(gr_tok) > ts->budget)
		return;
	ts->budget -= gain * sizeof(gr_tok);
	nt = gr_alloc_raw(m, (ts->n + gain) * sizeof(gr_tok));
	for (size_t i = 0; i < ts->n;)
	{
		size_t		j = i,
					v0;
		int			nv,
					k = 0,
					q = 0;

		while (j < ts->n && ts->t[j].kind != GR_TOK_BREAK && ts->t[j].lstart == ts->t[i].lstart)
			j++;
		if (j == i)
		{
			nt[o++] = ts->t[i++];
			continue;
		}
		nv = line_values(ts, i, j - i, &v0);
		if (nv < 0 || !fill[v0])
		{
			for (; i < j; i++)
				nt[o++] = ts->t[i];
			continue;
		}
		for (size_t x = i; x < v0; x++)
			nt[o++] = ts->t[x];
		/* the values again, with an empty cell in each column none took */
		for (q = 0; q < NCOL; q++)
		{
			int			c0 = 0,
						c1 = 0,
						hit = -1;

			if (k < nv)
			{
				tok_cols(ts, &ts->t[v0 + k], &c0, &c1);
				for (int z = 0; z < NCOL; z++)
					if (c0 < hi[z] && lo[z] < c1)
						hit = z;
			}
			if (hit == q)
				nt[o++] = ts->t[v0 + k++];
			else
			{
				gr_tok		e = ts->t[i];

				e.kind = GR_TOK_CELL;
				e.s = at_column(ts, &ts->t[i], (lo[q] + hi[q]) / 2);
				e.len = 0;
				e.nstate = 0;
				e.joined = 0;
				nt[o++] = e;
			}
		}
		i = j;
	}
	ts->t = nt;
	ts->n = o;
	ts->cap = o;
}

#define MAX_JOINS 16

typedef struct join
{
	size_t		piece,			/* the token joined */
				cell;			/* the cell it joins */
	bool		above;			/* the piece stands above the cell */
	gr_cell		num;			/* the joined number */
	bool		digits;			/* digits joined to digits: the number changes */
	bool		drop;			/* a unit only taken away: no number set */
} join;

/*
 * The cell of row r whose columns the piece p (on line a) overlaps, if
 * exactly one does and the pair makes a number; false otherwise.
 */
static bool
pair_with(const gr_toks *ts, const wline *r, size_t p, bool above, bool paged, join *j)
{
	const gr_tok *pt = &ts->t[p];
	int			pc0,
				pc1,
				pk = piece_kind(pt);
	size_t		hit = 0;
	int			nhit = 0;
	char		buf[64];
	size_t		bl = 0;
	const gr_tok *ct;
	int			ck;

	tok_cols(ts, pt, &pc0, &pc1);
	for (uint32_t k = 0; k < r->n; k++)
	{
		int			c0,
					c1;

		tok_cols(ts, &ts->t[r->first + k], &c0, &c1);
		if (c0 < pc1 && pc0 < c1)
		{
			hit = r->first + k;
			nhit++;
		}
	}
	if (nhit != 1 || (hit == r->first && r->label))
		return false;			/* no cell, two cells, or the row's label */
	ct = &ts->t[hit];
	ck = piece_kind(ct);
	if (above)
	{
		if (pk != P_DIG || ck == P_OTHER)
			return false;
		j->digits = ck != P_UNIT;
	}
	else
	{
		if (ck != P_DIG || pk == P_OTHER)
			return false;
		j->digits = pk != P_UNIT;
	}
	/*
	 * Digits joined to digits change a number, and the row adding up does
	 * not tell which of two neighbours they belong to (２９ over 37 or over
	 * ９９ adds the same).  pdftotext -layout (paged text) prints a cell's
	 * lines only roughly in its column: another cell within two columns of
	 * the piece leaves it alone.
	 */
	if (j->digits && paged)
		for (uint32_t k = 0; k < r->n; k++)
		{
			int			c0,
						c1;

			if (r->first + k == hit || (k == 0 && r->label))
				continue;
			tok_cols(ts, &ts->t[r->first + k], &c0, &c1);
			if (c0 < pc1 + 2 && pc0 < c1 + 2)
				return false;
		}
	j->drop = false;
	if (pt->len + ct->len > sizeof(buf))
		return false;
	memcpy(buf, above ? pt->s : ct->s, above ? pt->len : ct->len);
	bl = above ? pt->len : ct->len;
	memcpy(buf + bl, above ? ct->s : pt->s, above ? ct->len : pt->len);
	bl += above ? ct->len : pt->len;
	/* the whole cell defined (padding too): it is copied into the token */
	memset(&j->num, 0, sizeof(j->num));
	if (gr_read_number(buf, bl, false, &j->num) != GR_VALUE)
		return false;
	j->piece = p;
	j->cell = hit;
	j->above = above;
	return true;
}

/*
 * A figure wrapped over three lines (w3m: `２` / `… ８   ２  1169` / `２`,
 * 222): digits above a cell of digits and digits (or digits and a unit, or
 * a unit) below it make one number, the three in order.  a holds it; b's
 * piece is only taken away.  The row must then add up (digits changed).
 */
static bool
join_over(const gr_toks *ts, join *a, join *b)
{
	const join *up = a->above ? a : b,
			   *down = a->above ? b : a;
	const gr_tok *u = &ts->t[up->piece],
			   *c = &ts->t[a->cell],
			   *d = &ts->t[down->piece];
	char		buf[64];
	gr_cell		num;

	if (a->above == b->above || a->drop || b->drop ||
		piece_kind(u) != P_DIG || piece_kind(c) != P_DIG || piece_kind(d) == P_OTHER ||
		u->len + c->len + d->len > sizeof(buf))
		return false;
	memcpy(buf, u->s, u->len);
	memcpy(buf + u->len, c->s, c->len);
	memcpy(buf + u->len + c->len, d->s, d->len);
	memset(&num, 0, sizeof(num));
	if (gr_read_number(buf, u->len + c->len + d->len, false, &num) != GR_VALUE)
		return false;
	a->num = b->num = num;
	a->digits = b->digits = true;
	b->drop = true;
	return true;
}

/* Does row r add up across with the joins js applied? */
static bool
row_adds_up(gr_toks *ts, const wline *r, const join *js, int nj)
{
	int64_t		v[16];
	int			n = 0;

	for (uint32_t k = r->label ? 1 : 0; k < r->n; k++)
	{
		gr_tok	   *t = &ts->t[r->first + k];
		const gr_cell *c = &t->num;

		for (int q = 0; q < nj; q++)
			if (js[q].cell == r->first + k)
				c = &js[q].num;
		if (c == &t->num && !valueish(t))
			return false;		/* text among the values */
		if (n == 16 || (c->state == GR_VALUE && c->scale != 0))
			return false;
		v[n++] = c->state == GR_VALUE ? c->m : 0;
	}
	return adds_up(v, n);
}

/*
 * Does the label field t end in a figure parted from its text by one space
 * (w3m: `2.其他法律行政法规禁止 ０`, the first cell next to the label),
 * whose columns [c0, c1) overlap?  A unit wrapped under that figure is
 * then its unit, not a cell of its own.
 */
static bool
under_label_figure(const gr_toks *ts, const gr_tok *t, int c0, int c1)
{
	const char *sp;
	size_t		tail;
	int			t0,
				t1;
	gr_tok		fig;

	if (!in_line(ts, t) || t->len < 3)
		return false;
	for (sp = t->s + t->len; sp > t->s && sp[-1] != ' '; sp--)
		;
	if (sp == t->s)
		return false;
	tail = (size_t) (t->s + t->len - sp);
	fig = *t;
	fig.s = sp;
	fig.len = (uint32_t) tail;
	if (piece_kind(&fig) != P_DIG)
		return false;
	tok_cols(ts, &fig, &t0, &t1);
	return c0 < t1 && t0 < c1;
}

/*
 * Join the pieces that line a holds to row r (the line below a when above
 * is true, else the line above it) into js; returns how many, -1 when the
 * line holds anything else in the row's value columns.
 */
static int
pieces_of(gr_toks *ts, const wline *a, const wline *r, bool above, bool paged, join *js, int nj)
{
	int			vcol0 = 1 << 30;
	int			found = 0;

	/* where the row's values begin: the line's text left of it is labels */
	for (uint32_t k = r->label ? 1 : 0; k < r->n; k++)
	{
		int			c0,
					c1;

		if (valueish(&ts->t[r->first + k]) || piece_kind(&ts->t[r->first + k]) == P_UNIT)
		{
			tok_cols(ts, &ts->t[r->first + k], &c0, &c1);
			vcol0 = c0;
			break;
		}
	}
	for (uint32_t k = 0; k < a->n; k++)
	{
		size_t		p = a->first + k;
		int			c0,
					c1;

		tok_cols(ts, &ts->t[p], &c0, &c1);
		if (c1 <= vcol0 && r->label && piece_kind(&ts->t[p]) == P_UNIT &&
			under_label_figure(ts, &ts->t[r->first], c0, c1))
		{
			/* the unit of a figure the label's field holds: taken away */
			if (nj + found >= MAX_JOINS)
				return -1;
			memset(&js[nj + found], 0, sizeof(js[0]));
			js[nj + found].piece = p;
			js[nj + found].cell = r->first;
			js[nj + found].above = above;
			js[nj + found].drop = true;
			found++;
			continue;
		}
		if (c1 <= vcol0)
			continue;			/* a label's part */
		if (nj + found >= MAX_JOINS || !pair_with(ts, r, p, above, paged, &js[nj + found]))
			return -1;
		found++;
	}
	return found;
}

/*
 * Is line a, beside row r, only pieces of r's cells — no label, nothing
 * but digits and units, fewer values than r (w3m wraps several cells of a
 * row of wide figures at once: `１１` / `２８` under three columns)?  Its
 * digits are still joined only when the row then adds up.
 */
static bool
pieces_only(const gr_toks *ts, const wline *a, const wline *r)
{
	if (a->label || a->nvals >= r->nvals)
		return false;
	for (uint32_t k = 0; k < a->n; k++)
		if (piece_kind(&ts->t[a->first + k]) == P_OTHER)
			return false;
	return true;
}

/*
 * A row that does not add up with its digits joined: the digits are not
 * joined, and a cell that they stand under or over (`１` over `２`, a total
 * wrapped in a narrow column) holds only part of its figure.  The matcher
 * declines such a cell when the line beside the row holds only digits.  A
 * unit wrapped under another cell of the row on that line (`件   ２`)
 * hides them from it: then none of the row's values is read, and the
 * pieces are taken away so that no other row reads them.  Not in a PDF's
 * text (paged), where a piece lies only roughly over its cell: there the
 * row's line stays, for the reading of section 3 by its lines in order.
 */
static void
void_wrapped(gr_toks *ts, const wline *r, const join *js, int nj, uint8_t *grp)
{
	bool		unit = false;

	for (int q = 0; q < nj; q++)
		unit = unit || piece_kind(&ts->t[js[q].piece]) == P_UNIT;
	if (!unit)
		return;
	for (uint32_t k = r->label ? 1 : 0; k < r->n; k++)
		ts->t[r->first + k].kind = 0xFF;
	for (int q = 0; q < nj; q++)
	{
		ts->t[js[q].piece].kind = 0xFF;
		if (grp != NULL)
			grp[js[q].piece] = 0;
	}
}

/*
 * Line a stands between row r and row o (above: a is r's line above):
 * w3m's text (no pages) wraps a figure of one of them onto it.  True when
 * only r can own its pieces: they hold digits, r adds up across with them
 * joined, o adds up as printed and not with them (`14 … ６６ … 741` /
 * `５` / `0 ０ 0 4 0 0 4`: 665 makes the first row add up, 50 or 05
 * breaks the second).  Otherwise whose they are is unknown.
 */
static bool
claims_alone(gr_toks *ts, const wline *a, const wline *r, const wline *o, bool above,
			 bool paged)
{
	join		jr[MAX_JOINS],
				jo[MAX_JOINS];
	int			nr,
				no;
	bool		digits = false;
	wline		ov = *o;

	if (paged)
		return false;
	/* o's values after its label's fields (a group's label may stand beside its own) */
	while (ov.n > 0 && !valueish(&ts->t[ov.first]))
	{
		ov.first++;
		ov.n--;
	}
	ov.label = false;
	o = &ov;
	for (uint32_t k = 0; k < a->n; k++)
		if (ts->t[a->first + k].kind == 0xFF)
			return false;
	nr = pieces_of(ts, a, r, above, paged, jr, 0);
	if (nr <= 0)
		return false;
	for (int q = 0; q < nr; q++)
		digits = digits || jr[q].digits;
	if (!digits || !row_adds_up(ts, r, jr, nr) || !row_adds_up(ts, o, jo, 0))
		return false;
	no = pieces_of(ts, a, o, !above, paged, jo, 0);
	return no <= 0 || !row_adds_up(ts, o, jo, no);
}

static void
join_pieces(gr_toks *ts, const gr_mem *m, uint8_t *grp, bool paged)
{
	wline	   *ln = NULL;
	size_t		nl = 0;

	/*
	 * The lines that may be a row of values or hold a piece, in order:
	 * counted first, so that a text with none (most) allocates nothing.
	 */
	for (int pass = 0; pass < 2; pass++)
	{
		size_t		prev_fields = 0;

		nl = 0;
		for (size_t i = 0; i < ts->n;)
		{
			size_t		j = i;
			bool		cand = true;

			if (ts->t[i].kind == GR_TOK_BREAK)
			{
				i++;
				continue;
			}
			while (j < ts->n && ts->t[j].kind != GR_TOK_BREAK && ts->t[j].lstart == ts->t[i].lstart)
			{
				if (!in_line(ts, &ts->t[j]))
					cand = false;
				j++;
			}
			if (cand && j - i < 3)
			{
				/* a piece's line: only beside a line of three fields or more */
				size_t		a = j,
							b;

				while (a < ts->n && ts->t[a].kind == GR_TOK_BREAK)
					a++;
				b = a;
				while (b < ts->n && b - a < 3 && ts->t[b].kind != GR_TOK_BREAK &&
					   ts->t[b].lstart == ts->t[a].lstart)
					b++;
				cand = (piece_kind(&ts->t[i]) != P_OTHER ||
						(j - i == 2 && piece_kind(&ts->t[i + 1]) != P_OTHER)) &&
					(prev_fields >= 3 || b - a >= 3);
			}
			prev_fields = j - i;
			cand = cand && gap_line(ts, &ts->t[i]);
			if (cand && pass == 1)
			{
				wline	   *w = &ln[nl];

				w->first = i;
				w->n = (uint32_t) (j - i);
				w->gap = true;
				w->label = true;
				w->nvals = 0;
			}
			nl += cand;
			i = j;
		}
		if (nl == 0)
			return;
		if (pass == 0)
			ln = gr_alloc_raw(m, nl * sizeof(wline));
	}
	for (size_t l = 0; l < nl; l++)
	{
		wline	   *w = &ln[l];

		if (!w->gap)
			continue;
		w->label = !valueish(&ts->t[w->first]) && piece_kind(&ts->t[w->first]) != P_UNIT;
		for (uint32_t k = w->label ? 1 : 0; k < w->n; k++)
			if (valueish(&ts->t[w->first + k]))
				w->nvals++;
	}

	/*
	 * Each row of values with its line above and below: the pieces there
	 * that a row on their other side does not claim too.
	 */
	for (size_t l = 0; l < nl; l++)
	{
		wline	   *r = &ln[l];
		join		js[MAX_JOINS];
		int			nj = 0;
		bool		ok = true,
					digits = false,
					stray = false;

		if (!r->gap || r->nvals < 3)
			continue;
		for (int side = 0; side < 2 && ok; side++)
		{
			wline	   *a;
			int			got;

			if (side == 0 ? l == 0 : l + 1 >= nl)
				continue;
			a = side == 0 ? &ln[l - 1] : &ln[l + 1];
			if (!a->gap || (a->nvals >= 3 && !pieces_only(ts, a, r)) ||
				!(side == 0 ? adjacent(ts, a, r) : adjacent(ts, r, a)))
				continue;
			/*
			 * a line between two rows of values: whose it is, is unknown,
			 * unless the sums say it (claims_alone)
			 */
			if (side == 0 ? (l >= 2 && ln[l - 2].gap && ln[l - 2].nvals >= 3 && adjacent(ts, &ln[l - 2], a) &&
							 !claims_alone(ts, a, r, &ln[l - 2], true, paged))
				: (l + 2 < nl && ln[l + 2].gap && ln[l + 2].nvals >= 3 && adjacent(ts, a, &ln[l + 2]) &&
				   !claims_alone(ts, a, r, &ln[l + 2], false, paged)))
				continue;
			got = pieces_of(ts, a, r, side == 0, paged, js, nj);
			if (got < 0)
			{
				/* something else stands there: none of this line's pieces */
				stray = stray || (a->n <= 2 && pieces_only(ts, a, r) &&
								  piece_kind(&ts->t[a->first]) == P_DIG &&
								  piece_kind(&ts->t[a->first + a->n - 1]) == P_DIG);
				continue;
			}
			nj += got;
		}
		for (int q = 0; q < nj && ok; q++)
		{
			digits = digits || js[q].digits;
			for (int q2 = 0; q2 < q; q2++)
				if (js[q2].cell == js[q].cell && !js[q].drop &&
					!join_over(ts, &js[q2], &js[q]))
					ok = false;	/* pieces above and below one cell */
		}
		if (!ok)
			nj = 0;
		/*
		 * Digits alone beside a row of section 3 or 4 that does not add up,
		 * in no one cell's column (between two, under a gap): a figure
		 * wrapped out of one of its cells, which is not known.  None of the
		 * row's values is read.
		 */
		if (stray && nj == 0 && (r->nvals == 7 || r->nvals == 15) &&
			!row_split(r, grp) && !row_adds_up(ts, r, js, 0))
		{
			for (uint32_t k = r->label ? 1 : 0; k < r->n; k++)
				ts->t[r->first + k].kind = 0xFF;
			continue;
		}
		if ((digits || row_split(r, grp)) && !row_adds_up(ts, r, js, nj))
		{
			if (digits && !paged)
				void_wrapped(ts, r, js, nj, grp);
			continue;
		}
		trust_split(r, grp);
		for (int q = 0; q < nj; q++)
		{
			gr_tok	   *c = &ts->t[js[q].cell];

			if (!js[q].drop)
			{
				c->num = js[q].num;
				c->nstate = (uint8_t) (1 + GR_VALUE);
			}
			ts->t[js[q].piece].kind = 0xFF;	/* taken: dropped below */
			if (grp != NULL)
				grp[js[q].piece] = 0;
		}
	}
}

/*
 * pdftotext -layout of a narrow value column: LibreOffice centres a row's
 * cells on the middle of its tallest one, so a figure wrapped over two
 * lines stands above and below the row's line, in a column where the row's
 * line holds nothing (`３５` / `41 120 9 7件 180件 2` / `９`, 359):
 *
 *        一、本年新收政府信息公开申请数量     19   1026   １    16   1810    18   2,890
 *                                                             ３５
 *        二、上年结转政府信息公开申请数量     41   120    9    7件   180 件   2
 *                                                             ９
 *
 * pdftotext prints one character a column whatever its width, so columns
 * here are counted in characters.  The row's fields are split at single
 * spaces (a narrow column parts two cells by one: `1451 5`).  The lines
 * right above and below a row one to three values short that hold, right
 * of a label's parts (a label
 * wrapped around the row's line), only digits (below, digits with a
 * count's unit, or the unit alone), none of them over a value of the row,
 * make figures by pairs: a piece above and the piece below over the same
 * characters, every piece paired.  The figures go into the row in the order of their
 * columns, and are kept only when the row then has seven values that add
 * up, and each figure and each of the row's values stands in the column of
 * its place in the nearest full row (seven values) above and below it on
 * its page, wherever it overlaps one of them — each figure overlapping at
 * least one: a long label pushes a row right, and a piece printed right of
 * the next column's figure would otherwise be placed one cell off.  The
 * figure's token is an empty field of the row's line at its column,
 * holding the joined number.
 */
#define FILL_MAX 3

/* Does byte b start a character that takes a column (a form feed takes none)? */
static inline bool
starts_col(unsigned char b)
{
	return (b < 0x80 && b != '\f') || b >= 0xC0;
}

/* The characters [*c0, *c1) a token of a line takes (a form feed none). */
static void
char_cols(const gr_toks *ts, const gr_tok *t, int *c0, int *c1)
{
	int			c = 0;

	*c0 = *c1 = 0;
	if (t->lend > ts->len || t->s < ts->text + t->lstart || t->s + t->len > ts->text + t->lend)
		return;					/* not in its line (a joined copy): no columns */
	for (const char *s = ts->text + t->lstart; s < t->s + t->len; s++)
	{
		unsigned char b = (unsigned char) *s;

		if (s == t->s)
			*c0 = c;
		c += starts_col(b);
	}
	if (t->len == 0)
		*c0 = c;
	*c1 = c;
}

/* The byte of t's line at character c (the line's end if it is shorter). */
static const char *
at_char(const gr_toks *ts, const gr_tok *t, int c)
{
	const char *s = ts->text + t->lstart,
			   *e = ts->text + t->lend;
	int			k = 0;

	for (; s < e; s++)
	{
		unsigned char b = (unsigned char) *s;

		if (starts_col(b))
		{
			if (k == c)
				return s;
			k++;
		}
	}
	return e;
}

typedef struct fline
{
	size_t		first;
	uint32_t	n;
	uint32_t	page;			/* form feeds before it */
	int			full;			/* its columns in full[] if a full row, else -1 */
	int			up,				/* the nearest full row before it on its page, */
				down;			/* and after it: their full[] index, else -1 */
} fline;

typedef struct ffig
{
	int			c0,
				c1;
	int			at;				/* its place among the row's seven */
	gr_cell		num;
} ffig;

/*
 * The pieces of a line that holds, right of a label's part ending before
 * the row's values (character vcol0), only digits (below, digits or a
 * count's unit after them, or the unit alone).  -1 when it holds anything
 * else.
 */
static int
fill_pieces(gr_toks *ts, const fline *l, bool below, int vcol0, gr_tok *pc, int room)
{
	int			n = 0;

	for (uint32_t k = 0; k < l->n; k++)
	{
		gr_tok	   *t = &ts->t[l->first + k];
		gr_tok		parts[4];
		int			np = parts_of(t, parts, 4),
					c0,
					c1;

		if (np == 0 || !in_line(ts, t))
			return -1;
		char_cols(ts, t, &c0, &c1);
		if (n == 0 && c1 < vcol0 && piece_kind(t) == P_OTHER && !valueish(t))
			continue;			/* the label's part, left of the values */
		for (int q = 0; q < np; q++)
		{
			int			kind = piece_kind(&parts[q]);

			if (n == room ||
				!(kind == P_DIG || (below && (kind == P_DIGUNIT || kind == P_UNIT))))
				return -1;
			pc[n++] = parts[q];
		}
	}
	return n;
}

/* The fields of line l that fill_pieces took pieces from: taken away. */
static void
fill_take(gr_toks *ts, const fline *l, int vcol0)
{
	for (uint32_t k = 0; k < l->n; k++)
	{
		gr_tok	   *t = &ts->t[l->first + k];
		int			c0,
					c1;

		char_cols(ts, t, &c0, &c1);
		if (!(c1 < vcol0 && piece_kind(t) == P_OTHER && !valueish(t)))
			t->kind = 0xFF;
	}
}

/* Does line b follow line a directly? */
static bool
fl_adjacent(const gr_toks *ts, const fline *a, const fline *b)
{
	wline		wa = {a->first, a->n, 0, false, false},
				wb = {b->first, b->n, 0, false, false};

	return adjacent(ts, &wa, &wb);
}

/* Is line l a row of values (three or more after its label)? */
static int
fl_values(gr_toks *ts, const fline *l, size_t *v0)
{
	int			nv = line_values(ts, l->first, l->n, v0);

	return gap_line(ts, &ts->t[l->first]) ? nv : -1;
}

/*
 * The columns of the full rows refs[0..nref): does [c0, c1), placed at
 * `at`, stand in that column of every one it overlaps?  How many it
 * overlaps; -1 when one has it in another column.
 */
static int
fill_agrees(const int *full, const int *refs, int nref, int c0, int c1, int at)
{
	int			agree = 0;

	for (int f = 0; f < nref; f++)
	{
		const int  *r = full + refs[f] * 2 * NCOL;
		int			hit = -1;

		for (int q = 0; q < NCOL; q++)
			if (c0 < r[2 * q + 1] && r[2 * q] < c1)
			{
				if (hit >= 0 || q != at)
					return -1;
				hit = q;
			}
		agree += hit == at;
	}
	return agree;
}

/* A row given figures: its fields v0 .. end replaced by its seven cells. */
typedef struct fill_fix
{
	size_t		v0,
				end;
	gr_tok		cell[NCOL];
} fill_fix;

/*
 * The values of line l after its label, into rv (at most NCOL - 1): its
 * fields split at single spaces (a narrow column parts two cells by one:
 * `1451 5`), a count's unit joined to the figure before it (`12 条`).  How
 * many; -1 when anything else stands among them.
 */
static int
fill_row(gr_toks *ts, const fline *l, size_t *v0, gr_tok *rv)
{
	int			n = 0;
	size_t		k = 0;

	if (!gap_line(ts, &ts->t[l->first]))
		return -1;
	if (!valueish(&ts->t[l->first]))
		k = 1;
	*v0 = l->first + k;
	if (k == l->n)
		return -1;
	for (; k < l->n; k++)
	{
		gr_tok	   *t = &ts->t[l->first + k];
		gr_tok		parts[8];
		int			np = parts_of(t, parts, 8);

		if (np == 0 || !in_line(ts, t))
			return -1;
		for (int q = 0; q < np; q++)
		{
			int			kind = piece_kind(&parts[q]);

			if (kind == P_UNIT && n > 0 && piece_kind(&rv[n - 1]) == P_DIG &&
				rv[n - 1].s + rv[n - 1].len <= parts[q].s)
			{
				/* the unit of the figure before it: one cell */
				rv[n - 1].len = (uint32_t) (parts[q].s + parts[q].len - rv[n - 1].s);
				rv[n - 1].nstate = 0;
				continue;
			}
			if (n == NCOL - 1 || !valueish(&parts[q]) || parts[q].num.state != GR_VALUE ||
				parts[q].num.scale != 0)
				return -1;
			rv[n++] = parts[q];
		}
	}
	for (int q = 0; q < n; q++)
		if (!valueish(&rv[q]) || rv[q].num.state != GR_VALUE || rv[q].num.scale != 0)
			return -1;
	return n;
}

static void
fill_between(gr_toks *ts, const gr_mem *m, bool paged)
{
	fline	   *ln;
	size_t		nl = 0;
	int		   *full;
	int			nfull = 0;
	fill_fix   *fix = NULL;		/* the rows given figures, in order */
	size_t		nfix = 0,
				capfix = 0;
	gr_tok		rv[NCOL];
	size_t		gain = 0;
	gr_tok	   *nt;
	size_t		o = 0;

	if (!paged)
		return;
	for (size_t i = 0; i < ts->n; i++)
		nl += ts->t[i].kind != GR_TOK_BREAK &&
			(i == 0 || ts->t[i - 1].kind == GR_TOK_BREAK || ts->t[i - 1].lstart != ts->t[i].lstart);
	if (nl < 3)
		return;
	ln = gr_alloc_raw(m, nl * sizeof(fline));
	nl = 0;
	for (size_t i = 0, seen = 0, page = 0; i < ts->n;)
	{
		size_t		j = i;

		if (ts->t[i].kind == GR_TOK_BREAK)
		{
			i++;
			continue;
		}
		while (j < ts->n && ts->t[j].kind != GR_TOK_BREAK && ts->t[j].lstart == ts->t[i].lstart)
			j++;
		/* the form feeds since the line before (each byte looked at once) */
		for (; seen <= ts->t[i].lstart && seen < ts->len; seen++)
			page += ts->text[seen] == '\f';
		if (ts->t[i].lend > seen)
			seen = ts->t[i].lend;
		ln[nl].first = i;
		ln[nl].n = (uint32_t) (j - i);
		ln[nl].page = (uint32_t) page;
		ln[nl].full = -1;
		nl++;
		i = j;
	}
	/* the full rows' columns, in characters: counted first */
	for (size_t l = 0; l < nl; l++)
		nfull += fl_values(ts, &ln[l], &(size_t) {0}) == NCOL;
	if (nfull == 0)
		return;
	full = gr_alloc_raw(m, (size_t) nfull * 2 * NCOL * sizeof(int));
	nfull = 0;
	for (size_t l = 0; l < nl; l++)
	{
		size_t		v0;
		bool		ok = true;

		if (fl_values(ts, &ln[l], &v0) != NCOL)
			continue;
		for (int q = 0; q < NCOL && ok; q++)
		{
			ok = in_line(ts, &ts->t[v0 + q]);
			char_cols(ts, &ts->t[v0 + q], &full[nfull * 2 * NCOL + 2 * q],
					  &full[nfull * 2 * NCOL + 2 * q + 1]);
		}
		if (ok)
			ln[l].full = nfull++;
	}
	if (nfull == 0)
		return;
	/* each line's nearest full rows on its page: one pass each way */
	for (size_t l = 0, last = SIZE_MAX; l < nl; l++)
	{
		ln[l].up = last != SIZE_MAX && ln[last].page == ln[l].page ? ln[last].full : -1;
		if (ln[l].full >= 0)
			last = l;
	}
	for (size_t l = nl, next = SIZE_MAX; l-- > 0;)
	{
		ln[l].down = next != SIZE_MAX && ln[next].page == ln[l].page ? ln[next].full : -1;
		if (ln[l].full >= 0)
			next = l;
	}

	for (size_t l = 1; l + 1 < nl; l++)
	{
		fline	   *r = &ln[l],
				   *a = &ln[l - 1],
				   *b = &ln[l + 1];
		size_t		v0;
		int			nv = fill_row(ts, r, &v0, rv),
					na,
					nb,
					nf = 0,
					rc0[NCOL],
					rc1[NCOL];
		gr_tok		pa[FILL_MAX + 1],
					pb[FILL_MAX + 1];
		ffig		f[FILL_MAX];
		int64_t		v[NCOL];
		bool		ok = true;
		int			refs[2],
					nref = 0;

		if (nv < NCOL - FILL_MAX || nv >= NCOL ||
			!fl_adjacent(ts, a, r) || !fl_adjacent(ts, r, b) ||
			fl_values(ts, a, &(size_t) {0}) >= 3 || fl_values(ts, b, &(size_t) {0}) >= 3)
			continue;
		/* a piece line between two rows: whose it is, is unknown */
		if (l >= 2 && fl_adjacent(ts, &ln[l - 2], a) && fl_values(ts, &ln[l - 2], &(size_t) {0}) >= 3)
			continue;
		if (l + 2 < nl && fl_adjacent(ts, b, &ln[l + 2]) && fl_values(ts, &ln[l + 2], &(size_t) {0}) >= 3)
			continue;
		for (int k = 0; k < nv; k++)
			char_cols(ts, &rv[k], &rc0[k], &rc1[k]);
		na = fill_pieces(ts, a, false, rc0[0], pa, FILL_MAX + 1);
		nb = fill_pieces(ts, b, true, rc0[0], pb, FILL_MAX + 1);
		if (na <= 0 || na != nb || nv + na != NCOL)
			continue;
		/* the nearest full rows above and below it on its page */
		if (r->up >= 0)
			refs[nref++] = r->up;
		if (r->down >= 0)
			refs[nref++] = r->down;
		if (nref == 0)
			continue;
		/* pairs: the k-th piece above over the k-th below, over no value */
		for (int k = 0; k < na && ok; k++)
		{
			int			a0,
						a1,
						b0,
						b1;
			char		buf[64];

			char_cols(ts, &pa[k], &a0, &a1);
			char_cols(ts, &pb[k], &b0, &b1);
			if (!(a0 < b1 && b0 < a1) || pa[k].len + pb[k].len > sizeof(buf))
			{
				ok = false;
				break;
			}
			f[nf].c0 = a0 < b0 ? a0 : b0;
			f[nf].c1 = a1 > b1 ? a1 : b1;
			for (int q = 0; q < nv; q++)
				if (f[nf].c0 < rc1[q] + 1 && rc0[q] < f[nf].c1 + 1)
					ok = false;	/* over a value, or touching it */
			memcpy(buf, pa[k].s, pa[k].len);
			memcpy(buf + pa[k].len, pb[k].s, pb[k].len);
			memset(&f[nf].num, 0, sizeof(f[nf].num));
			if (gr_read_number(buf, pa[k].len + pb[k].len, false, &f[nf].num) != GR_VALUE ||
				f[nf].num.scale != 0)
				ok = false;
			nf++;
		}
		if (!ok)
			continue;
		/* the row in the order of its columns */
		{
			int			k = 0,
						q = 0;

			for (int at = 0; at < NCOL && ok; at++)
			{
				if (q < nf && (k == nv || f[q].c0 < rc0[k]))
				{
					f[q].at = at;
					v[at] = f[q].num.m;
					ok = fill_agrees(full, refs, nref, f[q].c0, f[q].c1, at) >= 1;
					q++;
				}
				else
				{
					const gr_cell *cn = &rv[k].num;

					v[at] = cn->state == GR_VALUE ? cn->m : 0;
					ok = fill_agrees(full, refs, nref, rc0[k], rc1[k], at) >= 0;
					k++;
				}
			}
		}
		if (!ok || !adds_up(v, NCOL))
			continue;
		if (nfix == capfix)
		{
			size_t		cap = capfix ? 2 * capfix : 8;

			fix = fix ? gr_grow(m, fix, capfix * sizeof(*fix), cap * sizeof(*fix))
				: gr_alloc_raw(m, cap * sizeof(*fix));
			capfix = cap;
		}
		/* the row's line from its first value on becomes its seven cells */
		fix[nfix].v0 = v0;
		fix[nfix].end = r->first + r->n;
		{
			int			k = 0,
						q = 0;

			for (int at = 0; at < NCOL; at++)
			{
				if (q < nf && f[q].at == at)
				{
					gr_tok		e = rv[0];

					e.s = at_char(ts, &rv[0], f[q].c0);
					e.len = 0;
					e.num = f[q].num;
					e.nstate = (uint8_t) (1 + GR_VALUE);
					fix[nfix].cell[at] = e;
					q++;
				}
				else
					fix[nfix].cell[at] = rv[k++];
				fix[nfix].cell[at].kind = GR_TOK_CELL;
			}
			/* a line's first field is its line's token (no label before it) */
			fix[nfix].cell[0].kind = ts->t[v0].kind;
		}
		gain += NCOL - (fix[nfix].end - v0);
		nfix++;
		fill_take(ts, a, rc0[0]);
		fill_take(ts, b, rc0[0]);
	}
	if (nfix == 0 || gain * sizeof(gr_tok) > ts->budget)
		return;
	ts->budget -= gain * sizeof(gr_tok);
	nt = gr_alloc_raw(m, (ts->n + gain) * sizeof(gr_tok));
	for (size_t i = 0, x = 0; i < ts->n;)
	{
		if (x < nfix && i == fix[x].v0)
		{
			/* the row's cells, its figures at their places */
			for (int at = 0; at < NCOL; at++)
				nt[o++] = fix[x].cell[at];
			i = fix[x].end;
			x++;
			continue;
		}
		if (ts->t[i].kind == 0xFF ||
			(ts->t[i].kind == GR_TOK_BREAK && o > 0 && nt[o - 1].kind == GR_TOK_BREAK))
		{
			i++;				/* a piece taken, or a row break left doubled */
			continue;
		}
		nt[o++] = ts->t[i++];
	}
	ts->t = nt;
	ts->n = o;
	ts->cap = o;
}

/*
 * The stage: split fields, join pieces, put back the splits no row
 * confirmed, drop what was taken, put the figures wrapped above and below a row
 * into it, then the empty cells of short rows.
 */
void
gr_wrap_join(gr_toks *ts, const gr_mem *m)
{
	uint8_t    *grp;
	size_t		out = 0,
				i = 0;
	/* a PDF's text: pdftotext ends each page with a form feed */
	bool		paged = ts->len > 0 && memchr(ts->text, '\f', ts->len) != NULL;

	if (ts->n == 0)
		return;
	grp = split_rows(ts, m);
	join_pieces(ts, m, grp, paged);
	if (grp != NULL)
		unsplit(ts, grp);
	/* drop the pieces taken, and a row break left doubled by that */
	while (i < ts->n && ts->t[i].kind != 0xFF)
		i++;
	for (out = i; i < ts->n; i++)
	{
		if (ts->t[i].kind == 0xFF)
			continue;
		if (ts->t[i].kind == GR_TOK_BREAK && out > 0 && ts->t[out - 1].kind == GR_TOK_BREAK)
			continue;
		ts->t[out++] = ts->t[i];
	}
	ts->n = out;
	fill_between(ts, m, paged);
	place_blanks(ts, m);
}
