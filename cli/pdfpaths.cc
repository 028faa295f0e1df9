/*
 * pdfpaths.cc — the straight, axis-parallel strokes and fills a PDF page
 * draws, for pdfrules.c (see pdfpaths.h).
 *
 * poppler-glib gives characters but no paths, so the page's content is run
 * a second time through poppler's own interpreter (Gfx) with an output
 * device that keeps only what a table's border can be: a stroked straight
 * segment that is horizontal or vertical, or a filled rectangle, in a
 * colour dark enough to be seen.  Text is interpreted (its positions move
 * on) but never drawn, so no font is loaded into a rasteriser and no pixel
 * is made: the cost is reading the content stream.
 *
 * This uses poppler's own classes (libpoppler-private-dev), the same
 * library poppler-glib wraps, so the command loads nothing more and reads
 * the page exactly as the characters were read.  The document is opened
 * while poppler-glib's is open, which keeps poppler's global parameters
 * (and its quiet error handler) in place.
 */
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>

#include <poppler/GfxState.h>
#include <poppler/GlobalParams.h>
#include <poppler/OutputDev.h>
#include <poppler/PDFDoc.h>
#include <poppler/Stream.h>

#include "pdfpaths.h"

namespace {

/* How far from exactly level (points) a segment may be and still count. */
const double LEVEL = 0.5;

class PathDev : public OutputDev
{
public:
	pdfpath    *out = nullptr;
	int			n = 0,
				cap = 0;
	bool		full = false;	/* PDFPATHS_MAX reached, or out of memory */

	bool		upsideDown() override { return true; }
	bool		useDrawChar() override { return false; }
	bool		interpretType3Chars() override { return false; }
	bool		needCharCount() override { return false; }

	void		stroke(GfxState *state) override;
	void		fill(GfxState *state) override { fill_paths(state); }
	void		eoFill(GfxState *state) override { fill_paths(state); }

	/* images, shadings and glyphs are not borders: nothing is drawn */
	void		drawImageMask(GfxState *, Object *, Stream *, int, int, bool, bool, bool) override { }
	void		drawImage(GfxState *, Object *, Stream *, int, int, GfxImageColorMap *, bool, const int *, bool) override { }
	void		drawMaskedImage(GfxState *, Object *, Stream *, int, int, GfxImageColorMap *, bool, Stream *, int, int, bool, bool) override { }
	void		drawSoftMaskedImage(GfxState *, Object *, Stream *, int, int, GfxImageColorMap *, bool, Stream *, int, int, GfxImageColorMap *, bool) override { }

private:
	void		add(double x1, double y1, double x2, double y2, bool vertical);
	void		fill_paths(GfxState *state);
};

/*
 * Is a colour, with its opacity, at least as dark as the renderer's ink
 * threshold (40 of 255 below white when blended over white)?
 */
bool
dark(const GfxRGB &c, double opacity)
{
	double		lum = (colToDbl(c.r) + colToDbl(c.g) + colToDbl(c.b)) / 3;

	return (1 - lum) * opacity * 255 >= 40;
}

void
PathDev::add(double x1, double y1, double x2, double y2, bool vertical)
{
	if (full)
		return;
	if (!(std::isfinite(x1) && std::isfinite(y1) && std::isfinite(x2) && std::isfinite(y2)))
		return;
	if (n >= cap)
	{
		int			nc = cap ? cap * 2 : 256;
		void	   *p;

		if (n >= PDFPATHS_MAX)
		{
			full = true;
			return;
		}
		p = realloc(out, sizeof(pdfpath) * (size_t) nc);
		if (p == nullptr)
		{
			full = true;
			return;
		}
		out = static_cast<pdfpath *>(p);
		cap = nc;
	}
	out[n].x1 = (float) (x1 < x2 ? x1 : x2);
	out[n].x2 = (float) (x1 < x2 ? x2 : x1);
	out[n].y1 = (float) (y1 < y2 ? y1 : y2);
	out[n].y2 = (float) (y1 < y2 ? y2 : y1);
	out[n].vertical = vertical;
	n++;
}

/*
 * Each straight horizontal or vertical segment of the path, as the band of
 * its line width (at least one point: a hairline is drawn a pixel wide).
 */
void
PathDev::stroke(GfxState *state)
{
	const GfxPath *path = state->getPath();
	GfxRGB		c;
	double		w = state->getTransformedLineWidth(),
				hw;

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
PathDev::fill_paths(GfxState *state)
{
	const GfxPath *path = state->getPath();
	GfxRGB		c;

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

/* displayPage's abort check: stop a page once it has drawn too much */
bool
stop_page(void *dev)
{
	return static_cast<PathDev *>(dev)->full;
}

}							/* namespace */

struct pdfpaths_doc
{
	PDFDoc	   *doc;			/* reads the caller's bytes, which outlive it */
};

extern "C" pdfpaths_doc *
pdfpaths_open(const char *data, size_t len)
{
	pdfpaths_doc *d;

	if (globalParams == nullptr || len == 0)
		return nullptr;
	d = static_cast<pdfpaths_doc *>(calloc(1, sizeof(*d)));
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
		pdfpaths_close(d);
		return nullptr;
	}
	return d;
}

extern "C" bool
pdfpaths_page(pdfpaths_doc *d, int index, pdfpath **paths, int *npaths)
{
	PathDev		dev;

	*paths = nullptr;
	*npaths = 0;
	if (d == nullptr || index < 0 || index >= d->doc->getNumPages())
		return false;
	try
	{
		/* as poppler_page_render and the text layout: 72 dpi, crop box, unrotated */
		d->doc->displayPage(&dev, index + 1, 72, 72, 0, false, true, false, stop_page, &dev);
	}
	catch (...)
	{
		free(dev.out);
		return false;
	}
	*paths = dev.out;
	*npaths = dev.n;
	return true;
}

extern "C" void
pdfpaths_close(pdfpaths_doc *d)
{
	if (d == nullptr)
		return;
	delete d->doc;
	free(d);
}
