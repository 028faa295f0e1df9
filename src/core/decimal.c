/*
 * decimal.c — exact sums of cells, the one decimal model of the checks
 * (check.c) and of report_sum (sum.c).
 *
 * A gr_dec is ip + fp / 10^6 with the largest scale that went in.  Any cell
 * (at most 15 digits, 6 decimals) adds without rounding, and thousands of
 * them cannot overflow int64, so a balance is compared exactly however its
 * parts are grouped.  Out of a gr_dec come a cell at the largest scale of
 * its inputs (gr_dec_cell: what a check prints) or the exact value with
 * trailing fractional zeros dropped, refused beyond GR_MAX_MANTISSA
 * (gr_dec_exact: a cell of a sum).
 */
#include "gr.h"

#define MICRO INT64_C(1000000)	/* 10^GR_MAX_SCALE */

static const int64_t pow10_tab[GR_MAX_SCALE + 1] = {
	1, 10, 100, 1000, 10000, 100000, 1000000
};

bool
gr_dec_add(gr_dec *s, const gr_cell *c, int sign)
{
	int64_t		p;

	if (c->state != GR_VALUE || c->scale > GR_MAX_SCALE ||
		c->m > GR_MAX_MANTISSA || c->m < -GR_MAX_MANTISSA)
		return false;
	p = pow10_tab[c->scale];
	s->ip += sign * (c->m / p);
	s->fp += sign * ((c->m % p) * pow10_tab[GR_MAX_SCALE - c->scale]);
	if (c->scale > s->scale)
		s->scale = c->scale;
	return true;
}

void
gr_dec_norm(gr_dec *s)
{
	int64_t		q = s->fp / MICRO;
	int64_t		r = s->fp % MICRO;

	if (r < 0)
	{
		r += MICRO;
		q -= 1;
	}
	s->ip += q;
	s->fp = r;
}

bool
gr_dec_eq(gr_dec a, gr_dec b)
{
	gr_dec_norm(&a);
	gr_dec_norm(&b);
	return a.ip == b.ip && a.fp == b.fp;
}

gr_cell
gr_dec_cell(gr_dec s)
{
	gr_cell		c = {0, 0, GR_VALUE};

	gr_dec_norm(&s);
	for (int sc = s.scale; sc >= 0; sc--)
	{
		int64_t		div = pow10_tab[GR_MAX_SCALE - sc];
		int64_t		f = s.fp / div;
		int64_t		lim = (INT64_MAX - MICRO) / pow10_tab[sc];

		if (sc < s.scale && (s.fp % div) * 2 >= div)
			f++;
		if (s.ip > lim || s.ip < -lim)
			continue;
		c.m = s.ip * pow10_tab[sc] + f;
		c.scale = (uint8_t) sc;
		return c;
	}
	/* beyond int64 even as an integer: cannot happen with < 9000 cells */
	c.m = s.ip;
	return c;
}

bool
gr_dec_exact(gr_dec s, gr_cell *out)
{
	int			sc = 0;
	int64_t		m;

	gr_dec_norm(&s);
	/* the smallest scale that holds fp exactly */
	while (sc < GR_MAX_SCALE && s.fp % pow10_tab[GR_MAX_SCALE - sc] != 0)
		sc++;
	if (s.ip > GR_MAX_MANTISSA / pow10_tab[sc] + 1 ||
		s.ip < -(GR_MAX_MANTISSA / pow10_tab[sc]) - 1)
		return false;
	m = s.ip * pow10_tab[sc] + s.fp / pow10_tab[GR_MAX_SCALE - sc];
	if (m > GR_MAX_MANTISSA || m < -GR_MAX_MANTISSA)
		return false;
	out->m = m;
	out->scale = (uint8_t) sc;
	out->state = GR_VALUE;
	return true;
}
