/*
 * rows_para.c — the paragraph stage of row assembly: see rows_para.h.
 *
 * Its state is one gr_para per document, reset at each row the matcher
 * opens.  Constant work per token; no allocation.
 */
#include "rows_para.h"

#include <string.h>

/* read already (nstate set): the matcher never writes to it */
const gr_tok gr_para_empty = {.s = "", .kind = GR_TOK_CELL, .nstate = 1 + GR_BLANK, .num = {0, 0, GR_BLANK}};

int
gr_para_gap(const gr_toks *ts, size_t prev_lend, const gr_tok *t)
{
	int			lines = 0;

	if (t->lstart <= prev_lend)
		return 0;
	for (size_t k = prev_lend; k < t->lstart; k++)
		if (ts->text[k] == '\n')
			lines++;
	/* the newline that ends the previous line is no empty line */
	return lines > 0 ? lines - 1 : 0;
}

int
gr_para_spaced(const gr_toks *ts, size_t prev_lend, const gr_tok *t, bool *all, int *tail)
{
	const unsigned char *s = (const unsigned char *) ts->text;
	int			n = 0;
	bool		stopped = false;
	size_t		k = prev_lend;

	*all = false;
	*tail = 0;
	if (t->lstart <= prev_lend)
		return 0;
	/* past the newline that ends the previous line */
	while (k < t->lstart && s[k] != '\n')
		k++;
	k++;
	while (k < t->lstart)
	{
		size_t		e = k;
		bool		white = true;

		while (e < t->lstart && s[e] != '\n')
		{
			if (s[e] == ' ' || s[e] == '\t' || s[e] == '\r')
				e++;
			else if (s[e] == 0xC2 && e + 1 < t->lstart && s[e + 1] == 0xA0)
				e += 2;
			else if (s[e] == 0xE3 && e + 2 < t->lstart && s[e + 1] == 0x80 && s[e + 2] == 0x80)
				e += 3;
			else
			{
				white = false;
				break;
			}
		}
		if (e >= t->lstart)
			break;				/* t's own line */
		if (!white)
		{
			*tail = 0;
			return 0;			/* text between the two lines: not a gap */
		}
		if (e == k || (e == k + 1 && s[k] == '\r'))
		{
			stopped = true;		/* an empty line */
			*tail = 0;
		}
		else
		{
			if (!stopped)
				n++;
			(*tail)++;
		}
		k = e + 1;
	}
	*all = !stopped;
	return n;
}

int
gr_para_value(gr_para *s, bool whole, int gap, bool joined, int room)
{
	int			blanks = 0;

	s->breaks += gap;

	if (!whole)
		s->whole = false;
	if (s->breaks == 0 || joined)
		s->paras = false;
	if (!s->whole)
	{
		s->breaks = 0;
		s->exact = s->nogap = false;
		return 0;
	}
	if (joined)
		s->exact = false;
	if (s->breaks > 0 || joined)
	{
		if (!s->crossed)
			s->rows++;
		s->crossed = true;
		s->nogap = false;
	}
	/*
	 * A full row of seven values or more, each on the line after the token
	 * before: tight (a row of one or three cells may stand so by chance in
	 * lynx's text).
	 */
	if (++s->nvals >= 7 && room == 0 && s->nogap && s->texts == 0)
		s->tight = true;
	if (s->tight)
	{
		/* one cell a line: each empty line is an empty cell */
		blanks = s->breaks;
		if (blanks > room)
		{
			/* more empty lines than cells left: not one cell a line */
			blanks = room;
			s->exact = false;
		}
	}
	else
	{
		/* one empty line ends a cell; each further one is an empty cell */
		s->exact = false;
		if (s->breaks >= 2)
			blanks = s->breaks - 1;
		if (blanks > room)
			blanks = room;
	}
	s->breaks = 0;
	return blanks;
}

#define PARA_AHEAD 256			/* tokens a table's first value is looked for in */

bool
gr_para_table_ahead(const gr_toks *ts, size_t i, bool (*is_value) (const gr_tok *))
{
	for (size_t k = i; k < ts->n && k < i + PARA_AHEAD; k++)
	{
		const gr_tok *t = &ts->t[k];
		size_t		j = k + 1,
					h = k;

		if (t->kind == GR_TOK_BREAK || !is_value(t))
			continue;
		/*
		 * The scanner never pushes two row breaks in a row (push_break),
		 * and the wrap stage drops a break left doubled, so each of these
		 * steps over at most one token: the look ahead costs at most
		 * PARA_AHEAD + 2 tokens.
		 */
		while (j < ts->n && ts->t[j].kind == GR_TOK_BREAK)
			j++;
		while (h > 0 && ts->t[h - 1].kind == GR_TOK_BREAK)
			h--;
		return h > 0 && t->kind == GR_TOK_LINE && ts->t[h - 1].lstart != t->lstart &&
			(j >= ts->n || ts->t[j].lstart != t->lstart) &&
			gr_para_gap(ts, ts->t[h - 1].lend, t) >= 1;
	}
	return false;
}

/* t stands on the line right after the one ending at prev_lend */
static bool
next_line(const gr_toks *ts, size_t prev_lend, const gr_tok *t)
{
	bool		all;
	int			tail;

	return t->lstart > prev_lend && gr_para_gap(ts, prev_lend, t) == 0 &&
		gr_para_spaced(ts, prev_lend, t, &all, &tail) == 0;
}

bool
gr_para_tight_ahead(const gr_toks *ts, bool (*is_value) (const gr_tok *))
{
	size_t		i = 0;

	while (i + 8 < ts->n)
	{
		const gr_tok *head = &ts->t[i];
		size_t		j = i + 1;

		if (head->kind != GR_TOK_LINE || is_value(head))
		{
			i++;
			continue;
		}
		while (j < ts->n && j - i <= 8 && ts->t[j].kind == GR_TOK_LINE &&
			   is_value(&ts->t[j]) && next_line(ts, ts->t[j - 1].lend, &ts->t[j]))
			j++;
		if (j - i == 8 && j < ts->n && ts->t[j].kind == GR_TOK_LINE &&
			!is_value(&ts->t[j]) && next_line(ts, ts->t[j - 1].lend, &ts->t[j]))
			return true;
		/* the values passed over open no row of their own */
		i = j > i + 1 ? j : i + 1;
	}
	return false;
}

#define PARA_MAX_SPLIT 15		/* values on one line: a row of the widest table */
#define PARA_MAX_WORD 48		/* bytes of the longest value word looked for */

/*
 * The values that end t, joined to what stands before them by single
 * spaces: their tokens into out, their count (0 when none, or when t is
 * only values and fewer than two); *head the length of the text before.
 */
/* Is s[0..len) an increase or decrease word alone (增加, 减少, 增, 减)? */
static bool
sign_span(const char *s, size_t len)
{
	static const char *const words[] = {"增加", "减少", "增", "减", "減少", "減", NULL};

	if (len == 0 || len > 6)
		return false;
	for (int k = 0; words[k]; k++)
		if (strlen(words[k]) == len && memcmp(words[k], s, len) == 0)
			return true;
	return false;
}

/* Is s[0..len) a unit word alone (件, 条, 万元 …)? */
static bool
unit_span(const char *s, size_t len)
{
	static const char *const units[] = {"件", "条", "个", "项", "次", "元", "万元", "人次",
	"條", "個", "項", NULL};

	if (len == 0 || len > 6)
		return false;
	for (int k = 0; units[k]; k++)
		if (strlen(units[k]) == len && memcmp(units[k], s, len) == 0)
			return true;
	return false;
}

static int
split_tail(const gr_tok *t, gr_tok *out, size_t *head)
{
	size_t		e = t->len;
	int			n = 0;
	bool		number = false;

	while (n < PARA_MAX_SPLIT)
	{
		size_t		b = e,
					a;

		while (b > 0 && t->s[b - 1] == ' ')
			b--;
		a = b;
		while (a > 0 && t->s[a - 1] != ' ' && b - a <= PARA_MAX_WORD)
			a--;
		if (b - a > PARA_MAX_WORD)
			break;
		if (a == b || a == 0)
		{
			/* the first word: a value too when the whole line is values */
			gr_cell		c;

			/* whole, padding included: cells are compared bytewise */
			memset(&c, 0, sizeof(c));
			if (a == 0 && b > 0 && n > 0 &&
				gr_read_number(t->s, b, true, &c) != GR_UNREADABLE)
			{
				*head = 0;
				memmove(out + 1, out, (size_t) n * sizeof(gr_tok));
				out[0] = *t;
				out[0].len = b;
				out[0].nstate = (uint8_t) (1 + c.state);
				out[0].num = c;
				n++;
				number |= c.state == GR_VALUE;
				if (n < 2 || !number)
					return 0;
				/* "- 5 -": a page number */
				if (n == 3 && out[0].len == 1 && out[0].s[0] == '-' &&
					out[2].len == 1 && out[2].s[0] == '-')
					return 0;
				return n;
			}
			break;
		}
		{
			gr_tok		v = *t;

			v.s = t->s + a;
			v.len = b - a;
			v.nstate = (uint8_t) (1 + gr_read_number(v.s, v.len, true, &v.num));
			if (v.num.state == GR_UNREADABLE && unit_span(v.s, v.len) && a > 1 &&
				t->s[a - 1] == ' ' && t->s[a - 2] != ' ')
			{
				/*
				 * a unit parted from its figure by a space (pdftotext
				 * -raw: "5 件"): one cell with the figure before it
				 */
				size_t		a2 = a - 1;

				while (a2 > 0 && t->s[a2 - 1] != ' ' && b - a2 <= PARA_MAX_WORD)
					a2--;
				if (b - a2 <= PARA_MAX_WORD)
				{
					gr_cell		c2;

					memset(&c2, 0, sizeof(c2));
					if (gr_read_number(t->s + a2, a - 1 - a2, true, &c2) == GR_VALUE)
					{
						a = a2;
						v.s = t->s + a;
						v.len = b - a;
						v.nstate = (uint8_t) (1 + gr_read_number(v.s, v.len, true, &v.num));
					}
				}
			}
			if (v.num.state == GR_UNREADABLE && n > 0 && sign_span(v.s, v.len) &&
				out[0].s == t->s + b + 1)
			{
				/*
				 * an increase or decrease word parted from its figure by
				 * a space ("减 5"): the figure's cell takes it in
				 */
				gr_tok		w = out[0];

				w.s = v.s;
				w.len = (uint32_t) (out[0].s + out[0].len - v.s);
				w.nstate = (uint8_t) (1 + gr_read_number(w.s, w.len, true, &w.num));
				if (w.num.state == GR_VALUE)
				{
					out[0] = w;
					e = a;
					if (a == 0)
					{
						*head = 0;
						return n >= 2 && number ? n : 0;
					}
					continue;
				}
			}
			if (v.num.state == GR_UNREADABLE)
				break;
			number |= v.num.state == GR_VALUE;
			memmove(out + 1, out, (size_t) n * sizeof(gr_tok));
			out[0] = v;
			n++;
			if (a == 0)
			{
				/* the line's first word was taken with its unit: all values */
				*head = 0;
				return n >= 2 && number ? n : 0;
			}
		}
		e = a;
	}
	/* text before the values: it must end in a word that is not a value */
	while (e > 0 && t->s[e - 1] == ' ')
		e--;
	if (n == 0 || e == 0 || !number || n >= PARA_MAX_SPLIT)
		return 0;
	*head = e;
	return n;
}

/*
 * Can t end in values joined by spaces?  A space among its last
 * PARA_MAX_WORD + 1 bytes: a quick test, so that narrative lines are passed
 * over without reading them.
 */
static inline bool
may_split(const gr_tok *t)
{
	size_t		k = t->len > PARA_MAX_WORD + 1 ? t->len - PARA_MAX_WORD - 1 : 0;

	unsigned char e;

	if (t->kind == GR_TOK_BREAK || t->len < 3)
		return false;
	/*
	 * A value word ends in a digit, a placeholder, or one of a few
	 * three-byte characters: full-width digits, units, 无, 空, —.
	 */
	e = (unsigned char) t->s[t->len - 1];
	if (e >= 0x80)
	{
		/*
		 * the last bytes of ０-９ (90-99), 件 条 个 项 次 元 无 空 — and of
		 * 條 個 項 無 ／ －
		 */
		if (!((e >= 0x90 && e <= 0x99) || e == 0xB6 || e == 0xA1 || e == 0xAA ||
			  e == 0xB9 || e == 0x83 || e == 0xA0 || e == 0xBA || e == 0x94 ||
			  e == 0x9D || e == 0x8B || e == 0x85 || e == 0x8F || e == 0x8D))
			return false;
	}
	else if (!((e >= '0' && e <= '9') || e == '/' || e == '-'))
		return false;
	return memchr(t->s + k, ' ', t->len - k) != NULL;
}

/* Is t a unit word alone (件, 条, 万元 …), as a wrapped cell leaves it? */
static bool
unit_only(const gr_tok *t)
{
	static const char *const units[] = {"件", "条", "个", "项", "次", "元", "万元", "人次", NULL};

	if (t->kind != GR_TOK_LINE || t->len == 0 || t->len > 6)
		return false;
	for (int k = 0; units[k]; k++)
		if (strlen(units[k]) == t->len && memcmp(units[k], t->s, t->len) == 0)
			return true;
	return false;
}

/*
 * A cell's value whose unit wrapped onto the next line ("5" / "件",
 * pdftotext -raw): the value's token takes the unit in, so that the unit
 * is not read as a cell of its own.  In place, one pass.
 */
static void
merge_units(gr_toks *ts)
{
	size_t		w = 0;

	for (size_t i = 0; i < ts->n; i++)
	{
		gr_tok	   *prev = w > 0 ? &ts->t[w - 1] : NULL;
		gr_cell		c;

		if (prev && ts->t[i].len <= 6 && unit_only(&ts->t[i]) && prev->kind == GR_TOK_LINE &&
			prev->lend + 1 == ts->t[i].lstart &&
			gr_read_number(prev->s, prev->len, true, &c) == GR_VALUE)
		{
			prev->len = (size_t) (ts->t[i].s + ts->t[i].len - prev->s);
			prev->lend = ts->t[i].lend;
			prev->nstate = 0;
			continue;
		}
		if (w != i)
			ts->t[w] = ts->t[i];
		w++;
	}
	ts->n = w;
}

void
gr_para_prepare(gr_toks *ts, const gr_mem *m)
{
	size_t		extra = 0,
				n = ts->n;
	gr_tok		parts[PARA_MAX_SPLIT];
	gr_tok	   *dst;
	size_t		w;

	bool		units = false;

	for (size_t i = 0; i < n; i++)
	{
		size_t		head;
		int			k;

		if (ts->t[i].len <= 6)
			units |= i > 0 && unit_only(&ts->t[i]);
		if (!may_split(&ts->t[i]))
			continue;
		k = split_tail(&ts->t[i], parts, &head);
		/* an explicit cell is split only when it is all values */
		if (k > 0 && (ts->t[i].kind == GR_TOK_LINE || head == 0))
			extra += (size_t) k - (head == 0 ? 1 : 0);
	}
	if (units)
	{
		/* merged first: a value's unit is no word of its own to split on */
		merge_units(ts);
		n = ts->n;
		extra = 0;
		for (size_t i = 0; i < n; i++)
		{
			size_t		head;
			int			k;

			if (may_split(&ts->t[i]) && (k = split_tail(&ts->t[i], parts, &head)) > 0 &&
				(ts->t[i].kind == GR_TOK_LINE || head == 0))
				extra += (size_t) k - (head == 0 ? 1 : 0);
		}
	}
	if (extra == 0)
		return;
	/* in place from the end when the array has room, else into a new one */
	dst = ts->cap >= n + extra ? ts->t : gr_alloc_raw(m, (n + extra) * sizeof(gr_tok));
	w = n + extra;
	for (size_t i = n; i-- > 0;)
	{
		gr_tok		t = ts->t[i];
		size_t		head = 0;
		int			k = 0;

		if (may_split(&t))
			k = split_tail(&t, parts, &head);
		if (k > 0 && t.kind != GR_TOK_LINE && head > 0)
			k = 0;
		for (int j = k; j-- > 0;)
			dst[--w] = parts[j];
		if (k == 0 || head > 0)
		{
			if (k > 0)
			{
				t.len = head;
				t.nstate = 0;
			}
			dst[--w] = t;
		}
	}
	if (dst != ts->t)
		ts->cap = n + extra;
	ts->t = dst;
	ts->n = n + extra;
}

/*
 * The appeals values read short: n of the fifteen cells, in order, the
 * others empty cells a converter did not print (lynx, w3m, html2text).
 * Every way of putting the 15 - n empty cells among the values is tried,
 * and the ways in which each of the three groups may add up (its total
 * the sum of its four results, an empty cell 0, a word never; a decimal
 * cannot say no) are kept.  A group is placed when every way
 * kept gives it the same cells — the same printed values in the same
 * columns, the empty ones in the same places.  So a group in which a cell
 * was lost is never placed (the empty cell may stand in any of its
 * columns), nor one that two ways read differently (`0 0 0 0 0` as a
 * group, or as four cells and the next group's first); when no way adds
 * up, none is.  At most four cells lost (1,365 ways); more: none placed.
 */
#define AP_N 15
#define AP_GROUP 5
#define AP_MAX_LOST 4

/*
 * May the group of cells g[0..5) add up (the total the sum of the four)?
 * A word among them: no; a decimal: it cannot say.
 */
static bool
ap_adds_up(const gr_tok *const *g)
{
	int64_t		sum = 0,
				v = 0;

	for (int k = 0; k < AP_GROUP; k++)
	{
		const gr_tok *t = g[k];
		gr_cell		c;

		if (t == &gr_para_empty || t->len == 0)
		{
			v = 0;
			continue;
		}
		if (t->nstate != 0)
			c = t->num;
		else
			gr_read_number(t->s, t->len, true, &c);
		if (c.state == GR_BLANK)
			v = 0;
		else if (c.state != GR_VALUE)
			return false;		/* a word: no sum holds it */
		else if (c.scale != 0)
			return true;
		else
			v = c.m;
		if (k < AP_GROUP - 1)
			sum += v;
	}
	return sum == v;
}

void
gr_para_appeals_short(const gr_tok *const *vals, int n, const gr_tok **out)
{
	int			lost = AP_N - n,
				pos[AP_MAX_LOST];
	bool		any = false,	/* a way kept */
				differ[AP_N / AP_GROUP] = {false};	/* two ways kept differ */
	const gr_tok *rep[AP_N];

	for (int k = 0; k < AP_N; k++)
		out[k] = NULL;
	if (n <= 0 || lost <= 0 || lost > AP_MAX_LOST)
		return;
	for (int k = 0; k < n; k++)
		if (vals[k] == NULL)
			return;				/* a group not read: no sums to go by */
	/* the ways, as the places of the lost cells in increasing order */
	for (int q = 0; q < lost; q++)
		pos[q] = q;
	for (;;)
	{
		const gr_tok *cells[AP_N];
		bool		adds = true;

		for (int k = 0, q = 0, v = 0; k < AP_N; k++)
		{
			if (q < lost && pos[q] == k)
			{
				cells[k] = &gr_para_empty;
				q++;
			}
			else
				cells[k] = vals[v++];
		}
		for (int g = 0; g < AP_N / AP_GROUP && adds; g++)
			adds = ap_adds_up(cells + g * AP_GROUP);
		if (adds && !any)
		{
			any = true;
			memcpy(rep, cells, sizeof(rep));
		}
		else if (adds)
			for (int g = 0; g < AP_N / AP_GROUP; g++)
				if (memcmp(rep + g * AP_GROUP, cells + g * AP_GROUP, sizeof(rep[0]) * AP_GROUP) != 0)
					differ[g] = true;
		/* the next way: the last place that can move moves, those after follow it */
		{
			int			q = lost - 1;

			while (q >= 0 && pos[q] == AP_N - lost + q)
				q--;
			if (q < 0)
				break;
			pos[q]++;
			for (int r = q + 1; r < lost; r++)
				pos[r] = pos[r - 1] + 1;
		}
	}
	for (int g = 0; g < AP_N / AP_GROUP && any; g++)
		if (!differ[g])
			memcpy(out + g * AP_GROUP, rep + g * AP_GROUP, sizeof(rep[0]) * AP_GROUP);
}

/*
 * Section 3's short rows placed by the balance identities.
 *
 * Many reports leave every zero blank, and converters that print a row on
 * one line with single spaces (lynx, pandoc's plain text) then print only
 * its figures: "（一）予以公开 258 12 1 1", a row of blank cells as its label
 * alone.  The unknowns are, per such row, the columns its figures stand in:
 * in order, any of the seven, the total among them (it may be blank too).
 * The constraints are the form's identities: in each column the total row
 * is the sum of the disposition leaves (a blank counts 0), new received
 * plus carried over is the total plus carried forward, and a row adds up
 * across.  Every assignment of the short rows that satisfies them all is
 * enumerated, and a cell is placed when every one puts the same printed
 * token there (or leaves it empty in every one); the others stay unplaced.
 * A sum cannot tell a blank from a 0, so a printed 0 whose column is not
 * the same in every assignment is not placed, nor the cells it might be in.
 *
 * Two readings of "adds up across", tried in turn.  Strict: every row has
 * its total (blank only when the row is all 0), the total column included
 * in the dispositions' sum.  Loose, only when the strict one admits no
 * assignment at all: reports that print the total only in the rows 一,
 * 二, 总计 and 四 — no disposition has a figure in the total column, a
 * row whose total is blank is not summed across, and the total column is
 * not summed down the dispositions.  It is tried only on a table whose
 * every row was read, each column's sums checked in full, and none of
 * whose dispositions read whole prints a total: a row that does not add
 * up (its total printed alone among zeros) could otherwise pass for a
 * figure under another column of a table that balances.
 *
 * The search: first the head rows' assignments (the total row, carried
 * forward, new received, carried over; each row's ways, at most C(7, 3) =
 * 35, that add up across), new received not past total plus carried
 * forward, new plus carried over equal to it.  Then, for each way of the
 * total row among them, the dispositions one row a layer: the partial
 * column sums each layer can reach (figures are not negative: a partial
 * sum may not pass the total row's cell, and with the most the rows left
 * could add must reach it), kept once each in a hash; then back from the
 * last layer's sums that meet the total row, a way is part of an
 * assignment when it leads from a sum reached to one that completes.  The
 * rows with the greatest figures go first (they fit fewest columns).  The
 * bound: RQ_MAX_WORK steps (a way tried from a sum) and RQ_MAX_STATES
 * sums a table, over both readings; past either nothing is placed.  Time
 * and memory are so bounded a document (it has one section 3), whatever
 * its length.  A row with a word or a decimal among its values is taken
 * as not read; a negative figure, one past RQ_MAX_FIGURE, or a row read
 * whole that has its total and does not add up across: none placed.  Rows not read leave the sums they
 * are part of unchecked (the bounds that hold for any non-negative
 * figures still prune).
 */
#define RQ_C GR_RC_COUNT
#define RQ_TOT (GR_RC_COUNT - 1)
#define RQ_MAX_WAYS 35			/* C(7, 3): the most ways n figures stand in seven cells */
#define RQ_MAX_HEADS 256		/* assignments of the total, forward, new and over rows */
#define RQ_MAX_STATES 8192		/* partial sums kept, every layer together */
#define RQ_HASH 16384			/* their hash's slots, a power of 2 above twice as many */
#define RQ_MAX_WORK 30000		/* steps a table, both readings together (about a millisecond) */
#define RQ_MAX_FIGURE 1000000000000	/* a count above it: no search (sums stay in range) */

/* A token as a count: an empty cell or a placeholder 0; false for a word or a decimal. */
static bool
rq_count(const gr_tok *t, int64_t *v)
{
	gr_cell		c;

	if (t == &gr_para_empty || t->len == 0)
	{
		*v = 0;
		return true;
	}
	if (t->nstate != 0)
		c = t->num;
	else
		gr_read_number(t->s, t->len, true, &c);
	*v = c.state == GR_VALUE ? c.m : 0;
	return c.state == GR_BLANK || (c.state == GR_VALUE && c.scale == 0);
}

bool
gr_para_all_zero(const gr_tok *const *cells, int n)
{
	for (int k = 0; k < n; k++)
	{
		int64_t		v;

		if (cells[k] == NULL || !rq_count(cells[k], &v) || v != 0)
			return false;
	}
	return true;
}

typedef struct rq_row
{
	int			r;				/* the form's row */
	bool		place;			/* read short (or bare): its cells to place */
	bool		unk[RQ_C];		/* read whole: this cell is not a count */
	int			nways;
	uint8_t		mask[RQ_MAX_WAYS];	/* the columns holding a figure */
	int64_t		v[RQ_MAX_WAYS][RQ_C];
	int64_t		maxv[RQ_C];		/* the most any way puts in a column */
} rq_row;

typedef struct rq_search
{
	rq_row		rows[GR_R_NROWS];
	int			n;
	int			disp0;			/* rows[disp0..n) are the dispositions */
	int			itot,			/* rows[] index of the total row, -1 if not read */
				ifwd,
				inew,
				iover;
	bool		open_disp[RQ_C];	/* a disposition not known in this column */
	bool		open_flow[RQ_C];
	int64_t		rest[GR_R_NROWS + 1][RQ_C];	/* the most rows[k..n) add to a column */
	/* the assignments of the head rows (total, forward, new, over) that hold */
	int			nheads;
	int8_t		head[RQ_MAX_HEADS][4];	/* each row's way, -1: not read */
	int64_t		tmax[RQ_C],
				tmin[RQ_C];
	long		work;
	bool		over;			/* past the bound */
	/* the dispositions' partial sums: states[], layer by layer */
	int64_t    (*st)[RQ_C];
	bool	   *fits;			/* a state some assignment of the rest completes */
	uint8_t    *lay;			/* each state's layer */
	int			nst;
	int			layer[GR_R_NROWS + 2];	/* layer k: states [layer[k], layer[k + 1]) */
	int		   *hash;			/* RQ_HASH slots: a state's index + 1, 0 free */
	int		   *slot;			/* each state's slot, to free them after */
	/* what the assignments found put in each cell to place */
	bool		any;
	const gr_tok *cell[GR_R_NROWS][RQ_C];
	bool		seen[GR_R_NROWS],
				differ[GR_R_NROWS][RQ_C];
	const gr_tok *const (*vals)[RQ_C];
} rq_search;

#define RQ_HEAD_ROWS 4

/* The token way o of rows[i] puts in column c (&gr_para_empty: none). */
static const gr_tok *
rq_token(const rq_search *s, int i, int o, int c)
{
	const rq_row *w = &s->rows[i];
	unsigned	m = w->mask[o];

	if (!((m >> c) & 1))
		return &gr_para_empty;
	return s->vals[w->r][__builtin_popcount(m & ((1u << c) - 1))];
}

/* Way o of rows[i] is part of an assignment that holds: its cells compared. */
static void
rq_mark(rq_search *s, int i, int o)
{
	if (!s->rows[i].place)
		return;
	for (int c = 0; c < RQ_C; c++)
	{
		const gr_tok *t = rq_token(s, i, o, c);

		if (!s->seen[i])
			s->cell[i][c] = t;
		else if (s->cell[i][c] != t)
			s->differ[i][c] = true;
	}
	s->seen[i] = true;
}

/* Does row v add up across: strict, always; loose, when its total is printed. */
static bool
rq_across(const int64_t *v, bool has_total, bool strict)
{
	int64_t		sum = 0;

	if (!has_total && !strict)
		return true;
	for (int c = 0; c < RQ_TOT; c++)
		sum += v[c];
	return sum == (has_total ? v[RQ_TOT] : 0);
}

/*
 * w's ways: figures x[0..n) in order in n of the seven columns, the ways
 * that add up across; none_total: none with a figure in the total column.
 */
static void
rq_ways(rq_row *w, const int64_t *x, int n, bool strict, bool none_total)
{
	w->nways = 0;
	for (unsigned m = 0; m < (1u << RQ_C); m++)
	{
		int64_t		v[RQ_C];

		if (__builtin_popcount(m) != n || (none_total && ((m >> RQ_TOT) & 1)))
			continue;
		for (int c = 0, k = 0; c < RQ_C; c++)
			v[c] = (m >> c) & 1 ? x[k++] : 0;
		if (!rq_across(v, (m >> RQ_TOT) & 1, strict))
			continue;
		w->mask[w->nways] = (uint8_t) m;
		memcpy(w->v[w->nways++], v, sizeof(v));
	}
}

/* The figures of head row k (0 total, 1 forward, 2 new, 3 over) in assignment pick; NULL if not read. */
static const int64_t *
rq_head_v(const rq_search *s, const int8_t *pick, int k)
{
	int			i = k == 0 ? s->itot : k == 1 ? s->ifwd : k == 2 ? s->inew : s->iover;

	return i < 0 ? NULL : s->rows[i].v[pick[k]];
}

/*
 * The head rows' assignments, depth k of them chosen in pick: those under
 * which the flow holds where it can be checked (new received not past
 * total plus carried forward, then new plus carried over equal to it).
 */
static void
rq_heads(rq_search *s, int8_t *pick, int k)
{
	int			i;

	if (k == RQ_HEAD_ROWS)
	{
		if (s->nheads == RQ_MAX_HEADS)
		{
			s->over = true;
			return;
		}
		memcpy(s->head[s->nheads++], pick, RQ_HEAD_ROWS);
		return;
	}
	i = k == 0 ? s->itot : k == 1 ? s->ifwd : k == 2 ? s->inew : s->iover;
	if (i < 0)
	{
		pick[k] = -1;
		rq_heads(s, pick, k + 1);
		return;
	}
	for (int o = 0; o < s->rows[i].nways && !s->over; o++)
	{
		const int64_t *t,
				   *f,
				   *nw,
				   *v = s->rows[i].v[o];
		bool		ok = true;

		if (++s->work > RQ_MAX_WORK)
		{
			s->over = true;
			return;
		}
		pick[k] = (int8_t) o;
		/* the rows below depth k have no way chosen yet: not looked at */
		t = k >= 2 ? rq_head_v(s, pick, 0) : NULL;
		f = k >= 2 ? rq_head_v(s, pick, 1) : NULL;
		nw = k >= 3 ? rq_head_v(s, pick, 2) : NULL;
		if (k >= 2 && t && f)
			for (int c = 0; c < RQ_C && ok; c++)
				if (!s->open_flow[c])
					ok = k == 2 ? v[c] <= t[c] + f[c] : nw == NULL || nw[c] + v[c] == t[c] + f[c];
		if (ok)
			rq_heads(s, pick, k + 1);
	}
}

static unsigned
rq_hash(const int64_t *v, int k)
{
	uint64_t	h = (uint64_t) k * 0x9E3779B97F4A7C15u;

	for (int c = 0; c < RQ_C; c++)
		h = (h ^ (uint64_t) v[c]) * 0x100000001B3u;
	return (unsigned) (h >> 20) & (RQ_HASH - 1);
}

/* The index of state v in layer k, -1 if none; with add, put it there (s->over when full). */
static int
rq_state(rq_search *s, const int64_t *v, int k, bool add)
{
	unsigned	h = rq_hash(v, k);

	for (;; h = (h + 1) & (RQ_HASH - 1))
	{
		int			i = s->hash[h] - 1;

		if (i < 0)
			break;
		if (s->lay[i] == k && memcmp(s->st[i], v, sizeof(s->st[0])) == 0)
			return i;
	}
	if (!add)
		return -1;
	if (s->nst == RQ_MAX_STATES)
	{
		s->over = true;
		return -1;
	}
	memcpy(s->st[s->nst], v, sizeof(s->st[0]));
	s->fits[s->nst] = false;
	s->lay[s->nst] = (uint8_t) k;
	s->slot[s->nst] = (int) h;
	s->hash[h] = ++s->nst;
	return s->nst - 1;
}

/*
 * State u of layer k (the dispositions before rows[disp0 + k]) taking way
 * o of that row: the partial sums into v; false when they cannot lead to
 * the total row (past its greatest cell, or short of its least with all
 * the rows left at their most).
 */
static bool
rq_step(const rq_search *s, const int64_t *u, int k, int o, int64_t *v)
{
	const rq_row *w = &s->rows[s->disp0 + k];

	for (int c = 0; c < RQ_C; c++)
	{
		/* with no total row read the sums check nothing: one state a layer */
		v[c] = u[c] + (s->itot >= 0 && !w->unk[c] ? w->v[o][c] : 0);
		if (s->itot < 0 || s->rows[s->itot].unk[c])
			continue;
		if (v[c] > s->tmax[c] ||
			(!s->open_disp[c] && v[c] + s->rest[s->disp0 + k + 1][c] < s->tmin[c]))
			return false;
	}
	return true;
}

/*
 * The dispositions under total row tw (its way; -1: not read): the
 * partial sums each layer can reach, forward, then back from those that
 * meet the total row the ways that lead there.  True when some assignment
 * holds.
 */
static bool
rq_layers(rq_search *s, int tw)
{
	int			nd = s->n - s->disp0;
	int64_t		v[RQ_C];

	for (int c = 0; c < RQ_C; c++)
		s->tmax[c] = s->tmin[c] = tw >= 0 ? s->rows[s->itot].v[tw][c] : 0;
	for (int i = 0; i < s->nst; i++)
		s->hash[s->slot[i]] = 0;
	s->nst = 0;
	memset(v, 0, sizeof(v));
	rq_state(s, v, 0, true);
	s->layer[0] = 0;
	for (int k = 0; k < nd && !s->over; k++)
	{
		int			end = s->nst;

		s->layer[k + 1] = end;
		for (int u = s->layer[k]; u < end && !s->over; u++)
			for (int o = 0; o < s->rows[s->disp0 + k].nways && !s->over; o++)
			{
				if (++s->work > RQ_MAX_WORK)
					s->over = true;
				else if (rq_step(s, s->st[u], k, o, v))
					rq_state(s, v, k + 1, true);
			}
	}
	if (s->over)
		return false;
	/* the last layer: the states that meet the total row */
	for (int u = s->layer[nd]; u < s->nst; u++)
	{
		bool		ok = true;

		for (int c = 0; c < RQ_C && ok && tw >= 0; c++)
			if (!s->rows[s->itot].unk[c])
				ok = s->open_disp[c] ? s->st[u][c] <= s->tmax[c] : s->st[u][c] == s->tmax[c];
		s->fits[u] = ok;
	}
	/* back: a way is part of an assignment when it leads to a state that fits */
	for (int k = nd - 1; k >= 0; k--)
		for (int u = s->layer[k]; u < s->layer[k + 1]; u++)
			for (int o = 0; o < s->rows[s->disp0 + k].nways; o++)
			{
				int			x;

				if (!rq_step(s, s->st[u], k, o, v) || (x = rq_state(s, v, k + 1, false)) < 0 ||
					!s->fits[x])
					continue;
				s->fits[u] = true;
				rq_mark(s, s->disp0 + k, o);
			}
	return s->fits[0];
}

/*
 * The search proper: the head rows' assignments, then for each way of
 * the total row among them the dispositions' layers (one table of partial
 * sums at a time, pruned by that total row exactly).
 */
static void
rq_search_run(rq_search *s)
{
	int8_t		pick[RQ_HEAD_ROWS] = {-1, -1, -1, -1};
	bool		tried[RQ_MAX_WAYS] = {false};

	s->nheads = 0;
	rq_heads(s, pick, 0);
	for (int h = 0; h < s->nheads && !s->over; h++)
	{
		int			tw = s->head[h][0];

		if (tw >= 0 && tried[tw])
			continue;
		if (tw >= 0)
			tried[tw] = true;
		if (!rq_layers(s, tw))
			continue;
		s->any = true;
		for (int g = h; g < s->nheads; g++)
			if (s->head[g][0] == tw)
				for (int k = 0; k < RQ_HEAD_ROWS; k++)
				{
					int			i = k == 0 ? s->itot : k == 1 ? s->ifwd : k == 2 ? s->inew : s->iover;

					if (i >= 0)
						rq_mark(s, i, s->head[g][k]);
				}
	}
}

/* The greatest figure of a row's ways (none: 0). */
static int64_t
rq_big(const rq_row *w)
{
	int64_t		b = 0;

	for (int c = 0; c < RQ_TOT; c++)
		b = w->maxv[c] > b ? w->maxv[c] : b;
	return b;
}

/*
 * One reading (strict or loose) of the table: the search set up and run.
 * Returns false when the table cannot be read so at all (a row read whole
 * that has its total and does not add up, a figure that is not a count).
 */
static bool
rq_read(rq_search *s, gr_form f, const gr_cell (*known)[GR_RC_COUNT], const bool *have,
		const bool *bare, const int *nvals, bool strict)
{
	static const int head[RQ_HEAD_ROWS] = {GR_R_DISP(GR_D_TOTAL), GR_R_CARRIED_FORWARD,
	GR_R_NEW_RECEIVED, GR_R_CARRIED_OVER};
	int			order[GR_R_NROWS],
				norder = 0;

	memset(s->open_disp, 0, sizeof(s->open_disp));
	memset(s->open_flow, 0, sizeof(s->open_flow));
	memset(s->seen, 0, sizeof(s->seen));
	memset(s->differ, 0, sizeof(s->differ));
	s->n = 0;
	s->itot = s->ifwd = s->inew = s->iover = -1;
	s->any = false;
	for (int k = 0; k < RQ_HEAD_ROWS; k++)
		order[norder++] = head[k];
	for (int r = GR_R_DISP(0); r < GR_R_DISP(GR_D_TOTAL); r++)
		if (gr_rrow_is_leaf(f, r))
			order[norder++] = r;
	s->disp0 = -1;
	for (int k = 0; k < norder; k++)
	{
		int			r = order[k];
		bool		isdisp = k >= RQ_HEAD_ROWS;
		rq_row	   *w = &s->rows[s->n];
		int64_t		x[RQ_C];
		int			nx = 0;
		bool		read = false;

		if (isdisp && s->disp0 < 0)
			s->disp0 = s->n;
		memset(w->unk, 0, sizeof(w->unk));
		w->r = r;
		w->place = false;
		if (have[r])
		{
			bool		has_total = known[r][RQ_TOT].state == GR_VALUE,
						all = true;
			int64_t		v[RQ_C];

			for (int c = 0; c < RQ_C; c++)
			{
				const gr_cell *y = &known[r][c];

				w->unk[c] = !(y->state == GR_BLANK || (y->state == GR_VALUE && y->scale == 0));
				v[c] = y->state == GR_VALUE && !w->unk[c] ? y->m : 0;
				if (v[c] < 0 || v[c] > RQ_MAX_FIGURE)
					return false;
				all = all && !w->unk[c];
			}
			/* loose: the dispositions print no total, none of them */
			if (!strict && isdisp && has_total && v[RQ_TOT] != 0)
				return false;
			read = true;
			w->nways = 1;
			w->mask[0] = 0;
			memcpy(w->v[0], v, sizeof(v));
			if (all && !rq_across(v, has_total, strict))
			{
				/* a row read whole with its total that does not add up: no table to trust */
				if (has_total)
					return false;
				w->nways = 0;
			}
		}
		else if ((bare[r] && nvals[r] == 0) || (nvals[r] > 0 && nvals[r] < RQ_C))
		{
			read = true;
			for (int j = 0; j < nvals[r] && read; j++)
			{
				const gr_tok *t = s->vals[r][j];

				/* printed figures only: an empty cell put in a gap is no sure cell */
				read = t != NULL && t != &gr_para_empty && t->len > 0 && rq_count(t, &x[nx]);
				if (read && (x[nx] < 0 || x[nx] > RQ_MAX_FIGURE))
					return false;
				nx++;
			}
			if (read)
			{
				w->place = true;
				rq_ways(w, x, nx, strict, !strict && isdisp);
			}
		}
		if (!read)
		{
			/* not read: the sums it is part of are not checked */
			for (int c = 0; c < RQ_C; c++)
			{
				if (isdisp || r == GR_R_DISP(GR_D_TOTAL))
					s->open_disp[c] = true;
				if (!isdisp)
					s->open_flow[c] = true;
			}
			continue;
		}
		for (int c = 0; c < RQ_C; c++)
		{
			w->maxv[c] = 0;
			for (int o = 0; o < w->nways; o++)
				if (w->v[o][c] > w->maxv[c])
					w->maxv[c] = w->v[o][c];
			if (w->unk[c])
			{
				if (isdisp || r == GR_R_DISP(GR_D_TOTAL))
					s->open_disp[c] = true;
				if (!isdisp)
					s->open_flow[c] = true;
			}
		}
		if (r == GR_R_DISP(GR_D_TOTAL))
			s->itot = s->n;
		else if (r == GR_R_CARRIED_FORWARD)
			s->ifwd = s->n;
		else if (r == GR_R_NEW_RECEIVED)
			s->inew = s->n;
		else if (r == GR_R_CARRIED_OVER)
			s->iover = s->n;
		s->n++;
	}
	if (s->disp0 < 0)
		s->disp0 = s->n;
	/*
	 * the dispositions with the greatest figures first: those have the
	 * fewest columns to go to, and the small ones, which fit almost
	 * anywhere, come last, when the sums left to fill are small (fewer
	 * partial sums; the order of the sum does not change what it places)
	 */
	for (int i = s->disp0 + 1; i < s->n; i++)
		for (int j = i; j > s->disp0 && rq_big(&s->rows[j - 1]) < rq_big(&s->rows[j]); j--)
		{
			rq_row		t = s->rows[j];

			s->rows[j] = s->rows[j - 1];
			s->rows[j - 1] = t;
		}
	/* loose: the total column is not summed down the dispositions */
	if (!strict)
		s->open_disp[RQ_TOT] = true;
	for (int c = 0; c < RQ_C; c++)
	{
		s->rest[s->n][c] = 0;
		for (int i = s->n - 1; i >= 0; i--)
			s->rest[i][c] = s->rest[i + 1][c] + (i >= s->disp0 && !s->rows[i].unk[c] ? s->rows[i].maxv[c] : 0);
	}
	rq_search_run(s);
	return true;
}

int
gr_para_requests_short(gr_form f, const gr_cell (*known)[GR_RC_COUNT], const bool *have,
					   const bool *bare, const gr_tok *const (*vals)[GR_RC_COUNT],
					   const int *nvals, const gr_tok *(*out)[GR_RC_COUNT], const gr_mem *m)
{
	rq_search  *s;
	int			placed = 0;
	bool		any = false;

	for (int r = 0; r < GR_R_NROWS; r++)
	{
		for (int c = 0; c < RQ_C; c++)
			out[r][c] = NULL;
		any |= nvals[r] > 0 || bare[r];
	}
	if (!any)
		return 0;
	s = gr_alloc_raw(m, sizeof(*s));
	s->st = gr_alloc_raw(m, sizeof(s->st[0]) * RQ_MAX_STATES);
	s->fits = gr_alloc_raw(m, sizeof(s->fits[0]) * RQ_MAX_STATES);
	s->lay = gr_alloc_raw(m, sizeof(s->lay[0]) * RQ_MAX_STATES);
	s->slot = gr_alloc_raw(m, sizeof(s->slot[0]) * RQ_MAX_STATES);
	s->hash = gr_alloc(m, sizeof(s->hash[0]) * RQ_HASH);
	s->nst = 0;
	s->vals = vals;
	s->work = 0;
	s->over = false;
	if (!rq_read(s, f, known, have, bare, nvals, true) || s->over)
		return -(int) s->over;
	if (!s->any)
	{
		bool		whole = true;

		/* the loose reading only where every sum can be checked */
		for (int c = 0; c < RQ_C; c++)
			whole = whole && !s->open_disp[c] && !s->open_flow[c];
		if (!whole || !rq_read(s, f, known, have, bare, nvals, false) || s->over || !s->any)
			return -(int) s->over;
	}
	for (int i = 0; i < s->n; i++)
	{
		bool		cell = false;

		if (!s->rows[i].place || !s->seen[i])
			continue;
		for (int c = 0; c < RQ_C; c++)
			if (!s->differ[i][c])
			{
				out[s->rows[i].r][c] = s->cell[i][c];
				cell = true;
			}
		placed += cell;
	}
	return placed;
}

/*
 * Empty cells shown by the width of a gap.  lynx prints a table it cannot
 * lay out one row a line, its cells joined by single spaces; a cell that
 * holds only a no-break space comes out as one more space between two
 * spaces: "0 0 0 0   3 3" is 0 0 0 0 _ 3 3 (each empty cell two columns
 * more).  A line is read so only when it ends in values (after a text, or
 * none) whose gaps are all of plain spaces, each of one or of an odd width
 * 2k + 1 (k empty cells), one at least single, and when its values and
 * empty cells then make exactly a section 3 row (GR_RC_COUNT cells) that
 * adds up across (its total the sum of the six others): a line laid out in
 * columns (gaps of any width) is not, nor a garbled one.  Tokens that do not
 * stand in the text itself (an HTML page's, a joined copy) are passed
 * over.
 */
#define GAP_MAX_K 3				/* empty cells one gap stands for */

/* The gap between a and b on one line: its width in spaces, -1 when not all plain spaces. */
static int
gap_width(const gr_toks *ts, const gr_tok *a, const gr_tok *b)
{
	const char *e = a->s + a->len;

	if (a->lstart != b->lstart || a->joined || b->joined || a->span_copy || b->span_copy)
		return -1;
	/* both in the text itself (an HTML page's cells are not) */
	if ((uintptr_t) a->s < (uintptr_t) ts->text || (uintptr_t) b->s > (uintptr_t) (ts->text + ts->len) ||
		(uintptr_t) b->s < (uintptr_t) e || (uintptr_t) b->s - (uintptr_t) e > 2 * GAP_MAX_K + 1)
		return -1;
	for (const char *q = e; q < b->s; q++)
		if (*q != ' ')
			return -1;
	return (int) (b->s - e);
}

static bool
gap_value(const gr_tok *t)
{
	gr_cell		c;

	if (t->kind == GR_TOK_BREAK || t->len == 0 || t->len > PARA_MAX_WORD)
		return false;
	if (t->nstate != 0)
		c = t->num;
	else
		gr_read_number(t->s, t->len, true, &c);
	return c.state == GR_VALUE || c.state == GR_BLANK;
}

/*
 * The line of tokens [i, e): the empty cells each gap before a value
 * stands for into k[] (indexed from i), their sum; 0 when the line is not
 * read so.
 */
static int
gap_line(const gr_toks *ts, size_t i, size_t e, int *k)
{
	size_t		a = e;
	int			nvals = 0,
				blanks = 0;
	bool		single = false,
				wide = false;

	/* a quick look first: two tokens at least, and a gap of three spaces or more */
	if (e - i < 2)
		return 0;
	for (size_t j = i + 1; j < e && !wide; j++)
		wide = gap_width(ts, &ts->t[j - 1], &ts->t[j]) >= 3;
	if (!wide)
		return 0;
	/* the values that end the line */
	while (a > i && gap_value(&ts->t[a - 1]))
		a--;
	nvals = (int) (e - a);
	if (nvals < 2 || nvals >= GR_RC_COUNT)
		return 0;
	for (size_t j = a; j < e; j++)
	{
		int			w;

		k[j - i] = 0;
		if (j == i)
			continue;			/* the line's first token: no gap before it */
		w = gap_width(ts, &ts->t[j - 1], &ts->t[j]);
		if (w < 1 || w % 2 == 0)
			return 0;
		if (w == 1)
			single |= j > a;
		k[j - i] = (w - 1) / 2;
		blanks += k[j - i];
	}
	if (!single || blanks == 0 || nvals + blanks != GR_RC_COUNT)
		return 0;
	/* and the row so read adds up across: its last value the sum of the others */
	{
		int64_t		sum = 0,
					v = 0;

		for (size_t j = a; j < e; j++)
		{
			if (!rq_count(&ts->t[j], &v))
				return 0;
			if (j + 1 < e)
				sum += v;
		}
		if (sum != v)
			return 0;
	}
	return blanks;
}

void
gr_para_gaps(gr_toks *ts, const gr_mem *m)
{
	size_t		extra = 0,
				n = ts->n,
				w;
	int			k[GR_RC_COUNT * 4];
	gr_tok	   *dst;

	if (ts->text == NULL)
		return;
	for (size_t i = 0; i < n;)
	{
		size_t		e = i + 1;

		while (e < n && ts->t[e].kind != GR_TOK_BREAK && ts->t[e].lstart == ts->t[i].lstart)
			e++;
		if (e - i >= 2 && ts->t[i].kind != GR_TOK_BREAK && e - i <= GR_RC_COUNT * 4)
			extra += (size_t) gap_line(ts, i, e, k);
		i = e;
	}
	if (extra == 0)
		return;
	dst = ts->cap >= n + extra ? ts->t : gr_alloc_raw(m, (n + extra) * sizeof(gr_tok));
	/* from the end, so that the array may be its own destination */
	w = n + extra;
	for (size_t e = n; e > 0;)
	{
		size_t		i = e - 1;
		int			b = 0;

		while (i > 0 && ts->t[i - 1].kind != GR_TOK_BREAK && ts->t[i].kind != GR_TOK_BREAK &&
			   ts->t[i - 1].lstart == ts->t[e - 1].lstart)
			i--;
		if (ts->t[i].kind != GR_TOK_BREAK && e - i <= GR_RC_COUNT * 4)
			b = gap_line(ts, i, e, k);
		for (size_t j = e; j-- > i;)
		{
			gr_tok		t = ts->t[j];

			dst[--w] = t;
			if (b > 0 && j > i)
				for (int q = 0; q < k[j - i]; q++)
				{
					/* an empty cell of the row, in the gap before t */
					gr_tok		c = gr_para_empty;

					c.s = t.s - 1 - 2 * q;
					c.len = 0;
					c.lstart = t.lstart;
					c.lend = t.lend;
					c.kind = t.kind;
					dst[--w] = c;
				}
		}
		e = i;
	}
	if (dst != ts->t)
		ts->cap = n + extra;
	ts->t = dst;
	ts->n = n + extra;
}
