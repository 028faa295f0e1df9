/*
 * scan.c — turn report text, in whatever layout an extractor produced, into
 * one stream of tokens: cells, plain lines and row breaks.  The matcher
 * (parse.c) then reads the form from that stream by the form's structure.
 *
 * Layouts: tab-indented cells (one per line, blank lines between rows, a
 * lone tab for an empty cell, wrapped cell text on following lines); one
 * cell per line with no tabs; pipe and box-drawing tables; tab-separated
 * rows; pdftotext -layout rows (fields split by runs of spaces).  HTML is
 * first rewritten into the tab layout (gr_html_to_tabs), so it shares the
 * same path.  Everything is one forward pass over the bytes.
 */
#include "gr.h"
#include "scan.h"
#include "text.h"

#include <string.h>

/* The longest cell text put together from wrapped lines. */
#define GR_MAX_WRAPPED 1024

/* Takes n bytes from the scan's budget; false, and the scan full, if spent. */
static bool
spend(gr_toks *ts, size_t n)
{
	if (ts->full || n > ts->budget)
	{
		ts->full = true;
		return false;
	}
	ts->budget -= n;
	return true;
}

static void
tok_push(gr_toks *ts, const gr_mem *m, gr_tok t)
{
	if (!spend(ts, sizeof(gr_tok)))
		return;
	if (ts->n == ts->cap)
	{
		/*
		 * First guess: the tables are about 450 tokens whatever the layout
		 * (a token per cell, plus labels and row breaks), the narrative a
		 * token per line; then doubling.  A seed-sized report fits in the
		 * first array (the guess of one token per 12 bytes it replaces
		 * made this array a report's largest allocation, at twice the
		 * size it needed).
		 */
		size_t		guess = 384 + ts->len / 64;
		size_t		nc = ts->cap ? ts->cap * 2 : (guess > 8192 ? 8192 : guess);

		/* no more slots than the budget can pay for */
		if (nc > ts->n + 1 + ts->budget / sizeof(gr_tok))
			nc = ts->n + 1 + ts->budget / sizeof(gr_tok);
		/* slots are written whole before they are read */
		if (ts->cap == 0)
			ts->t = gr_alloc_raw(m, nc * sizeof(gr_tok));
		else
			ts->t = gr_grow(m, ts->t, ts->n * sizeof(gr_tok), nc * sizeof(gr_tok));
		ts->cap = nc;
	}
	ts->t[ts->n++] = t;
}

static void
push_text(gr_toks *ts, const gr_mem *m, int kind, const char *s, size_t len,
		  size_t lstart, size_t lend)
{
	gr_tok		t;
	gr_str		tr = gr_trim(s, len);

	memset(&t, 0, sizeof(t));
	t.kind = (uint8_t) kind;
	t.s = tr.p;
	t.len = tr.len;
	t.lstart = lstart;
	t.lend = lend;
	tok_push(ts, m, t);
}

static void
push_break(gr_toks *ts, const gr_mem *m, size_t pos)
{
	gr_tok		t;

	if (ts->n > 0 && ts->t[ts->n - 1].kind == GR_TOK_BREAK)
		return;
	memset(&t, 0, sizeof(t));
	t.kind = GR_TOK_BREAK;
	t.lstart = t.lend = pos;
	tok_push(ts, m, t);
}

/* push_text and push_break for the stages in other files */
void
gr_toks_push(gr_toks *ts, const gr_mem *m, int kind, const char *s, size_t len,
			 size_t lstart, size_t lend)
{
	push_text(ts, m, kind, s, len, lstart, lend);
}

void
gr_toks_break(gr_toks *ts, const gr_mem *m, size_t pos)
{
	push_break(ts, m, pos);
}

/*
 * A raw HTML table inside a text document (pandoc's markdown writers):
 * the offset after its "</table>", when the line [s, s+n) at offset ls
 * opens one; 0 otherwise.
 */
typedef struct table_end_cache
{
	size_t		from;			/* a search from here found ... */
	size_t		end;			/* ... this end (0: none to the text's end) */
	bool		valid;
} table_end_cache;

static size_t
html_table_end(const char *text, size_t len, const char *s, size_t n, size_t ls,
			   table_end_cache *c)
{
	gr_str		tr = gr_trim(s, n);
	size_t		i;

	if (tr.len < 6 || tr.p[0] != '<' || !gr_html_tag_is(tr.p + 1, 5, "table"))
		return 0;

	/*
	 * The first "</table>" after ls is the one found from an earlier line
	 * when none lies between: a text of many unclosed "<table" lines is
	 * searched once, not once a line.
	 */
	if (c->valid && ls >= c->from && (c->end == 0 || ls + 8 <= c->end))
		return c->end;
	c->valid = true;
	c->from = ls;
	c->end = 0;
	for (i = ls; i + 8 <= len; i++)
	{
		const char *lt = memchr(text + i, '<', len - 8 - i + 1);

		if (lt == NULL)
			break;
		i = (size_t) (lt - text);
		if (text[i + 1] == '/' && gr_html_tag_is(text + i + 2, 5, "table") &&
			text[i + 7] == '>')
			return c->end = i + 8;
	}
	return 0;
}

/* Is cp a table border character (pipes and box drawing)? */
static bool
is_bar(uint32_t cp)
{
	return cp == '|' || cp == 0xFF5C || cp == 0x2502 || cp == 0x2503 ||
		cp == 0x2551 || cp == 0x00A6;
}

static bool
is_rule_char(uint32_t cp)
{
	return cp == '-' || cp == '=' || cp == '+' || cp == ':' || cp == '_' ||
		(cp >= 0x2500 && cp <= 0x257F) || gr_is_space(cp) || is_bar(cp);
}

/*
 * Is s a well-formed three-byte character that is plain text for
 * look_at_line: an ideograph (E4-E9), CJK punctuation other than the
 * ideographic space (E3, not E3 80 80) or a full-width form (EF BC)?
 */
static inline bool
is_text3(const unsigned char *s, size_t len)
{
	unsigned char c;

	if (len < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
		return false;
	c = s[0];
	if (c >= 0xE4 && c <= 0xE9)
		return true;
	if (c == 0xE3)
		return s[1] != 0x80 || s[2] != 0x80;
	return c == 0xEF && s[1] == 0xBC;
}

typedef struct line_info
{
	int			nbars;			/* border characters */
	bool		lead_bar;		/* first non-space character is a border */
	bool		rule;			/* only rule characters, with a run of three */
	bool		junction;		/* a rule with '+' or box drawing: a bordered table */
	bool		has_tab;		/* a tab after the first character */
	bool		wide_gap;		/* a run of 2+ spaces between text */
} line_info;

static line_info
look_at_line(const char *s, size_t len, void (*interrupt) (void))
{
	line_info	li;
	size_t		i = 0;
	bool		seen_text = false;
	bool		nonrule = false;
	int			spaces = 0;
	int			run = 0,
				maxrun = 0;

	memset(&li, 0, sizeof(li));
	while (i < len)
	{
		size_t		adv;
		uint32_t	cp;

		/*
		 * Fastest path: a run of three-byte text characters, the bulk of
		 * any line of Chinese.  Ideographs (lead byte E4-E9, U+4000-U+9FFF),
		 * CJK punctuation (E3, U+3001-U+3FFF: everything but the ideographic
		 * space E3 80 80) and full-width forms (EF BC, U+FF00-U+FF3F) are
		 * neither border, rule nor space: the whole run is skipped without
		 * decoding, then counted as the one character of text it ends with.
		 */
		if (is_text3((const unsigned char *) s + i, len - i))
		{
			size_t		j = i + 3,
						mb_end = ((i >> 20) + 1) << 20;

			/* at most to the next megabyte: a line may be the whole text */
			while (j < mb_end && is_text3((const unsigned char *) s + j, len - j))
				j += 3;
			nonrule = true;
			if (spaces >= 2 && seen_text)
				li.wide_gap = true;
			spaces = 0;
			seen_text = true;
			run = 0;
			/* stay interruptible: once each megabyte */
			if (interrupt && (i >> 20) != (j >> 20))
				interrupt();
			i = j;
			continue;
		}
		cp = gr_utf8_next((const unsigned char *) s + i, len - i, &adv);

		/* a line may be the whole text: stay interruptible */
		if (interrupt && (i & 0xFFFFF) < adv && i > 0)
			interrupt();

		/*
		 * Fast path for the bulk of a line, CJK text: above U+3000 and
		 * below U+FEFF nothing is a border, rule or space character.
		 */
		if (cp > 0x3000 && cp < 0xFEFF)
		{
			nonrule = true;
			if (spaces >= 2 && seen_text)
				li.wide_gap = true;
			spaces = 0;
			seen_text = true;
			i += adv;
			continue;
		}
		if (is_bar(cp))
		{
			if (!seen_text && li.nbars == 0)
				li.lead_bar = true;
			li.nbars++;
		}
		if (!is_rule_char(cp))
			nonrule = true;
		/* a horizontal stroke: "---", "===", "+--+", "├──┼" */
		if (cp == '-' || cp == '=' || cp == '_' || cp == '+' ||
			(cp >= 0x2500 && cp <= 0x257F && !is_bar(cp)))
		{
			if (++run > maxrun)
				maxrun = run;
			if (cp == '+' || cp >= 0x2500)
				li.junction = true;
		}
		else if (cp != ':')
			run = 0;
		if (cp == '\t' && i > 0)
			li.has_tab = true;
		if (cp == ' ' || cp == 0x3000)
			spaces += (cp == 0x3000) ? 2 : 1;
		else
		{
			if (spaces >= 2 && seen_text && !gr_is_space(cp))
				li.wide_gap = true;
			spaces = 0;
			if (!gr_is_space(cp))
				seen_text = true;
		}
		i += adv;
	}
	/* a lone "-" or "--" is a placeholder cell, not a rule */
	li.rule = !nonrule && seen_text && maxrun >= 3;
	li.junction = li.junction && li.rule;
	return li;
}

#define GR_MAX_BAR_CELLS 64

/*
 * Split [s, s+len) on border characters into cells (at most
 * GR_MAX_BAR_CELLS; the rest of a longer line is one last cell).
 */
static int
split_bars(gr_str *cells, const char *s, size_t len)
{
	size_t		i = 0,
				start = 0;
	bool		first = true;
	int			n = 0;

	while (i <= len)
	{
		size_t		adv = 1;
		uint32_t	cp = (i < len) ? gr_utf8_next((const unsigned char *) s + i, len - i, &adv) : '|';

		if (is_bar(cp))
		{
			size_t		flen = i - start;

			/*
			 * "| |" is an empty cell; "||" (nothing at all between two
			 * bars) is a stray run and is dropped, as is the text before
			 * the first bar when it is only space.
			 */
			if (flen > 0)
			{
				gr_str		tr = gr_trim(s + start, flen);

				if (!(first && tr.len == 0) && !(i == len && tr.len == 0))
				{
					if (n < GR_MAX_BAR_CELLS)
						cells[n++] = tr;
					else
						cells[n - 1].len = (size_t) (s + i - cells[n - 1].p);
				}
			}
			first = false;
			start = i + adv;
		}
		i += adv;
	}
	return n;
}

/* Room of a joined token's text: a power of two, at least 64 bytes. */
static size_t
join_room(size_t n)
{
	size_t		r = 64;

	while (r < n)
		r *= 2;
	return r;
}

/*
 * Append text to a token's text (a wrapped cell), within GR_MAX_WRAPPED.
 * The first join copies the text into the arena with room to spare, later
 * ones append in place while it lasts: a cell wrapped over many short lines
 * costs O(its length), not a new copy per line (which let a text of short
 * lines allocate ~130 times its size).
 */
static void
tok_append(gr_toks *ts, gr_tok *t, const gr_mem *m, gr_str more, size_t le)
{
	char	   *joined;

	(void) ts;
	if (more.len == 0 || t->len + more.len > GR_MAX_WRAPPED)
		return;
	/* appended in place only to a copy made here, which has room */
	if (t->joined && t->len + more.len + 1 <= join_room(t->len + 1))
		joined = (char *) t->s;
	else
	{
		size_t		room = join_room(t->len + more.len + 1);

		if (!spend(ts, room))
			return;
		joined = gr_alloc_raw(m, room);
		memcpy(joined, t->s, t->len);
	}
	memcpy(joined + t->len, more.p, more.len);
	joined[t->len + more.len] = '\0';
	t->s = joined;
	t->joined = 1;
	t->len += more.len;
	t->lend = le;
}

/* Split on tabs into cells. */
static void
split_tabs(gr_toks *ts, const gr_mem *m, const char *s, size_t len, size_t ls, size_t le)
{
	size_t		start = 0;

	for (size_t i = 0; i <= len; i++)
	{
		if (i == len || s[i] == '\t')
		{
			if (!(start == 0 && i == 0))
				push_text(ts, m, GR_TOK_CELL, s + start, i - start, ls, le);
			start = i + 1;
		}
	}
}

/* Split on runs of two or more spaces (pdftotext -layout). */
static void
split_gaps(gr_toks *ts, const gr_mem *m, const char *s, size_t len, size_t ls, size_t le,
		   void (*interrupt) (void))
{
	size_t		i = 0,
				start = 0,
				gap_start = 0;
	int			spaces = 0;
	bool		first = true;

	while (i <= len)
	{
		size_t		adv = 1;
		uint32_t	cp = (i < len) ? gr_utf8_next((const unsigned char *) s + i, len - i, &adv) : 0;

		if (interrupt && (i & 0xFFFFF) < adv && i > 0)
			interrupt();
		if (i < len && (cp == ' ' || cp == 0x3000 || cp == 0x00A0))
		{
			if (spaces == 0)
				gap_start = i;
			spaces += (cp == ' ') ? 1 : 2;
		}
		else
		{
			if (i == len || spaces >= 2)
			{
				size_t		end = (i == len) ? len : gap_start;
				gr_str		tr = gr_trim(s + start, end - start);

				if (tr.len > 0)
				{
					/* the first field may be a label broken over lines */
					push_text(ts, m, first ? GR_TOK_LINE : GR_TOK_CELL,
							  s + start, end - start, ls, le);
					first = false;
				}
				start = i;
			}
			spaces = 0;
		}
		i += adv;
	}
}

/* Drop Word artefacts such as "[bookmark: _GoBack]" at the start of a line. */
static size_t
skip_artefacts(const char *s, size_t len)
{
	static const char bm[] = "[bookmark:";
	size_t		i = 0;

	while (len - i >= sizeof(bm) - 1 && memcmp(s + i, bm, sizeof(bm) - 1) == 0)
	{
		const char *e = memchr(s + i, ']', len - i);

		if (!e)
			break;
		i = (size_t) (e - s) + 1;
	}
	return i;
}

/*
 * A pandoc dashed table (simple or multiline) being read: its columns,
 * whether a row spans lines up to a blank one (multiline: a closing rule
 * follows a blank line), and the first token of the row in progress.
 */
typedef struct dash_table
{
	int			ncols;			/* 0: not in one */
	int			start[GR_MAX_BAR_CELLS],
				end[GR_MAX_BAR_CELLS];
	bool		multi;
	bool		row_open;
	size_t		row_tok0;
} dash_table;

/*
 * Look ahead from a dashed rule to where its table ends: the next rule,
 * the first line at the margin (pandoc indents its tables) or the end.
 * The table is multiline when a blank line comes before a closing rule.
 */
static void
dash_lookahead(dash_table *dt, const char *text, size_t len, size_t pos)
{
	bool		blank = false;

	dt->multi = false;
	while (pos < len)
	{
		const char *nl = memchr(text + pos, '\n', len - pos);
		size_t		e = nl ? (size_t) (nl - text) : len;
		gr_str		tr = gr_trim(text + pos, e - pos);

		if (tr.len == 0)
			blank = true;
		else if (text[pos] != ' ')
			return;
		else
		{
			size_t		k = 0;

			while (k < tr.len && (tr.p[k] == '-' || tr.p[k] == ' ' || tr.p[k] == ':'))
				k++;
			if (k == tr.len && tr.len >= 3)
			{
				dt->multi = blank;
				return;
			}
		}
		pos = e + 1;
	}
}

/* One line of a dashed table: its cells, or more text for the row's cells. */
static void
dash_line(dash_table *dt, gr_toks *ts, const gr_mem *m, const char *s, size_t n,
		  size_t ls, size_t le)
{
	gr_str		cells[GR_MAX_BAR_CELLS];
	char	   *out = gr_alloc_raw(m, n + (size_t) dt->ncols + 1);

	gr_md_cut(s, n, dt->start, dt->end, dt->ncols, cells, out);
	if (dt->multi && dt->row_open && dt->row_tok0 + (size_t) dt->ncols <= ts->n)
	{
		for (int k = 0; k < dt->ncols; k++)
			tok_append(ts, &ts->t[dt->row_tok0 + (size_t) k], m, cells[k], le);
		return;
	}
	dt->row_tok0 = ts->n;
	for (int k = 0; k < dt->ncols; k++)
		push_text(ts, m, GR_TOK_CELL, cells[k].p, cells[k].len, ls, le);
	push_break(ts, m, le);
	dt->row_open = dt->multi;
}

void
gr_scan(gr_toks *ts, const char *text, size_t len, const gr_mem *m,
		bool (*is_heading) (const char *s, size_t len), void (*interrupt) (void))
{
	size_t		pos = 0;
	bool		prev_tabcell = false;
	size_t		nlines = 0;

	/*
	 * Bordered tables (w3m, html2text: "+---+", "├──┼") draw a rule between
	 * rows, so the lines between two rules are one row whose long cells
	 * wrapped: their text is joined column by column into the cells of the
	 * row's first line.  Markdown's "|---|" (no junction) rules only the
	 * header; there every line is a row.
	 */
	bool		after_box_rule = false;
	bool		prev_bar = false;
	bool		row_ruled = false;
	size_t		row_tok0 = 0;
	int			row_ncells = 0;
	gr_str		cells[GR_MAX_BAR_CELLS];
	dash_table	dt;
	gr_h2t		h2t;
	table_end_cache tcache = {0, 0, false};
	bool		spaced = false; /* a line was split at runs of spaces */

	dt.ncols = 0;
	memset(&h2t, 0, sizeof(h2t));
	memset(ts, 0, sizeof(*ts));
	if (len > UINT32_MAX)
		len = UINT32_MAX;		/* offsets in a token are 32-bit */
	ts->text = text;
	ts->len = len;
	ts->budget = GR_TOKS_BUDGET(len);
	while (pos < len && !ts->full)
	{
		const char *nl = memchr(text + pos, '\n', len - pos);
		size_t		end = nl ? (size_t) (nl - text) : len;
		size_t		ls = pos,
					le = end;
		const char *s = text + pos;
		size_t		n = end - pos;
		size_t		skip;
		gr_str		tr;

		bool		was_bar = prev_bar,
					was_box_rule = after_box_rule;

		prev_bar = after_box_rule = false;
		if (interrupt && (++nlines & 0xFFF) == 0)
			interrupt();
		pos = nl ? end + 1 : len;
		if (n > 0 && s[n - 1] == '\r')
			n--;
		/* form feeds (page breaks) are white space */
		skip = skip_artefacts(s, n);
		s += skip;
		n -= skip;
		tr = gr_trim(s, n);
		if (h2t.on && gr_h2t_line(&h2t, ts, m, s, n, ls, le, is_heading))
		{
			prev_tabcell = prev_bar = false;
			continue;
		}
		if (dt.ncols > 0)
		{
			/* pandoc's dashed tables: a blank line ends a row or the table */
			if (tr.len == 0)
			{
				if (dt.multi)
					dt.row_open = false;
				else
					dt.ncols = 0;
			}
			else if (s[0] != ' ' || look_at_line(s, n, interrupt).rule)
				dt.ncols = 0;
			else
			{
				dash_line(&dt, ts, m, s, n, ls, le);
				continue;
			}
			if (tr.len > 0 && s[0] == ' ')
			{
				push_break(ts, m, ls);
				continue;
			}
		}
		if (tr.len == 0)
		{
			/* a line holding only a tab is an empty cell */
			if (n > 0 && s[0] == '\t' && memchr(s + 1, '\t', n - 1) == NULL)
			{
				push_text(ts, m, GR_TOK_CELL, s + 1, 0, ls, le);
				prev_tabcell = true;
				continue;
			}
			push_break(ts, m, ls);
			prev_tabcell = false;
			continue;
		}
		if (tr.p[0] == '<')
		{
			size_t		te = html_table_end(text, len, s, n, ls, &tcache);

			if (te > 0)
			{
				const char *nl2 = memchr(text + te, '\n', len - te);

				gr_rows_html(ts, m, text, ls, te, interrupt);
				pos = nl2 ? (size_t) (nl2 - text) + 1 : len;
				prev_tabcell = prev_bar = after_box_rule = false;
				continue;
			}
		}
		if (s[0] == '\t')
		{
			const char *tab2 = memchr(s + 1, '\t', n - 1);

			if (tab2 == NULL)
				push_text(ts, m, GR_TOK_CELL, s + 1, n - 1, ls, le);
			else
			{
				split_tabs(ts, m, s, n, ls, le);
				push_break(ts, m, le);
			}
			prev_tabcell = true;
			continue;
		}
		{
			line_info	li = look_at_line(s, n, interrupt);

			if (li.rule)
			{
				if (gr_h2t_rule(s, n))
				{
					/* html2text: the rows after this rule are gathered */
					if (h2t.buf == NULL)
						h2t.buf = gr_alloc_raw(m, GR_H2T_MAXROW);
					h2t.on = true;
					h2t.len = 0;
					h2t.cell = 0;
				}
				if (!li.junction && li.nbars == 0 && s[0] == ' ')
				{
					dt.ncols = gr_md_rule_columns(s, n, dt.start, dt.end, GR_MAX_BAR_CELLS);
					dt.row_open = false;
					if (dt.ncols > 0)
						dash_lookahead(&dt, text, len, pos);
				}
				push_break(ts, m, ls);
				prev_tabcell = false;
				after_box_rule = li.junction;
				prev_bar = false;
				continue;
			}
			if (li.nbars >= 1 && !li.rule && gr_box_partial_rule(s, n))
			{
				/* w3m: a rule stopped by a label that spans rows */
				push_break(ts, m, ls);
				prev_tabcell = prev_bar = false;
				after_box_rule = true;
				continue;
			}
			if (li.nbars >= 2 || (li.lead_bar && li.nbars >= 1))
			{
				int			nc = split_bars(cells, s, n);

				if (was_bar && row_ruled && nc == row_ncells &&
					row_tok0 + (size_t) nc <= ts->n)
				{
					/* a continuation line of a bordered row */
					for (int k = 0; k < nc; k++)
						tok_append(ts, &ts->t[row_tok0 + (size_t) k], m, cells[k], le);
				}
				else
				{
					row_ruled = was_box_rule;
					row_tok0 = ts->n;
					row_ncells = nc;
					for (int k = 0; k < nc; k++)
					{
						/* pandoc keeps inline HTML in pipe cells */
						gr_str		c = gr_html_inline(m, cells[k].p, cells[k].len);

						push_text(ts, m, GR_TOK_CELL, c.p, c.len, ls, le);
					}
					push_break(ts, m, le);
				}
				prev_tabcell = false;
				prev_bar = true;
				continue;
			}
			/*
			 * Wrapped cell text is short; a cell that keeps growing is not a
			 * cell (and re-copying it would make the scan quadratic).
			 */
			if (prev_tabcell && ts->n > 0 && ts->t[ts->n - 1].kind == GR_TOK_CELL &&
				ts->t[ts->n - 1].len + tr.len <= GR_MAX_WRAPPED &&
				!(is_heading && is_heading(tr.p, tr.len)))
			{
				/* a cell's text wrapped onto a line of its own */
				tok_append(ts, &ts->t[ts->n - 1], m, tr, le);
				continue;
			}
			prev_tabcell = false;
			if (li.has_tab)
			{
				split_tabs(ts, m, s, n, ls, le);
				push_break(ts, m, le);
				continue;
			}
			/* docx2txt prints "——" as " --  -- ": one cell, not two fields */
			if (li.wide_gap && !(tr.len == 6 && memcmp(tr.p, "--  --", 6) == 0))
			{
				spaced = true;
				split_gaps(ts, m, s, n, ls, le, interrupt);
				push_break(ts, m, le);
				continue;
			}
			{
				/*
				 * Markdown's marks are not the line's text: a heading's "# "
				 * … "###### ", a bold paragraph's "**" at both ends.
				 */
				size_t		h = 0;

				while (h < tr.len && h < 6 && tr.p[h] == '#')
					h++;
				if (h > 0 && h < tr.len && tr.p[h] == ' ')
					push_text(ts, m, GR_TOK_LINE, tr.p + h, tr.len - h, ls, le);
				else if (tr.len > 4 && memcmp(tr.p, "**", 2) == 0 &&
						 memcmp(tr.p + tr.len - 2, "**", 2) == 0)
					push_text(ts, m, GR_TOK_LINE, tr.p + 2, tr.len - 4, ls, le);
				else
					push_text(ts, m, GR_TOK_LINE, s, n, ls, le);
			}
		}
	}
	gr_h2t_end(&h2t, ts, m, len);
	push_break(ts, m, len);
	gr_md_cells(ts, m);
	/* cells wrapped in their columns: only where lines were split at spaces */
	if (spaced)
		gr_wrap_join(ts, m);
}

/* ---------------------------------------------------------------- HTML */

/* Is the tag name (any case) want? */
bool
gr_html_tag_is(const char *name, size_t nlen, const char *want)
{
	size_t		w = strlen(want);

	if (nlen != w)
		return false;
	for (size_t i = 0; i < w; i++)
	{
		char		c = name[i];

		if (c >= 'A' && c <= 'Z')
			c = (char) (c - 'A' + 'a');
		if (c != want[i])
			return false;
	}
	return true;
}

/* The value of a numeric attribute (colspan, rowspan) inside a tag; 1 if absent. */
int
gr_html_attr_int(const char *s, size_t len, const char *attr)
{
	size_t		al = strlen(attr);

	for (size_t i = 0; i + al < len; i++)
	{
		size_t		k;

		for (k = 0; k < al; k++)
		{
			char		c = s[i + k];

			if (c >= 'A' && c <= 'Z')
				c = (char) (c - 'A' + 'a');
			if (c != attr[k])
				break;
		}
		if (k == al)
		{
			size_t		j = i + al;
			int			v = 0;

			while (j < len && (s[j] == ' ' || s[j] == '='))
				j++;
			while (j < len && (s[j] == '"' || s[j] == '\''))
				j++;
			while (j < len && s[j] >= '0' && s[j] <= '9' && v < 1000)
				v = v * 10 + (s[j++] - '0');
			return v < 1 ? 1 : (v > 64 ? 64 : v);
		}
	}
	return 1;
}

/* Decode the entity at s[0] == '&' as UTF-8 into enc (4 bytes, *n); bytes used or 0. */
size_t
gr_html_entity(const char *s, size_t len, char *enc, size_t *n)
{
	static const struct
	{
		const char *name;
		uint32_t	cp;
	}			ents[] = {
		{"nbsp", 0xA0}, {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'},
		{"apos", '\''}, {"ldquo", 0x201C}, {"rdquo", 0x201D}, {"mdash", 0x2014},
		{"ndash", 0x2013}, {"middot", 0xB7}, {"hellip", 0x2026}, {"emsp", 0x2003},
		{"ensp", 0x2002}, {"thinsp", 0x2009}, {"lsquo", 0x2018}, {"rsquo", 0x2019},
		{NULL, 0}
	};
	size_t		i = 1;
	uint32_t	cp = 0;

	/* s[0] == '&' */
	if (i < len && s[i] == '#')
	{
		bool		hex = false;
		int			nd = 0;

		i++;
		if (i < len && (s[i] == 'x' || s[i] == 'X'))
		{
			hex = true;
			i++;
		}
		while (i < len && nd < 8)
		{
			char		c = s[i];
			int			d;

			if (c >= '0' && c <= '9')
				d = c - '0';
			else if (hex && c >= 'a' && c <= 'f')
				d = c - 'a' + 10;
			else if (hex && c >= 'A' && c <= 'F')
				d = c - 'A' + 10;
			else
				break;
			cp = cp * (hex ? 16 : 10) + (uint32_t) d;
			nd++;
			i++;
		}
		if (nd == 0)
			return 0;
		if (i < len && s[i] == ';')
			i++;
		if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
			cp = 0xFFFD;
		*n = gr_utf8_put(enc, cp);
		return i;
	}
	for (int k = 0; ents[k].name; k++)
	{
		size_t		nl = strlen(ents[k].name);

		if (len >= 1 + nl + 1 && memcmp(s + 1, ents[k].name, nl) == 0 && s[1 + nl] == ';')
		{
			*n = gr_utf8_put(enc, ents[k].cp);
			return nl + 2;
		}
	}
	return 0;
}

static size_t
decode_entity(const char *s, size_t len, gr_buf *out)
{
	char		enc[4];
	size_t		n = 0;
	size_t		used = gr_html_entity(s, len, enc, &n);

	if (used > 0)
		gr_buf_put(out, enc, n);
	return used;
}

bool
gr_looks_like_html(const char *text, size_t len)
{
	for (size_t i = 0; i + 3 < len; i++)
	{
		/* jump to the next '<' (memchr is vectorised) */
		const char *lt = memchr(text + i, '<', len - 3 - i);

		if (lt == NULL)
			break;
		i = (size_t) (lt - text);
		{
			char		a = text[i + 1] | 0x20,
						b = text[i + 2] | 0x20;

			if ((a == 't' && (b == 'd' || b == 'r' || b == 'h' || b == 'a')) ||
				(a == 'p' && (text[i + 2] == '>' || text[i + 2] == ' ')) ||
				(a == 'b' && b == 'r') || (a == 'd' && b == 'i'))
				return true;
		}
	}
	return false;
}

/*
 * Rewrite HTML as text in the tab layout: each <td>/<th> becomes a line
 * starting with a tab, each row ends with a blank line, block elements
 * outside tables end lines, tags are dropped, entities decoded, <script>
 * and <style> skipped.  colspan repeats a cell that holds a number or is
 * empty (so value columns stay aligned); label cells are not repeated.
 * rowspan carries a numeric cell down into the rows it covers.  Columns are
 * counted on the table's grid, spans of label cells included, so that a
 * number carried down lands in its own column, never a neighbour's.
 */
#define GR_HTML_MAXCOLS 64

/*
 * The grid of the table being rewritten: the column of the next cell and,
 * per column, the cell of an earlier row whose rowspan still covers it — a
 * number or blank written again in each row (copy), or a label whose
 * column is only skipped.
 */
typedef struct html_grid
{
	int			col;			/* grid column of the next cell */
	bool		in_row;
	bool		row_cells;		/* the row has a cell of its own */
	bool		in_cell;
	int			cell_col;		/* the open cell: its column, spans, text */
	int			colspan,
				rowspan;
	size_t		cell_start;		/* offset of its text in out */
	size_t		copy_limit;		/* no copy makes out longer than this */
	struct
	{
		int			left;		/* rows still covered */
		bool		copy;
		size_t		off,		/* the text to copy: offset in out */
					len;
	}			carry[GR_HTML_MAXCOLS];
} html_grid;

/* Columns covered from above at the grid's column: copies written, labels skipped. */
static void
html_covered(html_grid *g, gr_buf *out)
{
	while (g->col < GR_HTML_MAXCOLS && g->carry[g->col].left > 0)
	{
		if (g->carry[g->col].copy &&
			out->len + 2 + g->carry[g->col].len <= g->copy_limit)
		{
			gr_buf_puts(out, "\n\t");
			gr_buf_put(out, out->data + g->carry[g->col].off, g->carry[g->col].len);
		}
		g->carry[g->col].left--;
		g->col++;
	}
}

/* The end of the open cell: </td>, or a tag that ends it implicitly. */
static void
html_cell_end(html_grid *g, gr_buf *out)
{
	size_t		clen = out->len - g->cell_start;
	gr_cell		v;
	bool		numeric = false;

	/* and without their spaces (a number is at most 80 bytes) */
	gr_str		tr = gr_trim(out->data + g->cell_start, clen);
	size_t		toff = (size_t) (tr.p - out->data);

	/*
	 * Only a spanned cell is repeated, and only when it is short and a
	 * number or blank (the copies stay bounded); a cell of one column and
	 * one row is not read here — the matcher reads it anyway.
	 */
	if ((g->colspan > 1 || g->rowspan > 1) && clen <= 256)
	{
		gr_state	st = gr_read_number(out->data + g->cell_start, clen, true, &v);

		numeric = st == GR_VALUE || st == GR_BLANK;
	}

	g->in_cell = false;
	for (int k = 0; k < g->colspan && g->cell_col + k < GR_HTML_MAXCOLS; k++)
		if (g->rowspan > 1)
		{
			g->carry[g->cell_col + k].left = g->rowspan - 1;
			g->carry[g->cell_col + k].copy = numeric;
			g->carry[g->cell_col + k].off = toff;
			g->carry[g->cell_col + k].len = tr.len;
		}
	for (int k = 1; numeric && k < g->colspan &&
		 out->len + 2 + tr.len <= g->copy_limit; k++)
	{
		gr_buf_puts(out, "\n\t");
		gr_buf_put(out, out->data + toff, tr.len);
	}
	g->col = g->cell_col + g->colspan;
	if (g->col > GR_HTML_MAXCOLS)
		g->col = GR_HTML_MAXCOLS;
}

/*
 * The end of a row: the covered columns after its last cell are written up
 * to the first gap, and every cover is used up for this row.
 */
static void
html_row_end(html_grid *g, gr_buf *out)
{
	if (g->in_cell)
		html_cell_end(g, out);
	/*
	 * A row with no cell of its own (an empty <tr></tr> under cells that
	 * span it) says nothing: its covers are used up but not written, so
	 * a table of empty rows under 64 spanning cells costs no 64 copies a
	 * row.
	 */
	if (g->row_cells)
		html_covered(g, out);
	g->row_cells = false;
	for (int c = g->col; c < GR_HTML_MAXCOLS; c++)
		if (g->carry[c].left > 0)
			g->carry[c].left--;
	g->col = 0;
	g->in_row = false;
}

void
gr_html_to_tabs(const char *s, size_t len, gr_buf *out, void (*interrupt) (void))
{
	size_t		i = 0;
	size_t		next_gt = 0;	/* position of the next '>' at or after i */
	bool		gt_valid = false;
	size_t		steps = 0;
	html_grid	g;

	memset(&g, 0, sizeof(g));

	/*
	 * Span copies make the rewrite longer than the HTML only when they are
	 * most of it (a 20-byte cell of colspan=64 is 190 bytes of copies):
	 * none is written that would make the rewrite longer than the HTML read
	 * up to the tag being handled, so the rewrite stays within the buffer
	 * the caller sized by the HTML (text and tags give fewer bytes than
	 * they take).
	 */
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
			const char *name;
			size_t		nlen;

			if (!gt_valid || next_gt < i)
			{
				const char *g = memchr(s + i, '>', len - i);

				next_gt = g ? (size_t) (g - s) : len;
				gt_valid = true;
			}
			if (next_gt >= len)
			{
				/* no '>' anywhere after: the rest is text */
				gr_buf_putc(out, c);
				i++;
				continue;
			}
			if (len - i >= 4 && memcmp(s + i, "<!--", 4) == 0)
			{
				size_t		k = i + 4;

				while (k + 2 < len && !(s[k] == '-' && s[k + 1] == '-' && s[k + 2] == '>'))
					k++;
				i = (k + 2 < len) ? k + 3 : len;
				continue;
			}
			/* the rewrite of what is read so far may reach its length */
			g.copy_limit = next_gt + 1;
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
			name = s + nstart;
			nlen = j - nstart;
			if (nlen == 0)
			{
				gr_buf_putc(out, c);
				i++;
				continue;
			}
			if (!closing && (gr_html_tag_is(name, nlen, "script") ||
							 gr_html_tag_is(name, nlen, "style")))
			{
				/* skip to the closing tag */
				size_t		k = next_gt + 1;

				while (k + 1 < len && !(s[k] == '<' && s[k + 1] == '/'))
					k++;
				while (k < len && s[k] != '>')
					k++;
				i = k < len ? k + 1 : len;
				continue;
			}
			if (gr_html_tag_is(name, nlen, "td") || gr_html_tag_is(name, nlen, "th"))
			{
				if (!closing)
				{
					/* a cell left open ends here (</td> may be omitted) */
					if (g.in_cell)
						html_cell_end(&g, out);
					/* cells of earlier rows that reach into this one */
					html_covered(&g, out);
					g.in_row = true;
					g.row_cells = true;
					g.cell_col = g.col;
					g.colspan = gr_html_attr_int(s + i, next_gt - i, "colspan");
					g.rowspan = gr_html_attr_int(s + i, next_gt - i, "rowspan");
					gr_buf_puts(out, "\n\t");
					g.in_cell = true;
					g.cell_start = out->len;
				}
				else if (g.in_cell)
					html_cell_end(&g, out);
			}
			else if (gr_html_tag_is(name, nlen, "tr"))
			{
				if (g.in_row)
					html_row_end(&g, out);
				g.in_row = !closing;
				gr_buf_puts(out, "\n\n");
				g.col = 0;
			}
			else if (gr_html_tag_is(name, nlen, "table") || gr_html_tag_is(name, nlen, "tbody") ||
					 gr_html_tag_is(name, nlen, "thead"))
			{
				g.in_cell = false;
				g.in_row = false;
				gr_buf_puts(out, "\n\n");
				g.col = 0;
				if (gr_html_tag_is(name, nlen, "table"))
					memset(g.carry, 0, sizeof(g.carry));
			}
			else if (!g.in_cell &&
					 (gr_html_tag_is(name, nlen, "p") || gr_html_tag_is(name, nlen, "br") ||
					  gr_html_tag_is(name, nlen, "div") || gr_html_tag_is(name, nlen, "li") ||
					  gr_html_tag_is(name, nlen, "h1") || gr_html_tag_is(name, nlen, "h2") ||
					  gr_html_tag_is(name, nlen, "h3") || gr_html_tag_is(name, nlen, "h4") ||
					  gr_html_tag_is(name, nlen, "h5") || gr_html_tag_is(name, nlen, "h6") ||
					  gr_html_tag_is(name, nlen, "section") || gr_html_tag_is(name, nlen, "article") ||
					  gr_html_tag_is(name, nlen, "title") || gr_html_tag_is(name, nlen, "ul") ||
					  gr_html_tag_is(name, nlen, "ol") || gr_html_tag_is(name, nlen, "hr")))
				gr_buf_putc(out, '\n');
			i = next_gt + 1;
			continue;
		}
		if (c == '&')
		{
			size_t		used = decode_entity(s + i, len - i, out);

			if (used > 0)
			{
				i += used;
				continue;
			}
			gr_buf_putc(out, c);
			i++;
			continue;
		}
		if (c == '\n' || c == '\r' || c == '\t' || c == '\f')
		{
			if (out->len > 0 && out->data[out->len - 1] != ' ' &&
				out->data[out->len - 1] != '\n' && out->data[out->len - 1] != '\t')
				gr_buf_putc(out, ' ');
			i++;
			continue;
		}
		{
			/* copy a run of ordinary bytes */
			size_t		k = i;

			while (k < len && s[k] != '<' && s[k] != '&' && s[k] != '\n' &&
				   s[k] != '\r' && s[k] != '\t' && s[k] != '\f')
				k++;
			gr_buf_put(out, s + i, k - i);
			i = k;
		}
	}
}
