/*
 * pdf.c — a PDF read from the words on its pages and their positions.
 *
 * poppler's text device gives each character of a page and its box
 * (pdfpage.cc, one pass that also keeps the lines the page draws).
 * The table is rebuilt from that geometry, not from a text dump:
 *
 *   1. characters → text lines (boxes whose vertical centres agree) →
 *      segments (characters split where the gap is wider than 0.4 of the
 *      character height, i.e. wider than a space);
 *   2. segments → cells: a segment continues the cell above it when their
 *      horizontal extents overlap and their boxes touch vertically — a label
 *      wrapped inside its cell is joined into one cell, as is a number whose
 *      unit wrapped ("1596" over "条");
 *   3. cells → rows: cells sorted by top edge, a cell whose vertical centre
 *      lies inside the current row's extent belongs to it, so numbers
 *      centred beside a wrapped label, and a group label centred in its
 *      merged cell (三、本年度办理结果, （三）不予公开), join that row;
 *   4. rows with numbers form a table block; the block's value columns are
 *      taken from its fullest rows (the ones with the most value cells), and
 *      every row's values are put into those columns, so a blank cell
 *      (no characters at all) becomes an empty cell in its own column;
 *   5. page numbers in the page margins ("- 3 -", "第3页") are dropped, and a
 *      table header repeated at the top of a page is written once.
 *
 * Where the page draws the table's borders (the lines its content strokes
 * and fills, pdfrules.c), a border between two lines keeps them in two
 * cells and two rows, and one between two characters cuts the line in two;
 * the rest of a row a page break cut is joined to the row.
 *
 * The result is the core's tab layout: a row is one line per cell, each
 * starting with a tab, then a blank line; other text is written as lines.
 * PDF fonts often map ideographs to Kangxi radicals (⼀ for 一); they are
 * read as the ideographs (gr_unradical, the core's table).
 */
#include "cli.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pdfpage.h"
#include "pdfrules.h"
#include "text.h"

typedef struct glyph
{
	float		x1,
				y1,
				x2,
				y2;
	uint32_t	cp;
	bool		space_before;	/* poppler saw a word break before it */
} glyph;

/* A cell: its box, its text, and whether it reads as a value. */
typedef struct cell
{
	float		x1,
				y1,
				x2,
				y2;
	float		h;				/* character height */
	int			last_line;		/* the text line it was last extended on */
	cli_buf		text;
	bool		value;
	bool		unit_only;
	bool		beside_values;	/* a line of it has values beside it */
	/* a one-line segment's first word break: text[split], and the gap's ends */
	size_t		split;
	float		split_x1,
				split_x2;
} cell;

/* A row of cells (indices into the page's cells), in x order when written. */
typedef struct band
{
	float		y1,
				y2,
				h;
	int			first,			/* cells[first .. first+n) in the row order array */
				n;
	int			nvalues;
	int			page;
	bool		drop;
} band;

typedef struct pdfreader
{
	cli_buf    *out;
	/* every page's cells and rows, kept for the column pass */
	cell	   *cells;
	int			ncells,
				capcells;
	int		   *order;			/* cell indices, grouped by band */
	int			norder,
				caporder;
	band	   *bands;
	int			nbands,
				capbands;
	pdfrules	rules;			/* the current page's ruling lines, if read */
	bool		oom;
} pdfreader;

#define GROW(arr, n, cap) \
	do { \
		if ((n) >= (cap)) { \
			int nc_ = (cap) ? (cap) * 2 : 256; \
			void *p_ = realloc((arr), sizeof(*(arr)) * (size_t) nc_); \
			if (p_ == NULL) { r->oom = true; break; } \
			(arr) = p_; (cap) = nc_; \
		} \
	} while (0)

static uint32_t
unify(uint32_t cp)
{
	/* fonts that draw a slash as the division or fraction slash: a "/" (none) */
	if (cp == 0x2215 || cp == 0x2044)
		return '/';
	return gr_unradical(cp);
}

static void
put_cp(cli_buf *b, uint32_t cp)
{
	char		u[4];
	int			n;

	if (cp < 0x80)
	{
		u[0] = (char) cp;
		n = 1;
	}
	else if (cp < 0x800)
	{
		u[0] = (char) (0xC0 | (cp >> 6));
		u[1] = (char) (0x80 | (cp & 0x3F));
		n = 2;
	}
	else if (cp < 0x10000)
	{
		if (cp >= 0xD800 && cp <= 0xDFFF)
			cp = 0xFFFD;
		u[0] = (char) (0xE0 | (cp >> 12));
		u[1] = (char) (0x80 | ((cp >> 6) & 0x3F));
		u[2] = (char) (0x80 | (cp & 0x3F));
		n = 3;
	}
	else
	{
		if (cp > 0x10FFFF)
			cp = 0xFFFD;
		u[0] = (char) (0xF0 | (cp >> 18));
		u[1] = (char) (0x80 | ((cp >> 12) & 0x3F));
		u[2] = (char) (0x80 | ((cp >> 6) & 0x3F));
		u[3] = (char) (0x80 | (cp & 0x3F));
		n = 4;
	}
	cli_buf_put(b, u, (size_t) n);
}

static bool
is_space(uint32_t cp)
{
	return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0 ||
		cp == 0x3000 || cp == 0x2002 || cp == 0x2003 || cp == 0x2009 || cp == 0xFEFF ||
		cp < 0x20;
}

static int
cmp_yc(const void *a, const void *b)
{
	const glyph *x = a,
			   *y = b;
	float		cx = x->y1 + x->y2,
				cy = y->y1 + y->y2;

	return cx < cy ? -1 : cx > cy ? 1 : (x->x1 < y->x1 ? -1 : x->x1 > y->x1);
}

static int
cmp_x(const void *a, const void *b)
{
	const glyph *x = a,
			   *y = b;

	return x->x1 < y->x1 ? -1 : x->x1 > y->x1;
}

/* Is the text a value (a number, or a placeholder for none)? */
static void
classify(cell *c)
{
	gr_cell		v;
	gr_state	st;
	static const char *const units[] = {"件", "条", "條", "元", "万元", "萬元", "个", "個",
	"项", "項", "次", "人"};

	c->value = false;
	c->unit_only = false;
	if (c->text.len == 0 || c->text.len > 80)
		return;
	st = gr_read_number(c->text.data, c->text.len, true, &v);
	c->value = st == GR_VALUE || st == GR_BLANK;
	for (size_t i = 0; i < sizeof(units) / sizeof(units[0]); i++)
		if (strcmp(c->text.data, units[i]) == 0)
			c->unit_only = true;
	/* a unit alone is the wrapped end of the number above it, not a value */
	if (c->unit_only)
		c->value = false;
}

static bool
ascii_alnum(char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* A page-number line in the page's margin: "- 3 -", "3", "第3页", "第 3 页 共 9 页", "3/9". */
static bool
page_number(const char *s, size_t len)
{
	size_t		digits = 0,
				other = 0;

	for (size_t i = 0; i < len; i++)
	{
		unsigned char c = (unsigned char) s[i];

		if (c >= '0' && c <= '9')
			digits++;
		else if (c == '-' || c == '/' || c == ' ' || c == '.')
			;
		else if (i + 3 <= len && (memcmp(s + i, "第", 3) == 0 || memcmp(s + i, "页", 3) == 0 ||
								  memcmp(s + i, "頁", 3) == 0 || memcmp(s + i, "共", 3) == 0 ||
								  memcmp(s + i, "—", 3) == 0 || memcmp(s + i, "–", 3) == 0 ||
								  memcmp(s + i, "－", 3) == 0))
			i += 2;
		else
			other++;
	}
	return digits > 0 && digits <= 8 && other == 0;
}

/* A segment of a text line, before it is joined into a cell. */
typedef struct seg
{
	cell		c;
	int			line;
} seg;

static float
overlap(float a1, float a2, float b1, float b2)
{
	float		lo = a1 > b1 ? a1 : b1,
				hi = a2 < b2 ? a2 : b2;

	return hi - lo;
}

/* A character of a number: digits (also full-width), separators, a sign. */
static bool
number_char(uint32_t cp)
{
	return (cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19) || cp == ',' ||
		cp == '.' || cp == 0xFF0C || cp == 0xFF0E;
}

/* The end of a word that makes a number signed or approximate: 增加 3, 减少 3, 约 5. */
static bool
sign_word(uint32_t cp)
{
	return cp == 0x589E || cp == 0x51CF || cp == 0x52A0 || cp == 0x5C11 || cp == 0x6E1B ||
		cp == 0x7D04 || cp == 0x7EA6 || cp == '+' || cp == '-' || cp == 0x2212 || cp == 0xFF0B ||
		cp == 0xFF0D;
}

/* Characters into text lines and segments (step 1). */
static seg *
segments(pdfreader *r, glyph *g, int ng, int *nseg)
{
	seg		   *sg = NULL;
	int			n = 0,
				cap = 0,
				line = 0;

	qsort(g, (size_t) ng, sizeof(glyph), cmp_yc);
	for (int i = 0; i < ng && !r->oom;)
	{
		float		yc = (g[i].y1 + g[i].y2) / 2,
					hmax = g[i].y2 - g[i].y1;
		int			j = i + 1;

		while (j < ng)
		{
			float		h = g[j].y2 - g[j].y1;
			float		lim = 0.35f * (h > hmax ? h : hmax);

			if ((g[j].y1 + g[j].y2) / 2 - yc > lim)
				break;
			if (h > hmax)
				hmax = h;
			j++;
		}
		qsort(g + i, (size_t) (j - i), sizeof(glyph), cmp_x);
		line++;
		for (int k = i; k < j && !r->oom;)
		{
			int			e = k + 1;
			seg			s;

			while (e < j)
			{
				float		h = g[e].y2 - g[e].y1,
							hp = g[e - 1].y2 - g[e - 1].y1;

				float		gap = g[e].x1 - g[e - 1].x2,
							hm = h > hp ? h : hp;

				/*
				 * Wider than a space: two cells.  Between ideographs, whose
				 * boxes abut, a quarter of their height is already two cells
				 * (the padding of two neighbouring cells); next to a full-width
				 * bracket, whose box has room inside it, any word break is:
				 * （五） beside 1.信访…, 三、本年度 beside （一）予以公开.
				 */
				if (gap > 0.4f * hm ||
					(gap > 0.25f * hm && (g[e].cp >= 0x2E80 || g[e - 1].cp >= 0x2E80)) ||
					(gap > 0.05f * hm && g[e].space_before &&
					 (g[e].cp == 0xFF08 || g[e - 1].cp == 0xFF09)))
					break;

				/*
				 * A cell border between them, taller than the characters
				 * (a glyph's own stroke is not): a narrow column's label
				 * beside the next column's with no room between.
				 */
				if (r->rules.have)
				{
					float		yc2 = (g[e].y1 + g[e].y2 + g[e - 1].y1 + g[e - 1].y2) / 4;

					if (pdfrules_v(&r->rules, g[e - 1].x2 - 0.1f * hm, g[e].x1 + 0.1f * hm,
								   yc2 - 0.6f * hm, yc2 + 0.6f * hm))
						break;
				}
				e++;
			}
			/*
			 * A number at the end of a label, set apart by a word break: a
			 * value cell whose number stands close to the label's cell.
			 */
			{
				int			q = e;

				while (q > k + 1 && number_char(g[q - 1].cp))
					q--;
				if (q < e && q > k && g[q].space_before && !number_char(g[q - 1].cp) &&
					!sign_word(g[q - 1].cp) &&
					(g[q].cp >= '0' && g[q].cp <= '9' ? true : g[q].cp >= 0xFF10 && g[q].cp <= 0xFF19))
					e = q;
			}
			memset(&s, 0, sizeof(s));
			s.line = line;
			s.c.x1 = g[k].x1;
			s.c.x2 = g[e - 1].x2;
			s.c.y1 = g[k].y1;
			s.c.y2 = g[k].y2;
			s.c.text.max = CLI_MAX_UNZIPPED;
			for (int q = k; q < e; q++)
			{
				float		h = g[q].y2 - g[q].y1;

				/* a space only between Latin letters or digits set apart */
				if (q > k && g[q].x1 - g[q - 1].x2 > 0.15f * h &&
					g[q].cp < 0x80 && g[q - 1].cp < 0x80)
				{
					if (s.c.split == 0)
					{
						s.c.split = s.c.text.len;
						s.c.split_x1 = g[q - 1].x2;
						s.c.split_x2 = g[q].x1;
					}
					cli_buf_putc(&s.c.text, ' ');
				}
				put_cp(&s.c.text, g[q].cp);
				if (g[q].y1 < s.c.y1)
					s.c.y1 = g[q].y1;
				if (g[q].y2 > s.c.y2)
					s.c.y2 = g[q].y2;
				if (h > s.c.h)
					s.c.h = h;
			}
			if (s.c.text.failed)
				r->oom = true;
			classify(&s.c);
			s.c.last_line = line;
			if (n == cap)
			{
				int			nc = cap ? cap * 2 : 256;
				seg		   *p = realloc(sg, sizeof(seg) * (size_t) nc);

				if (p == NULL)
				{
					free(s.c.text.data);
					r->oom = true;
					break;
				}
				sg = p;
				cap = nc;
			}
			sg[n++] = s;
			k = e;
		}
		i = j;
	}
	*nseg = n;
	return sg;
}

/*
 * How much two lines of one cell may be apart: in some PDFs the character
 * boxes of a cell's lines overlap (line height below the font's box), and
 * there boxes that only touch are two rows; in others a cell's lines are a
 * little apart.  The page tells which: of the pairs of lines that follow
 * each other in one column, most are lines of one paragraph or cell.
 */
static float
join_gap(const seg *sg, int n)
{
	int			overlapping = 0,
				touching = 0;

	for (int i = 0, j0 = 0; i < n; i++)
	{
		while (j0 < n && sg[j0].line <= sg[i].line)
			j0++;
		for (int j = j0; j < n && sg[j].line == sg[i].line + 1; j++)
		{
			float		h = sg[i].c.h > sg[j].c.h ? sg[i].c.h : sg[j].c.h;
			float		gap = sg[j].c.y1 - sg[i].c.y2;

			if (overlap(sg[i].c.x1, sg[i].c.x2, sg[j].c.x1, sg[j].c.x2) <= 0)
				continue;
			if (gap < -0.05f * h)
				overlapping++;
			else if (gap <= 0.15f * h)
				touching++;
		}
	}
	return overlapping > touching ? -0.05f : 0.15f;
}

/*
 * A horizontal border across x1..x2 between two lines of text: from below
 * the upper one (centre ya, height ha) to above the lower one (yb, hb).
 * Characters' ink stays within about 0.45 of their height from their
 * centre, so a rule found there is no character's stroke.
 */
static bool
ruled_apart(const pdfrules *ru, float x1, float x2, float ya, float ha, float yb, float hb)
{
	if (ya > yb)
	{
		float		t = ya;

		ya = yb;
		yb = t;
		t = ha;
		ha = hb;
		hb = t;
	}
	/*
	 * Lines whose boxes overlap (wkhtmltopdf's tight rows) leave no such
	 * room: the border between two cells' lines is then near the middle,
	 * when they are a line apart at all (not two cells of one line).
	 */
	if (ya + 0.45f * ha >= yb - 0.45f * hb)
		return yb - ya >= 0.75f * (ha > hb ? ha : hb) &&
			pdfrules_h(ru, x1, x2, (ya + yb) / 2 - 1, (ya + yb) / 2 + 1);
	return pdfrules_h(ru, x1, x2, ya + 0.45f * ha, yb - 0.45f * hb);
}

/*
 * The first line of a number wrapped in a narrow cell: digits ending in a
 * separator (１，over ８５ over ０), not a number by itself.
 */
static bool
number_start(const cell *c)
{
	const unsigned char *p = (const unsigned char *) c->text.data;
	size_t		n = c->text.len,
				digits = 0;

	if (c->value || n == 0)
		return false;
	for (size_t i = 0; i < n;)
	{
		if (p[i] >= '0' && p[i] <= '9')
			digits++, i++;
		else if (p[i] == ',' || p[i] == '.')
			i++;
		else if (i + 3 <= n && p[i] == 0xEF && p[i + 1] == 0xBC &&
				 ((p[i + 2] >= 0x90 && p[i + 2] <= 0x99) || p[i + 2] == 0x8C || p[i + 2] == 0x8E))
		{
			digits += p[i + 2] >= 0x90;
			i += 3;				/* full-width digit, comma, full stop */
		}
		else
			return false;
	}
	return digits > 0;
}

/*
 * A border between a label (of one or more lines) and a row whose first
 * line's centre is yr: searched from the label's line nearest the row, so
 * that the label's own lines are not taken for one.  A row level with the
 * label is in its cell.
 */
static bool
label_ruled_apart(const pdfrules *ru, const cell *c, float yr, float hr)
{
	if (yr >= c->y1 && yr <= c->y2)
		return false;
	if (yr > c->y2)
		return ruled_apart(ru, c->x1, c->x2, c->y2 - 0.5f * c->h, c->h, yr, hr);
	return ruled_apart(ru, c->x1, c->x2, yr, hr, c->y1 + 0.5f * c->h, c->h);
}

/* Would value segment v join a number above it (a number wrapped in its cell)? */
static bool
continues_value(const pdfreader *r, int from, const cell *v, int line, float limit)
{
	for (int c = from; c < r->ncells; c++)
	{
		const cell *a = &r->cells[c];

		if ((a->value || number_start(a)) && a->last_line < line && overlap(a->x1, a->x2, v->x1, v->x2) > 0 &&
			v->y1 - a->y2 <= limit * v->h)
			return true;
	}
	return false;
}

/* Segments into cells (step 2): a wrapped label or number is one cell. */
static void
join_cells(pdfreader *r, seg *sg, int n)
{
	float		limit = join_gap(sg, n);
	const pdfrules *ru = r->rules.have ? &r->rules : NULL;
	int			cell0 = r->ncells,
				window = r->ncells;

	int			line_start = 0;

	/*
	 * On a page drawn with borders, a border tells rows apart: lines that
	 * merely touch are one cell unless a rule runs between them.
	 */
	if (r->rules.ruled && limit < 0.15f)
		limit = 0.15f;
	for (int i = 0; i < n && !r->oom; i++)
	{
		cell	   *s = &sg[i].c,
				   *into = NULL;

		while (window < r->ncells && r->cells[window].y2 < s->y1 - 2 * s->h)
			window++;
		if (i == 0 || sg[i].line != sg[i - 1].line)
			line_start = i;
		/*
		 * A label has values beside it when its line has a value that is
		 * not the wrapped end of a number above (those join that number).
		 */
		if (!s->value)
			for (int k = line_start; k < n && sg[k].line == sg[i].line && !s->beside_values; k++)
				if (sg[k].c.value && !continues_value(r, window > cell0 ? window : cell0,
													  &sg[k].c, sg[k].line, limit))
					s->beside_values = true;
		for (int c = window > cell0 ? window : cell0; c < r->ncells; c++)
		{
			cell	   *a = &r->cells[c];

			if (a->last_line >= sg[i].line)
				continue;	/* not above it */
			if (overlap(a->x1, a->x2, s->x1, s->x2) <= 0)
				continue;		/* not in one column */
			if (s->y1 - a->y2 > limit * s->h)
				continue;		/* apart: another row */
			if (a->value || number_start(a) ? !(s->unit_only || s->value || number_start(s)) : s->value)
				continue;		/* a number does not wrap into a label */
			if (a->beside_values && s->beside_values)
				continue;		/* two labels, each with its row of values */
			if (ru && ruled_apart(ru, a->x1 > s->x1 ? a->x1 : s->x1, a->x2 < s->x2 ? a->x2 : s->x2,
								  a->y2 - 0.5f * a->h, a->h, (s->y1 + s->y2) / 2, s->h))
				continue;		/* a border between them */
			into = a;
			break;
		}
		if (into)
		{
			if (into->text.len && s->text.len &&
				ascii_alnum(into->text.data[into->text.len - 1]) && ascii_alnum(s->text.data[0]))
				cli_buf_putc(&into->text, ' ');
			cli_buf_put(&into->text, s->text.data ? s->text.data : "", s->text.len);
			free(s->text.data);
			s->text.data = NULL;
			if (s->x1 < into->x1)
				into->x1 = s->x1;
			if (s->x2 > into->x2)
				into->x2 = s->x2;
			if (s->y2 > into->y2)
				into->y2 = s->y2;
			into->last_line = sg[i].line;
			into->beside_values |= s->beside_values;
			into->split = 0;
			classify(into);
			continue;
		}
		GROW(r->cells, r->ncells, r->capcells);
		if (r->oom)
			break;
		r->cells[r->ncells++] = *s;
		s->text.data = NULL;
	}
	for (int i = 0; i < n; i++)
		free(sg[i].c.text.data);
}

/* A row being formed (step 3). */
typedef struct rowb
{
	float		y1,
				y2,
				h;
	bool		values;
} rowb;

/*
 * Append the text of u, the top of a page, to the label in its column of
 * the last row with values before this page; false if there is none.  On
 * a page drawn with borders, the rest of a cut cell is in the page's first
 * row of the table: at most one border (the top of the table's part on
 * this page) runs above it.  A row that begins after the cut row's rest
 * (第二十条第（八）项 under the empty end of the row before) has two.
 */
static bool
continue_label(pdfreader *r, cell *u, int pageno)
{
	if (r->rules.have && r->rules.ruled &&
		pdfrules_h_count(&r->rules, u->x1, u->x2, 0, u->y1 + 0.05f * u->h, 2) >= 2)
		return false;
	for (int b = r->nbands - 1; b >= 0; b--)
	{
		band	   *x = &r->bands[b];

		if (x->page >= pageno || x->drop)
			continue;
		if (x->page < pageno - 1 || x->nvalues == 0)
			return false;
		for (int c = 0; c < x->n; c++)
		{
			cell	   *l = &r->cells[r->order[x->first + c]];

			if (!l->value && overlap(l->x1, l->x2, u->x1, u->x2) > 0)
			{
				cli_buf_put(&l->text, u->text.data ? u->text.data : "", u->text.len);
				return true;
			}
		}
		return false;
	}
	return false;
}

/*
 * A page's first row b that is the rest of the last row of the page
 * before, cut by the page break: the row before is that page's last, b has
 * fewer values than it, and each of b's cells lies under a cell of that
 * row of its kind — a number (or a number's first digits) under a number,
 * a label without numbering under a label.  Each cell's text is appended
 * to the cell above it.  A row of its own has its numbered label and its
 * values; it is not taken.
 */
static bool
continue_row(pdfreader *r, band *b, int pageno)
{
	int			last = r->nbands - 1,
				partner[64];
	band	   *x;

	while (last >= 0 && r->bands[last].drop)
		last--;
	if (last < 0 || b->n > 64)
		return false;
	x = &r->bands[last];
	if (x->page != pageno - 1 || x->nvalues == 0 || b->nvalues >= x->nvalues)
		return false;
	for (int i = 0; i < b->n; i++)
	{
		cell	   *u = &r->cells[r->order[b->first + i]];
		bool		num = u->value || number_start(u);

		partner[i] = -1;
		if (!num)
		{
			int			n = 0;
			gr_str		t = {u->text.data ? u->text.data : "", u->text.len};

			(void) gr_label_unnumber(t, &n);
			if (n != 0)
				return false;
		}
		for (int c = 0; c < x->n; c++)
		{
			int			li = r->order[x->first + c];
			cell	   *l = &r->cells[li];

			if ((l->value || number_start(l)) == num && overlap(l->x1, l->x2, u->x1, u->x2) > 0)
			{
				for (int k = 0; k < i; k++)
					if (partner[k] == li)
						return false;
				partner[i] = li;
				break;
			}
		}
		if (partner[i] < 0)
			return false;
	}
	for (int i = 0; i < b->n; i++)
	{
		cell	   *u = &r->cells[r->order[b->first + i]],
				   *l = &r->cells[partner[i]];

		cli_buf_put(&l->text, u->text.data ? u->text.data : "", u->text.len);
		if (l->value || number_start(l))
		{
			x->nvalues -= l->value;
			classify(l);
			x->nvalues += l->value;
		}
	}
	return true;
}

/*
 * The first row of values of a page whose label began on the page before:
 * that page's last line is a label alone, below a row of the table (values
 * or a header), in the column of this row's label.  It is put in front of the label and its
 * own line is dropped.
 */
static void
label_from_page_before(pdfreader *r, band *b, int pageno)
{
	int			last = r->nbands - 1;
	band	   *x;
	cell	   *u;

	while (last >= 0 && r->bands[last].drop)
		last--;
	if (last < 1)
		return;
	x = &r->bands[last];
	if (x->page != pageno - 1 || x->n != 1 || x->nvalues != 0)
		return;
	{
		int			before = last - 1;

		while (before >= 0 && r->bands[before].drop)
			before--;
		if (before < 0 || r->bands[before].page != pageno - 1 || r->bands[before].n < 2)
			return;				/* not below a row of the table (values or header) */
	}
	u = &r->cells[r->order[x->first]];
	for (int c = 0; c < b->n; c++)
	{
		cell	   *l = &r->cells[r->order[b->first + c]];
		cli_buf		t;

		if (l->value || overlap(l->x1, l->x2, u->x1, u->x2) <= 0)
			continue;
		memset(&t, 0, sizeof(t));
		t.max = CLI_MAX_UNZIPPED;
		cli_buf_put(&t, u->text.data ? u->text.data : "", u->text.len);
		cli_buf_put(&t, l->text.data ? l->text.data : "", l->text.len);
		if (t.failed)
		{
			free(t.data);
			r->oom = true;
			return;
		}
		free(l->text.data);
		l->text = t;
		x->drop = true;
		return;
	}
}

/*
 * Labels of one row stacked in one column are the lines of one cell that
 * were not joined (their boxes neither touched nor overlapped enough): the
 * upper takes the lower's text, in reading order, not left to right.
 */
static void
stack_labels(pdfreader *r, band *b)
{
	if (b->nvalues == 0)
		return;					/* headers: their cells stack by design */
	for (int i = 0; i < b->n; i++)
	{
		cell	   *u = &r->cells[r->order[b->first + i]];

		if (u->value)
			continue;
		for (int j = 0; j < b->n; j++)
		{
			cell	   *l = &r->cells[r->order[b->first + j]];
			float		lc = (l->x1 + l->x2) / 2,
						uc = (u->x1 + u->x2) / 2;

			/*
			 * below u, each one's centre over the other, or both starting
			 * at one left edge: one column
			 */
			if (j == i || l->value || l->y1 <= u->y1 ||
				((lc < u->x1 || lc > u->x2 || uc < l->x1 || uc > l->x2) &&
				 fabsf(l->x1 - u->x1) > 0.3f * l->h) ||
				l->y1 - u->y2 > 1.0f * l->h)
				continue;
			cli_buf_put(&u->text, l->text.data ? l->text.data : "", l->text.len);
			if (l->y2 > u->y2)
				u->y2 = l->y2;
			memmove(&r->order[b->first + j], &r->order[b->first + j + 1],
					sizeof(int) * (size_t) (b->n - j - 1));
			b->n--;
			if (j < i)
				i--;
			j = -1;				/* again: the cell grew */
			u = &r->cells[r->order[b->first + i]];
		}
	}
}

/*
 * Cells into rows (step 3).  Values first: a value joins the row whose
 * extent it overlaps by half its height, and two neighbouring rows whose
 * values stand in different columns are one row printed at two heights
 * (cells whose text sits lower, as paragraph margins leave it).  Then
 * each label joins the row of values it overlaps most, so a wrapped label
 * and a group label centred on its rows land in one row; labels beside
 * no value form rows of their own (headings, headers, text).
 */
static void
make_rows(pdfreader *r, int cell0, int pageno, double ph)
{
	int			n = r->ncells - cell0;
	int		   *idx,
			   *rowof;
	rowb	   *rows;
	int			nrows = 0;
	const pdfrules *ru = r->rules.have ? &r->rules : NULL;

	if (n <= 0)
		return;
	idx = malloc(sizeof(int) * (size_t) n);
	rowof = malloc(sizeof(int) * (size_t) n);
	rows = malloc(sizeof(rowb) * (size_t) n);
	if (!idx || !rowof || !rows)
	{
		free(idx);
		free(rowof);
		free(rows);
		r->oom = true;
		return;
	}
	for (int i = 0; i < n; i++)
	{
		idx[i] = cell0 + i;
		rowof[i] = -1;
	}
	/* y1 order (insertion: the cells are nearly in it) */
	for (int i = 1; i < n; i++)
	{
		int			x = idx[i],
					j = i - 1;

		while (j >= 0 && r->cells[idx[j]].y1 > r->cells[x].y1)
		{
			idx[j + 1] = idx[j];
			j--;
		}
		idx[j + 1] = x;
	}
	/* values */
	for (int i = 0; i < n; i++)
	{
		cell	   *c = &r->cells[idx[i]];
		int			k = nrows - 1;

		if (!c->value)
			continue;
		if (k >= 0 && overlap(rows[k].y1, rows[k].y2, c->y1, c->y2) >= 0.5f * (c->y2 - c->y1) &&
			!(ru && ruled_apart(ru, c->x1, c->x2, rows[k].y1 + 0.5f * rows[k].h, rows[k].h,
								c->y1 + 0.5f * c->h, c->h)))
		{
			if (c->y2 > rows[k].y2)
				rows[k].y2 = c->y2;
		}
		else
		{
			k = nrows++;
			rows[k].y1 = c->y1;
			rows[k].y2 = c->y2;
			rows[k].h = c->h;
			rows[k].values = true;
		}
		rowof[idx[i] - cell0] = k;
	}
	/* a row printed at two heights: neighbours with values in different columns */
	if (n <= 4000)
		for (int k = 0; k + 1 < nrows; k++)
		{
			bool		clash = false;

			if (rows[k + 1].y1 - rows[k].y2 > 0.8f * rows[k].h)
				continue;
			/* a border across a value's cell between the two: two rows */
			for (int a = 0; ru && a < n && !clash; a++)
			{
				const cell *v = &r->cells[cell0 + a];

				if (rowof[a] == k)
					clash = ruled_apart(ru, v->x1, v->x2, v->y1 + 0.5f * v->h, v->h,
										rows[k + 1].y1 + 0.5f * rows[k + 1].h, rows[k + 1].h);
				else if (rowof[a] == k + 1)
					clash = ruled_apart(ru, v->x1, v->x2, rows[k].y1 + 0.5f * rows[k].h, rows[k].h,
										v->y1 + 0.5f * v->h, v->h);
			}
			for (int a = 0; a < n && !clash; a++)
				if (rowof[a] == k)
					for (int b = 0; b < n && !clash; b++)
						if (rowof[b] == k + 1 &&
							overlap(r->cells[cell0 + a].x1, r->cells[cell0 + a].x2,
									r->cells[cell0 + b].x1, r->cells[cell0 + b].x2) > -0.5f * rows[k].h)
							clash = true;
			if (clash)
				continue;
			for (int a = 0; a < n; a++)
				if (rowof[a] == k + 1)
					rowof[a] = k;
				else if (rowof[a] > k + 1)
					rowof[a]--;
			if (rows[k + 1].y2 > rows[k].y2)
				rows[k].y2 = rows[k + 1].y2;
			memmove(&rows[k + 1], &rows[k + 2], sizeof(rowb) * (size_t) (nrows - k - 2));
			nrows--;
			k--;
		}
	/* labels: to the row of values they overlap most, or rows of their own */
	{
		int			nvrows = nrows,
					lastlabel = -1;

		for (int i = 0; i < n; i++)
		{
			cell	   *c = &r->cells[idx[i]];
			int			best = -1;
			float		bestov = 0;

			if (c->value)
				continue;
			for (int k = 0; k < nvrows; k++)
			{
				float		ov = overlap(rows[k].y1, rows[k].y2, c->y1, c->y2);
				float		hmin = rows[k].y2 - rows[k].y1 < c->y2 - c->y1 ?
					rows[k].y2 - rows[k].y1 : c->y2 - c->y1;

				if (ov >= 0.3f * hmin && ov > bestov &&
					!(ru && label_ruled_apart(ru, c, rows[k].y1 + 0.5f * rows[k].h, rows[k].h)))
				{
					best = k;
					bestov = ov;
				}
			}
			if (best < 0 && lastlabel >= 0 &&
				overlap(rows[lastlabel].y1, rows[lastlabel].y2, c->y1, c->y2) >=
				0.5f * (c->y2 - c->y1 < rows[lastlabel].y2 - rows[lastlabel].y1 ?
						c->y2 - c->y1 : rows[lastlabel].y2 - rows[lastlabel].y1) &&
				!(ru && label_ruled_apart(ru, c, rows[lastlabel].y1 + 0.5f * rows[lastlabel].h,
										  rows[lastlabel].h)))
			{
				best = lastlabel;
				if (c->y2 > rows[best].y2)
					rows[best].y2 = c->y2;
			}
			if (best < 0)
			{
				best = lastlabel = nrows++;
				rows[best].y1 = c->y1;
				rows[best].y2 = c->y2;
				rows[best].h = c->h;
				rows[best].values = false;
			}
			/*
			 * Two labels of the page's first row of values in one column:
			 * the upper one is the end of a label that a page break cut,
			 * and goes back to the last row of the page before.
			 */
			if (best == 0 && nvrows > 0)
				for (int a = 0; a < n; a++)
				{
					cell	   *u = &r->cells[cell0 + a];

					if (rowof[a] == 0 && !u->value && u != c && u->y2 <= c->y1 + 0.3f * c->h &&
						overlap(u->x1, u->x2, c->x1, c->x2) > 0 &&
						continue_label(r, u, pageno))
						rowof[a] = -2;
				}
			rowof[idx[i] - cell0] = best;
		}
	}
	/* rows in order of their tops, cells left to right */
	{
		int		   *rord = malloc(sizeof(int) * (size_t) (nrows ? nrows : 1));

		if (rord == NULL)
			r->oom = true;
		for (int k = 0; rord && k < nrows; k++)
			rord[k] = k;
		for (int a = 1; rord && a < nrows; a++)
		{
			int			x = rord[a],
						b = a - 1;

			while (b >= 0 && rows[rord[b]].y1 > rows[x].y1)
			{
				rord[b + 1] = rord[b];
				b--;
			}
			rord[b + 1] = x;
		}
		bool		first_on_page = true;

		for (int q = 0; rord && q < nrows && !r->oom; q++)
		{
			int			k = rord[q];
			band		b;

			b.y1 = rows[k].y1;
			b.y2 = rows[k].y2;
			b.h = rows[k].h;
			b.first = r->norder;
			b.n = 0;
			b.nvalues = 0;
			b.page = pageno;
			b.drop = false;
			for (int i = 0; i < n; i++)
			{
				int			ci = idx[i];

				if (rowof[ci - cell0] != k)
					continue;
				GROW(r->order, r->norder, r->caporder);
				if (r->oom)
					break;
				/* insert in x order */
				{
					int			p = r->norder++;

					while (p > b.first && r->cells[r->order[p - 1]].x1 > r->cells[ci].x1)
					{
						r->order[p] = r->order[p - 1];
						p--;
					}
					r->order[p] = ci;
				}
				b.n++;
				b.nvalues += r->cells[ci].value;
			}
			if (b.n == 0)
				continue;
			stack_labels(r, &b);
			/* a page number in the top or bottom margin */
			if (b.n == 1 && (b.y2 < ph * 0.08 || b.y1 > ph * 0.88))
			{
				cell	   *c = &r->cells[r->order[b.first]];

				if (page_number(c->text.data ? c->text.data : "", c->text.len))
					b.drop = true;
			}
			/*
			 * The page's first line, a label without numbering alone in the
			 * label column of the last row of the page before: the end of
			 * that label, cut by the page break.
			 */
			if (!b.drop && first_on_page && b.n == 1 && b.nvalues == 0)
			{
				cell	   *c = &r->cells[r->order[b.first]];
				int			num = 0;
				gr_str		t = {c->text.data ? c->text.data : "", c->text.len};

				(void) gr_label_unnumber(t, &num);
				if (num == 0 && (unsigned char) t.p[0] >= 0x80 && t.p[0] != '\xEF' &&
					continue_label(r, c, pageno))
					b.drop = true;
			}
			/*
			 * The page's first line, the rest of the cells of the row the
			 * page break cut (１１ | １９條, 行政法规禁 | 止公开 ７件).
			 */
			if (!b.drop && first_on_page && b.nvalues > 0 && continue_row(r, &b, pageno))
				b.drop = true;
			if (!b.drop && first_on_page && b.nvalues > 0)
				label_from_page_before(r, &b, pageno);
			if (!b.drop)
				first_on_page = false;
			GROW(r->bands, r->nbands, r->capbands);
			if (r->oom)
				break;
			r->bands[r->nbands++] = b;
		}
		free(rord);
	}
	free(idx);
	free(rowof);
	free(rows);
}

/* One page: its characters into cells and rows, appended to the reader. */
static void
read_page(pdfreader *r, pdfdoc *doc, int pageno)
{
	pdfpage		pg;
	glyph	   *g;
	int			ng = 0,
				nseg = 0,
				cell0 = r->ncells;
	seg		   *sg;
	bool		space = false;

	if (!pdfdoc_page(doc, pageno, &pg))
		return;
	if (pg.glyphs_cut)
	{
		r->oom = true;
		pdfpage_free(&pg);
		return;
	}
	if (pg.nglyphs == 0)
	{
		pdfpage_free(&pg);
		return;
	}
	g = malloc(sizeof(glyph) * (size_t) pg.nglyphs);
	if (g == NULL)
	{
		r->oom = true;
		pdfpage_free(&pg);
		return;
	}
	for (int i = 0; i < pg.nglyphs; i++)
	{
		const pdfglyph *q = &pg.glyphs[i];

		if (is_space(q->cp))
		{
			space = true;
			continue;
		}
		if (q->x2 < q->x1 || q->y2 <= q->y1)
			continue;
		g[ng].space_before = space;
		space = false;
		g[ng].x1 = q->x1;
		g[ng].y1 = q->y1;
		g[ng].x2 = q->x2;
		g[ng].y2 = q->y2;
		g[ng].cp = unify(q->cp);
		ng++;
	}
	(void) pdfrules_read(&r->rules, pg.paths, pg.npaths);
	sg = segments(r, g, ng, &nseg);
	free(g);
	if (sg)
		join_cells(r, sg, nseg);
	free(sg);
	if (!r->oom)
		make_rows(r, cell0, pageno, pg.height);
	pdfrules_free(&r->rules);
	pdfpage_free(&pg);
}

/* Is this row part of a table block (a label or more, and values)? */
static bool
in_table(const band *b)
{
	return !b->drop && b->nvalues > 0 && b->n >= 2;
}

static void
put_cell(cli_buf *out, const char *s, size_t len)
{
	cli_buf_putc(out, '\t');
	for (size_t i = 0; i < len; i++)
		cli_buf_putc(out, s[i] == '\t' || s[i] == '\n' ? ' ' : s[i]);
	cli_buf_putc(out, '\n');
}

/* Same texts in the same order: a header row written again. */
static bool
same_band(const pdfreader *r, const band *a, const band *b)
{
	if (a->n != b->n)
		return false;
	for (int i = 0; i < a->n; i++)
	{
		const cli_buf *x = &r->cells[r->order[a->first + i]].text,
				   *y = &r->cells[r->order[b->first + i]].text;

		if (x->len != y->len || (x->len && memcmp(x->data, y->data, x->len) != 0))
			return false;
	}
	return true;
}

/* The column of a position between the value columns' bounds. */
static int
column_of(float x, const float *bound, int maxv)
{
	int			k = 0;

	while (k < maxv - 1 && x > bound[k])
		k++;
	return k;
}

/*
 * A number wider than its narrow cell runs on next to the next cell's
 * number, one word break apart (1,308 0): when the two words are numbers
 * that stand in two different value columns of the block, they are two
 * cells.  The second becomes a cell of its own in the row (the row's list
 * is moved to the end of the order array to make room).
 */
static void
split_overflow(pdfreader *r, int from, int to, int maxv, const float *bound)
{
	for (int p = from; p < to && !r->oom; p++)
	{
		band	   *x = &r->bands[p];

		if (x->drop)
			continue;
		for (int c = 0; c < x->n && !r->oom; c++)
		{
			int			ci = r->order[x->first + c];
			cell	   *cc = &r->cells[ci];
			gr_cell		v;
			cell		right;
			size_t		at = cc->split;

			if (at == 0 || at + 1 >= cc->text.len ||
				column_of((cc->x1 + cc->split_x1) / 2, bound, maxv) >=
				column_of((cc->split_x2 + cc->x2) / 2, bound, maxv) ||
				gr_read_number(cc->text.data, at, true, &v) != GR_VALUE ||
				gr_read_number(cc->text.data + at + 1, cc->text.len - at - 1, true, &v) != GR_VALUE)
				continue;
			right = *cc;
			memset(&right.text, 0, sizeof(right.text));
			right.text.max = CLI_MAX_UNZIPPED;
			cli_buf_put(&right.text, cc->text.data + at + 1, cc->text.len - at - 1);
			right.x1 = cc->split_x2;
			right.split = 0;
			cc->text.len = at;
			cc->text.data[at] = '\0';
			cc->x2 = cc->split_x1;
			cc->split = 0;
			x->nvalues -= cc->value;
			classify(cc);
			classify(&right);
			x->nvalues += cc->value + right.value;
			GROW(r->cells, r->ncells, r->capcells);
			if (r->oom)
			{
				free(right.text.data);
				return;
			}
			r->cells[r->ncells++] = right;
			/* the row's list again at the end of the order, with the new cell */
			{
				int			first = r->norder;

				for (int k = 0; k <= x->n && !r->oom; k++)
				{
					GROW(r->order, r->norder, r->caporder);
					if (r->oom)
						return;
					r->order[r->norder++] = k < x->n ? r->order[x->first + k] : -1;
				}
				/* in x order: the new cell right after its left part */
				for (int k = x->n; k > c + 1; k--)
					r->order[first + k] = r->order[first + k - 1];
				r->order[first + c + 1] = r->ncells - 1;
				x->first = first;
				x->n++;
			}
		}
	}
}

/* 4 and 5: table blocks into columns, everything written in the tab layout. */
static void
write_all(pdfreader *r)
{
	cli_buf    *out = r->out;
	int			last_header = -1;	/* the last row of labels only, with two cells or more */

	/* a header repeated at the top of a page, before any value on that page */
	for (int i = 0, page = -1, seen_value = 0; i < r->nbands; i++)
	{
		band	   *b = &r->bands[i];

		if (b->drop)
			continue;
		if (b->page != page)
		{
			page = b->page;
			seen_value = 0;
		}
		if (b->nvalues > 0)
			seen_value = 1;
		else if (b->n >= 2)
		{
			if (!seen_value && last_header >= 0 && r->bands[last_header].page < b->page &&
				same_band(r, b, &r->bands[last_header]))
				b->drop = true;
			else
				last_header = i;
		}
	}

	for (int i = 0; i < r->nbands && !out->failed;)
	{
		band	   *b = &r->bands[i];

		if (b->drop)
		{
			i++;
			continue;
		}
		if (!in_table(b))
		{
			if (b->n == 1)
			{
				cli_buf    *t = &r->cells[r->order[b->first]].text;

				/* a line that starts with a tab would read as a cell */
				cli_buf_put(out, " ", t->len && t->data[0] == '\t');
				cli_buf_put(out, t->data ? t->data : "", t->len);
				cli_buf_putc(out, '\n');
			}
			else
			{
				for (int k = 0; k < b->n; k++)
				{
					cli_buf    *t = &r->cells[r->order[b->first + k]].text;

					put_cell(out, t->data ? t->data : "", t->len);
				}
				cli_buf_putc(out, '\n');
			}
			i++;
			continue;
		}

		/* a block: rows i .. j in the table, dropped rows skipped */
		{
			int			j = i,
						maxv = 0;
			bool		header_cols = false,
						unplaceable;
			float	   *lo,
					   *hi,
					   *bound;

			while (j < r->nbands && (r->bands[j].drop || in_table(&r->bands[j])))
			{
				if (!r->bands[j].drop && r->bands[j].nvalues > maxv)
					maxv = r->bands[j].nvalues;
				j++;
			}
			lo = malloc(sizeof(float) * (size_t) maxv * 3);
			if (lo == NULL)
			{
				r->oom = true;
				return;
			}
			hi = lo + maxv;
			bound = hi + maxv;
			for (int k = 0; k < maxv; k++)
			{
				lo[k] = INFINITY;
				hi[k] = -INFINITY;
			}
			/* the value columns of the fullest rows */
			for (int p = i; p < j; p++)
			{
				band	   *x = &r->bands[p];
				int			k = 0;

				if (x->drop || x->nvalues != maxv)
					continue;
				for (int c = 0; c < x->n; c++)
				{
					cell	   *cc = &r->cells[r->order[x->first + c]];

					if (!cc->value)
						continue;
					if (cc->x1 < lo[k])
						lo[k] = cc->x1;
					if (cc->x2 > hi[k])
						hi[k] = cc->x2;
					k++;
				}
			}
			for (int k = 0; k + 1 < maxv; k++)
				bound[k] = hi[k] <= lo[k + 1] ? (hi[k] + lo[k + 1]) / 2
					: ((lo[k] + hi[k]) / 2 + (lo[k + 1] + hi[k + 1]) / 2) / 2;
			if (maxv > 0)
				bound[maxv - 1] = INFINITY;

			/*
			 * When the header above has more leaf cells over the values than
			 * the fullest row has values (every row has a blank), the
			 * header's leaves are the columns: the cells of the rows of
			 * labels just above the block, over the value columns, with no
			 * other header cell below them (行政复议 over its five results).
			 */
			if (maxv > 0)
			{
				float		left = lo[0] - r->bands[i].h,
							labels_end = -INFINITY;

				/*
				 * Where the labels end: a header leaf over a blank column
				 * left of every value still counts (上一年项目数量 over a
				 * row that has only 本年增/减).
				 */
				for (int p = i; p < j; p++)
					for (int c = 0; !r->bands[p].drop && c < r->bands[p].n; c++)
					{
						cell	   *cc = &r->cells[r->order[r->bands[p].first + c]];

						if (!cc->value && cc->x2 <= lo[0] && cc->x2 > labels_end)
							labels_end = cc->x2;
					}
				if (labels_end > -INFINITY && labels_end < left)
					left = labels_end;
				int			cand[256],
							nc = 0,
							nh = 0;
				float		centre[256];

				for (int hb = i - 1, rowsup = 0; hb >= 0 && rowsup < 4; hb--)
				{
					band	   *x = &r->bands[hb];

					if (x->drop)
						continue;
					if (x->nvalues > 0 || x->n < 2)
						break;
					rowsup++;
					/* a header row's first cell heads the labels (信息内容) */
					for (int c = labels_end > -INFINITY ? 1 : 0; c < x->n && nc < 256; c++)
						if (r->cells[r->order[x->first + c]].x1 >= left)
							cand[nc++] = r->order[x->first + c];
				}
				for (int a = 0; a < nc && nh < 256; a++)
				{
					cell	   *A = &r->cells[cand[a]];
					bool		leaf = true;

					for (int b2 = 0; b2 < nc && leaf; b2++)
					{
						cell	   *B = &r->cells[cand[b2]];
						float		bc = (B->x1 + B->x2) / 2;

						if (b2 != a && B->y1 > A->y1 + 0.5f * A->h && bc > A->x1 && bc < A->x2)
							leaf = false;
					}
					if (leaf)
						centre[nh++] = (A->x1 + A->x2) / 2;
				}
				/*
				 * The form's tables have 1 to 3 value columns (section 2), 7
				 * (section 3) or 15 (section 4): a header with another count
				 * was not read as it is (a leaf split in two).  And the header
				 * is wrong if it puts two values of a full row in one column.
				 */
				if (nh != 15 && nh != 7 && nh > 4)
					nh = 0;
				if (nh > maxv)
				{
					for (int a = 1; a < nh; a++)
					{
						float		v = centre[a];
						int			b2 = a - 1;

						while (b2 >= 0 && centre[b2] > v)
						{
							centre[b2 + 1] = centre[b2];
							b2--;
						}
						centre[b2 + 1] = v;
					}
					for (int p = i; p < j && nh > maxv; p++)
					{
						band	   *x = &r->bands[p];
						int			prev = -1;

						if (x->drop || x->nvalues != maxv)
							continue;
						for (int c = 0; c < x->n; c++)
						{
							cell	   *cc = &r->cells[r->order[x->first + c]];
							float		xc = (cc->x1 + cc->x2) / 2;
							int			k = 0;

							if (!cc->value)
								continue;
							while (k < nh - 1 && xc > (centre[k] + centre[k + 1]) / 2)
								k++;
							if (k <= prev)
							{
								nh = 0;	/* not these columns */
								break;
							}
							prev = k;
						}
					}
				}
				if (nh > maxv)
				{
					float	   *nlo = malloc(sizeof(float) * (size_t) nh * 3);

					if (nlo == NULL)
					{
						free(lo);
						r->oom = true;
						return;
					}
					/* left to right */
					for (int a = 1; a < nh; a++)
					{
						float		v = centre[a];
						int			b2 = a - 1;

						while (b2 >= 0 && centre[b2] > v)
						{
							centre[b2 + 1] = centre[b2];
							b2--;
						}
						centre[b2 + 1] = v;
					}
					free(lo);
					lo = nlo;
					maxv = nh;
					hi = lo + maxv;
					bound = hi + maxv;
					for (int k = 0; k < maxv; k++)
						lo[k] = hi[k] = centre[k];
					for (int k = 0; k + 1 < maxv; k++)
						bound[k] = (centre[k] + centre[k + 1]) / 2;
					bound[maxv - 1] = INFINITY;
					lo[0] = left + (left == labels_end ? 1 : r->bands[i].h);
					header_cols = true;
				}
			}

			split_overflow(r, i, j, maxv, bound);

			/*
			 * Six values at most and no header to place them by: rows of
			 * section 3 (seven columns) that each have a blank cell, and
			 * where it is cannot be told.  The rows are written with their
			 * labels only, so the reader leaves their cells null (missing)
			 * rather than put the values in the wrong columns.  (Fourteen of
			 * the appeals table's fifteen are left to the reader, which
			 * places them by the table's totals.)
			 */
			unplaceable = !header_cols && maxv == 6;
			for (int p = i; p < j && !out->failed; p++)
			{
				band	   *x = &r->bands[p];
				int		   *slot;

				if (x->drop)
					continue;
				slot = malloc(sizeof(int) * (size_t) maxv);
				if (slot == NULL)
				{
					r->oom = true;
					break;
				}
				for (int k = 0; k < maxv; k++)
					slot[k] = -1;
				for (int c = 0; c < x->n; c++)
				{
					int			ci = r->order[x->first + c];
					cell	   *cc = &r->cells[ci];
					float		xc = (cc->x1 + cc->x2) / 2;

					/* labels: not values and left of the first value column */
					if (!cc->value && !(maxv > 0 && cc->x1 >= lo[0] - 1))
					{
						put_cell(out, cc->text.data ? cc->text.data : "", cc->text.len);
						continue;
					}
					if (unplaceable)
						continue;
					{
						int			k = 0;

						while (k < maxv - 1 && xc > bound[k])
							k++;
						if (x->nvalues == maxv && !header_cols)
						{
							/* a full row: its values in order */
							k = 0;
							while (k < maxv && slot[k] >= 0)
								k++;
							if (k == maxv)
								k = maxv - 1;
						}
						if (slot[k] >= 0)
						{
							/* two pieces in one column: one cell */
							cell	   *a = &r->cells[slot[k]];

							cli_buf_putc(&a->text, ' ');
							cli_buf_put(&a->text, cc->text.data ? cc->text.data : "", cc->text.len);
						}
						else
							slot[k] = ci;
					}
				}
				for (int k = 0; k < maxv && !unplaceable; k++)
				{
					if (slot[k] >= 0)
					{
						cli_buf    *t = &r->cells[slot[k]].text;

						put_cell(out, t->data ? t->data : "", t->len);
					}
					else
						put_cell(out, "", 0);
				}
				cli_buf_putc(out, '\n');
				free(slot);
			}
			free(lo);
			i = j;
		}
	}
}

static void
reader_free(pdfreader *r)
{
	for (int i = 0; i < r->ncells; i++)
		free(r->cells[i].text.data);
	free(r->cells);
	free(r->order);
	free(r->bands);
}

bool
cli_pdf_text(const char *data, size_t len, cli_buf *out, char *err, size_t errlen)
{
	int			error;
	pdfdoc	   *doc = pdfdoc_open(data, len, &error);
	pdfreader	r;
	int			npages,
				nread;

	if (doc == NULL)
	{
		if (error == PDFDOC_ENCRYPTED)
			snprintf(err, errlen, "an encrypted PDF that needs a password to open: "
					 "ask its publisher for an open copy, or open it with the password and print it to a new PDF");
		else
			snprintf(err, errlen, "a damaged or truncated PDF: download it again, or open it in a "
					 "PDF viewer and print it to a new PDF");
		return false;
	}
	npages = pdfdoc_pages(doc);
	nread = npages < CLI_MAX_PDF_PAGES ? npages : CLI_MAX_PDF_PAGES;
	memset(&r, 0, sizeof(r));
	r.out = out;
	for (int i = 0; i < nread && !r.oom; i++)
		read_page(&r, doc, i);
	pdfdoc_close(doc);
	if (npages == 0)
	{
		snprintf(err, errlen, "a PDF without pages");
		reader_free(&r);
		return false;
	}
	if (r.ncells == 0 && !r.oom)
	{
		snprintf(err, errlen, "a PDF without text (%d page%s of images: a scanned report); run OCR on it "
				 "(e.g. ocrmypdf or tesseract) and read the result", npages, npages == 1 ? "" : "s");
		reader_free(&r);
		return false;
	}
	if (!r.oom)
		write_all(&r);
	reader_free(&r);
	if (r.oom || out->failed)
	{
		snprintf(err, errlen, "a PDF whose text is over %zu MB or out of memory", CLI_MAX_UNZIPPED >> 20);
		return false;
	}
	if (npages > nread)
		fprintf(stderr, "%s: warning: a PDF of %d pages: only the first %d were read\n",
				cli_progname, npages, nread);
	return true;
}
