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
		if (c == ']' && i + 1 < n && s[i + 1] == '{')
		{
			const char *close = memchr(s + i + 2, '}', n - i - 2);

			if (close && open != (size_t) -1)
			{
				/* drop the "[" and the "]{…}" */
				memmove(out + open, out + open + 1, o - open - 1);
				o--;
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
