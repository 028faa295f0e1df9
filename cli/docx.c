/*
 * docx.c — a Word document (.docx) read from its own XML.
 *
 * word/document.xml is taken out of the zip with libzip (capped at
 * CLI_MAX_UNZIPPED bytes whatever the archive claims, so a zip bomb stops
 * there) and parsed with libxml2 (no network, no DTD: a DOCTYPE is refused,
 * so no entity can expand).  The body is written in the core's tab layout:
 * a paragraph is a line; a table row is one line per cell, each starting
 * with a tab, then a blank line.  Merged cells follow the rules the core's
 * HTML reader applies to colspan and rowspan: a cell spanning columns
 * (w:gridSpan) is repeated when it holds a number or nothing, so the value
 * columns stay aligned, and a label is written once; a cell continuing a
 * vertical merge (w:vMerge) repeats the number or blank above it and is
 * left out when the merged cell is a label.
 */
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <zip.h>

#include "text.h"

#define DOCX_MAXCOLS 64

/* A vertical merge open in one grid column. */
typedef struct vcarry
{
	bool		open;
	bool		numeric;
	char	   *text;			/* malloc'd */
} vcarry;

typedef struct docx
{
	cli_buf    *out;
	vcarry		carry[DOCX_MAXCOLS];
} docx;

static bool
is(const xmlNode *n, const char *name)
{
	return n->type == XML_ELEMENT_NODE && strcmp((const char *) n->name, name) == 0;
}

/* w:val of a child element `name` of n's property element, or NULL. */
static xmlChar *
prop_val(const xmlNode *props, const char *name, bool *present)
{
	*present = false;
	if (props == NULL)
		return NULL;
	for (const xmlNode *c = props->children; c; c = c->next)
		if (is(c, name))
		{
			*present = true;
			for (xmlAttr *a = c->properties; a; a = a->next)
				if (strcmp((const char *) a->name, "val") == 0)
					return xmlNodeGetContent((const xmlNode *) a);
			return NULL;
		}
	return NULL;
}

/*
 * The text of a paragraph or any part of one: w:t, tabs and breaks as
 * spaces (or line breaks when `lines`), deleted text, field codes and the
 * fallback copy of alternate content left out.
 */
static void
collect(const xmlNode *n, cli_buf *b, bool lines)
{
	for (const xmlNode *c = n->children; c; c = c->next)
	{
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (is(c, "t"))
		{
			for (const xmlNode *t = c->children; t; t = t->next)
				if (t->type == XML_TEXT_NODE || t->type == XML_CDATA_SECTION_NODE)
					cli_buf_puts(b, (const char *) t->content);
		}
		else if (is(c, "tab"))
			cli_buf_putc(b, ' ');
		else if (is(c, "br") || is(c, "cr"))
			cli_buf_putc(b, lines ? '\n' : ' ');
		else if (is(c, "noBreakHyphen"))
			cli_buf_putc(b, '-');
		else if (is(c, "p") && lines && b->len > 0 && b->data[b->len - 1] != '\n')
		{
			/* a paragraph inside a text box: a line of its own */
			cli_buf_putc(b, '\n');
			collect(c, b, lines);
		}
		else if (is(c, "delText") || is(c, "del") || is(c, "instrText") ||
				 is(c, "Fallback") || is(c, "pPr") || is(c, "rPr") ||
				 is(c, "tcPr") || is(c, "trPr") || is(c, "tblPr") || is(c, "tblGrid"))
			continue;
		else
			collect(c, b, lines);
	}
}

/* Trimmed cell text: tabs and line breaks as spaces. */
static char *
cell_text(const xmlNode *tc, size_t *len)
{
	cli_buf		b;
	gr_str		t;
	char	   *s;

	memset(&b, 0, sizeof(b));
	b.max = CLI_MAX_UNZIPPED;
	collect(tc, &b, false);
	for (size_t i = 0; i < b.len; i++)
		if (b.data[i] == '\t' || b.data[i] == '\n' || b.data[i] == '\r')
			b.data[i] = ' ';
	t = gr_trim(b.data ? b.data : "", b.len);
	s = malloc(t.len + 1);
	if (s)
	{
		memcpy(s, t.p, t.len);
		s[t.len] = '\0';
	}
	*len = s ? t.len : 0;
	free(b.data);
	return s;
}

/* A number or nothing: such a cell is repeated across its span. */
static bool
numeric(const char *s, size_t len)
{
	gr_cell		v;
	gr_state	st = gr_read_number(s, len, true, &v);

	return (st == GR_VALUE || st == GR_BLANK) && len <= 256;
}

static void
put_cell(docx *x, const char *s, size_t len)
{
	cli_buf_putc(x->out, '\t');
	cli_buf_put(x->out, s, len);
	cli_buf_putc(x->out, '\n');
}

static void table(docx *x, const xmlNode *tbl);

/* The cells of a row, w:sdt and w:customXml wrappers seen through. */
static void
row_cells(docx *x, const xmlNode *parent, int *col)
{
	for (const xmlNode *c = parent->children; c; c = c->next)
	{
		const xmlNode *pr = NULL;
		xmlChar    *v;
		bool		has_span,
					has_vmerge,
					cont;
		int			span = 1;
		char	   *s;
		size_t		len;

		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (!is(c, "tc"))
		{
			if (is(c, "sdt") || is(c, "sdtContent") || is(c, "customXml"))
				row_cells(x, c, col);
			continue;
		}
		for (const xmlNode *k = c->children; k; k = k->next)
			if (is(k, "tcPr"))
				pr = k;
		v = prop_val(pr, "gridSpan", &has_span);
		if (v)
		{
			span = atoi((const char *) v);
			if (span < 1)
				span = 1;
			if (span > DOCX_MAXCOLS)
				span = DOCX_MAXCOLS;
			xmlFree(v);
		}
		v = prop_val(pr, "vMerge", &has_vmerge);
		cont = has_vmerge && (v == NULL || strcmp((const char *) v, "restart") != 0);
		if (v)
			xmlFree(v);

		if (cont)
		{
			/* a continuation: the number or blank above again, a label not */
			vcarry	   *k = *col < DOCX_MAXCOLS ? &x->carry[*col] : NULL;

			if (k && k->open && k->numeric)
				for (int i = 0; i < span; i++)
					put_cell(x, k->text, strlen(k->text));
			*col += span;
			continue;
		}
		s = cell_text(c, &len);
		if (s == NULL)
			continue;
		{
			bool		num = numeric(s, len);

			put_cell(x, s, len);
			for (int i = 1; num && i < span; i++)
				put_cell(x, s, len);
			for (int i = 0; i < span && *col + i < DOCX_MAXCOLS; i++)
			{
				vcarry	   *k = &x->carry[*col + i];

				free(k->text);
				k->text = NULL;
				k->open = has_vmerge;
				if (has_vmerge)
				{
					k->numeric = num;
					k->text = strdup(s);
					if (k->text == NULL)
						k->open = false;
				}
			}
		}
		free(s);
		*col += span;
	}
}

static void
rows(docx *x, const xmlNode *parent)
{
	for (const xmlNode *c = parent->children; c; c = c->next)
	{
		if (is(c, "tr"))
		{
			int			col = 0;

			for (const xmlNode *k = c->children; k; k = k->next)
				if (is(k, "trPr"))
				{
					bool		present;
					xmlChar    *v = prop_val(k, "gridBefore", &present);

					if (v)
					{
						col = atoi((const char *) v);
						if (col < 0 || col > DOCX_MAXCOLS)
							col = 0;
						xmlFree(v);
					}
				}
			row_cells(x, c, &col);
			cli_buf_putc(x->out, '\n');
		}
		else if (is(c, "sdt") || is(c, "sdtContent") || is(c, "customXml"))
			rows(x, c);
	}
}

static void
table(docx *x, const xmlNode *tbl)
{
	for (int i = 0; i < DOCX_MAXCOLS; i++)
	{
		free(x->carry[i].text);
		x->carry[i].text = NULL;
		x->carry[i].open = false;
	}
	if (x->out->len > 0 && x->out->data[x->out->len - 1] != '\n')
		cli_buf_putc(x->out, '\n');
	rows(x, tbl);
	for (int i = 0; i < DOCX_MAXCOLS; i++)
	{
		free(x->carry[i].text);
		x->carry[i].text = NULL;
		x->carry[i].open = false;
	}
}

/* Block-level content: paragraphs and tables, in order. */
static void
blocks(docx *x, const xmlNode *parent)
{
	for (const xmlNode *c = parent->children; c; c = c->next)
	{
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (is(c, "p"))
		{
			size_t		start = x->out->len;

			collect(c, x->out, true);
			/* a paragraph that starts with a tab must not read as a cell */
			if (x->out->len > start && x->out->data[start] == '\t')
				x->out->data[start] = ' ';
			cli_buf_putc(x->out, '\n');
		}
		else if (is(c, "tbl"))
			table(x, c);
		else if (is(c, "sectPr"))
			continue;
		else
			blocks(x, c);
	}
}

/* What a zip archive without word/document.xml is. */
static const char *
zip_what(zip_t *z)
{
	if (zip_name_locate(z, "xl/workbook.xml", 0) >= 0)
		return "an Excel workbook (.xlsx), not a report document: save the report as .docx or PDF";
	if (zip_name_locate(z, "ppt/presentation.xml", 0) >= 0)
		return "a PowerPoint file (.pptx), not a report document: save the report as .docx or PDF";
	if (zip_name_locate(z, "content.xml", 0) >= 0)
		return "an OpenDocument file (.odt or similar): open it in LibreOffice and save it as .docx, or print it to PDF";
	return "a zip archive without word/document.xml (not a .docx): unpack it and read the reports inside";
}

bool
cli_docx_text(const char *data, size_t len, cli_buf *out, char *err, size_t errlen)
{
	zip_error_t ze;
	zip_source_t *src;
	zip_t	   *z;
	zip_int64_t idx;
	zip_stat_t	st;
	zip_file_t *f;
	char	   *xml;
	size_t		n = 0;
	xmlDoc	   *doc;
	docx		x;

	zip_error_init(&ze);
	src = zip_source_buffer_create(data, len, 0, &ze);
	if (src == NULL || (z = zip_open_from_source(src, ZIP_RDONLY, &ze)) == NULL)
	{
		snprintf(err, errlen, "a damaged zip archive (as .docx): %s; open it in Word or "
				 "LibreOffice, save it again and read the new file", zip_error_strerror(&ze));
		if (src)
			zip_source_free(src);
		zip_error_fini(&ze);
		return false;
	}
	zip_error_fini(&ze);
	idx = zip_name_locate(z, "word/document.xml", 0);
	if (idx < 0)
	{
		snprintf(err, errlen, "%s", zip_what(z));
		zip_close(z);
		return false;
	}
	zip_stat_init(&st);
	if (zip_stat_index(z, (zip_uint64_t) idx, 0, &st) == 0 && (st.valid & ZIP_STAT_SIZE) &&
		st.size > CLI_MAX_UNZIPPED)
	{
		snprintf(err, errlen, "a .docx whose text unpacks to %llu MB (the limit is %zu MB): "
				 "a zip bomb or not a report", (unsigned long long) (st.size >> 20),
				 CLI_MAX_UNZIPPED >> 20);
		zip_close(z);
		return false;
	}
	f = zip_fopen_index(z, (zip_uint64_t) idx, 0);
	xml = f ? malloc(CLI_MAX_UNZIPPED + 1) : NULL;
	if (f == NULL || xml == NULL)
	{
		snprintf(err, errlen, "a damaged .docx (word/document.xml cannot be unpacked: %s)",
				 f ? "out of memory" : zip_strerror(z));
		if (f)
			zip_fclose(f);
		free(xml);
		zip_close(z);
		return false;
	}
	/* read at most the cap plus one byte, whatever the header claimed */
	for (;;)
	{
		zip_int64_t r = zip_fread(f, xml + n, CLI_MAX_UNZIPPED + 1 - n);

		if (r < 0)
		{
			snprintf(err, errlen, "a damaged .docx (word/document.xml: %s)",
					 zip_file_strerror(f));
			zip_fclose(f);
			free(xml);
			zip_close(z);
			return false;
		}
		if (r == 0)
			break;
		n += (size_t) r;
		if (n > CLI_MAX_UNZIPPED)
		{
			snprintf(err, errlen, "a .docx whose text unpacks to more than %zu MB: a zip bomb or not a report",
					 CLI_MAX_UNZIPPED >> 20);
			zip_fclose(f);
			free(xml);
			zip_close(z);
			return false;
		}
	}
	zip_fclose(f);
	zip_close(z);

	if (memmem(xml, n < 4096 ? n : 4096, "<!DOCTYPE", 9) != NULL ||
		memmem(xml, n, "<!ENTITY", 8) != NULL)
	{
		snprintf(err, errlen, "a .docx whose XML has a DOCTYPE (Word writes none): refused");
		free(xml);
		return false;
	}
	doc = xmlReadMemory(xml, (int) n, "document.xml", NULL,
						XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	free(xml);
	if (doc == NULL)
	{
		snprintf(err, errlen, "a damaged .docx: word/document.xml is not well-formed XML; "
				 "open it in Word or LibreOffice, save it again and read the new file");
		return false;
	}
	memset(&x, 0, sizeof(x));
	x.out = out;
	{
		xmlNode    *root = xmlDocGetRootElement(doc);

		for (xmlNode *c = root ? root->children : NULL; c; c = c->next)
			if (is(c, "body"))
				blocks(&x, c);
	}
	for (int i = 0; i < DOCX_MAXCOLS; i++)
		free(x.carry[i].text);
	xmlFreeDoc(doc);
	if (out->failed)
	{
		snprintf(err, errlen, "a .docx whose text is over %zu MB or out of memory",
				 CLI_MAX_UNZIPPED >> 20);
		return false;
	}
	return true;
}
