/*
 * scan.c — turn report text, in whatever layout an extractor produced, into
 * one stream of tokens: cells, plain lines and row breaks.  The matcher
 * (parse.c) then reads the form from that stream by the form's structure.
 *
 * Layouts: tab-indented cells (one per line, blank lines between rows, a
 * lone tab for an empty cell, wrapped cell text on following lines); one
 * cell per line with no tabs; pipe and box-drawing tables; tab-separated
 * rows; pdftotext -layout rows (fields split by runs of spaces).  An HTML
 * page is read by gr_html_page (rows_html.c), which hands the scanner each
 * line of the page's decoded text as soon as it is written
 * (gr_scanner_line).  Everything is one forward pass over the bytes.
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
		/* the first guess (ts->first, gr_scanner_init), then doubling */
		size_t		nc = ts->cap ? ts->cap * 2 : ts->first ? ts->first : 384;

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

/* The longest line of a text laid out by bytes whose cells may be read. */
#define GR_BYTEWIDTH_MAX_LINE 4096

/*
 * The cells of the line starting at ls are declined (gr_toks_declined).
 * Lines come in order, so the list stays ascending; a line noted twice is
 * noted once.
 */
static void
decline_line(gr_toks *ts, const gr_mem *m, size_t ls)
{
	uint32_t	at = (uint32_t) ls;

	if (ts->ndeclined > 0 && ts->declined[ts->ndeclined - 1] >= at)
		return;
	if (ts->ndeclined == ts->declcap)
	{
		size_t		cap = ts->declcap ? ts->declcap * 2 : 64;
		uint32_t   *grown = gr_alloc_raw(m, cap * sizeof(uint32_t));

		if (ts->ndeclined > 0)
			memcpy(grown, ts->declined, ts->ndeclined * sizeof(uint32_t));
		ts->declined = grown;
		ts->declcap = cap;
	}
	ts->declined[ts->ndeclined++] = at;
}

/* Is v in the ascending list a[0..n-1]? */
static bool
in_list(const uint32_t *a, size_t n, uint32_t v)
{
	size_t		lo = 0,
				hi = n;

	while (lo < hi)
	{
		size_t		mid = lo + (hi - lo) / 2;

		if (a[mid] == v)
			return true;
		if (a[mid] < v)
			lo = mid + 1;
		else
			hi = mid;
	}
	return false;
}

/*
 * Does a line run a figure into the text before it: a digit right after an
 * ideograph (公开3, 0件０) or after a digit of the other width (５0)?  No
 * label of the form ends in a digit and no figure mixes widths; in a text
 * laid out by bytes (C html2text) it is two cells printed without a gap.
 */
static bool
glued_figure(const char *s, size_t n)
{
	uint32_t	prev = 0;

	for (size_t i = 0; i < n;)
	{
		size_t		adv;
		uint32_t	cp = gr_utf8_next((const unsigned char *) s + i, n - i, &adv);
		bool		ascii = cp >= '0' && cp <= '9',
					wide = cp >= 0xFF10 && cp <= 0xFF19;

		if ((ascii || wide) &&
			((prev >= 0x3400 && prev <= 0x9FFF) ||
			 (ascii && prev >= 0xFF10 && prev <= 0xFF19) ||
			 (wide && prev >= '0' && prev <= '9')))
			return true;
		prev = cp;
		i += adv;
	}
	return false;
}

/*
 * Does a cell end in a full-width digit that C html2text may have cut the
 * figure's next digits after?  It sizes a column in bytes and drops what
 * does not fit, three bytes at a time for a full-width digit (４０ printed
 * as ４).  Only padding of three bytes or more before the cell's closing
 * '|' shows that another digit would have fitted; a unit after the digits
 * (１３件) shows the figure ended there.
 */
static bool
cut_figure(const char *text, size_t len, const gr_tok *t)
{
	const unsigned char *s = (const unsigned char *) t->s;
	size_t		n = t->len,
				pad = 0,
				e;
	bool		wide;

	while (n > 0 && s[n - 1] == '_')
	{
		n--;
		pad++;
	}
	wide = n >= 3 && s[n - 3] == 0xEF && s[n - 2] == 0xBC && s[n - 1] >= 0x90 && s[n - 1] <= 0x99;
	if (!wide && !(n >= 1 && s[n - 1] >= '0' && s[n - 1] <= '9'))
		return false;
	e = (size_t) (t->s + t->len - text);
	while (e < len && (text[e] == ' ' || text[e] == '_'))
	{
		e++;
		pad++;
	}
	if (wide)
		return !(e < len && text[e] == '|' && pad >= 3);
	/* an ASCII figure: cut when it fills its bordered cell to the edge */
	return e < len && text[e] == '|' && pad == 0;
}

/*
 * In a text laid out by bytes (C html2text: a broken character in a table
 * line, or a table under its " ____" rule), a cell is declined when its
 * line holds a broken character, when its line runs a figure into its
 * neighbour (glued_figure), when its figure may have been cut short
 * (cut_figure) and when its text was rewritten (decoded or joined: what
 * was printed is not known).  Asked of the cells stored, once the reading
 * is done: a handful of lines looked at again.
 */
bool
gr_toks_declined(const gr_toks *ts, const gr_tok *t)
{
	const char *end = ts->text + ts->len;

	if (!ts->bytewidth || t == NULL)
		return false;
	/* a cell its column shows whole (h2c_own_text), in the text as printed */
	if (gr_toks_h2c_shown(t) && t->s >= ts->text && t->s + t->len <= end)
		return t->len > 0 && cut_figure(ts->text, ts->len, t);
	if (in_list(ts->declined, ts->ndeclined, t->lstart))
		return true;
	/* a row that long is no table's (and is not looked at again per cell) */
	if (t->lend > ts->len || t->lend - t->lstart > GR_BYTEWIDTH_MAX_LINE)
		return true;
	if (glued_figure(ts->text + t->lstart, t->lend - t->lstart))
		return true;
	/*
	 * A cell's text that is not the text's own was rewritten: decoded from
	 * character references html2text left (１&#xFF15;, cut where?) or
	 * joined from pieces; what its figure was is not known.
	 */
	if (t->len > 0 && (t->s < ts->text || t->s + t->len > end))
		return true;
	return t->len > 0 && cut_figure(ts->text, ts->len, t);
}

/*
 * Is a row's label declined: as gr_toks_declined, except that a label
 * whose column shows a true beginning of it (GR_H2C_PREFIX) is not: the
 * row it names is the one its printed beginning names.
 */
bool
gr_toks_label_declined(const gr_toks *ts, const gr_tok *t)
{
	if (t != NULL && ts->bytewidth && t->h2c_own == GR_H2C_PREFIX &&
		t->s >= ts->text && t->s + t->len <= ts->text + ts->len)
		return false;
	return gr_toks_declined(ts, t);
}

/*
 * The C html2text draws a table's top as a space and a run of '_', and
 * pads every cell with '_' to its column's width in bytes (a cell's last
 * line, which its bottom border underlines).
 */
static bool
h2c_rule(const char *s, size_t n)
{
	if (n < 4 || s[0] != ' ')
		return false;
	for (size_t i = 1; i < n; i++)
		if (s[i] != '_')
			return false;
	return true;
}

/* A cell of such a table without its '_' padding. */
static gr_str
h2c_unpad(gr_str c)
{
	while (c.len > 0 && c.p[0] == '_')
	{
		c.p++;
		c.len--;
	}
	while (c.len > 0 && c.p[c.len - 1] == '_')
		c.len--;
	return gr_trim(c.p, c.len);
}

/*
 * Does a row of such a table hold a figure (a cell that reads as a number
 * once unpadded)?  One that does not keeps its padding (its cells read as
 * no number): it is the line under or over a row's label that wrapped,
 * whose empty cells are not the empty cells of the row the label names.
 */
static bool
h2c_has_figure(const gr_str *cells, int nc)
{
	for (int k = 0; k < nc; k++)
	{
		gr_str		c = h2c_unpad(cells[k]);
		gr_cell		v;

		if (c.len > 0 && gr_read_number(c.p, c.len, true, &v) == GR_VALUE)
			return true;
	}
	return false;
}

/*
 * Are a bordered row's borders where its columns are?  html2text counts a
 * no-break space (and any other character of two bytes, lead byte 0xC2
 * or 0xC3) as one column and prints two bytes, shifting the rest of the
 * row.  A space between two borders is a line other than a cell's last
 * (not underlined), or such a character counted as a space.  A row with
 * either is no row for h2c_own_text.
 */
static bool
h2c_row_aligned(const char *line, size_t n)
{
	const unsigned char *s = (const unsigned char *) line;
	const char *first = memchr(line, '|', n);
	size_t		last = n;

	while (last > 0 && s[last - 1] != '|')
		last--;
	for (size_t k = 0; k < n; k++)
		if (s[k] == 0xC2 || s[k] == 0xC3)
			return false;
	return first == NULL || memchr(first, ' ', last - (size_t) (first - line)) == NULL;
}

/*
 * Does the column left of the border at a-1 end in a character that the
 * border's byte alone completed (its lead byte and all its continuation
 * bytes but the last before the border)?
 */
static bool
h2c_cut_by_one(const unsigned char *s, size_t a)
{
	size_t		k = a - 1,
				cont = 0,
				need;

	while (k > 0 && s[k - 1] >= 0x80 && s[k - 1] <= 0xBF && cont < 3)
	{
		k--;
		cont++;
	}
	if (k == 0)
		return false;
	k--;
	need = s[k] >= 0xF0 ? 3 : s[k] >= 0xE0 ? 2 : s[k] >= 0xC2 ? 1 : 0;
	return need > 0 && s[k] < 0xF5 && cont + 1 == need;
}

/* Is the column [a, b) ASCII digits then '_' to its end? */
static bool
h2c_digits_then_line(const unsigned char *s, size_t a, size_t b)
{
	size_t		k = a;

	while (k < b && s[k] >= '0' && s[k] <= '9')
		k++;
	if (k == a || k == b)
		return false;
	while (k < b && s[k] == '_')
		k++;
	return k == b;
}

/*
 * How the C html2text draws a row of a bordered table, as its output for
 * pages of every style shows: each cell's line (its alignment spaces
 * included) is written at its column's first byte, left to right, over
 * whatever the cells to its left ran on into that column; past the end of
 * its line the column keeps what was there, or '_' (the row's underline)
 * where nothing was; the borders are drawn last, each over one byte.  So
 * the first i bytes of a column are the cell's whole line when:
 *  - the byte at i is a UTF-8 continuation byte and the byte before it is
 *    ASCII: no text holds that pair, so byte i-1 is the cell's own and
 *    byte i ran on from the left, where the cell's line had ended; or
 *  - nothing ran on from the left (the column to the left ends in '_', or
 *    the line's first border opens this one) and the column ends in '_'
 *    (the line stopped short of the border, so the border cut nothing):
 *    the whole column is the cell's line and its underline; or
 *  - the column is ASCII digits then '_', and the border before it took
 *    the last byte of the character it cut (h2c_cut_by_one): what ran on
 *    past that character is hidden under the digits, and is ASCII, which
 *    no label of the form has after an ideograph (glued_figure's premise).
 * The cell's text is that line without '_', when it is not empty and is
 * whole UTF-8 (no broken character of its own): GR_H2C_WHOLE, own set.
 * When nothing ran on from the left but the line ran to the border, the
 * column is the beginning of the cell's line, cut where a character may
 * have been cut in two: GR_H2C_PREFIX, *nchars its whole characters
 * before that (own not set).
 * [line, line+n) is a row h2c_row_aligned accepts, [c, c+len) a cell
 * split_bars trimmed in it, open the line's first border when only spaces
 * stand before it (n when not).
 */
static int
h2c_own_text(const char *line, size_t n, size_t open, gr_str c, gr_str *own, int *nchars)
{
	const unsigned char *s = (const unsigned char *) line;
	size_t		a = (size_t) (c.p - line),
				b = a + c.len,
				i;
	bool		clean_left,
				whole;

	*nchars = 0;

	/* the column's bytes [a, b), between two borders */
	while (a > 0 && s[a - 1] != '|')
		a--;
	while (b < n && s[b] != '|')
		b++;
	if (a == 0 || b >= n || b == a)
		return GR_H2C_NONE;
	clean_left = a == 1 || s[a - 2] == '_' || a - 1 == open;
	for (i = a; i < b && !(s[i] >= 0x80 && s[i] <= 0xBF); i++)
		;
	whole = i < b && i > a && s[i - 1] < 0x80;
	if (whole)
		b = i;
	else if (!clean_left && !(h2c_cut_by_one(s, a) && h2c_digits_then_line(s, a, b)))
		return GR_H2C_NONE;
	whole = whole || s[b - 1] == '_';
	while (a < b && s[a] == '_')
		a++;
	while (whole && b > a && s[b - 1] == '_')
		b--;
	for (size_t k = a; k < b; (*nchars)++)
	{
		size_t		adv;

		if (s[k] == '_' || s[k] == ' ')
			return GR_H2C_NONE;
		if (gr_utf8_next(s + k, b - k, &adv) == 0xFFFD)
		{
			/* only the last character, cut by the border, may be broken */
			if (whole || s[k] < 0xC2 || k + 4 <= b)
				return GR_H2C_NONE;
			for (size_t e = k + 1; e < b; e++)
				if (s[e] < 0x80 || s[e] > 0xBF)
					return GR_H2C_NONE;
			break;
		}
		k += adv;
	}
	if (!whole)
		return GR_H2C_PREFIX;
	if (a == b)
		return GR_H2C_NONE;
	own->p = line + a;
	own->len = b - a;
	return GR_H2C_WHOLE;
}

/* Is a cell of such a row its column's underline alone (an empty cell)? */
static bool
h2c_blank(gr_str c)
{
	if (c.len == 0)
		return false;
	for (size_t k = 0; k < c.len; k++)
		if (c.p[k] != '_')
			return false;
	return true;
}

/*
 * The cells of a row of such a table that holds a figure, unpadded, and
 * what each column shows of its cell (own[k], GR_H2C_*; h2c_own_text).
 * A row's label cut by a border (GR_H2C_PREFIX, at least GR_H2C_MIN_PREFIX
 * characters of it) names its row only when every other cell is shown
 * whole, is empty or is the beginning of its own text (a figure cut by
 * the border, itself unread): a column holding what ran on from its left
 * would be taken for a cell of its own by the stages that place the cells
 * by their order.
 *
 * A column that is all underline is an empty cell (GR_H2C_EMPTY): nothing
 * of its own nor run on from the left stands in it.  Only in a row of one
 * line (under_above: the line above is the table's rule or an underlined
 * row): a row of several lines underlines its last alone, and a figure of
 * its cell may stand on a line above.  Returns whether this row is
 * underlined (aligned, its blanks '_').
 */
#define GR_H2C_MIN_PREFIX 4

static bool
h2c_read_row(const char *s, size_t n, gr_str *cells, uint8_t *own, int nc,
			 bool under_above)
{
	bool		aligned = h2c_row_aligned(s, n);
	int			nlabel = 0,
				nother = 0;
	size_t		open = 0;

	/* the line's first border, when only spaces stand before it (else none: n) */
	while (open < n && s[open] == ' ')
		open++;
	if (open == n || s[open] != '|')
		open = n;

	for (int k = 0; k < nc; k++)
	{
		gr_str		o;
		bool		blank = h2c_blank(cells[k]);
		int			nchars = 0;

		own[k] = aligned ? (uint8_t) h2c_own_text(s, n, open, cells[k], &o, &nchars) : GR_H2C_NONE;
		if (aligned && blank && under_above)
			own[k] = GR_H2C_EMPTY;
		if (own[k] == GR_H2C_PREFIX && nchars < GR_H2C_MIN_PREFIX)
			own[k] = GR_H2C_NONE;
		else
		{
			nlabel += own[k] == GR_H2C_PREFIX;
			nother += own[k] == GR_H2C_NONE && !blank;
		}
		cells[k] = own[k] == GR_H2C_WHOLE ? o : h2c_unpad(cells[k]);
	}
	if (nlabel != 1 || nother > 0)
		for (int k = 0; k < nc; k++)
			if (own[k] == GR_H2C_PREFIX)
				own[k] = GR_H2C_NONE;
	return aligned && memchr(s, '_', n) != NULL;
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
	bool		broken;			/* an invalid UTF-8 sequence or U+FFFD */
} line_info;

/* Does [s, s+n) hold the bytes a b (then c, unless c is 0)? */
static bool
has_bytes(const unsigned char *s, size_t n, unsigned char a, unsigned char b,
		  unsigned char c)
{
	const unsigned char *e = s + n;

	while (s < e && (s = memchr(s, a, (size_t) (e - s))) != NULL)
	{
		if (s + 1 < e && s[1] == b && (c == 0 || (s + 2 < e && s[2] == c)))
			return true;
		s++;
	}
	return false;
}

/*
 * A line of plain text, about which look_at_line has nothing to say: it
 * starts with a letter, a digit, an ideograph, CJK punctuation or a
 * full-width form (so it is no rule), and holds no border character
 * ('|', U+FF5C, U+00A6, box drawing), no tab, no two spaces and no
 * ideographic space (so no bars, no tab cells, no wide gap).  A few
 * vectorised searches instead of a step per character: most lines of a
 * narrative are such lines.  Conservative: a line it does not clear is
 * looked at character by character.
 */
static bool
plain_line(const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *) str;
	unsigned char c;

	if (n < 3)
		return false;
	c = s[0];
	if (!((c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ||
		  (c >= 0xE4 && c <= 0xE9) || (c == 0xEF && s[1] == 0xBC) ||
		  (c == 0xE3 && !(s[1] == 0x80 && s[2] == 0x80))))
		return false;
	return !memchr(s, '|', n) && !memchr(s, '\t', n) && !memchr(s, 0xC2, n) &&
		!memchr(s, 0xE0, n) && !has_bytes(s, n, ' ', ' ', 0) &&
		!has_bytes(s, n, 0xE2, 0x94, 0) && !has_bytes(s, n, 0xE2, 0x95, 0) &&
		!has_bytes(s, n, 0xE3, 0x80, 0x80) && !has_bytes(s, n, 0xEF, 0xBD, 0x9C);
}

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
	if (plain_line(s, len))
		return li;
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
		if (cp == 0xFFFD)
			li.broken = true;

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
	t->h2c_own = GR_H2C_NONE;
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

/*
 * The scanner's state between lines: gr_scan feeds it the lines of a text,
 * the HTML page reader (rows_html.c) each line of the text it decodes as it
 * writes it.
 */
struct gr_scanner
{
	gr_toks    *ts;
	const gr_mem *m;
	const char *text;			/* what the lines' offsets index */
	size_t		len;			/* its length; in a stream, what is written so far */
	bool		(*is_heading) (const char *s, size_t len);
	void		(*interrupt) (void);
	bool		stream;			/* the text is written as it is read: no look-ahead */
	bool		prev_tabcell;
	size_t		nlines;

	/*
	 * Bordered tables (w3m, html2text: "+---+", "├──┼") draw a rule between
	 * rows, so the lines between two rules are one row whose long cells
	 * wrapped: their text is joined column by column into the cells of the
	 * row's first line.  Markdown's "|---|" (no junction) rules only the
	 * header; there every line is a row.
	 */
	bool		after_box_rule;
	bool		prev_bar;
	bool		row_ruled;
	size_t		row_tok0;
	int			row_ncells;
	gr_str		cells[GR_MAX_BAR_CELLS];
	uint8_t		own[GR_MAX_BAR_CELLS];	/* GR_H2C_*: what cells[k] shows */
	bool		h2c_under;		/* the line was html2text's rule or an underlined row */
	dash_table	dt;
	gr_h2t		h2t;
	table_end_cache tcache;
	bool		spaced;		/* a line was split at runs of spaces */
	bool		h2c;		/* in a C html2text table: under its " ____" rule */
};

gr_scanner *
gr_scanner_start(gr_toks *ts, const char *text, size_t len, const gr_mem *m,
				 bool (*is_heading) (const char *s, size_t len),
				 void (*interrupt) (void), bool stream)
{
	gr_scanner *sc = gr_alloc_raw(m, sizeof(gr_scanner));

	memset(sc, 0, sizeof(*sc));
	sc->ts = ts;
	sc->m = m;
	sc->text = text;
	sc->len = len;
	sc->is_heading = is_heading;
	sc->interrupt = interrupt;
	sc->stream = stream;
	memset(ts, 0, sizeof(*ts));
	if (len > UINT32_MAX)
		len = UINT32_MAX;		/* offsets in a token are 32-bit */
	ts->text = text;

	/*
	 * The budget and ts->len (which sizes the first token array) count the
	 * text's bytes.  A page's text is written as it is read, so
	 * its length is not known yet; its markup is most of its bytes and a
	 * cell costs it at least "<td></td>": a quarter of the page's length
	 * stands for its text (the reader sets the text's length at the end).
	 * A page of dense cells so gets about the tokens its decoded text
	 * would, not three times as many.
	 */
	if (stream)
		len /= 4;
	ts->budget = GR_TOKS_BUDGET(len);
	ts->len = len;

	/*
	 * The first token array: the tables are about 450 tokens whatever the
	 * layout (a token per cell, plus labels and row breaks), the narrative
	 * a token per line.  A seed-sized report fits in it (the guess of one
	 * token per 12 bytes it replaces made this array a report's largest
	 * allocation, at twice the size it needed).  A page has a row break
	 * per <tr> more, and its text is more than the quarter counted above:
	 * a seed-sized page is 480-550 tokens, and grown to twice 448 it took
	 * 36 kB where 23 kB do.
	 */
	ts->first = (stream ? 512 : 384) + len / 64;
	if (ts->first > 8192)
		ts->first = 8192;
	return sc;
}

/*
 * One line, text[ls, le) (le at its '\n' or the text's end), whose next
 * line starts at pos: its tokens.  Returns where the next line starts (past
 * a raw HTML table read whole).
 */
size_t
gr_scanner_line(gr_scanner *sc, size_t ls, size_t le, size_t pos)
{
	const char *text = sc->text;
	const char *s = text + ls;
	size_t		n = le - ls;
	size_t		skip;
	gr_str		tr;
	gr_toks    *ts = sc->ts;
	const gr_mem *m = sc->m;
	void		(*interrupt) (void) = sc->interrupt;
	bool		was_bar = sc->prev_bar,
				was_box_rule = sc->after_box_rule,
				was_h2c = sc->h2c,
				was_h2c_under = sc->h2c_under;

	sc->prev_bar = sc->after_box_rule = sc->h2c = sc->h2c_under = false;
	if (interrupt && (++sc->nlines & 0xFFF) == 0)
		interrupt();
	if (n > 0 && s[n - 1] == '\r')
		n--;
	/* form feeds (page breaks) are white space */
	skip = skip_artefacts(s, n);
	s += skip;
	n -= skip;
	tr = gr_trim(s, n);
	if (sc->h2t.on && gr_h2t_line(&sc->h2t, ts, m, s, n, ls, le, sc->is_heading))
	{
		sc->prev_tabcell = sc->prev_bar = false;
		return pos;
	}
	if (sc->dt.ncols > 0)
	{
		/* pandoc's dashed tables: a blank line ends a row or the table */
		if (tr.len == 0)
		{
			if (sc->dt.multi)
				sc->dt.row_open = false;
			else
				sc->dt.ncols = 0;
		}
		else if (s[0] != ' ' || look_at_line(s, n, interrupt).rule)
			sc->dt.ncols = 0;
		else
		{
			dash_line(&sc->dt, ts, m, s, n, ls, le);
			return pos;
		}
		if (tr.len > 0 && s[0] == ' ')
		{
			push_break(ts, m, ls);
			return pos;
		}
	}
	if (tr.len == 0)
	{
		/* a line holding only a tab is an empty cell */
		if (n > 0 && s[0] == '\t' && memchr(s + 1, '\t', n - 1) == NULL)
		{
			push_text(ts, m, GR_TOK_CELL, s + 1, 0, ls, le);
			sc->prev_tabcell = true;
			return pos;
		}
		push_break(ts, m, ls);
		sc->prev_tabcell = false;
		return pos;
	}
	/* a raw HTML table in a text (never in a page's own decoded text) */
	if (tr.p[0] == '<' && !sc->stream)
	{
		size_t		te = html_table_end(text, sc->len, s, n, ls, &sc->tcache);

		if (te > 0)
		{
			const char *nl2 = memchr(text + te, '\n', sc->len - te);

			gr_rows_html(ts, m, text, ls, te, interrupt);
			pos = nl2 ? (size_t) (nl2 - text) + 1 : sc->len;
			sc->prev_tabcell = sc->prev_bar = sc->after_box_rule = false;
			return pos;
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
		sc->prev_tabcell = true;
		return pos;
	}
	{
		line_info	li = look_at_line(s, n, interrupt);

		if (li.broken && !sc->stream)
		{
			ts->bytewidth = true;
			decline_line(ts, m, ls);
		}

		if (li.rule)
		{
			if (gr_h2t_rule(s, n))
			{
				/* html2text: the rows after this rule are gathered */
				if (sc->h2t.buf == NULL)
					sc->h2t.buf = gr_alloc_raw(m, GR_H2T_MAXROW);
				sc->h2t.on = true;
				sc->h2t.len = 0;
				sc->h2t.cell = 0;
			}
			/* pandoc's dashed tables (not in a page: no look-ahead there) */
			if (!li.junction && li.nbars == 0 && s[0] == ' ' && !sc->stream)
			{
				sc->dt.ncols = gr_md_rule_columns(s, n, sc->dt.start, sc->dt.end, GR_MAX_BAR_CELLS);
				sc->dt.row_open = false;
				if (sc->dt.ncols > 0)
					dash_lookahead(&sc->dt, text, sc->len, pos);
			}
			push_break(ts, m, ls);
			sc->prev_tabcell = false;
			sc->after_box_rule = li.junction;
			sc->prev_bar = false;
			sc->h2c = sc->h2c_under = h2c_rule(s, n);
			return pos;
		}
		if (li.nbars >= 1 && !li.rule && gr_box_partial_rule(s, n))
		{
			/* w3m: a rule stopped by a label that spans rows */
			push_break(ts, m, ls);
			sc->prev_tabcell = sc->prev_bar = false;
			sc->after_box_rule = true;
			return pos;
		}
		if (li.nbars >= 2 || (li.lead_bar && li.nbars >= 1))
		{
			int			nc = split_bars(sc->cells, s, n);

			if (was_bar && sc->row_ruled && nc == sc->row_ncells &&
				sc->row_tok0 + (size_t) nc <= ts->n)
			{
				/* a continuation line of a bordered row */
				for (int k = 0; k < nc; k++)
					tok_append(ts, &ts->t[sc->row_tok0 + (size_t) k], m, sc->cells[k], le);
				if (li.broken)
					decline_line(ts, m, ts->t[sc->row_tok0].lstart);
			}
			else
			{
				sc->row_ruled = was_box_rule;
				sc->row_tok0 = ts->n;
				sc->row_ncells = nc;
				sc->h2c = was_h2c;
				/* its cells are unpadded: the rules of gr_toks_declined apply */
				if (was_h2c && !sc->stream)
				{
					ts->bytewidth = true;
					if (h2c_has_figure(sc->cells, nc))
						sc->h2c_under = h2c_read_row(s, n, sc->cells, sc->own, nc, was_h2c_under);
				}
				for (int k = 0; k < nc; k++)
				{
					/* pandoc keeps inline HTML in pipe sc->cells */
					gr_str		c = gr_html_inline(m, sc->cells[k].p, sc->cells[k].len);

					push_text(ts, m, GR_TOK_CELL, c.p, c.len, ls, le);
					if (c.p == sc->cells[k].p && c.len == sc->cells[k].len)
						ts->t[ts->n - 1].h2c_own = sc->own[k];
					sc->own[k] = GR_H2C_NONE;
				}
				push_break(ts, m, le);
			}
			sc->prev_tabcell = false;
			sc->prev_bar = true;
			return pos;
		}
		/*
		 * Wrapped cell text is short; a cell that keeps growing is not a
		 * cell (and re-copying it would make the scan quadratic).
		 */
		if (sc->prev_tabcell && ts->n > 0 && ts->t[ts->n - 1].kind == GR_TOK_CELL &&
			ts->t[ts->n - 1].len + tr.len <= GR_MAX_WRAPPED &&
			!(sc->is_heading && sc->is_heading(tr.p, tr.len)))
		{
			/* a cell's text wrapped onto a line of its own */
			tok_append(ts, &ts->t[ts->n - 1], m, tr, le);
			return pos;
		}
		sc->prev_tabcell = false;
		if (li.has_tab)
		{
			split_tabs(ts, m, s, n, ls, le);
			push_break(ts, m, le);
			return pos;
		}
		/* docx2txt prints "——" as " --  -- ": one cell, not two fields */
		if (li.wide_gap && !(tr.len == 6 && memcmp(tr.p, "--  --", 6) == 0))
		{
			sc->spaced = true;
			split_gaps(ts, m, s, n, ls, le, interrupt);
			push_break(ts, m, le);
			return pos;
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
	return pos;
}

/* The end of the text, at len: what is still open is closed. */
void
gr_scanner_finish(gr_scanner *sc, size_t len)
{
	gr_h2t_end(&sc->h2t, sc->ts, sc->m, len);
	push_break(sc->ts, sc->m, len);
	gr_md_cells(sc->ts, sc->m);
	/* cells wrapped in their columns: only where lines were split at spaces */
	if (sc->spaced)
		gr_wrap_join(sc->ts, sc->m);
}

void
gr_scan(gr_toks *ts, const char *text, size_t len, const gr_mem *m,
		bool (*is_heading) (const char *s, size_t len), void (*interrupt) (void))
{
	gr_scanner *sc = gr_scanner_start(ts, text, len, m, is_heading, interrupt, false);
	size_t		pos = 0;

	len = ts->len;
	while (pos < len && !ts->full)
	{
		const char *nl = memchr(text + pos, '\n', len - pos);
		size_t		end = nl ? (size_t) (nl - text) : len;

		pos = gr_scanner_line(sc, pos, end, nl ? end + 1 : len);
	}
	gr_scanner_finish(sc, len);
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

/* Whether a token holds a digit, ASCII or full-width (a page number, a figure). */
bool
gr_tok_has_digit(const gr_tok *t)
{
	for (size_t i = 0; i < t->len; i++)
		if (t->s[i] >= '0' && t->s[i] <= '9')
			return true;
	/* full-width digits: EF BC 90..99 */
	for (size_t i = 0; i + 2 < t->len; i++)
		if ((unsigned char) t->s[i] == 0xEF && (unsigned char) t->s[i + 1] == 0xBC &&
			(unsigned char) t->s[i + 2] >= 0x90 && (unsigned char) t->s[i + 2] <= 0x99)
			return true;
	return false;
}

/*
 * Does the cell at i stand alone in its row (the rest of the row empty
 * cells)?  Pages that set the three tables in one table give each its
 * heading as such a row: <tr><td colspan="15">二、主动公开政府信息情况</td></tr>.
 */
bool
gr_tok_alone(const gr_toks *ts, size_t i)
{
	if (i > 0 && ts->t[i - 1].kind != GR_TOK_BREAK)
		return false;
	for (size_t k = i + 1; k < ts->n && ts->t[k].kind != GR_TOK_BREAK; k++)
		if (ts->t[k].len > 0 || k > i + 32)
			return false;
	return true;
}
