/*
 * rows_pdf.h — the pdftotext row stage (internal): table rows assembled
 * from pdftotext -layout lines, whose label cells wrap over several lines
 * in several columns at once, and section 3's columns by position.
 *
 * The stage reads the token stream line by line beside the form-driven
 * matcher (parse.c), which it reaches only through gr_pdf_matcher: which
 * table is being read, the open row, reading a text as a label, closing a
 * row, giving it a value, dropping a stored row.  Its own state is
 * gr_pdf_rows.  Bounded work per token: GR_PDF_SLOTS label cells of
 * GR_PDF_CAP bytes, one held line of values; no allocation.
 *
 * Columns by position:
 * pdftotext -layout prints an empty cell as spaces only, so a row of
 * section 3 may come with fewer figures than columns.  Which cell was
 * empty shows only in where the figures stand: each full row gives the
 * middles of its seven columns, and a short row's figures are put under
 * the nearest ones.  The state is the column layouts seen so far (a long
 * label pushes a row's figures right, so there may be several).
 */
#ifndef GR_ROWS_PDF_H
#define GR_ROWS_PDF_H

#include "gr.h"
#include "scan.h"

#define GR_PDF_REFS 24			/* column layouts kept (a table's rows' worth) */
#define GR_PDF_CANDS 8			/* placements of a short row considered */
#define GR_PDF_MAXCOLS 15
#define GR_PDF_SLOTS 4			/* label columns followed at once */
#define GR_PDF_RECENT 8			/* lines a wrapped label's parts stay together */
#define GR_PDF_CAP 256			/* folded label text (the parser's FOLD_CAP) */
#define GR_PDF_INCOMPLETE (-1)	/* a label cell with no label read yet */
#define GR_PDF_DONE (-2)		/* a header word or group: read, no values */

typedef struct gr_pdf_cols
{
	int			ref[GR_PDF_REFS][GR_PDF_MAXCOLS];	/* twice the columns' middles */
	int			ncols[GR_PDF_REFS];
	int			nrefs;
	bool		lost;			/* a layout was not kept: no short row is placed */
} gr_pdf_cols;

/*
 * Twice the display column of the middle of t in its line (CJK and
 * full-width forms two columns each): no rounding; -1 when t stands too
 * far into its line to say.
 */
int			gr_pdf_mid(const gr_toks *ts, const gr_tok *t);

/* A full row of n cells whose middles are mids: keep its layout. */
void		gr_pdf_cols_full(gr_pdf_cols *s, const int *mids, int n);

/*
 * A short row: the ways its n values (from their middles) can stand under
 * ncols columns.  A long label pushes a row's figures right by as much as
 * it overruns its column, so a kept layout is tried at every shift: each
 * value within two display columns of a column of its own, in order.
 * The distinct placements (the column of each value) go into
 * cand[k * GR_PDF_MAXCOLS …]; returns how many, up to GR_PDF_CANDS, or -1
 * when there are more, or when a layout was not kept (one not kept could
 * place them otherwise).
 */
int			gr_pdf_cols_cands(const gr_pdf_cols *s, const int *mids, int n, int ncols,
							  int *cand);

/*
 * A short row placed by position only: true, and the column of each
 * value in col, when gr_pdf_cols_cands finds exactly one placement.
 */
bool		gr_pdf_cols_place(const gr_pdf_cols *s, const int *mids, int n, int ncols,
							  int *col);

/*
 * Text laid out with spaces that is not a PDF's (w3m: a table's rows are
 * not pushed right by their labels): the columns of the first three
 * layouts and the newest as they stand, each value within three display
 * columns of a column of its own, in order, and no two layouts placing
 * them differently.
 */
bool		gr_pdf_cols_near(const gr_pdf_cols *s, const int *mids, int n, int ncols,
							 int *col);


/*
 * A label cell of a pdftotext table being read over several lines: its
 * display column, its folded text so far, and the row it opened.
 */
typedef struct gr_pdf_slot
{
	bool		used;
	int			x;
	int			row;			/* GR_PDF_INCOMPLETE, GR_PDF_DONE or the row it opened */
	int			line;			/* line number of its last part */
	size_t		len;
	char		text[GR_PDF_CAP];
} gr_pdf_slot;

/* The matcher's open row, as the stage sees it (section -1: none open). */
typedef struct gr_pdf_open
{
	int			section;		/* GR_SEC_ACTIVE, GR_SEC_REQUESTS or -1 */
	int			row;
	int			n;				/* values it has */
	bool		group;			/* a group label: values optional */
} gr_pdf_open;

/*
 * What the stage needs from the matcher.  ctx is passed back to each.
 */
typedef struct gr_pdf_matcher
{
	void	   *ctx;
	/* the table whose rows are being read: GR_SEC_ACTIVE, GR_SEC_REQUESTS, or -1 */
	int			(*table) (void *ctx);
	gr_pdf_open (*open) (void *ctx);
	/* the row folded text f would open, without opening it; -1 none */
	int			(*row_of) (void *ctx, const char *f);

	/*
	 * Read f (folded text of t, or of t joined to the cell it continues)
	 * as a label: 0 not one, 1 read without a row to fill (a header word,
	 * a group), 2 opened a row.  detach: the open leaf (no values yet)
	 * stands to the right of f, so an outer label met beside it must not
	 * close it (it is closed only if f opens another row).
	 */
	int			(*read_label) (void *ctx, const gr_tok *t, const char *f, size_t fl, bool detach);
	void		(*close_row) (void *ctx);
	void		(*add_value) (void *ctx, const gr_tok *t);
	/* a section 3 row already stored: its cells become missing */
	void		(*drop_row) (void *ctx, int row);
	bool		(*is_value) (const gr_tok *t);	/* a number or a placeholder */
	const char *(*after_numbering) (const char *f);	/* f past 1. （三） 三、 */
	gr_state	(*state) (const gr_tok *t);
	/* a row's total is the sum of the n cells before it (or cannot be told) */
	bool		(*sums_across) (const gr_tok *const *cells, int n);
} gr_pdf_matcher;

/*
 * The stage's state.  The matcher reads pdf, ln_pdf, ln_seq, ln_vals,
 * frag_line and done_row/done_line, and sets done_row/done_line when it
 * stores a section 3 row read from these lines.
 */
/*
 * A line of section 3's -layout text holding values: its values in the
 * order printed (up to GR_PDF_LINE_VALS; nv counts them all).
 */
#define GR_PDF_LINES 64			/* lines of values kept (a table's rows' worth and more) */
#define GR_PDF_LINE_VALS 8
typedef struct gr_pdf_vline
{
	const gr_tok *v[GR_PDF_LINE_VALS];
	int			nv;
} gr_pdf_vline;

typedef struct gr_pdf_rows
{
	const gr_pdf_matcher *m;
	const gr_toks *ts;
	bool		pdf;			/* a label and its values met on one split line */
	int			pdf_table;		/* in which table (gr_section) */
	bool		ln_started;
	size_t		ln_lstart;
	int			ln_no;
	bool		ln_pdf;			/* this line is read as a pdftotext row */
	bool		ln_vals;		/* its values have begun */
	bool		ln_hold;		/* they are held */
	int			ln_nv;			/* figures on this line (section 3) */
	int			ln_seq;			/* lines, counting an empty line as two: adjacent lines differ by one */
	int			frag_line;		/* the last line of section 3 with a wrapped figure's part */
	int			done_row;		/* the last section 3 row stored from these lines, -1 none */
	int			done_line;		/* the line of its last values */
	size_t		x_off;			/* display column cache within the line */
	int			x_col;
	int			cur_x;			/* the column of the label that opened the open row */
	int			slot_sect;		/* the table the cells in progress are in */
	gr_pdf_slot slot[GR_PDF_SLOTS];
	const gr_tok *held[GR_PDF_MAXCOLS];
	int			nheld;
	int			held_slot;
	gr_pdf_cols cols;			/* section 3's columns by position */

	/*
	 * Text from a PDF read without -layout (pdftotext's default, -raw):
	 * the tokens that opened a row (a group's label aside) or a section
	 * (gr_pdf_mark), so that a row's values can be checked to be the ones
	 * between its label and the next (gr_pdf_block_exact).
	 */
	bool		paged;			/* gr_pdf_keep_marks was called: a PDF's text */
	uint8_t    *mark;			/* per token; NULL: not kept */

	/*
	 * and section 3's values in the order printed (gr_pdf_stream), to be
	 * placed by the form's order when they are exactly its rows' worth
	 */
	const gr_tok **stream;
	int			nstream;
	int			capstream;
	bool		overflow;		/* more values than any form has */

	/*
	 * Section 3's -layout lines of values, in the order printed
	 * (gr_pdf_layout_value), for gr_pdf_layout_fill.
	 */
	gr_pdf_vline vline[GR_PDF_LINES];
	int			nvlines;
	bool		vlines_lost;	/* more lines than kept: none is read so */
} gr_pdf_rows;

void		gr_pdf_init(gr_pdf_rows *st, const gr_toks *ts, const gr_pdf_matcher *m);

/* A row break or the end of a source line. */
void		gr_pdf_line_end(gr_pdf_rows *st);

/* Token i of a table's text (not a row break): a new line is judged first. */
void		gr_pdf_token(gr_pdf_rows *st, size_t i);

/* A label field of a pdftotext row (text before the line's values). */
void		gr_pdf_label(gr_pdf_rows *st, const gr_tok *t, const char *f, size_t fl);

/*
 * A label field of section 3 that holds two label cells parted by one
 * space, where pdftotext -layout left no wider gap between a narrow group
 * column and the leaf column beside it ("（六） 1.申请人无正当理由逾",
 * then "其他处 期不补正、行政机关不"): the byte offset in t->s where the
 * second cell begins, or 0 to read the field whole.  It is cut when the
 * text after the space begins with a group's first leaf's numbering ("1.")
 * and the text before it is a whole group head in parentheses ("（六）",
 * not a wrapped "（三"; a head beside a later leaf is centred over the
 * group's lines and is left to the cells' columns), or when it begins in the column of a label cell in
 * progress other than the field's own.
 */
size_t		gr_pdf_split(gr_pdf_rows *st, const gr_tok *t);

/*
 * A value of a pdftotext row (or a word among values): true when held for
 * an incomplete label or dropped as a page number (the matcher then does
 * not take it).
 */
bool		gr_pdf_value(gr_pdf_rows *st, size_t i);

/*
 * A section 3 row of n cells read from pdftotext -layout lines: a full
 * row keeps its columns' middles (false); a short one (an empty cell
 * printed as spaces) has its cells put under the columns: true, cells
 * rewritten (NULL where nothing stands) and *n the cells up to the last
 * placed one; or, when that is not unambiguous, *n = 0 and false.  In a
 * PDF's text (paged) a row is placed when gr_pdf_cols_cands finds exactly
 * one placement and the row's own gaps agree with it (a gap over an empty
 * column wider by a third than every other, or none half as wide again as
 * another); in other text by gr_pdf_cols_near.
 */
bool		gr_pdf_place_short(gr_pdf_rows *st, const gr_tok **cells, int *n, int ncols);

/*
 * Paged text (a PDF's, pages parted by form feeds) whose rows are not read
 * from -layout lines: labels may stand away from their values (printed
 * before or after them, group labels gathered after the table).  A row's
 * values are certain only when they are exactly the value tokens between
 * its label (token label_i) and the next token that opened a row or a
 * section: gr_pdf_block_exact says so of its n cells
 * (cells not in the text, such as an empty cell inferred from an empty
 * line, and words are passed over).  One more row's worth after them
 * (adding up across) is allowed before a label with values of its own
 * when prev_before: the row before this one in the form was read from
 * cells that all stand before its label, so those values are a later
 * row's.  The marks are kept only for paged text (gr_pdf_paged); without
 * them every row is exact.
 */
bool		gr_pdf_paged(const char *text, size_t len);
void		gr_pdf_keep_marks(gr_pdf_rows *st, uint8_t *mark, const gr_tok **stream, int cap);
#define GR_PDF_MARK_ROW 1		/* token i opened a row */
#define GR_PDF_MARK_SECTION 2	/* or a section */
#define GR_PDF_MARK_PART 3		/* opened a row that a later token opened again */
void		gr_pdf_mark(gr_pdf_rows *st, size_t i, int kind);

/*
 * Once the table is read: a token that opened a row but is not the label
 * of any row stored (labels: the label tokens of the n rows stored, -1
 * none) is marked GR_PDF_MARK_PART — a part of a label whose whole opened
 * the row again on a later line.
 */
void		gr_pdf_settle_marks(gr_pdf_rows *st, const int *labels, int n);
bool		gr_pdf_block_exact(const gr_pdf_rows *st, int label_i,
							   const gr_tok *const *cells, int n, bool prev_before);

/*
 * The values (numbers, placeholders) between token label_i and the
 * nearest marked token before it (dir < 0) or after it (dir > 0); *kind
 * is that token's mark, 0 when none is met before the text's end.
 */
int			gr_pdf_values_near(const gr_pdf_rows *st, int label_i, int dir, int *kind);

/*
 * A value of section 3 in paged text, not on a -layout line: kept in the
 * order printed.
 */
void		gr_pdf_stream(gr_pdf_rows *st, const gr_tok *t);

/*
 * pdftotext without -layout prints a table's labels and values in the
 * order its PDF holds them: a label before or after its row's values, the
 * group labels gathered after the table, a header row repeated after a
 * page break — but the values themselves in the form's order, an empty
 * cell often not at all.  So the stream is read as nrows rows of ncols
 * (the form's rows that hold values) with up to GR_PDF_GAPS cells not
 * printed, each row adding up across (its last cell the sum of the
 * others): every way of doing so is considered, and a row is certain
 * (certain[r], its cells in cells[r * ncols …], an unprinted cell
 * gr_para_empty) when all of them give it the same cells.  Returns the
 * rows made certain, or -1 when no way reads the stream at all.
 */
#define GR_PDF_GAPS 1
#define GR_PDF_ORDER_ROWS 32
int			gr_pdf_by_order(const gr_pdf_rows *st, int nrows, int ncols,
							const gr_tok **cells, bool *certain);

/*
 * The same on the nv values from stream[first]: the rows between two rows
 * whose labels placed them (anchors), filled by the form's row sizes.
 */
int			gr_pdf_by_order_part(const gr_pdf_rows *st, int first, int nv, int nrows,
								 int ncols, const gr_tok **cells, bool *certain);

/*
 * The matcher's sums_across for a short row placed by position, whose
 * cells not placed (NULL) are the empty ones.
 */
bool		gr_pdf_sums_across(const gr_pdf_rows *st, const gr_tok *const *cells, int n);

/*
 * A value of section 3 met on a -layout line (ln_pdf): counted in ln_nv,
 * and, when keep (the table not yet ended), kept with its line's others.
 */
void		gr_pdf_layout_value(gr_pdf_rows *st, const gr_tok *t, bool keep);

/*
 * Section 3 of -layout text, after the pass: rows whose labels did not
 * place them (a long label wrapped around its figures, a label read into
 * no row) between rows whose labels did.  pdftotext -layout prints each
 * row's figures on one line, and the rows top to bottom in the form's
 * order, so the lines of values between two rows placed (anchors) are the
 * rows between them — when there are exactly as many lines as rows, each
 * holding ncols values or one or two fewer (an empty cell printed as
 * spaces).  A line of ncols counts adding up across (its last the sum of
 * the others) fills its row; any other is its row's line, the row left
 * unread.  A line holding only a lone figure with an empty line or a
 * page's start before it is a page number and is passed over; any other
 * line (a figure wrapped over two lines) leaves its stretch unread.
 *
 * nrows: the form's rows holding values; line_of[k]: the index in
 * st->vline of anchor k's line, -1 for a row not read at all, -2 for a
 * row read otherwise (a stretch holding one is left alone).  Anchors must
 * stand in increasing lines.  Fills cells[k * ncols …] and sets
 * certain[k] for each row so read; returns how many, or -1 when the
 * anchors are out of order.
 */
int			gr_pdf_layout_fill(const gr_pdf_rows *st, int nrows, int ncols, const int *line_of,
							   const gr_tok **cells, bool *certain);

/* The index in st->vline of the line holding token t; -1 none. */
int			gr_pdf_layout_line(const gr_pdf_rows *st, const gr_tok *t);

#endif
