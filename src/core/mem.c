/*
 * mem.c — the arena interface, a malloc-backed arena for tools and tests,
 * and the growable buffer.
 */
#include "gr.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void *
gr_alloc(const gr_mem *m, size_t n)
{
	return m->alloc(m->ctx, n == 0 ? 1 : n);
}

void *
gr_alloc_raw(const gr_mem *m, size_t n)
{
	return (m->alloc_raw ? m->alloc_raw : m->alloc) (m->ctx, n == 0 ? 1 : n);
}

void *
gr_grow(const gr_mem *m, void *p, size_t old, size_t n)
{
	void	   *np;

	if (n <= old)
		return p;
	if (m->grow && (np = m->grow(m->ctx, p, old, n)) != NULL)
		return np;
	np = gr_alloc_raw(m, n);
	if (old)
		memcpy(np, p, old);
	return np;
}

/* The heap arena: a linked list of malloc'd blocks, freed together. */
struct gr_heap
{
	void	  **blocks;
	size_t		n;
	size_t		cap;
};

static void *
heap_alloc(void *ctx, size_t n)
{
	gr_heap    *h = ctx;
	void	   *p;

	if (h->n == h->cap)
	{
		size_t		nc = h->cap ? h->cap * 2 : 64;
		void	  **nb = realloc(h->blocks, nc * sizeof(void *));

		if (nb == NULL)
			abort();
		h->blocks = nb;
		h->cap = nc;
	}
	p = calloc(1, n);
	if (p == NULL)
		abort();
	h->blocks[h->n++] = p;
	return p;
}

/*
 * realloc one of the arena's blocks, found by a search from the newest.  The
 * token array, the one block grown, grows a logarithmic number of times, so
 * the searches cost at most that many passes over the blocks.
 */
static void *
heap_grow(void *ctx, void *p, size_t old, size_t n)
{
	gr_heap    *h = ctx;

	(void) old;
	for (size_t i = h->n; i-- > 0;)
		if (h->blocks[i] == p)
		{
			void	   *np = realloc(p, n);

			if (np == NULL)
				abort();
			h->blocks[i] = np;
			return np;
		}
	return NULL;
}

gr_heap *
gr_heap_new(void)
{
	gr_heap    *h = calloc(1, sizeof(gr_heap));

	if (h == NULL)
		abort();
	return h;
}

gr_mem
gr_heap_mem(gr_heap *h)
{
	gr_mem		m = {heap_alloc, h, NULL, heap_grow};

	return m;
}

void
gr_heap_free(gr_heap *h)
{
	if (h == NULL)
		return;
	for (size_t i = 0; i < h->n; i++)
		free(h->blocks[i]);
	free(h->blocks);
	free(h);
}

void
gr_buf_init(gr_buf *b, const gr_mem *m, size_t cap)
{
	if (cap < 64)
		cap = 64;
	b->mem = m;
	b->cap = cap;
	b->len = 0;
	b->data = gr_alloc_raw(m, cap);
	b->data[0] = '\0';
}

static void
buf_reserve(gr_buf *b, size_t more)
{
	size_t		need = b->len + more + 1;

	if (need > b->cap)
	{
		size_t		nc = b->cap * 2;
		char	   *nd;

		while (nc < need)
			nc *= 2;
		nd = gr_alloc_raw(b->mem, nc);
		memcpy(nd, b->data, b->len);
		b->data = nd;
		b->cap = nc;
	}
}

void
gr_buf_put(gr_buf *b, const char *s, size_t n)
{
	buf_reserve(b, n);
	memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
}

void
gr_buf_puts(gr_buf *b, const char *s)
{
	gr_buf_put(b, s, strlen(s));
}

void
gr_buf_putc(gr_buf *b, char c)
{
	buf_reserve(b, 1);
	b->data[b->len++] = c;
	b->data[b->len] = '\0';
}

void
gr_buf_printf(gr_buf *b, const char *fmt,...)
{
	va_list		ap;
	int			n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n <= 0)
		return;
	buf_reserve(b, (size_t) n);
	va_start(ap, fmt);
	vsnprintf(b->data + b->len, (size_t) n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t) n;
}

void
gr_doc_diag(gr_doc *d, const gr_mem *m, int section, int row, int col,
			gr_problem p, const char *raw, size_t rawlen)
{
	gr_diag    *g;

	if (d->ndiags == d->diagcap)
	{
		int			nc = d->diagcap ? d->diagcap * 2 : 16;
		gr_diag    *nd = gr_alloc(m, sizeof(gr_diag) * (size_t) nc);

		if (d->ndiags)
			memcpy(nd, d->diags, sizeof(gr_diag) * (size_t) d->ndiags);
		d->diags = nd;
		d->diagcap = nc;
	}
	g = &d->diags[d->ndiags++];
	g->section = (uint8_t) section;
	g->row = (uint8_t) row;
	g->col = (uint8_t) col;
	g->problem = (uint8_t) p;
	g->raw.p = raw ? raw : "";
	g->raw.len = raw ? rawlen : 0;
}

/* m / 10^scale as a plain decimal: -0.05, 16.856, 12 */
void
gr_buf_decimal(gr_buf *b, int64_t m, int scale)
{
	char		digits[32];
	int			n = 0;
	uint64_t	u = m < 0 ? (uint64_t) 0 - (uint64_t) m : (uint64_t) m;

	if (scale < 0)
		scale = 0;
	do
	{
		digits[n++] = (char) ('0' + u % 10);
		u /= 10;
	} while (u > 0 && n < 30);
	while (n <= scale && n < 30)
		digits[n++] = '0';
	if (m < 0)
		gr_buf_putc(b, '-');
	for (int i = n - 1; i >= 0; i--)
	{
		gr_buf_putc(b, digits[i]);
		if (i == scale && i > 0)
			gr_buf_putc(b, '.');
	}
}
