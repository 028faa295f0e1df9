/*
 * rows_markdown.c — what markdown writers leave inside table cells.
 *
 * pandoc's markdown writer keeps a styled <span> as a bracketed span with
 * its attributes, "[31]{style="font-family:宋体"}", and ends a line broken
 * inside a cell with a backslash; in a grid table both are wrapped with
 * the cell, and the scanner joins the pieces back column by column.  Once
 * the stream is complete, gr_md_cells takes them out of every cell that
 * holds one: the attribute block after "]" goes with its "[", a backslash
 * before anything but a letter or digit goes.  Cells without "]{" or "\"
 * are left untouched (and cost one memchr each).
 */
#include "gr.h"
#include "scan.h"
#include "text.h"

#include <string.h>

/* The cell text without spans' brackets and attributes and without escapes. */
static void
md_clean(gr_tok *t, const gr_mem *m)
{
	char	   *out = gr_alloc_raw(m, t->len + 1);
	const char *s = t->s;
	size_t		n = t->len,
				o = 0;
	/* where the innermost open "[" was written, or SIZE_MAX */
	size_t		open = (size_t) -1;
	/* the next '}', looked for once; none after: no more spans */
	const char *close = NULL;
	bool		close_none = false;
	bool		dropped = false;

	for (size_t i = 0; i < n;)
	{
		char		c = s[i];

		if (c == '[')
		{
			open = o;
			out[o++] = c;
			i++;
			continue;
		}
		if (c == ']' && i + 1 < n && s[i + 1] == '{' && !close_none)
		{
			if (close == NULL || close < s + i)
			{
				close = memchr(s + i + 2, '}', n - i - 2);
				close_none = close == NULL;
			}
			if (close && open != (size_t) -1)
			{
				/* drop the "[" (marked, taken out at the end) and the "]{…}" */
				out[open] = '\x01';
				dropped = true;
				open = (size_t) -1;
				i = (size_t) (close - s) + 1;
				continue;
			}
		}
		if (c == '\\' && !(i + 1 < n && ((s[i + 1] >= '0' && s[i + 1] <= '9') ||
										 ((s[i + 1] | 0x20) >= 'a' && (s[i + 1] | 0x20) <= 'z'))))
		{
			i++;
			continue;
		}
		out[o++] = c;
		i++;
	}
	if (dropped)
	{
		size_t		w = 0;

		for (size_t k = 0; k < o; k++)
			if (out[k] != '\x01')
				out[w++] = out[k];
		o = w;
	}
	out[o] = '\0';
	{
		gr_str		tr = gr_trim(out, o);

		t->s = tr.p;
		t->len = tr.len;
	}
}

void
gr_md_cells(gr_toks *ts, const gr_mem *m)
{
	for (size_t i = 0; i < ts->n; i++)
	{
		gr_tok	   *t = &ts->t[i];

		if (t->kind != GR_TOK_CELL || t->len < 2)
			continue;
		if (memchr(t->s, '\\', t->len) ||
			(memchr(t->s, '{', t->len) && memchr(t->s, ']', t->len)))
			md_clean(t, m);
		if (t->len >= 3 && t->s[0] == '-')
		{
			/* pandoc's smart dashes: "---" is an em dash (a placeholder) */
			size_t		k = 0;

			while (k < t->len && t->s[k] == '-')
				k++;
			if (k == t->len)
			{
				t->s = "—";
				t->len = strlen(t->s);
			}
		}
	}
}

/*
 * pandoc's simple and multiline tables (markdown and plain writers): a rule
 * of dash runs separated by spaces gives the columns, and every line up to
 * the closing rule is cut at them — an empty column is an empty cell, so a
 * blank value keeps its neighbours in their columns.  A text run belongs to
 * the column under its middle (pandoc centres and right-aligns cells).
 * Widths are display columns: ideographs and full-width forms are two.
 */

/* Display width of a code point as pandoc counts it. */
static int
md_width(uint32_t cp)
{
	if (cp < 0x1100)
		return 1;
	if ((cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
		(cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
		(cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
		(cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD))
		return 2;
	return 1;
}

/* The columns of a dashed rule; 0 when the line is not two or more runs of 3+. */
int
gr_md_rule_columns(const char *s, size_t n, int *start, int *end, int max)
{
	int			nc = 0,
				x = 0;
	bool		in_run = false;

	for (size_t i = 0; i < n; i++)
	{
		char		c = s[i];

		if (c == '-' || c == ':')
		{
			if (!in_run)
			{
				if (nc == max)
					return 0;
				start[nc++] = x;
				in_run = true;
			}
			end[nc - 1] = x + 1;
		}
		else if (c == ' ')
			in_run = false;
		else if (c != '\r' && c != '\t')
			return 0;
		x++;
	}
	if (nc < 2)
		return 0;
	for (int k = 0; k < nc; k++)
		if (end[k] - start[k] < 3)
			return 0;
	return nc;
}

/*
 * Cut one line of a dashed table into its columns: cells[k] gets the text
 * runs whose middle stands in column k (a middle in the gap between two
 * columns goes to the nearer), runs of one column joined with a space, in
 * out (the caller's buffer of at least n + ncols bytes).  Runs keep their
 * order: a run never goes to a column left of the one before it.
 */
void
gr_md_cut(const char *s, size_t n, const int *start, const int *end, int ncols,
		  gr_str *cells, char *out)
{
	size_t		o = 0;
	size_t		i = 0;
	int			x = 0;
	int			last = -1;

	for (int k = 0; k < ncols; k++)
	{
		cells[k].p = out;
		cells[k].len = 0;
	}
	while (i < n)
	{
		size_t		rs,
					adv;
		int			xs,
					mid,
					k;
		uint32_t	cp = gr_utf8_next((const unsigned char *) s + i, n - i, &adv);

		if (cp == ' ' || cp == '\t' || cp == '\r')
		{
			x++;
			i += adv;
			continue;
		}
		rs = i;
		xs = x;
		while (i < n)
		{
			cp = gr_utf8_next((const unsigned char *) s + i, n - i, &adv);
			if (cp == ' ' || cp == '\t' || cp == '\r')
				break;
			x += md_width(cp);
			i += adv;
		}
		mid = (xs + x - 1) / 2;
		for (k = 0; k + 1 < ncols; k++)
			if (mid < end[k] || mid < end[k] + (start[k + 1] - end[k]) / 2)
				break;
		if (k < last)
			k = last;
		if (k != last)
		{
			cells[k].p = out + o;
			cells[k].len = 0;
		}
		else
		{
			out[o++] = ' ';
			cells[k].len++;
		}
		memcpy(out + o, s + rs, i - rs);
		o += i - rs;
		cells[k].len += i - rs;
		last = k;
	}
}

/*
 * python3-html2text's tables.  It writes a row's cells joined by " | " and
 * ends the row with a markdown hard break (two trailing spaces), drawing
 * "---|---" under the first row; a cell holding paragraphs is broken over
 * lines, so a row reads "行政规范性文件" / "" / "| 0 |" / "" / "31" / "|" /
 * "" / "0  ".  After the rule, gr_h2t_line gathers lines (empty ones left
 * out) up to the hard break and splits the whole on '|': the row's cells,
 * an empty one kept.  A section heading ends the table, as does a row that
 * grows past GR_H2T_MAXROW (text that is no table's).
 */
/* Is the line html2text's rule under a table's first row ("---|---  ")? */
bool
gr_h2t_rule(const char *s, size_t n)
{
	size_t		k = 0;

	if (n < 5 || memcmp(s, "---", 3) != 0 || s[n - 1] != ' ' || s[n - 2] != ' ')
		return false;
	while (k < n && (s[k] == '-' || s[k] == '|'))
		k++;
	while (k < n && s[k] == ' ')
		k++;
	return k == n;
}

/* The row gathered so far: its cells and a break. */
static void
h2t_flush(gr_h2t *h, gr_toks *ts, const gr_mem *m, size_t le)
{
	char	   *row;
	size_t		start = 0;

	h->pending = h->blank_br = false;
	if (h->len == 0)
		return;
	row = gr_alloc_raw(m, h->len + 1);
	memcpy(row, h->buf, h->len);
	row[h->len] = '\0';
	for (size_t i = 0; i <= h->len; i++)
		if (i == h->len || row[i] == '|')
		{
			/* a row that begins with '|' begins with an empty cell */
			gr_toks_push(ts, m, GR_TOK_CELL, row + start, i - start, h->ls, le);
			start = i + 1;
		}
	gr_toks_break(ts, m, le);
	h->len = 0;
	h->cell = 0;
}

/* Does a row of one cell read as a sub-table's title, 第二十条第（…）项? */
static bool
h2t_title(const char *s, size_t n)
{
	static const char *const titles[] = {"第二十条", "第二十條", NULL};

	for (int k = 0; titles[k]; k++)
	{
		size_t		tl = strlen(titles[k]);

		if (n >= tl && memcmp(s, titles[k], tl) == 0)
			return true;
	}
	return false;
}

/* Does a cell end in a decimal point (１６０． / 5４４万元 broken by <br>)? */
static bool
h2t_open_decimal(const char *s, size_t n)
{
	return (n >= 2 && s[n - 1] == '.' && s[n - 2] >= '0' && s[n - 2] <= '9') ||
		(n >= 6 && memcmp(s + n - 3, "．", 3) == 0);
}

/* Does a line begin with a row label's numbering: 1. 2、 （五） (3) 一、? */
static bool
h2t_numbered(const char *s, size_t n)
{
	static const char *const opens[] = {"（", "(", NULL};
	static const char *const nums = "一二三四五六七八九十";
	size_t		i = 0;

	for (int k = 0; opens[k]; k++)
		if (n >= strlen(opens[k]) && memcmp(s, opens[k], strlen(opens[k])) == 0)
			return true;
	while (i < n && s[i] >= '0' && s[i] <= '9')
		i++;
	if (i > 0)
		return i < n && (s[i] == '.' || memcmp(s + i, "、", n - i >= 3 ? 3 : n - i) == 0 ||
						 memcmp(s + i, "．", n - i >= 3 ? 3 : n - i) == 0);
	for (const char *c = nums; *c; c += 3)
		if (n >= 6 && memcmp(s, c, 3) == 0 && memcmp(s + 3, "、", 3) == 0)
			return true;
	return false;
}

bool
gr_h2t_line(gr_h2t *h, gr_toks *ts, const gr_mem *m, const char *s, size_t n,
			size_t ls, size_t le, bool (*is_heading) (const char *s, size_t len))
{
	gr_str		tr = gr_trim(s, n);
	gr_str		hd = tr;
	bool		hard = n >= 2 && s[n - 1] == ' ' && s[n - 2] == ' ';

	if (tr.len == 0)
	{
		/*
		 * The hard break after a row whose last cell was a paragraph — or,
		 * right after a '|', an empty cell's <p><br/></p>.  Which of the
		 * two the next line says: another hard break alone ends the row
		 * (its last cell the empty one), a '|' continues it.
		 */
		if (hard && h->len > 0)
		{
			if (h->buf[h->len - 1] == '|' && !h->blank_br)
			{
				h->blank_br = true;
				h->le = le;
			}
			else
				h2t_flush(h, ts, m, le);
		}
		return true;
	}
	if (hd.len > 4 && memcmp(hd.p, "**", 2) == 0 && memcmp(hd.p + hd.len - 2, "**", 2) == 0)
	{
		hd.p += 2;
		hd.len -= 4;
	}
	if ((is_heading && is_heading(hd.p, hd.len)) || h->len + tr.len > GR_H2T_MAXROW)
	{
		h2t_flush(h, ts, m, ls);
		h->on = false;
		return false;
	}
	if (h->blank_br)
	{
		/* text after an empty cell's break, not a '|': a new row */
		h->blank_br = false;
		if (tr.p[0] != '|')
			h2t_flush(h, ts, m, h->le);
	}
	if (h->pending)
	{
		h->pending = false;
		if (tr.p[0] == '|' || h2t_numbered(tr.p, tr.len) ||
			h2t_title(tr.p, tr.len))
			h2t_flush(h, ts, m, h->le);
	}
	if (h->len == 0)
		h->ls = ls;
	{
		/* where the row's last cell begins: after its last '|' */
		const char *lb = NULL;

		for (const char *q = tr.p; (q = memchr(q, '|', (size_t) (tr.p + tr.len - q))) != NULL; q++)
			lb = q;
		if (lb)
			h->cell = h->len + (size_t) (lb - tr.p) + 1;
	}
	memcpy(h->buf + h->len, tr.p, tr.len);
	h->len += tr.len;
	/*
	 * A hard break ends the row — or a line of a cell broken by <br>, which
	 * html2text writes the same way.  A "row" of one cell that is no
	 * sub-table title (第二十条第（一）项) is taken for the first lines of
	 * the next row's first cell: a row label broken by <br>.  A row whose
	 * last cell is a numbered label (1.信访举报投) or a number ending in its
	 * decimal point (１６０．) waits for the next line:
	 * one that begins with '|' or with numbering starts a row, anything
	 * else continues that cell (诉类申请 | 7 | …).
	 */
	if (hard && (h->cell > 0 || h2t_title(h->buf, h->len)))
	{
		const char *bar = h->buf + h->cell;
		gr_cell		v;
		gr_state	vs;
		gr_str		last;

		last = gr_trim(bar, (size_t) (h->buf + h->len - bar));
		vs = gr_read_number(last.p, last.len, true, &v);
		if (((vs == GR_VALUE || vs == GR_BLANK) && !h2t_open_decimal(last.p, last.len)) ||
			bar == h->buf || !(h2t_numbered(last.p, last.len) ||
							   h2t_open_decimal(last.p, last.len)))
			h2t_flush(h, ts, m, le);
		else
		{
			h->pending = true;
			h->le = le;
		}
	}
	return true;
}

/* The end of the text inside a table: the last row, if any. */
void
gr_h2t_end(gr_h2t *h, gr_toks *ts, const gr_mem *m, size_t le)
{
	if (h->on)
		h2t_flush(h, ts, m, le);
	h->on = false;
}
