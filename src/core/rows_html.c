/*
 * rows_html.c — read an HTML table straight into the token stream.
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

		gr_toks_push(st->ts, st->m, GR_TOK_CELL, o->s, o->len, o->lstart, o->lend);
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
