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
 * A short row's values are its cells in order with RQ_MAX_LOST or fewer
 * empty cells not printed: each way of putting the empty cells among them
 * ("way", a mask of the empty columns) must add up across (the total
 * column the sum of the six others).  Ways that give the row the same
 * figures column by column (an empty cell and a 0 count alike in a sum)
 * form one class; the table's column identities (the total row the sum of
 * the dispositions, new plus carried over the total plus carried forward)
 * are tried on every choice of one class per short row, and a way is kept
 * when its class is part of a choice under which every identity that can
 * be checked holds.  A cell is placed when every way kept puts the same
 * printed token in it (or leaves it empty in every one); the others stay
 * unplaced.  A row whose values are not all counts, a row with more cells
 * lost, or a table with more choices than RQ_MAX_CHOICES: none placed; a
 * known row that does not add up across, or no choice at all: none placed.
 */
#define RQ_C GR_RC_COUNT
#define RQ_MAX_LOST 2
#define RQ_MAX_WAYS 21			/* C(7, 2) */
#define RQ_MAX_CHOICES 4096

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
	int			nways;
	unsigned	mask[RQ_MAX_WAYS];
	int			cls[RQ_MAX_WAYS];	/* each way's class */
	int			ncls;
	int64_t		v[RQ_MAX_WAYS][RQ_C];	/* each class's figures */
	bool		feasible[RQ_MAX_WAYS];	/* a class in a choice that holds */
} rq_row;

/* The ways of short row vals[0..n) that add up across, in classes. */
static void
rq_ways(const gr_tok *const *vals, int n, rq_row *w)
{
	int64_t		x[RQ_C];

	w->nways = w->ncls = 0;
	/* printed cells only: an empty cell inferred before (a gap) is no sure cell */
	for (int k = 0; k < n; k++)
		if (vals[k] == NULL || vals[k] == &gr_para_empty || !rq_count(vals[k], &x[k]))
			return;
	for (unsigned m = 0; m < (1u << RQ_C); m++)
	{
		int64_t		v[RQ_C],
					sum = 0;
		int			bits = 0,
					k = 0,
					c;

		for (int j = 0; j < RQ_C; j++)
			bits += (m >> j) & 1;
		if (bits != RQ_C - n)
			continue;
		for (int j = 0; j < RQ_C; j++)
			v[j] = (m >> j) & 1 ? 0 : x[k++];
		for (int j = 0; j < RQ_C - 1; j++)
			sum += v[j];
		if (sum != v[RQ_C - 1])
			continue;
		for (c = 0; c < w->ncls; c++)
			if (memcmp(w->v[c], v, sizeof(v)) == 0)
				break;
		if (c == w->ncls)
			memcpy(w->v[w->ncls++], v, sizeof(v));
		w->mask[w->nways] = m;
		w->cls[w->nways++] = c;
	}
}

/*
 * The column identities of revision f in column c, on figures fig[r]
 * (NULL: that row's cell is not known): false when one that can be
 * checked fails.
 */
static bool
rq_holds(gr_form f, const int64_t *const *fig, int c)
{
	const int	tot = GR_R_DISP(GR_D_TOTAL);
	int64_t		disp = 0;
	bool		all = fig[tot] != NULL;

	for (int r = GR_R_DISP(0); r < tot && all; r++)
		if (gr_rrow_is_leaf(f, r))
		{
			if (fig[r] == NULL)
				all = false;
			else
				disp += fig[r][c];
		}
	if (all && disp != fig[tot][c])
		return false;
	if (fig[GR_R_NEW_RECEIVED] && fig[GR_R_CARRIED_OVER] && fig[tot] && fig[GR_R_CARRIED_FORWARD] &&
		fig[GR_R_NEW_RECEIVED][c] + fig[GR_R_CARRIED_OVER][c] != fig[tot][c] + fig[GR_R_CARRIED_FORWARD][c])
		return false;
	return true;
}

int
gr_para_requests_short(gr_form f, const gr_cell (*known)[GR_RC_COUNT], const bool *have,
					   const gr_tok *const (*vals)[GR_RC_COUNT], const int *nvals,
					   const gr_tok *(*out)[GR_RC_COUNT])
{
	rq_row		w[GR_R_NROWS];
	int64_t		kv[GR_R_NROWS][RQ_C];
	bool		kok[GR_R_NROWS][RQ_C];
	int			shorts[GR_R_NROWS],
				nshort = 0,
				pick[GR_R_NROWS],
				placed = 0;
	long		choices = 1;

	for (int r = 0; r < GR_R_NROWS; r++)
		for (int c = 0; c < RQ_C; c++)
			out[r][c] = NULL;
	for (int r = 0; r < GR_R_NROWS; r++)
	{
		if (!gr_rrow_is_leaf(f, r))
			continue;
		if (have[r])
		{
			int64_t		sum = 0;
			bool		all = true;

			for (int c = 0; c < RQ_C; c++)
			{
				const gr_cell *x = &known[r][c];

				kok[r][c] = x->state == GR_BLANK || (x->state == GR_VALUE && x->scale == 0);
				kv[r][c] = x->state == GR_VALUE ? x->m : 0;
				all = all && kok[r][c];
				if (c < RQ_C - 1)
					sum += kv[r][c];
			}
			/* a row read whole that does not add up: the table cannot be trusted */
			if (all && sum != kv[r][RQ_C - 1])
				return 0;
		}
		else if (nvals[r] >= RQ_C - RQ_MAX_LOST && nvals[r] < RQ_C)
		{
			rq_ways(vals[r], nvals[r], &w[r]);
			if (w[r].nways == 0)
				continue;
			choices *= w[r].ncls;
			if (choices > RQ_MAX_CHOICES)
				return 0;
			shorts[nshort++] = r;
		}
	}
	if (nshort == 0)
		return 0;
	for (int k = 0; k < nshort; k++)
	{
		memset(w[shorts[k]].feasible, 0, sizeof(w[0].feasible));
		pick[k] = 0;
	}
	/* every choice of one class per short row */
	for (;;)
	{
		const int64_t *fig[GR_R_NROWS];
		bool		holds = true;

		for (int c = 0; c < RQ_C && holds; c++)
		{
			for (int r = 0; r < GR_R_NROWS; r++)
				fig[r] = have[r] && gr_rrow_is_leaf(f, r) && kok[r][c] ? kv[r] : NULL;
			for (int k = 0; k < nshort; k++)
				fig[shorts[k]] = w[shorts[k]].v[pick[k]];
			holds = rq_holds(f, fig, c);
		}
		if (holds)
			for (int k = 0; k < nshort; k++)
				w[shorts[k]].feasible[pick[k]] = true;
		{
			int			k = nshort - 1;

			while (k >= 0 && pick[k] == w[shorts[k]].ncls - 1)
				pick[k--] = 0;
			if (k < 0)
				break;
			pick[k]++;
		}
	}
	for (int k = 0; k < nshort; k++)
	{
		int			r = shorts[k];
		const gr_tok *cell[RQ_C];
		bool		first = true,
					same[RQ_C],
					any = false;

		for (int i = 0; i < w[r].nways; i++)
		{
			unsigned	m = w[r].mask[i];

			if (!w[r].feasible[w[r].cls[i]])
				continue;
			for (int j = 0, v = 0; j < RQ_C; j++)
			{
				const gr_tok *t = (m >> j) & 1 ? &gr_para_empty : vals[r][v++];

				if (first)
				{
					cell[j] = t;
					same[j] = true;
				}
				else if (cell[j] != t)
					same[j] = false;
			}
			first = false;
		}
		if (first)
			continue;			/* no way kept */
		for (int j = 0; j < RQ_C; j++)
			if (same[j])
			{
				out[r][j] = cell[j];
				any = true;
			}
		placed += any;
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
