/*
 * rows_para.c — the paragraph stage of row assembly: see rows_para.h.
 *
 * Its state is one gr_para per document, reset at each row the matcher
 * opens.  Constant work per token; no allocation.
 */
#include "rows_para.h"

#include <string.h>

/* read already (nstate set): the matcher never writes to it */
const gr_tok gr_para_empty = {"", 0, 0, 0, GR_TOK_CELL, 1 + GR_BLANK, {0, 0, GR_BLANK}};

bool
gr_para_whole_line(const gr_toks *ts, size_t i)
{
	const gr_tok *t = &ts->t[i];

	if (t->kind != GR_TOK_LINE)
		return false;
	if (i > 0 && ts->t[i - 1].kind != GR_TOK_BREAK && ts->t[i - 1].lstart == t->lstart)
		return false;
	return i + 1 >= ts->n || ts->t[i + 1].kind == GR_TOK_BREAK ||
		ts->t[i + 1].lstart != t->lstart;
}

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

void
gr_para_open(gr_para *s, bool whole)
{
	s->whole = whole;
	s->crossed = false;
	s->breaks = 0;
}

bool
gr_para_break(const gr_para *s, int n, int ncols)
{
	return s->whole && n < ncols;
}

int
gr_para_value(gr_para *s, bool whole, int gap, int room)
{
	int			blanks = 0;

	s->breaks += gap;

	if (!whole)
		s->whole = false;
	if (!s->whole)
	{
		s->breaks = 0;
		return 0;
	}
	if (s->breaks > 0)
	{
		if (!s->crossed)
			s->rows++;
		s->crossed = true;
	}
	/* one empty line ends a cell; each further one is an empty cell */
	if (s->breaks >= 2)
		blanks = s->breaks - 1;
	if (blanks > room)
		blanks = room;
	s->breaks = 0;
	return blanks;
}

bool
gr_para_placeable(const gr_para *s, int n, int ncols)
{
	return !(s->whole && s->crossed && n > 0 && n < ncols);
}

int
gr_para_split(const gr_tok *t, gr_tok *out, int cap)
{
	size_t		i = 0;
	int			n = 0;
	bool		number = false;

	while (i < t->len)
	{
		size_t		a,
					b;

		while (i < t->len && t->s[i] == ' ')
			i++;
		if (i >= t->len)
			break;
		a = i;
		while (i < t->len && t->s[i] != ' ')
			i++;
		b = i;
		if (n >= cap)
			return 0;
		out[n] = *t;
		out[n].s = t->s + a;
		out[n].len = b - a;
		out[n].nstate = 1 + (uint8_t) gr_read_number(out[n].s, out[n].len, true, &out[n].num);
		if (out[n].num.state == GR_VALUE)
			number = true;
		else if (out[n].num.state != GR_BLANK)
			return 0;
		n++;
	}
	/* "- 5 -" is a page number, not a placeholder, a count and a placeholder */
	if (n == 3 && out[0].len == 1 && out[0].s[0] == '-' && out[2].len == 1 && out[2].s[0] == '-')
		return 0;
	return n >= 2 && number ? n : 0;
}
