/*
 * match.h — the matcher's state, shared by the matcher (parse.c), which
 * fills it in one pass over the tokens, and the settle stage (settle.c),
 * which reads it once the pass is over: rows placed by the form's order,
 * revisions, diagnostics and positions.  Internal to the core.
 */
#ifndef GR_MATCH_H
#define GR_MATCH_H

#include "gr.h"
#include "meta.h"
#include "rows_para.h"
#include "rows_pdf.h"
#include "scan.h"
#include "sections.h"

#define MAX_LABEL_BYTES 150		/* longer folded text is narrative, not a label */
#define MAX_LABEL_RAW 240		/* nor is longer raw text (CJK folds 3 bytes to 3) */

/* Row ids besides the rows of gr_req_words (form.c, its recognition words). */
#define R_RESULTS_HEADER GR_R_RESULTS_HEADER	/* 三、本年度办理结果 */
#define R_OTHER_LEAF_ONLY 101	/* bare 其他 */
#define R_TOTAL_WORD 102		/* 总计 */

/* ---------------------------------------------------------------- state */

#define MAXCOLS 15
typedef struct row_acc
{
	int			section;		/* -1: no row open */
	int			row;
	int			ncols;
	int			cols[MAXCOLS];	/* column index per position */
	int			n;				/* cells collected */
	const gr_tok *cells[MAXCOLS];
	bool		group;			/* a group label: values optional */
	gr_form		form;			/* section 2: the revision its columns are of */
	bool		pdf;			/* values came on a pdftotext -layout line */
	int			brk0;			/* the parser's nbreaks when cells[0] came */
	bool		tab_open;		/* full, kept open for the rest of its tab row */
	int			vline0,			/* pdftotext: the lines of its first and last values */
				vline1;
	int			label_i;		/* the token that opened it */
} row_acc;

typedef struct parser
{
	gr_doc	   *d;
	const gr_mem *m;
	void		(*interrupt) (void);	/* gr_parse's, may be NULL */
	const gr_toks *ts;		/* the token stream (toks) */
	gr_toks		toks;
	sect		section;
	/* which parts were met */
	bool		active_started;
	int			ev2021,
				ev2019;
	bool		req_started;
	bool		req_done;
	bool		disp_seen;
	int			req_group;		/* current disposition group, -1 none */
	bool		other_leaf_seen;
	bool		other_group_values;
	bool		appeals_started;
	bool		appeals_done;
	const gr_tok *ap_buf[MAXCOLS];
	int			ap_n;
	bool		ap_numeric;
	bool		ap_frag;		/* pdftotext: a wrapped cell's part met among the values */
	bool		ap_titled;		/* a group's title placed values (the table split in three) */
	/* raw text of every cell, for diagnostics in form order */
	const gr_tok *raw_active[GR_A_NROWS][GR_A_NCOLS];
	gr_form		active_read[GR_A_NROWS];	/* the revision each row was read in */
	const gr_tok *raw_req[GR_R_NROWS][GR_RC_COUNT];
	const gr_tok *raw_app[GR_AP_NGROUPS][GR_APC_NCOLS];
	bool		have_req[GR_R_NROWS];
	bool		have_active[GR_A_NROWS];
	int			nrows_active,
				nrows_req;
	row_acc		cur;

	/*
	 * A label broken over two lines (pdftotext): the folded text of the
	 * last text that opened no row, and the values met after it.
	 */
	char		pend[GR_FOLD_CAP];
	char		ppend[GR_FOLD_CAP];	/* the text before pend */
	size_t		pendlen;
	const gr_tok *orph[MAXCOLS];
	int			norph;
	/* where each section lies, for the metadata stage */
	gr_outline	outline;
	gr_meta		meta;			/* the metadata stage, fed the same tokens */
	int			trad_hits;
	int			tt_hits;		/* table_token recognised something */
	/* char_bit and second_bit of each gr_req_words word (words.h), made on
	 * first use when parse.c's table cannot hold them */
	int16_t		(*req_bits)[2];
	/* fuzzy label matching: the form's labels, made on first use */
	struct fuzzy_label *fz;
	int			nfz;
	bool		joining;		/* table_token on two texts joined (join_label) */
	const gr_tok *fuzzy_req[GR_R_NROWS];	/* the label of a row read fuzzily */
	const gr_tok *fuzzy_active[GR_A_NROWS];
	/* money: the unit a column's header prints, cells converted */
	uint8_t		fee_unit;		/* gr_unit of 本年收费金额（单位：…） */
	uint8_t		procure_unit;	/* gr_unit of 采购总金额（…） */
	bool		converted[GR_A_NROWS];

	/* pdftotext rows whose label cells wrap over lines (rows_pdf.c) */
	gr_pdf_rows pdfr;
	gr_pdf_matcher pdfm;
	bool		pdf_lines;		/* some line has a label and cells (pdf_lines_in): the
								 * stage can apply */
	int			nbreaks;		/* row breaks met so far */

	/* one cell per paragraph (rows_para.c) */
	gr_para		para;
	int			last_req;		/* the last section 3 row opened, -1 none */
	int			tok_i;			/* the token being read */
	int			row_opens;		/* rows opened so far, not counting groups */
	/* the label token of each row stored, and whether from -layout lines */
	int			label_req[GR_R_NROWS];
	int			label_active[GR_A_NROWS];
	bool		pdf_req[GR_R_NROWS];
	bool		pdf_active[GR_A_NROWS];
	bool		inferred_req[GR_R_NROWS];	/* placed by the form's order */
	/* section 3 rows read short, as printed (gr_para_requests_short) */
	const gr_tok *short_req[GR_R_NROWS][GR_RC_COUNT];
	int			nshort_req[GR_R_NROWS];
	bool		bare_req[GR_R_NROWS];	/* a label with no figure after it */
	const uint8_t *wrapped;		/* per token: a figure joined from wrapped lines */
	bool		tok_whole;		/* the token being read is plain text (gr_para_plain) */
	int			tok_gap;		/* empty lines before it */
	int			tok_spaced;		/* lines of white space only before it (gr_para_spaced) */
	bool		tok_spaced_all;	/* and no empty line among them */
	int			tok_spaced_tail;	/* such lines right after the gap's last empty line */
	bool		tok_joined;		/* it shares its line with the token before */
	size_t		last_lend;		/* the end of the line of the token before it */
	bool		ap_whole;		/* that value stood alone on its line */
	bool		ap_gapped;		/* an empty line stood between two appeals values */
	bool		ap_oneline;		/* every appeals value so far stood on the first one's line */
	bool		ap_paras;		/* every appeals value so far a paragraph of its own (alone
								 * on its line, after an empty line from the second on) */
	size_t		ap_lstart;		/* that line */
	bool		ap_table_paras;	/* the first value alone on its line after an empty
								 * line, in a text without pages (gr_para_table_ahead) */
	bool		paged;			/* the text has pages (form feeds): a PDF's */
	bool		ap_tight;		/* the appeals values read tight, each cell by its line */
	int			ap_lead;		/* empty lines before their first value */
	bool		ap_start;		/* where the first cell of the values stands is known
								 * (Word's text: appeals_token) */
	bool		in_text;		/* a text token is being read (rows_para.h's allowed) */
	int			text_gap;		/* that token's empty lines before it */
	int			text_spaced;	/* its lines of white space only before the first
								 * empty line, or before it (gr_para_spaced) */
	bool		text_spaced_all;	/* no empty line before it */
} parser;

/* The matcher's steps the settle stage uses (parse.c). */
extern gr_form gr_active_form(const parser *p);
extern const gr_cell *gr_tok_num(const gr_tok *t);
extern bool gr_tok_is_valueish(const gr_tok *t);
extern void gr_store_cell(parser *p, gr_cell *dst, const gr_tok **rawslot, const gr_tok *t, bool decimal);
extern void gr_finish_row(parser *p);
extern void gr_finish_appeals(parser *p);
extern int	gr_active_row_cols(gr_form f, int row, int *cols);
extern void gr_pdfm_drop_row(void *ctx, int row);

/* After the pass (settle.c): everything the pass could not decide alone. */
extern void gr_settle(parser *p, gr_positions *pos, const char *given, size_t given_len);

#endif							/* GR_MATCH_H */
