/*
 * rows_para.h — the paragraph stage of row assembly (internal).
 *
 * Some extractors print a table one cell per paragraph: lynx -dump of a
 * table whose cells hold <p>, pdftotext with no options.  Every cell stands
 * alone on its line (centred with spaces) and is followed by an empty
 * line; an empty cell is only one more empty line.  The matcher opens a row
 * at its label as in any layout; this stage decides, for the open row,
 * whether an empty line ends it, how many empty cells stand before a value,
 * and whether a row that ended short can be placed at all.  It also splits
 * a line of values that a converter joined with single spaces ("-15 13").
 */
#ifndef GR_ROWS_PARA_H
#define GR_ROWS_PARA_H

#include "scan.h"

typedef struct gr_para
{
	bool		whole;			/* every token of the open row is plain text */
	bool		crossed;		/* the open row went on past an empty line, or
								 * joined values on a line (lynx, pdftotext -raw) */
	int			breaks;			/* empty lines since the row's last cell */
	int			rows;			/* rows read as paragraphs in this document */
	/*
	 * Word's text (docx2txt, LibreOffice's text export) prints a table one
	 * cell per line with no empty line between cells; an empty cell is one
	 * empty line, and a row's last empty cell merges into the empty lines
	 * that end the row.  The document is tight once a full section 3 row
	 * (seven values) stood on consecutive lines; from then on each empty line inside a row is one
	 * empty cell, and a row whose every cell came so is exact.
	 */
	bool		tight;			/* the document prints cells on consecutive lines */
	bool		nogap;			/* the open row: every value on the line after the token before */
	bool		exact;			/* the open row: read tight, each cell placed by its line */
	int			texts;			/* the open row: text tokens since its label */
	int			nvals;			/* the open row: values given to it */
	/*
	 * Word's text of a table whose empty cells hold a space or a no-break
	 * space (a centred paragraph padded by docx2txt, LibreOffice's NBSP):
	 * an empty cell is a line of white space only, the row still ends at a
	 * truly empty line.  Such lines are cells of their own.
	 */
	bool		spaced;			/* the open row took lines of white space as cells */
	/*
	 * lynx's one cell per paragraph: the open row's every value came after
	 * one empty line or more (each further one an empty cell), none on the
	 * line of the token before it.
	 */
	bool		paras;
} gr_para;

/*
 * Is ts->t[i] plain text (a line, or its part split off by
 * gr_para_prepare), not an explicit cell (tab, pipe, <td>, a field after a
 * wide gap)?  Only rows of plain tokens are read as paragraphs.
 */
static inline bool
gr_para_plain(const gr_toks *ts, size_t i)
{
	return ts->t[i].kind == GR_TOK_LINE;
}

/* A row was opened by a label; whole: the label is plain text. */
static inline void
gr_para_open(gr_para *s, bool whole)
{
	s->whole = whole;
	s->crossed = false;
	s->breaks = 0;
	s->nogap = true;
	s->exact = whole;
	s->texts = 0;
	s->nvals = 0;
	s->spaced = false;
	s->paras = whole;
}

/* A text token while a row is open (counted before it is read). */
static inline void
gr_para_text(gr_para *s)
{
	s->texts++;
}

/*
 * The open row ends with n of its ncols cells, read exact (allowed: the
 * text tokens that may stand after its label, 1 when the row is closed by
 * the next label): the cells not printed are its last ones, since an empty
 * cell before a value is an empty line of its own.  True when the row's one
 * missing cell is its last one.
 */
static inline bool
gr_para_exact_short(const gr_para *s, int n, int ncols, int allowed)
{
	return s->tight && s->exact && s->texts <= allowed && n > 0 && n == ncols - 1;
}

/*
 * Section 2 read tight: the open row ends one cell short (a row of one
 * cell with none), closed by text after exactly one empty line — that
 * line is its last cell, empty.  More empty lines than that are not this
 * row's alone: missing.
 */
static inline bool
gr_para_exact_last(const gr_para *s, int n, int ncols, int gap)
{
	return s->tight && s->exact && s->whole && s->texts <= 1 && n == ncols - 1 && gap == 1;
}

/*
 * The open row, read one cell per paragraph with n of its ncols cells,
 * is closed by a label after gap empty lines: true when the one cell
 * missing is its last, an empty cell printed as one more empty line (lynx
 * on <p>&nbsp;</p>: each cell a paragraph, an empty one an empty line) —
 * two empty lines before the label where one ends a cell.  That last cell
 * is the total: the caller places it only when the others are all 0
 * (gr_para_all_zero), the one way such a row adds up.
 */
static inline bool
gr_para_trailing_empty(const gr_para *s, int n, int ncols, int gap)
{
	return !s->tight && s->whole && s->paras && s->texts <= 1 && n > 0 && n == ncols - 1 &&
		gap == 2;
}

/*
 * Are cells[0..n) all 0 or empty (placeholders included)?  A row whose
 * total is empty adds up only so.
 */
bool		gr_para_all_zero(const gr_tok *const *cells, int n);

/* The open row, full, was read exact: every cell placed by its own line. */
static inline bool
gr_para_exact_full(const gr_para *s, int n, int ncols, int allowed)
{
	return s->tight && s->exact && s->texts <= allowed && n == ncols;
}

/*
 * A break (empty lines, or the end of a line the scanner split at a
 * centred cell's indent) while a row with n of its ncols cells is open:
 * true when the row goes on (it is read one cell per paragraph).
 */
static inline bool
gr_para_break(const gr_para *s, int n, int ncols)
{
	return s->whole && n < ncols;
}

/*
 * The count of empty lines between the line that ended at prev_lend and
 * t's line (the scanner keeps one break for a run of them).  Linear in the
 * gap: each byte of the text is looked at once over a document.
 */
int			gr_para_gap(const gr_toks *ts, size_t prev_lend, const gr_tok *t);

/*
 * The lines of white space only (spaces, tabs, no-break and ideographic
 * spaces; not empty) that follow the line ending at prev_lend, up to the
 * first empty line or t's line; *all is set when no empty line stands
 * between the two lines at all, *tail to the count of such lines right
 * before t's line (after the last empty line).  Linear in the gap, like
 * gr_para_gap.
 */
int			gr_para_spaced(const gr_toks *ts, size_t prev_lend, const gr_tok *t, bool *all,
						   int *tail);

/*
 * A value for the open row (whole: plain text; gap: empty lines before it;
 * joined: it shares its line with the token before it): the count of
 * empty cells that stand before it, at most room.
 */
int			gr_para_value(gr_para *s, bool whole, int gap, bool joined, int room);

/*
 * The open row ends with n of its ncols cells: false when it was read as
 * paragraphs or joined values and is short — an empty cell was not printed
 * (pdftotext, lynx on <p></p> or <td></td>), so which cell is missing is
 * not known and none of the row's values can be placed.  Once a document
 * has shown one such row, every short row of it is treated so.
 */
static inline bool
gr_para_placeable(const gr_para *s, int n, int ncols)
{
	/* a row that took white-space lines as cells is placed only when whole */
	if (s->spaced && n > 0 && n < ncols)
		return false;
	/* once a document has shown such rows, its other short rows are not trusted either */
	return !(n > 0 && n < ncols && ((s->whole && s->crossed) || s->rows > 0));
}

/*
 * Before the matcher: a plain line that ends in values joined by single
 * spaces ("三、本年度办理结果 （一）予以公开 0 0 6 5 0", lynx on a table
 * without <p> in its cells; "-15 13") becomes its text and one token per
 * value, on the same line.  No allocation when no line is split.
 */
void		gr_para_prepare(gr_toks *ts, const gr_mem *m);

/*
 * Word's text, seen before the matcher reads it: true when somewhere a line
 * of text is followed by exactly seven values, each alone on the line
 * right after the one before, and then by text on the next line — a full
 * row of section 3 printed one cell a line with nothing between (docx2txt,
 * LibreOffice's text export).  The matcher otherwise learns this only at
 * such a row, after section 2 is read; knowing it first, section 2's rows
 * read their empty lines as empty cells too.  is_value tells a value
 * token.  Linear in the tokens.
 */
bool		gr_para_tight_ahead(const gr_toks *ts, bool (*is_value) (const gr_tok *));

/*
 * The appeals table's values read short, vals[0..n) of its fifteen cells
 * in order: out[15] gets each cell of the groups whose placing is certain
 * whichever cells were not printed (an inserted empty cell is
 * &gr_para_empty), NULL for the others.
 */
void		gr_para_appeals_short(const gr_tok *const *vals, int n, const gr_tok **out);

/*
 * Section 3 read in revision f, rows whose empty cells were not printed
 * placed by the balance identities: known[r] the cells stored for row r
 * when have[r] (read whole); for a row read short and not stored, its
 * values in the order printed, vals[r][0..nvals[r]); bare[r] (with
 * nvals[r] 0): the row's label stood with no figure at all.  out[r][c]
 * gets each cell of a short or bare row that every assignment of the
 * figures to columns satisfying the identities (across, the total row,
 * the flow) gives the same token (&gr_para_empty for an empty cell), NULL
 * for the others.  Returns the rows with a cell placed; -1 when the search
 * went past its bound (none placed).  Bounded work and memory a call
 * (rows_para.c: RQ_MAX_WORK steps, RQ_MAX_STATES partial sums), from m.
 */
int			gr_para_requests_short(gr_form f, const gr_cell (*known)[GR_RC_COUNT],
								   const bool *have, const bool *bare,
								   const gr_tok *const (*vals)[GR_RC_COUNT],
								   const int *nvals, const gr_tok *(*out)[GR_RC_COUNT],
								   const gr_mem *m);

/*
 * After gr_para_prepare: a line of section 3's values joined by single
 * spaces whose wider gaps (three spaces, five …) stand for empty cells
 * (lynx on a cell holding &nbsp;) gets an empty cell in each, when the
 * line then holds exactly a row's cells and adds up across.  No
 * allocation when none is put.
 */
void		gr_para_gaps(gr_toks *ts, const gr_mem *m);

/*
 * Does the table whose first line holds ts->t[i] print its cells one per
 * paragraph: is the first value after it (is_value) alone on its line,
 * after an empty line?  Looks at most a few hundred tokens ahead, once a
 * table.
 */
bool		gr_para_table_ahead(const gr_toks *ts, size_t i, bool (*is_value) (const gr_tok *));

/* The empty cell this stage inserts. */
extern const gr_tok gr_para_empty;

#endif
