/*
 * pdfpage.h — a PDF page's characters with their boxes and the straight
 * lines it draws (table borders and the like), read in one pass of
 * poppler's interpreter with nothing rendered (cli/pdfpage.cc, C++;
 * callable from C).
 *
 * Coordinates are points, origin at the top left of the crop box, the page
 * unrotated (poppler-glib's text layout's).
 */
#ifndef CLI_PDFPAGE_H
#define CLI_PDFPAGE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* At most this many lines are kept from one page (a hostile page stops there). */
#define PDFPAGE_MAX_PATHS 100000
/* At most this many characters a page (80 MB of boxes); more is an error. */
#define PDFPAGE_MAX_GLYPHS 4000000

/*
 * A stroked segment as the band its line width covers (at least a point
 * thick), or a filled rectangle; only those in a colour dark enough to
 * see.  vertical: taller than wide.
 */
typedef struct pdfpath
{
	float		x1,
				y1,
				x2,
				y2;
	bool		vertical;
} pdfpath;

/*
 * A character and its box, in reading order (the words of each line).  A
 * space (' ') follows a word that has one and a line break ('\n') ends a
 * line; their boxes are empty.
 */
typedef struct pdfglyph
{
	float		x1,
				y1,
				x2,
				y2;
	uint32_t	cp;				/* Unicode */
} pdfglyph;

typedef struct pdfpage
{
	double		width,
				height;			/* points, as displayed (a rotated page's sides swapped) */
	pdfglyph   *glyphs;
	pdfpath    *paths;
	int			nglyphs,
				npaths;
	bool		glyphs_cut;		/* more characters than PDFPAGE_MAX_GLYPHS, or no memory */
} pdfpage;

typedef struct pdfdoc pdfdoc;

enum
{
	PDFDOC_OK,
	PDFDOC_ENCRYPTED,			/* needs a password to open */
	PDFDOC_DAMAGED				/* not a PDF poppler can open */
};

/* Open the PDF in data (valid until pdfdoc_close); NULL and *error if it cannot be. */
pdfdoc	   *pdfdoc_open(const char *data, size_t len, int *error);
int			pdfdoc_pages(pdfdoc *d);

/* Page index (0-based) into *out (pdfpage_free it); false if the page cannot be read. */
bool		pdfdoc_page(pdfdoc *d, int index, pdfpage *out);
void		pdfpage_free(pdfpage *p);
void		pdfdoc_close(pdfdoc *d);

#ifdef __cplusplus
}
#endif

#endif
