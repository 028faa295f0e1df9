/*
 * pdfpage.cc — a PDF page's characters and the lines it draws, in one pass
 * of poppler's interpreter (see pdfpage.h).
 *
 * poppler's own classes (libpoppler-private-dev) are used directly: its
 * text device (TextOutputDev, as poppler-glib and pdftotext use it) gives
 * the characters, words and lines, and a subclass of it also keeps what a
 * table's border can be — a straight stroked segment that is horizontal or
 * vertical, or a filled rectangle, in a colour dark enough to be seen.
 * Nothing is rendered: text is read, not drawn, and no pixel is made.
 *
 * The characters come in the order poppler-glib's poppler_page_get_text and
 * poppler_page_get_text_layout give them (the words of each line, a space
 * after a word that has one, a line break between lines), so the reading
 * is the same without loading GLib, GIO and cairo into the command.
 */
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <new>
#include <vector>

#include <poppler/ErrorCodes.h>
#include <poppler/GfxState.h>
#include <poppler/GlobalParams.h>
#include <poppler/PDFDoc.h>
#include <poppler/Page.h>
#include <poppler/Stream.h>
#include <poppler/TextOutputDev.h>

#include "pdfpage.h"

namespace {

/* How far from exactly level (points) a segment may be and still count. */
const double LEVEL = 0.5;

/* A growing array of T, malloc'd (handed to C, which free()s it). */
template<typename T> struct grow
{
	T		   *p = nullptr;
	int			n = 0,
				cap = 0;
	bool		full = false;	/* the limit reached, or out of memory */

	T		   *next(int limit)
	{
		if (full)
			return nullptr;
		if (n >= cap)
		{
			int			nc = cap ? cap * 2 : 256;
			void	   *q;

			if (n >= limit)
			{
				full = true;
				return nullptr;
			}
			q = realloc(p, sizeof(T) * (size_t) nc);
			if (q == nullptr)
			{
				full = true;
				return nullptr;
			}
			p = static_cast<T *>(q);
			cap = nc;
		}
		return &p[n++];
	}
};

/*
 * Is a colour, with its opacity, at least as dark as a renderer's ink
 * threshold (40 of 255 below white when blended over white)?
 */
bool
dark(const GfxRGB &c, double opacity)
{
	double		lum = (colToDbl(c.r) + colToDbl(c.g) + colToDbl(c.b)) / 3;

	return (1 - lum) * opacity * 255 >= 40;
}

class PageDev : public TextOutputDev
{
public:
	grow<pdfpath> paths;

	PageDev() : TextOutputDev(nullptr, true, 0, false, false) { }

	void		stroke(GfxState *state) override
	{
		keep_stroke(state);
		TextOutputDev::stroke(state);
	}
	void		fill(GfxState *state) override
	{
		keep_fill(state);
		TextOutputDev::fill(state);
	}
	void		eoFill(GfxState *state) override
	{
		keep_fill(state);
		TextOutputDev::eoFill(state);
	}

private:
	void		add(double x1, double y1, double x2, double y2, bool vertical);
	void		keep_stroke(GfxState *state);
	void		keep_fill(GfxState *state);
};

void
PageDev::add(double x1, double y1, double x2, double y2, bool vertical)
{
	pdfpath    *p;

	if (!(std::isfinite(x1) && std::isfinite(y1) && std::isfinite(x2) && std::isfinite(y2)))
		return;
	if ((p = paths.next(PDFPAGE_MAX_PATHS)) == nullptr)
		return;
	p->x1 = (float) (x1 < x2 ? x1 : x2);
	p->x2 = (float) (x1 < x2 ? x2 : x1);
	p->y1 = (float) (y1 < y2 ? y1 : y2);
	p->y2 = (float) (y1 < y2 ? y2 : y1);
	p->vertical = vertical;
}

/*
 * Each straight horizontal or vertical segment of the path, as the band of
 * its line width (at least one point: a hairline is drawn a pixel wide).
 */
void
PageDev::keep_stroke(GfxState *state)
{
	const GfxPath *path = state->getPath();
	GfxRGB		c;
	double		w = state->getTransformedLineWidth(),
				hw;

	if (paths.full)
		return;
	state->getStrokeRGB(&c);
	if (!dark(c, state->getStrokeOpacity()))
		return;
	hw = (std::isfinite(w) && w > 1 ? w : 1) / 2;
	for (int s = 0; s < path->getNumSubpaths(); s++)
	{
		const GfxSubpath *sp = path->getSubpath(s);
		double		px = 0,
					py = 0;

		for (int i = 0; i < sp->getNumPoints(); i++)
		{
			double		x,
						y;

			state->transform(sp->getX(i), sp->getY(i), &x, &y);
			/* a segment is straight when neither end is a curve's control point */
			if (i > 0 && !sp->getCurve(i) && !sp->getCurve(i - 1))
			{
				if (std::fabs(y - py) <= LEVEL && std::fabs(x - px) > LEVEL)
					add(px, (y + py) / 2 - hw, x, (y + py) / 2 + hw, false);
				else if (std::fabs(x - px) <= LEVEL && std::fabs(y - py) > LEVEL)
					add((x + px) / 2 - hw, py, (x + px) / 2 + hw, y, true);
			}
			px = x;
			py = y;
		}
	}
}

/*
 * Each filled subpath whose edges are all horizontal or vertical (a
 * rectangle, as browsers and office suites draw a border), as its bounding
 * box, at least a point thick.
 */
void
PageDev::keep_fill(GfxState *state)
{
	const GfxPath *path = state->getPath();
	GfxRGB		c;

	if (paths.full)
		return;
	state->getFillRGB(&c);
	if (!dark(c, state->getFillOpacity()))
		return;
	for (int s = 0; s < path->getNumSubpaths(); s++)
	{
		const GfxSubpath *sp = path->getSubpath(s);
		double		x1 = 0,
					y1 = 0,
					x2 = 0,
					y2 = 0,
					px = 0,
					py = 0;
		bool		square = sp->getNumPoints() >= 3;

		for (int i = 0; i < sp->getNumPoints() && square; i++)
		{
			double		x,
						y;

			state->transform(sp->getX(i), sp->getY(i), &x, &y);
			if (sp->getCurve(i))
				square = false;
			else if (i > 0 && std::fabs(x - px) > LEVEL && std::fabs(y - py) > LEVEL)
				square = false;
			if (i == 0 || x < x1)
				x1 = x;
			if (i == 0 || x > x2)
				x2 = x;
			if (i == 0 || y < y1)
				y1 = y;
			if (i == 0 || y > y2)
				y2 = y;
			px = x;
			py = y;
		}
		if (!square)
			continue;
		if (x2 - x1 >= y2 - y1)
		{
			if (y2 - y1 < 1)
				y1 = (y1 + y2) / 2 - 0.5, y2 = y1 + 1;
			add(x1, y1, x2, y2, false);
		}
		else
		{
			if (x2 - x1 < 1)
				x1 = (x1 + x2) / 2 - 0.5, x2 = x1 + 1;
			add(x1, y1, x2, y2, true);
		}
	}
}

/* poppler's messages about a damaged file: the caller's error says what matters */
void
quiet(ErrorCategory, Goffset, const char *)
{
}

/* Annotations (links, form fields, stamps) are not the page's text */
bool
no_annots(Annot *, void *)
{
	return false;
}

/* One glyph more; false when out of memory or over the limit. */
bool
put(grow<pdfglyph> &g, uint32_t cp, double x1, double y1, double x2, double y2)
{
	pdfglyph   *p = g.next(PDFPAGE_MAX_GLYPHS);

	if (p == nullptr)
		return false;
	p->cp = cp;
	p->x1 = (float) x1;
	p->y1 = (float) y1;
	p->x2 = (float) x2;
	p->y2 = (float) y2;
	return true;
}

/* The page's characters, lines and words in reading order, spaces and line breaks between. */
bool
glyphs_of(TextPage *text, double w, double h, grow<pdfglyph> &g)
{
	PDFRectangle all(0, 0, w, h);
	int			nlines = 0;
	std::vector<TextWordSelection *> **lines = text->getSelectionWords(&all, selectionStyleGlyph, &nlines);
	bool		ok = true;

	if (lines == nullptr)
		return true;
	for (int i = 0; i < nlines; i++)
	{
		std::vector<TextWordSelection *> *words = lines[i];
		size_t		nw = words->size();

		for (size_t j = 0; j < nw; j++)
		{
			const TextWordSelection *ws = (*words)[j];
			const TextWord *word = ws->getWord();

			for (int k = ws->getBegin(); k < ws->getEnd() && ok; k++)
			{
				double		x1,
							y1,
							x2,
							y2;

				word->getCharBBox(k, &x1, &y1, &x2, &y2);
				ok = put(g, (uint32_t) *word->getChar(k), x1, y1, x2, y2);
			}
			if (ok && j + 1 < nw && word->hasSpaceAfter())
				ok = put(g, ' ', 0, 0, 0, 0);
			delete ws;
		}
		if (ok && i + 1 < nlines)
			ok = put(g, '\n', 0, 0, 0, 0);
		delete words;
	}
	gfree(lines);
	return ok;
}

}							/* namespace */

struct pdfdoc
{
	PDFDoc	   *doc;			/* reads the caller's bytes, which outlive it */
};

extern "C" pdfdoc *
pdfdoc_open(const char *data, size_t len, int *error)
{
	/* poppler's global parameters, once for the process (thread-safe) */
	static GlobalParamsIniter initer(quiet);
	pdfdoc	   *d;

	*error = PDFDOC_DAMAGED;
	d = static_cast<pdfdoc *>(calloc(1, sizeof(*d)));
	if (d == nullptr)
		return nullptr;
	try
	{
		d->doc = new PDFDoc(new MemStream(data, 0, (Goffset) len, Object(objNull)));
	}
	catch (...)
	{
		d->doc = nullptr;
	}
	if (d->doc == nullptr || !d->doc->isOk())
	{
		if (d->doc != nullptr && d->doc->getErrorCode() == errEncrypted)
			*error = PDFDOC_ENCRYPTED;
		pdfdoc_close(d);
		return nullptr;
	}
	*error = PDFDOC_OK;
	return d;
}

extern "C" int
pdfdoc_pages(pdfdoc *d)
{
	return d->doc->getNumPages();
}

extern "C" bool
pdfdoc_page(pdfdoc *d, int index, pdfpage *out)
{
	Page	   *page;
	PageDev		dev;
	grow<pdfglyph> g;
	TextPage   *text;
	bool		ok;

	memset(out, 0, sizeof(*out));
	if (index < 0 || index >= d->doc->getNumPages() ||
		(page = d->doc->getPage(index + 1)) == nullptr)
		return false;
	if (page->getRotate() == 90 || page->getRotate() == 270)
	{
		out->width = page->getCropHeight();
		out->height = page->getCropWidth();
	}
	else
	{
		out->width = page->getCropWidth();
		out->height = page->getCropHeight();
	}
	try
	{
		/* as poppler-glib reads a page's text: 72 dpi, crop box, unrotated, no annotations */
		d->doc->displayPage(&dev, index + 1, 72, 72, 0, false, true, false, nullptr, nullptr, no_annots, nullptr);
		text = dev.takeText();
		ok = glyphs_of(text, out->width, out->height, g);
		text->decRefCnt();
	}
	catch (...)
	{
		free(dev.paths.p);
		free(g.p);
		return false;
	}
	out->glyphs = g.p;
	out->nglyphs = g.n;
	out->paths = dev.paths.p;
	out->npaths = dev.paths.n;
	out->glyphs_cut = !ok;
	return true;
}

extern "C" void
pdfpage_free(pdfpage *p)
{
	free(p->glyphs);
	free(p->paths);
	memset(p, 0, sizeof(*p));
}

extern "C" void
pdfdoc_close(pdfdoc *d)
{
	if (d == nullptr)
		return;
	delete d->doc;
	free(d);
}
