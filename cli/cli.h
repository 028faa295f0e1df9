/*
 * cli.h — the govreport command: files in, documents out.
 *
 * Every reader turns one file's bytes into the UTF-8 text that the core
 * (src/core, gr_parse) reads, or into a per-file error that says what the
 * file is and what to do.  Nothing here touches a server except load.c.
 */
#ifndef GR_CLI_H
#define GR_CLI_H

#include <stdbool.h>
#include <stddef.h>

#include "gr.h"

/* The largest file read at all, and the most text a PDF or DOCX may give. */
#define CLI_MAX_FILE ((size_t) 256 << 20)
#define CLI_MAX_UNZIPPED ((size_t) 64 << 20)
#define CLI_MAX_PDF_PAGES 500

/* What a file was read as. */
typedef enum cli_kind
{
	CLI_TEXT = 0,
	CLI_HTML,
	CLI_DOCX,
	CLI_PDF
} cli_kind;

/*
 * One file read: text is UTF-8 without NUL and without a byte order mark,
 * malloc'd (free with free); on failure text is NULL and err says why.
 */
typedef struct cli_text
{
	char	   *text;
	size_t		len;
	cli_kind	kind;
	const char *encoding;		/* the source encoding of a text or HTML file */
	char		err[400];
} cli_text;

/* A growable malloc'd byte buffer (the readers' output). */
typedef struct cli_buf
{
	char	   *data;
	size_t		len;
	size_t		cap;
	bool		failed;			/* out of memory or over the cap */
	size_t		max;			/* 0: no cap */
} cli_buf;

void		cli_buf_put(cli_buf *b, const char *s, size_t n);
void		cli_buf_puts(cli_buf *b, const char *s);
void		cli_buf_putc(cli_buf *b, char c);

/* input.c */

/* Read a whole file ("-": standard input); NULL and err on failure. */
char	   *cli_slurp(const char *path, size_t *len, char *err, size_t errlen);

/* The text of a file's bytes: sniffs the kind, converts the encoding. */
void		cli_read_bytes(const char *path, const char *data, size_t len, cli_text *out);

/* cli_slurp then cli_read_bytes. */
void		cli_read_file(const char *path, cli_text *out);

/* Is s[0..len) valid UTF-8 (no overlongs, no surrogates)? */
bool		cli_utf8_valid(const char *s, size_t len);

/* docx.c, pdf.c: the document as text in the tab layout; false and err on failure */
bool		cli_docx_text(const char *data, size_t len, cli_buf *out, char *err, size_t errlen);
bool		cli_pdf_text(const char *data, size_t len, cli_buf *out, char *err, size_t errlen);

/* sha256.c: hex digest (65 bytes with the NUL) of data */
void		cli_sha256_hex(const void *data, size_t len, char hex[65]);

/* load.c */
int			cli_load(int argc, char **argv);
/* A table name as SQL, each dot-separated part quoted; malloc'd, NULL on failure. */
struct pg_conn;
char	   *cli_quote_table(struct pg_conn *c, const char *name);

/* review.c */
int			cli_review(int argc, char **argv);

/* main.c */
extern const char *cli_progname;

#endif
