/*
 * scan.h — the token stream between the scanner and the matcher (internal).
 */
#ifndef GR_SCAN_H
#define GR_SCAN_H

#include "gr.h"

typedef enum gr_tokkind
{
	GR_TOK_BREAK = 0,			/* end of a table row, or a blank line */
	GR_TOK_CELL = 1,			/* an explicit cell: tab line, pipe cell, <td> */
	GR_TOK_LINE = 2				/* a plain line (or the label field of a row) */
} gr_tokkind;

/*
 * 40 bytes: lengths and offsets are 32-bit (gr_scan reads at most the first
 * 4 GB of a text; a text in the server is at most 1 GB).
 */
/*
 * What a bordered C html2text row's column shows of its cell: its whole
 * text (the cell is read though its line holds broken characters), or a
 * true beginning of it, cut by the border (enough to name a row by, not
 * to read a number from).
 */
enum
{
	GR_H2C_NONE = 0,
	GR_H2C_WHOLE = 1,
	GR_H2C_PREFIX = 2,
	GR_H2C_EMPTY = 3			/* an empty cell, its column all underline */
};


typedef struct gr_tok
{
	const char *s;				/* trimmed text */
	uint32_t	len;
	uint32_t	lstart,
				lend;			/* the source line, offsets into the text */
	uint8_t		kind;
	uint8_t		nstate;			/* 0: not read yet; else 1 + gr_state of num */
	uint8_t		joined;			/* s is tok_append's copy, with join_room of room */
	uint8_t		span_copy:1,	/* an HTML cell's copy for a column it spans */
				h2c_own:2;		/* C html2text: GR_H2C_* (h2c_own_text) */
	gr_cell		num;			/* the token read as a number, decimals allowed */
} gr_tok;

/* Is t a C html2text cell shown whole, or shown empty (GR_H2C_*)? */
static inline bool
gr_toks_h2c_shown(const gr_tok *t)
{
	return t != NULL && (t->h2c_own == GR_H2C_WHOLE || t->h2c_own == GR_H2C_EMPTY);
}

typedef struct gr_toks
{
	gr_tok	   *t;
	size_t		n,
				cap;
	const char *text;			/* what lstart/lend index */
	size_t		len;
	size_t		budget;			/* bytes left for tokens and joined text */
	size_t		first;			/* slots of the first token array */
	bool		full;			/* budget spent: the scan stopped there */
	/*
	 * The text is laid out by bytes (C html2text): a table line held a
	 * broken character (an invalid UTF-8 sequence or U+FFFD, where it cut
	 * a character to a column's width in bytes), or a table stood under
	 * its " ____" rule.  declined: the start offsets of the lines with a
	 * broken character, ascending.  See gr_toks_declined.
	 */
	bool		bytewidth;
	uint32_t   *declined;
	size_t		ndeclined,
				declcap;
} gr_toks;

/*
 * Is t one of ts's tokens (not NULL, nor a token made elsewhere, such as a
 * stage's empty cell)?
 */
static inline bool
gr_toks_holds(const gr_toks *ts, const gr_tok *t)
{
	return ts != NULL && t != NULL && t >= ts->t && t < ts->t + ts->n;
}

/*
 * Is the token's cell declined (its line, or itself): no number of it can
 * be placed with certainty?
 */
bool		gr_toks_declined(const gr_toks *ts, const gr_tok *t);
bool		gr_toks_label_declined(const gr_toks *ts, const gr_tok *t);

/*
 * The bytes a text of len bytes may spend on its tokens (40 bytes each) and
 * on the text of wrapped cells joined from several lines: as much as
 * GR_TOKS_BASE + len / 16 tokens.  That is far more than any report needs
 * (the tables are about 450 tokens, the narrative a token per line, a few
 * cells wrapped; a report with 100,000 extra table rows in it, 2.3 MB, is
 * 500,000 tokens), and within 2.5 times the text plus 16 MB however densely
 * a text packs cells ("1\t" is one) or joins them.  The scan stops where the
 * budget runs out; the rest of the text is not read.
 */
#define GR_TOKS_BASE 409600
#define GR_TOKS_PER_BYTES 16
#define GR_TOKS_BUDGET(len) \
	((GR_TOKS_BASE + (len) / GR_TOKS_PER_BYTES) * sizeof(gr_tok))

void		gr_scan(gr_toks *ts, const char *text, size_t len, const gr_mem *m,
					bool (*is_heading) (const char *s, size_t len),
					void (*interrupt) (void));
/*
 * The scanner line by line: gr_scan is start, each line, finish.  A stream
 * (an HTML page decoded as it is read) hands each line over as soon as it is
 * written; the scanner then never looks ahead of it.
 */
typedef struct gr_scanner gr_scanner;
gr_scanner *gr_scanner_start(gr_toks *ts, const char *text, size_t len,
							 const gr_mem *m,
							 bool (*is_heading) (const char *s, size_t len),
							 void (*interrupt) (void), bool stream);
size_t		gr_scanner_line(gr_scanner *sc, size_t ls, size_t le, size_t pos);
void		gr_scanner_finish(gr_scanner *sc, size_t len);
void		gr_toks_push(gr_toks *ts, const gr_mem *m, int kind, const char *s,
						 size_t len, size_t lstart, size_t lend);
void		gr_toks_break(gr_toks *ts, const gr_mem *m, size_t pos);

/* rows_html.c: the HTML table in doc[from, to) as cells and row breaks */
void		gr_rows_html(gr_toks *ts, const gr_mem *m, const char *doc, size_t from,
						 size_t to, void (*interrupt) (void));
gr_str		gr_html_inline(const gr_mem *m, const char *s, size_t len);
/* rows_html.c: a whole HTML page, read in one pass into the token stream */
void		gr_html_page(gr_toks *ts, const char *s, size_t len, const gr_mem *m,
						 bool (*is_heading) (const char *s, size_t len),
						 void (*interrupt) (void));
bool		gr_html_is_markdown(const char *text, size_t len);
/* rows_markdown.c: markdown spans and escapes out of cells */
void		gr_md_cells(gr_toks *ts, const gr_mem *m);
int			gr_md_rule_columns(const char *s, size_t n, int *start, int *end, int max);
void		gr_md_cut(const char *s, size_t n, const int *start, const int *end,
					  int ncols, gr_str *cells, char *out);
/* rows_markdown.c: python3-html2text's tables, row by row */
#define GR_H2T_MAXROW 8192

typedef struct gr_h2t
{
	bool		on;				/* inside a table, after its rule */
	size_t		len;			/* the row's text so far */
	size_t		cell;			/* offset of its last cell, after a '|'; 0: none */
	size_t		ls;				/* offset of its first line */
	bool		pending;		/* a hard break after text: row end or <br>? */
	bool		blank_br;		/* a lone hard break after '|': empty cell or row end? */
	size_t		le;				/* where that break was */
	char	   *buf;			/* GR_H2T_MAXROW bytes, allocated at the first table */
} gr_h2t;
bool		gr_h2t_rule(const char *s, size_t n);
bool		gr_h2t_line(gr_h2t *h, gr_toks *ts, const gr_mem *m, const char *s, size_t n,
						size_t ls, size_t le, bool (*is_heading) (const char *s, size_t len));
void		gr_h2t_end(gr_h2t *h, gr_toks *ts, const gr_mem *m, size_t le);
/* rows_wrap.c: figures and units wrapped over lines, joined to their cells */
void		gr_wrap_join(gr_toks *ts, const gr_mem *m);
/* rows_box.c: w3m's rule that stops at a label spanning rows */
bool		gr_box_partial_rule(const char *s, size_t n);
bool		gr_html_tag_is(const char *name, size_t nlen, const char *want);
int			gr_html_attr_int(const char *s, size_t len, const char *attr);
size_t		gr_html_entity(const char *s, size_t len, char *enc, size_t *n);
bool		gr_looks_like_html(const char *text, size_t len);
bool		gr_tok_has_digit(const gr_tok *t);

/*
 * Does the cell at i stand alone in its row, the rest of the row empty cells
 * (a heading set as a table row)?
 */
extern bool gr_tok_alone(const gr_toks *ts, size_t i);

#endif
