/*
 * gen.h — a report generator for the reader's property test.
 *
 * gen_doc_random draws a random but well-formed document from a seed:
 * either form revision per table, counts that balance (or, now and then,
 * deliberately do not), blank cells, an agency made up from lists of place
 * and office names, a year, and narrative in our own words that states the
 * facts (items published, requests received, fees) the reader should find.
 *
 * gen_render writes the document as report text in one of the layouts real
 * extractors produce (GEN_L_*), in simplified or traditional characters,
 * with the cell decorations seen in the wild: full-width digits, thousands
 * separators, units, signed changes, placeholders for blank cells.
 *
 * Plain C99 against the core (gr.h); no server.
 */
#ifndef GR_TEST_GEN_H
#define GR_TEST_GEN_H

#include "gr.h"
#include "libgen.h"

#include <stdint.h>

typedef enum gen_layout
{
	GEN_L_TAB = 0,				/* the seeds' tab layout: gr_render */
	GEN_L_LINES,				/* one cell per line, no tabs, spans omitted (seed 003) */
	GEN_L_PIPE,					/* pipe tables of web-page converters */
	GEN_L_HTML,					/* the web page itself */
	GEN_L_PDF,					/* pdftotext -layout */
	GEN_L_BOX,					/* w3m: box-drawing borders, padded and wrapped cells */
	GEN_L_ASCII,				/* html2text / lynx: +---+ borders */
	GEN_L_COUNT
} gen_layout;

extern const char *const gen_layout_names[GEN_L_COUNT];

/*
 * A random document.  Strings (agency, narrative) are allocated in m and
 * written in the given script, since the reader returns them as found.
 * Facts are set as the narrative states them.
 */
void		gen_doc_random(gr_doc *d, uint64_t seed, gr_script script, const gr_mem *m);

/*
 * The document as text in a layout; rng drives the presentation choices
 * (decorations, placeholders, wrapping widths, page breaks).
 */
void		gen_render(const gr_doc *d, gen_layout layout, gr_script script,
					   uint64_t *rng, gr_buf *out);

/*
 * HTML in the styles real pages come in, for the converter matrix
 * (test/matrix): the same document as a bare table page, as Word's "save as
 * web page", as a CMS article, with the form's merged cells, and as a page
 * made to be printed or turned into a document, and as a bare article page
 * (the features real report pages have that the others lack; also printed
 * to PDF).
 */
typedef enum gen_html_style
{
	GEN_H_PLAIN = 0,			/* bare <table border=1>; merged cells written as empty cells */
	GEN_H_MSO,					/* Word-exported: MsoNormal paragraphs, a span per digit, &nbsp; */
	GEN_H_CMS,					/* a CMS article: <p> in every cell, site chrome around */
	GEN_H_SPAN,					/* the form's colspan/rowspan, spelled in varied ways */
	GEN_H_PRINT,				/* for DOCX and PDF: narrow label columns, large type */
	GEN_H_BARE,					/* as real article pages: no border, no style sheet, header
								 * rows' row spans written as empty cells, nowrap widths */
	GEN_H_COUNT
} gen_html_style;

extern const char *const gen_html_style_names[GEN_H_COUNT];

/* The document as an HTML page in one style, in the given script. */
void		gen_render_html(const gr_doc *d, gen_html_style style, gr_script script,
							uint64_t *rng, gr_buf *out);

/* One cell that differs: where, and its state wanted and got. */
typedef struct gen_cell_diff
{
	int			section;		/* GR_SEC_* */
	int			row,
				col;
	int			want_state,
				got_state;		/* GR_VALUE both: the value differs */
} gen_cell_diff;

/*
 * Compare the three tables cell by cell: *ncells gets the number of cells
 * the generated document has (or the reader invented), the first max
 * differences go to out, and the number of differing cells is returned.
 */
int			gen_compare_cells(const gr_doc *want, const gr_doc *got, int *ncells,
							  gen_cell_diff *out, int max);

/*
 * Compare what the reader gave back with the generated document: every
 * cell of the three tables (state, and value when a number), the forms,
 * agency, year, facts and one diagnostic per non-number cell.  Writes the
 * first differences into why (if not NULL) and returns their count.
 */
int			gen_compare(const gr_doc *want, const gr_doc *got, gr_buf *why);

#endif
