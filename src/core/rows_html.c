/*
 * rows_html.c — read HTML straight into the token stream: a whole page
 * (gr_html_page, at the end of this file) or a table inside a text.
 *
 * A text document may carry tables as raw HTML: pandoc's gfm and markdown
 * writers leave every table they cannot draw with pipes (spanned cells, a
 * paragraph inside a cell) as a <table> element among the markdown lines.
 * gr_rows_html reads such a region in one pass and pushes its cells as
 * GR_TOK_CELL tokens and each row's end as a GR_TOK_BREAK, exactly as the
 * tab layout's cells would be: tags dropped, entities decoded, white space
 * collapsed, and the table's grid kept — colspan repeats a numeric or empty
 * cell so value columns stay aligned, rowspan carries a numeric cell down
 * into the rows it covers, a spanned label only takes up its columns.
 * Text outside the cells becomes GR_TOK_LINE tokens, one per block.
 *
 * A token's text is the decoded cell, copied into the arena; its lstart and
 * lend are the cell's offsets in the document, so every cell stands on a
 * "line" of its own, as in the tab layout.
 */
#include "gr.h"
#include "scan.h"
#include "text.h"

#include <string.h>

#define RH_MAXCOLS 64

/* The longest decoded cell or block kept (the rest is dropped). */
#define RH_MAXTEXT 4096

typedef struct rh_state
{
	gr_toks    *ts;
	const gr_mem *m;
	const char *doc;			/* the document the offsets index */
	char		text[RH_MAXTEXT];	/* the cell or block being decoded */
	size_t		tlen;
	size_t		tstart;			/* document offset where it began */
	bool		sp;				/* white space seen after the text so far */
	bool		in_cell;
	bool		in_row;
	bool		row_cells;		/* the row has a cell of its own */
	int			col;			/* grid column of the next cell */
	int			cell_col,
				colspan,
				rowspan;
	struct
	{
		int			left;		/* rows still covered */
		bool		copy;		/* a number or blank, written again */
		const char *s;
		size_t		len;
	}			carry[RH_MAXCOLS];
} rh_state;

static void
rh_put(rh_state *st, const char *s, size_t n)
{
	/*
	 * White space before this text: one space, none at the start and none
	 * between two non-ASCII characters (pandoc wraps a cell's Chinese text
	 * anywhere: 三、本年度 / 办理结果).
	 */
	if (st->sp && n > 0)
	{
		st->sp = false;
		if (st->tlen > 0 && st->tlen < RH_MAXTEXT &&
			!((unsigned char) st->text[st->tlen - 1] >= 0x80 && (unsigned char) s[0] >= 0x80))
			st->text[st->tlen++] = ' ';
	}
	if (n > RH_MAXTEXT - st->tlen)
		n = RH_MAXTEXT - st->tlen;
	memcpy(st->text + st->tlen, s, n);
	st->tlen += n;
}

/* A white-space run inside text: written before the next text, if any. */
static void
rh_space(rh_state *st)
{
	st->sp = true;
}

static void
rh_push(rh_state *st, int kind, const char *s, size_t len, size_t ls, size_t le)
{
	gr_str		tr = gr_trim(s, len);
	char	   *c = NULL;

	if (tr.len > 0)
	{
		c = gr_alloc_raw(st->m, tr.len + 1);
		memcpy(c, tr.p, tr.len);
		c[tr.len] = '\0';
	}
	gr_toks_push(st->ts, st->m, kind, c ? c : "", tr.len, ls, le);
}

/* Text outside a cell, up to a block boundary: one plain line. */
static void
rh_flush_line(rh_state *st, size_t end)
{
	if (!st->in_cell && gr_trim(st->text, st->tlen).len > 0)
	{
		rh_push(st, GR_TOK_LINE, st->text, st->tlen, st->tstart, end);
		gr_toks_break(st->ts, st->m, end);
	}
	if (!st->in_cell)
	{
		st->tlen = 0;
		st->sp = false;
	}
}

/* Columns covered from above at the grid's column: copies pushed, labels skipped. */
static void
rh_covered(rh_state *st, size_t pos)
{
	while (st->col < RH_MAXCOLS && st->carry[st->col].left > 0)
	{
		if (st->carry[st->col].copy)
			gr_toks_push(st->ts, st->m, GR_TOK_CELL, st->carry[st->col].s,
						 st->carry[st->col].len, pos, pos);
		st->carry[st->col].left--;
		st->col++;
	}
}

/* The end of the open cell: </td>, or a tag that ends it implicitly. */
static void
rh_cell_end(rh_state *st, size_t end)
{
	gr_cell		v;
	gr_tok	   *t;
	gr_state	vs;
	bool		numeric;

	st->in_cell = false;
	rh_push(st, GR_TOK_CELL, st->text, st->tlen, st->tstart, end);
	st->tlen = 0;
	st->sp = false;
	t = &st->ts->t[st->ts->n - 1];
	vs = gr_read_number(t->s, t->len, true, &v);
	/* only short cells are repeated: the copies stay bounded */
	numeric = (vs == GR_VALUE || vs == GR_BLANK) && t->len <= 256;
	for (int k = 0; k < st->colspan && st->cell_col + k < RH_MAXCOLS; k++)
		if (st->rowspan > 1)
		{
			st->carry[st->cell_col + k].left = st->rowspan - 1;
			st->carry[st->cell_col + k].copy = numeric;
			st->carry[st->cell_col + k].s = t->s;
			st->carry[st->cell_col + k].len = t->len;
		}
	for (int k = 1; numeric && k < st->colspan; k++)
	{
		const gr_tok *o = &st->ts->t[st->ts->n - 1];
		size_t		n0 = st->ts->n;

		gr_toks_push(st->ts, st->m, GR_TOK_CELL, o->s, o->len, o->lstart, o->lend);
		if (st->ts->n > n0)
			st->ts->t[n0].span_copy = 1;
	}
	st->col = st->cell_col + st->colspan;
	if (st->col > RH_MAXCOLS)
		st->col = RH_MAXCOLS;
}

/* The end of a row: covered columns after its last cell, then a break. */
static void
rh_row_end(rh_state *st, size_t pos)
{
	if (st->in_cell)
		rh_cell_end(st, pos);
	/* a row with no cell of its own (<tr></tr> under spans) says nothing */
	if (st->row_cells)
		rh_covered(st, pos);
	st->row_cells = false;
	for (int c = st->col; c < RH_MAXCOLS; c++)
		if (st->carry[c].left > 0)
			st->carry[c].left--;
	st->col = 0;
	st->in_row = false;
	gr_toks_break(st->ts, st->m, pos);
}

void
gr_rows_html(gr_toks *ts, const gr_mem *m, const char *doc, size_t from, size_t to,
			 void (*interrupt) (void))
{
	rh_state   *st = gr_alloc_raw(m, sizeof(rh_state));
	const char *s = doc;
	size_t		i = from;
	size_t		steps = 0;
	const char *gt = NULL;		/* the next '>' at or after i, once looked for */

	memset(st, 0, sizeof(*st));
	st->ts = ts;
	st->m = m;
	st->doc = doc;
	st->tstart = from;
	gr_toks_break(ts, m, from);
	while (i < to)
	{
		char		c = s[i];

		if (interrupt && (++steps & 0xFFFF) == 0)
			interrupt();
		if (c == '<')
		{
			size_t		j = i + 1,
						nstart,
						tend;
			bool		closing = false;
			const char *name;
			size_t		nlen;

			/* a run of '<' without '>' looks for it once */
			if (gt == NULL || gt < s + i)
				gt = memchr(s + i, '>', to - i);
			if (gt == NULL)
			{
				rh_put(st, s + i, to - i);
				break;
			}
			tend = (size_t) (gt - s) + 1;
			if (j < to && s[j] == '/')
			{
				closing = true;
				j++;
			}
			nstart = j;
			while (j < to && (((s[j] | 0x20) >= 'a' && (s[j] | 0x20) <= 'z') ||
							  (s[j] >= '0' && s[j] <= '9')))
				j++;
			name = s + nstart;
			nlen = j - nstart;
			if (nlen == 0)
			{
				/* not a tag ("<!--" comments and "<!" included: dropped) */
				if (j < to && s[j] == '!')
				{
					i = tend;
					continue;
				}
				rh_put(st, "<", 1);
				i++;
				continue;
			}
			if (gr_html_tag_is(name, nlen, "td") || gr_html_tag_is(name, nlen, "th"))
			{
				if (!closing)
				{
					if (st->in_cell)
						rh_cell_end(st, i);
					else
						rh_flush_line(st, i);
					/* cells of earlier rows that reach into this one */
					rh_covered(st, i);
					st->in_row = true;
					st->row_cells = true;
					st->in_cell = true;
					st->cell_col = st->col;
					st->colspan = gr_html_attr_int(s + i, tend - i, "colspan");
					st->rowspan = gr_html_attr_int(s + i, tend - i, "rowspan");
					st->tlen = 0;
					st->sp = false;
					st->tstart = i;
				}
				else if (st->in_cell)
					rh_cell_end(st, tend);
			}
			else if (gr_html_tag_is(name, nlen, "tr"))
			{
				rh_flush_line(st, i);
				if (st->in_row || st->in_cell)
					rh_row_end(st, i);
				st->in_row = !closing;
				st->col = 0;
			}
			else if (gr_html_tag_is(name, nlen, "table") ||
					 gr_html_tag_is(name, nlen, "tbody") ||
					 gr_html_tag_is(name, nlen, "thead") ||
					 gr_html_tag_is(name, nlen, "tfoot"))
			{
				if (st->in_row || st->in_cell)
					rh_row_end(st, i);
				rh_flush_line(st, i);
				st->col = 0;
				if (gr_html_tag_is(name, nlen, "table"))
					memset(st->carry, 0, sizeof(st->carry));
			}
			else if (!st->in_cell &&
					 (gr_html_tag_is(name, nlen, "p") || gr_html_tag_is(name, nlen, "br") ||
					  gr_html_tag_is(name, nlen, "div") ||
					  gr_html_tag_is(name, nlen, "caption")))
				rh_flush_line(st, i);
			i = tend;
			if (!st->in_cell && st->tlen == 0)
				st->tstart = i;
			continue;
		}
		if (c == '&')
		{
			char		enc[8];
			size_t		n = 0;
			size_t		used = gr_html_entity(s + i, to - i, enc, &n);

			if (used > 0)
			{
				/* a no-break space pads cells: white space like any other */
				if (n == 2 && (unsigned char) enc[0] == 0xC2 && (unsigned char) enc[1] == 0xA0)
					rh_space(st);
				else
					rh_put(st, enc, n);
				i += used;
				continue;
			}
			rh_put(st, "&", 1);
			i++;
			continue;
		}
		if (c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == ' ')
		{
			rh_space(st);
			i++;
			continue;
		}
		{
			/* a run of ordinary bytes */
			size_t		k = i;

			while (k < to && s[k] != '<' && s[k] != '&' && s[k] != '\n' &&
				   s[k] != '\r' && s[k] != '\t' && s[k] != '\f' && s[k] != ' ')
				k++;
			rh_put(st, s + i, k - i);
			i = k;
		}
	}
	if (st->in_cell || st->in_row)
		rh_row_end(st, to);
	rh_flush_line(st, to);
	gr_toks_break(ts, m, to);
}

/*
 * Does a line (from its first non-space) read as markdown: a heading
 * ("# " … "###### "), a bold paragraph ("**…**") or a pipe row ("|…|")?
 * A style sheet's "#nav {" or a stray '|' does not.
 */
static bool
md_line(const char *s, size_t n)
{
	size_t		h = 0;

	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\r' || s[n - 1] == '\t'))
		n--;
	while (h < n && h < 6 && s[h] == '#')
		h++;
	if (h > 0)
		return h < n && s[h] == ' ';
	if (n >= 5 && memcmp(s, "**", 2) == 0 && memcmp(s + n - 2, "**", 2) == 0)
		return true;
	return n >= 2 && s[0] == '|' && s[n - 1] == '|';
}

/*
 * Is an HTML-looking text markdown with raw tables (pandoc's gfm and
 * markdown writers) rather than a page?  It is when it has no <html>,
 * <body> or <!DOCTYPE> and some line reads as markdown (md_line).
 */
bool
gr_html_is_markdown(const char *text, size_t len)
{
	bool		md = false;
	size_t		i = 0;

	while (i < len)
	{
		const char *nl = memchr(text + i, '\n', len - i);
		size_t		e = nl ? (size_t) (nl - text) : len;
		size_t		k = i;

		while (k < e && (text[k] == ' ' || text[k] == '\t'))
			k++;
		if (k < e && text[k] == '<' && e - k >= 5 &&
			(gr_html_tag_is(text + k + 1, 4, "html") ||
			 gr_html_tag_is(text + k + 1, 4, "body") ||
			 gr_html_tag_is(text + k + 1, 4, "head") ||
			 (e - k >= 9 && gr_html_tag_is(text + k + 2, 7, "doctype"))))
			return false;
		if (k < e && md_line(text + k, e - k))
			md = true;
		i = e + 1;
	}
	return md;
}

/*
 * A markdown cell or line that holds inline HTML (pandoc keeps a cell's
 * <span style=…> when it cannot say it in markdown): its text without the
 * tags, entities decoded, copied into the arena.  Text without '<' or '&'
 * is returned as it is.
 */
gr_str
gr_html_inline(const gr_mem *m, const char *s, size_t len)
{
	gr_str		r = {s, len};
	char	   *out;
	size_t		o = 0;
	const char *gt = NULL;
	bool		gt_none = false;

	if (len == 0 || (!memchr(s, '<', len) && !memchr(s, '&', len)))
		return r;
	out = gr_alloc_raw(m, len + 1);
	for (size_t i = 0; i < len;)
	{
		if (s[i] == '<')
		{
			size_t		j = i + 1;

			/* the next '>', looked for once for a run of '<' */
			if (!gt_none && (gt == NULL || gt < s + i))
			{
				gt = memchr(s + i, '>', len - i);
				gt_none = gt == NULL;
			}

			if (j < len && s[j] == '/')
				j++;
			if (gt && j < len && ((s[j] | 0x20) >= 'a' && (s[j] | 0x20) <= 'z'))
			{
				i = (size_t) (gt - s) + 1;
				continue;
			}
		}
		else if (s[i] == '&')
		{
			char		enc[4];
			size_t		n = 0;
			size_t		used = gr_html_entity(s + i, len - i, enc, &n);

			/* the UTF-8 of an entity is never longer than the entity */
			if (used > 0 && n <= used)
			{
				memcpy(out + o, enc, n);
				o += n;
				i += used;
				continue;
			}
		}
		out[o++] = s[i++];
	}
	out[o] = '\0';
	r.p = out;
	r.len = o;
	return gr_trim(r.p, r.len);
}

/* ------------------------------------------------------------ whole pages */

/*
 * gr_html_page reads a whole HTML page in one pass.  Its decoded text is
 * written once, and each line of it is handed to the scanner
 * (gr_scanner_line) as soon as it is complete, so the cells become tokens
 * while the page is read; nothing is read twice.  The text is kept because
 * the document's narrative and the paragraph layout's line counts are cut
 * from it, and it is written in the tab layout's shape: a cell is a line
 * "\t…", a row ends with an empty line, a block element outside the cells
 * ends a line, white space runs become one space, entities are decoded,
 * comments, <script> and <style> are dropped.
 *
 * The grid is kept as in gr_rows_html: colspan repeats a cell that holds a
 * number or is empty (value columns stay aligned; labels are not
 * repeated), rowspan carries a numeric cell down into the rows it covers,
 * and a spanned label only takes up its columns.  A copy is never written
 * when it would make the text longer than the page read so far, so the
 * text stays within the page's length (plus a row break): the buffer is
 * allocated once and the tokens point into it.
 */
#define HP_MAXCOLS 64
#define HP_MAXBRK 256

typedef enum hp_tag
{
	HP_OTHER,
	HP_CELL,					/* td, th */
	HP_ROW,						/* tr */
	HP_TABLE,
	HP_SECTION,					/* tbody, thead */
	HP_SKIP,					/* script, style: their content is dropped */
	HP_BLOCK					/* ends a line outside a cell */
} hp_tag;

typedef struct hp_state
{
	gr_scanner *sc;
	gr_toks    *ts;
	char	   *o;				/* the decoded text */
	size_t		n,
				cap;
	size_t		line;			/* start of the line being written */
	size_t		copy_limit;		/* no copy makes the text longer than this */
	int			col;			/* grid column of the next cell */
	int			ncarry;			/* no cover at or after this column */
	bool		in_row;
	bool		copy_line;		/* the line being written is a colspan copy */
	bool		row_cells;		/* the row has a cell of its own */
	bool		in_cell;
	int			cell_col;
	int			colspan,
				rowspan;
	size_t		cell_start;		/* offset of the open cell's text */
	int			nbrk;			/* block breaks inside the open cell ... */
	uint32_t	brk[HP_MAXBRK];	/* ... and where they fell in the text */
	struct
	{
		int			left;		/* rows still covered */
		bool		copy;		/* a number or blank, written again */
		size_t		off,		/* the text to copy */
					len;
	}			carry[HP_MAXCOLS];
} hp_state;

/* A line is complete at h->n: its tokens, then the next line begins. */
static void
hp_line_end(hp_state *h)
{
	size_t		n0 = h->ts->n;

	if (!h->ts->full)
		(void) gr_scanner_line(h->sc, h->line, h->n, h->n + 1);
	/* a colspan copy's tokens say so: section 2 takes each printed cell once */
	for (size_t i = n0; h->copy_line && i < h->ts->n; i++)
		h->ts->t[i].span_copy = 1;
	h->copy_line = false;
	h->line = h->n + 1;
}

static inline void
hp_nl(hp_state *h)
{
	if (h->n >= h->cap)
		return;
	hp_line_end(h);
	h->o[h->n++] = '\n';
}

static inline void
hp_putc(hp_state *h, char c)
{
	if (c == '\n')
		hp_nl(h);
	else if (h->n < h->cap)
		h->o[h->n++] = c;
}

/* Bytes without a line break. */
static inline void
hp_run(hp_state *h, const char *s, size_t k)
{
	if (k > h->cap - h->n)
		k = h->cap - h->n;
	memcpy(h->o + h->n, s, k);
	h->n += k;
}

/* Bytes that may hold line breaks (a decoded entity, a copied cell). */
static void
hp_put(hp_state *h, const char *s, size_t k)
{
	while (k > 0)
	{
		const char *nl = memchr(s, '\n', k);
		size_t		r = nl ? (size_t) (nl - s) : k;

		hp_run(h, s, r);
		if (!nl)
			break;
		hp_nl(h);
		s += r + 1;
		k -= r + 1;
	}
}

/* A copy of the text at [off, off+len) as a cell of its own. */
static void
hp_copy(hp_state *h, size_t off, size_t len)
{
	hp_nl(h);
	hp_putc(h, '\t');
	/* the source lies before the end of the text: it is not overwritten */
	hp_put(h, h->o + off, len);
}

/* Columns covered from above at the grid's column: copies written, labels skipped. */
static void
hp_covered(hp_state *h)
{
	while (h->col < h->ncarry && h->carry[h->col].left > 0)
	{
		if (h->carry[h->col].copy && h->n + 2 + h->carry[h->col].len <= h->copy_limit)
			hp_copy(h, h->carry[h->col].off, h->carry[h->col].len);
		h->carry[h->col].left--;
		h->col++;
	}
}

/* The end of the open cell: </td>, or a tag that ends it implicitly. */
static void
hp_cell_end(hp_state *h)
{
	size_t		clen = h->n - h->cell_start;
	bool		numeric = false;
	gr_str		tr = gr_trim(h->o + h->cell_start, clen);
	size_t		toff = (size_t) (tr.p - h->o);

	/*
	 * Only a spanned cell is repeated, and only when it is short and a
	 * number or blank (the copies stay bounded); a cell of one column and
	 * one row is not read here — the matcher reads it anyway.
	 */
	if ((h->colspan > 1 || h->rowspan > 1) && clen <= 256)
	{
		gr_cell		v;
		gr_state	st = gr_read_number(h->o + h->cell_start, clen, true, &v);

		numeric = st == GR_VALUE || st == GR_BLANK;
	}
	h->in_cell = false;
	if (h->rowspan > 1)
		for (int k = 0; k < h->colspan && h->cell_col + k < HP_MAXCOLS; k++)
		{
			h->carry[h->cell_col + k].left = h->rowspan - 1;
			h->carry[h->cell_col + k].copy = numeric;
			h->carry[h->cell_col + k].off = toff;
			h->carry[h->cell_col + k].len = tr.len;
			if (h->cell_col + k >= h->ncarry)
				h->ncarry = h->cell_col + k + 1;
		}
	for (int k = 1; numeric && k < h->colspan && h->n + 2 + tr.len <= h->copy_limit; k++)
	{
		hp_copy(h, toff, tr.len);
		h->copy_line = true;
	}
	h->col = h->cell_col + h->colspan;
	if (h->col > HP_MAXCOLS)
		h->col = HP_MAXCOLS;
}

/*
 * A table opening inside a cell: the cell was a layout container (pages
 * that set the whole article in a cell of a layout table), not a cell of
 * the report.  Its text so far becomes lines: the tab that opened it goes,
 * and each block break inside it (<p>, <br>, <div>) ends a line, so the
 * headings in it (二、主动公开政府信息情况 above its table) stand on lines
 * of their own.  Each break came from a tag that wrote nothing, so the
 * text stays within the page read so far.
 */
static void
hp_container(hp_state *h)
{
	size_t		end = h->n;

	if (h->line + 1 != h->cell_start || h->o[h->line] != '\t' ||
		h->n + (size_t) h->nbrk > h->copy_limit || h->n + (size_t) h->nbrk > h->cap)
		return;
	h->o[h->line] = ' ';
	/* from the last break back, each part moves right by the breaks before it */
	for (int k = h->nbrk; k-- > 0;)
	{
		size_t		b = h->brk[k];

		memmove(h->o + b + k + 1, h->o + b, end - b);
		h->o[b + k] = '\n';
		end = b;
	}
	h->n += (size_t) h->nbrk;
	h->nbrk = 0;
	for (size_t q = h->line; q < h->n; q++)
		if (h->o[q] == '\n')
		{
			if (!h->ts->full)
				(void) gr_scanner_line(h->sc, h->line, q, q + 1);
			h->line = q + 1;
		}
}

/*
 * The end of a row: the covered columns after its last cell are written up
 * to the first gap, and every cover is used up for this row.  A row with
 * no cell of its own (an empty <tr></tr> under cells that span it) says
 * nothing: its covers are used up but not written.
 */
static void
hp_row_end(hp_state *h)
{
	if (h->in_cell)
		hp_cell_end(h);
	if (h->row_cells)
		hp_covered(h);
	h->row_cells = false;
	for (int c = h->col; c < h->ncarry; c++)
		if (h->carry[c].left > 0)
			h->carry[c].left--;
	h->col = 0;
	h->in_row = false;
}

/* Does name (nlen bytes, any case) spell want (lower case)? */
static inline bool
hp_is(const char *name, size_t nlen, const char *want, size_t wlen)
{
	if (nlen != wlen)
		return false;
	for (size_t i = 0; i < wlen; i++)
		if ((name[i] | 0x20) != want[i])
			return false;
	return true;
}

/* What a tag name (letters and digits) does. */
static hp_tag
hp_tag_of(const char *name, size_t nlen)
{
	char		c0 = (char) (name[0] | 0x20);

	switch (nlen)
	{
		case 1:
			return c0 == 'p' ? HP_BLOCK : HP_OTHER;
		case 2:
			{
				char		c1 = (char) (name[1] | 0x20);

				if (c0 == 't' && (c1 == 'd' || c1 == 'h'))
					return HP_CELL;
				if (c0 == 't' && c1 == 'r')
					return HP_ROW;
				if ((c0 == 'h' && name[1] >= '1' && name[1] <= '6') ||
					(c0 == 'b' && c1 == 'r') || (c0 == 'l' && c1 == 'i') ||
					(c0 == 'u' && c1 == 'l') || (c0 == 'o' && c1 == 'l') ||
					(c0 == 'h' && c1 == 'r'))
					return HP_BLOCK;
				return HP_OTHER;
			}
		case 3:
			return hp_is(name, nlen, "div", 3) ? HP_BLOCK : HP_OTHER;
		case 5:
			if (hp_is(name, nlen, "table", 5))
				return HP_TABLE;
			if (hp_is(name, nlen, "tbody", 5) || hp_is(name, nlen, "thead", 5))
				return HP_SECTION;
			if (hp_is(name, nlen, "style", 5))
				return HP_SKIP;
			return hp_is(name, nlen, "title", 5) ? HP_BLOCK : HP_OTHER;
		case 6:
			return hp_is(name, nlen, "script", 6) ? HP_SKIP : HP_OTHER;
		case 7:
			return (hp_is(name, nlen, "section", 7) || hp_is(name, nlen, "article", 7)) ?
				HP_BLOCK : HP_OTHER;
		default:
			return HP_OTHER;
	}
}

/* Bytes that end a run of ordinary text: '<', '&' and the line-ish controls. */
static const unsigned char hp_stop[256] = {
	['<'] = 1, ['&'] = 1, ['\n'] = 2, ['\r'] = 2, ['\t'] = 2, ['\f'] = 2
};

/*
 * Does any of the eight bytes of w (in any order) lie below 0x20, or equal
 * '<' or '&'?  Exact for bytes below 0x80; a byte at or above 0x80 never
 * counts (the usual bit tricks, with the high bit masked out of each byte
 * first so that no borrow crosses into the next).
 */
static inline bool
hp_word_stops(uint64_t w)
{
	const uint64_t ones = 0x0101010101010101ULL,
				high = 0x8080808080808080ULL;
	uint64_t	low = w & ~high;	/* each byte's low seven bits */
	uint64_t	ascii = ~w & high;	/* the high bit of each ASCII byte */
	uint64_t	lt = (low | high) - 0x20 * ones;	/* high bit clear: below 0x20 */
	uint64_t	xl = low ^ ('<' * ones),
				xa = low ^ ('&' * ones);
	uint64_t	zl = (xl | high) - ones,	/* high bit clear: was 0 */
				za = (xa | high) - ones;

	return ((~lt | ~zl | ~za) & ascii) != 0;
}

void
gr_html_page(gr_toks *ts, const char *s, size_t len, const gr_mem *m,
			 bool (*is_heading) (const char *s, size_t len),
			 void (*interrupt) (void))
{
	hp_state   *h = gr_alloc_raw(m, sizeof(hp_state));
	size_t		i = 0;
	size_t		next_gt = 0;	/* position of the next '>' at or after i */
	bool		gt_valid = false;
	size_t		steps = 0;

	memset(h, 0, sizeof(*h));
	if (len > UINT32_MAX - 64)
		len = UINT32_MAX - 64;	/* token offsets are 32-bit */
	h->cap = len + 64;
	h->o = gr_alloc_raw(m, h->cap);
	h->ts = ts;
	h->sc = gr_scanner_start(ts, h->o, len, m, is_heading, interrupt, true);
	while (i < len)
	{
		char		c = s[i];

		if (interrupt && (++steps & 0xFFFF) == 0)
			interrupt();
		if (c == '<')
		{
			size_t		j,
						nstart;
			bool		closing = false;
			hp_tag		tag;

			if (!gt_valid || next_gt < i)
			{
				const char *g = memchr(s + i, '>', len - i);

				next_gt = g ? (size_t) (g - s) : len;
				gt_valid = true;
			}
			if (next_gt >= len)
			{
				/* no '>' anywhere after: the rest is text */
				hp_putc(h, c);
				i++;
				continue;
			}
			if (len - i >= 4 && memcmp(s + i, "<!--", 4) == 0)
			{
				const char *e = len - i > 4 ? memmem(s + i + 4, len - i - 4, "-->", 3) : NULL;

				i = e ? (size_t) (e - s) + 3 : len;
				continue;
			}
			/* the text of what is read so far may reach its length */
			h->copy_limit = next_gt + 1;
			j = i + 1;
			if (j < len && s[j] == '/')
			{
				closing = true;
				j++;
			}
			nstart = j;
			while (j < len && (((s[j] | 0x20) >= 'a' && (s[j] | 0x20) <= 'z') ||
							   (s[j] >= '0' && s[j] <= '9')))
				j++;
			if (j == nstart)
			{
				hp_putc(h, c);
				i++;
				continue;
			}
			tag = hp_tag_of(s + nstart, j - nstart);
			switch (tag)
			{
				case HP_SKIP:
					if (closing)
						break;
					{
						/* to the next "</", then past its '>' */
						size_t		k = next_gt + 1;
						const char *e = NULL;

						while (k + 1 < len)
						{
							const char *lt = memchr(s + k, '<', len - 1 - k);

							if (lt == NULL)
								break;
							k = (size_t) (lt - s);
							if (s[k + 1] == '/')
							{
								e = memchr(s + k, '>', len - k);
								break;
							}
							k++;
						}
						i = e ? (size_t) (e - s) + 1 : len;
						continue;
					}
				case HP_CELL:
					if (!closing)
					{
						/* a cell left open ends here (</td> may be omitted) */
						if (h->in_cell)
							hp_cell_end(h);
						/* cells of earlier rows that reach into this one */
						hp_covered(h);
						h->in_row = true;
						h->row_cells = true;
						h->cell_col = h->col;
						h->colspan = gr_html_attr_int(s + i, next_gt - i, "colspan");
						h->rowspan = gr_html_attr_int(s + i, next_gt - i, "rowspan");
						hp_nl(h);
						hp_putc(h, '\t');
						h->in_cell = true;
						h->cell_start = h->n;
						h->nbrk = 0;
					}
					else if (h->in_cell)
						hp_cell_end(h);
					break;
				case HP_ROW:
					if (h->in_row)
						hp_row_end(h);
					h->in_row = !closing;
					hp_nl(h);
					hp_nl(h);
					h->col = 0;
					break;
				case HP_TABLE:
				case HP_SECTION:
					if (tag == HP_TABLE && !closing && h->in_cell)
						hp_container(h);
					h->in_cell = false;
					h->in_row = false;
					hp_nl(h);
					hp_nl(h);
					h->col = 0;
					if (tag == HP_TABLE && h->ncarry > 0)
					{
						memset(h->carry, 0, sizeof(h->carry));
						h->ncarry = 0;
					}
					break;
				case HP_BLOCK:
					if (!h->in_cell)
						hp_nl(h);
					else if (h->n > h->cell_start && h->nbrk < HP_MAXBRK &&
							 (h->nbrk == 0 || h->brk[h->nbrk - 1] != h->n))
						h->brk[h->nbrk++] = (uint32_t) h->n;
					break;
				case HP_OTHER:
					break;
			}
			i = next_gt + 1;
			continue;
		}
		if (c == '&')
		{
			char		enc[4];
			size_t		k = 0;
			size_t		used = gr_html_entity(s + i, len - i, enc, &k);

			if (used > 0)
			{
				hp_put(h, enc, k);
				i += used;
				continue;
			}
			hp_putc(h, c);
			i++;
			continue;
		}
		if (hp_stop[(unsigned char) c] == 2)
		{
			/* white space that is not a space: one space, none at a line's or cell's start */
			if (h->n > 0 && h->o[h->n - 1] != ' ' && h->o[h->n - 1] != '\n' &&
				h->o[h->n - 1] != '\t')
				hp_putc(h, ' ');
			i++;
			continue;
		}
		{
			/* a run of ordinary bytes, eight at a time while none is below 0x20, '<' or '&' */
			size_t		k = i + 1;

			while (len - k >= 8)
			{
				uint64_t	w;

				memcpy(&w, s + k, 8);
				if (hp_word_stops(w))
					break;
				k += 8;
			}
			while (k < len && !hp_stop[(unsigned char) s[k]])
				k++;
			hp_run(h, s + i, k - i);
			i = k;
		}
	}
	/* the last line, if it has no line break */
	if (h->line < h->n && !ts->full)
		(void) gr_scanner_line(h->sc, h->line, h->n, h->n);
	ts->len = h->n;
	gr_scanner_finish(h->sc, h->n);
}
