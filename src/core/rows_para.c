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
