/*
 * rows_pdf.h — pdftotext -layout rows: section 3's columns by position
 * (internal).
 *
 * pdftotext -layout prints an empty cell as spaces only, so a row of
 * section 3 may come with fewer figures than columns.  Which cell was
 * empty shows only in where the figures stand: each full row gives the
 * middles of its seven columns, and a short row's figures are put under
 * the nearest ones.  The state is the column layouts seen so far (a long
 * label pushes a row's figures right, so there may be several).
 */
#ifndef GR_ROWS_PDF_H
#define GR_ROWS_PDF_H

#include "scan.h"

#define GR_PDF_REFS 4			/* column layouts kept */
#define GR_PDF_MAXCOLS 15

typedef struct gr_pdf_cols
{
	int			ref[GR_PDF_REFS][GR_PDF_MAXCOLS];	/* twice the columns' middles */
	int			ncols[GR_PDF_REFS];
	int			nrefs;
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
 * A short row: the column of each of its n values (from their middles)
 * into col, among ncols.  True when one kept layout of ncols columns puts
 * every value within three display columns of a column of its own, in
 * order, and no other layout puts them elsewhere; false otherwise (the
 * row cannot be placed).
 */
bool		gr_pdf_cols_place(const gr_pdf_cols *s, const int *mids, int n, int ncols,
							  int *col);

#endif
