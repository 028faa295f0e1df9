/*
 * pdfpaths.h — the straight, axis-parallel lines a PDF page draws (table
 * borders and the like), read from its content with poppler's interpreter
 * and nothing rendered (cli/pdfpaths.cc, C++; callable from C).
 *
 * Coordinates are those of poppler-glib's text layout: points, origin at
 * the top left of the crop box, the page unrotated.
 */
#ifndef CLI_PDFPATHS_H
#define CLI_PDFPATHS_H

#include <stdbool.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* At most this many lines are kept from one page (a hostile page stops there). */
#define PDFPATHS_MAX 100000

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

typedef struct pdfpaths_doc pdfpaths_doc;

/*
 * Open the PDF in data (which must stay valid until pdfpaths_close) while
 * poppler-glib has a document open; NULL if it cannot be.
 */
pdfpaths_doc *pdfpaths_open(const char *data, size_t len);

/*
 * Page index's lines (0-based), malloc'd into *paths (free() it); false
 * and nothing if the page cannot be read.
 */
bool		pdfpaths_page(pdfpaths_doc *d, int index, pdfpath **paths, int *npaths);
void		pdfpaths_close(pdfpaths_doc *d);

#ifdef __cplusplus
}
#endif

#endif
