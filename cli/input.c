/*
 * input.c — a file's bytes to the UTF-8 text the core reads.
 *
 * The kind is sniffed from the bytes, never from the file name: PDF and DOCX
 * go to their readers (pdf.c, docx.c); Word 97–2003, other zip documents,
 * images and RTF get an error saying what the file is and what to do.  Text
 * and HTML are decoded: a byte order mark (UTF-8, UTF-16 LE/BE) decides;
 * otherwise valid UTF-8 is UTF-8, then the charset an HTML page declares
 * (<meta charset> or http-equiv content), then GB18030 (a superset of GBK
 * and GB2312), each only if the whole text decodes in it.  Valid UTF-8 wins
 * over a declared GB charset because pages are often re-encoded without
 * their <meta> being updated, and a GBK text of any length is almost never
 * valid UTF-8 by accident.  Conversion is glibc's iconv.
 */
#include "cli.h"

#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

/* ------------------------------------------------------------ buffers */

static bool
buf_room(cli_buf *b, size_t n)
{
	size_t		cap;
	char	   *p;

	if (b->failed)
		return false;
	if (b->max && b->len + n > b->max)
	{
		b->failed = true;
		return false;
	}
	if (b->len + n + 1 <= b->cap)
		return true;
	cap = b->cap ? b->cap : 4096;
	while (cap < b->len + n + 1)
		cap *= 2;
	p = realloc(b->data, cap);
	if (p == NULL)
	{
		b->failed = true;
		return false;
	}
	b->data = p;
	b->cap = cap;
	return true;
}

void
cli_buf_put(cli_buf *b, const char *s, size_t n)
{
	if (!buf_room(b, n))
		return;
	memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
}

void
cli_buf_puts(cli_buf *b, const char *s)
{
	cli_buf_put(b, s, strlen(s));
}

void
cli_buf_putc(cli_buf *b, char c)
{
	cli_buf_put(b, &c, 1);
}

/* ------------------------------------------------------------ files */

char *
cli_slurp(const char *path, size_t *len, char *err, size_t errlen)
{
	FILE	   *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
	char	   *buf = NULL;
	size_t		n = 0,
				cap = 0;
	struct stat st;

	if (f == NULL)
	{
		snprintf(err, errlen, "cannot open: %s", strerror(errno));
		return NULL;
	}
	if (fstat(fileno(f), &st) == 0)
	{
		if (S_ISDIR(st.st_mode))
		{
			snprintf(err, errlen, "is a directory (read takes files; load takes directories)");
			if (f != stdin)
				fclose(f);
			return NULL;
		}
		if (S_ISREG(st.st_mode) && (size_t) st.st_size > CLI_MAX_FILE)
		{
			snprintf(err, errlen, "too large: %lld bytes (the limit is %zu MB)",
					 (long long) st.st_size, CLI_MAX_FILE >> 20);
			if (f != stdin)
				fclose(f);
			return NULL;
		}
		if (S_ISREG(st.st_mode))
			cap = (size_t) st.st_size + 1;
	}
	if (cap < 65536)
		cap = 65536;
	buf = malloc(cap);
	while (buf)
	{
		size_t		r;

		if (n + 1 >= cap)
		{
			char	   *p;

			if (cap > CLI_MAX_FILE)
			{
				snprintf(err, errlen, "too large (the limit is %zu MB)", CLI_MAX_FILE >> 20);
				free(buf);
				buf = NULL;
				break;
			}
			p = realloc(buf, cap * 2);
			if (p == NULL)
			{
				free(buf);
				buf = NULL;
				break;
			}
			buf = p;
			cap *= 2;
		}
		r = fread(buf + n, 1, cap - n - 1, f);
		n += r;
		if (r == 0)
		{
			if (ferror(f))
			{
				snprintf(err, errlen, "cannot read: %s", strerror(errno));
				free(buf);
				buf = NULL;
			}
			break;
		}
	}
	if (buf == NULL && err[0] == '\0')
		snprintf(err, errlen, "out of memory");
	if (f != stdin)
		fclose(f);
	if (buf)
	{
		buf[n] = '\0';
		*len = n;
	}
	return buf;
}

/* ------------------------------------------------------------ encodings */

bool
cli_utf8_valid(const char *str, size_t len)
{
	const unsigned char *s = (const unsigned char *) str;
	size_t		i = 0;

	while (i < len)
	{
		unsigned char c = s[i];

		/* eight ASCII bytes at a time */
		if (i + 8 <= len)
		{
			uint64_t	w;

			memcpy(&w, s + i, 8);
			if ((w & UINT64_C(0x8080808080808080)) == 0)
			{
				i += 8;
				continue;
			}
		}
		if (c < 0x80)
			i++;
		else if (c >= 0xC2 && c <= 0xDF)
		{
			if (i + 1 >= len || (s[i + 1] & 0xC0) != 0x80)
				return false;
			i += 2;
		}
		else if (c >= 0xE0 && c <= 0xEF)
		{
			if (i + 2 >= len || (s[i + 1] & 0xC0) != 0x80 || (s[i + 2] & 0xC0) != 0x80)
				return false;
			if (c == 0xE0 && s[i + 1] < 0xA0)
				return false;	/* overlong */
			if (c == 0xED && s[i + 1] >= 0xA0)
				return false;	/* surrogate */
			i += 3;
		}
		else if (c >= 0xF0 && c <= 0xF4)
		{
			if (i + 3 >= len || (s[i + 1] & 0xC0) != 0x80 ||
				(s[i + 2] & 0xC0) != 0x80 || (s[i + 3] & 0xC0) != 0x80)
				return false;
			if ((c == 0xF0 && s[i + 1] < 0x90) || (c == 0xF4 && s[i + 1] >= 0x90))
				return false;
			i += 4;
		}
		else
			return false;
	}
	return true;
}

/* s[0..len) converted from encoding `from` to UTF-8; NULL if any byte is invalid. */
static char *
convert(const char *from, const char *s, size_t len, size_t *outlen)
{
	iconv_t		cd = iconv_open("UTF-8", from);
	size_t		cap = len * 2 + 16,
				left,
				inleft = len;
	char	   *out,
			   *op;
	char	   *ip = (char *) s;

	if (cd == (iconv_t) -1)
		return NULL;
	out = malloc(cap);
	op = out;
	left = cap - 1;
	while (out && inleft > 0)
	{
		size_t		r = iconv(cd, &ip, &inleft, &op, &left);

		if (r != (size_t) -1)
			break;
		if (errno == E2BIG)
		{
			size_t		used = (size_t) (op - out);
			char	   *p = realloc(out, cap * 2);

			if (p == NULL)
			{
				free(out);
				out = NULL;
				break;
			}
			out = p;
			cap *= 2;
			op = out + used;
			left = cap - used - 1;
			continue;
		}
		/* EILSEQ or EINVAL: not this encoding */
		free(out);
		out = NULL;
	}
	iconv_close(cd);
	if (out == NULL)
		return NULL;
	*op = '\0';
	*outlen = (size_t) (op - out);
	return out;
}

/* Case-insensitive search for needle in the first n bytes of s. */
static const char *
find_ci(const char *s, size_t n, const char *needle)
{
	size_t		k = strlen(needle);
	char		c0 = needle[0];

	/* needles start with a lower-case letter or a symbol: s[i] | 0x20 folds the case */
	for (size_t i = 0; i + k <= n; i++)
		if ((char) (s[i] | 0x20) == c0 && strncasecmp(s + i, needle, k) == 0)
			return s + i;
	return NULL;
}

/*
 * The charset an HTML page declares in its head (<meta charset="gbk"> or
 * <meta http-equiv="Content-Type" content="text/html; charset=gb2312">),
 * as an iconv name, into name; false if none.
 */
static bool
declared_charset(const char *s, size_t len, char *name, size_t cap)
{
	size_t		n = len < 16384 ? len : 16384;
	const char *p = s,
			   *end = s + n;

	while ((p = find_ci(p, (size_t) (end - p), "charset")) != NULL)
	{
		size_t		k = 0;

		p += 7;
		while (p < end && (*p == ' ' || *p == '='))
			p++;
		while (p < end && (*p == '"' || *p == '\''))
			p++;
		while (p < end && k + 1 < cap &&
			   ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
				(*p >= '0' && *p <= '9') || *p == '-' || *p == '_'))
			name[k++] = *p++;
		name[k] = '\0';
		if (k == 0)
			continue;
		if (strcasecmp(name, "gb2312") == 0 || strcasecmp(name, "gbk") == 0 ||
			strcasecmp(name, "x-gbk") == 0 || strcasecmp(name, "cp936") == 0 ||
			strcasecmp(name, "euc-cn") == 0 || strcasecmp(name, "gb18030") == 0)
			snprintf(name, cap, "GB18030");
		return true;
	}
	return false;
}

/* ------------------------------------------------------------ sniffing */

static bool
starts(const char *s, size_t len, const char *magic, size_t n)
{
	return len >= n && memcmp(s, magic, n) == 0;
}

/* What a binary file is, for the error; NULL if it may be text. */
static const char *
binary_what(const char *s, size_t len)
{
	if (starts(s, len, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))
		return "a Word 97-2003 document (.doc) or another old Office file: open it in Word or "
			"LibreOffice and save it as .docx (libreoffice --headless --convert-to docx FILE), then read that";
	if (starts(s, len, "\x89PNG", 4) || starts(s, len, "\xFF\xD8\xFF", 3) ||
		starts(s, len, "GIF8", 4) || starts(s, len, "II*\0", 4) || starts(s, len, "MM\0*", 4) ||
		(starts(s, len, "RIFF", 4) && len >= 12 && memcmp(s + 8, "WEBP", 4) == 0))
		return "an image: a scanned report has no text to read; run OCR on it (e.g. tesseract) and read the text it gives";
	if (starts(s, len, "{\\rtf", 5))
		return "an RTF document: open it in Word or LibreOffice and save it as .docx, then read that";
	if (starts(s, len, "\x1F\x8B", 2))
		return "a gzip archive: unpack it first";
	if (starts(s, len, "Rar!", 4) || starts(s, len, "7z\xBC\xAF", 4))
		return "an archive (RAR or 7z): unpack it first";
	if (starts(s, len, "\x7F" "ELF", 4) || starts(s, len, "MZ", 2))
		return "a program, not a document";
	return NULL;
}

static void
fail(cli_text *out, const char *fmt, const char *what)
{
	snprintf(out->err, sizeof(out->err), fmt, what);
}

/* Does the text look like HTML (for the kind shown to the user)? */
static bool
looks_html(const char *s, size_t len)
{
	static const char *const tags[] = {"<html", "<!doctype html", "<table", "<body", "<meta"};
	const char *p = s,
			   *end = s + (len < 4096 ? len : 4096);

	while ((p = memchr(p, '<', (size_t) (end - p))) != NULL)
	{
		for (size_t i = 0; i < sizeof(tags) / sizeof(tags[0]); i++)
			if ((size_t) (end - p) >= strlen(tags[i]) && strncasecmp(p, tags[i], strlen(tags[i])) == 0)
				return true;
		p++;
	}
	return false;
}

/* Take a converted text: no NUL inside. */
static void
take_text(cli_text *out, char *text, size_t len, const char *encoding)
{
	if (memchr(text, '\0', len) != NULL)
	{
		free(text);
		fail(out, "%s", "binary data: a NUL character in the text (not text, HTML, PDF or DOCX)");
		return;
	}
	out->text = text;
	out->len = len;
	out->encoding = encoding;
	out->kind = looks_html(text, len) ? CLI_HTML : CLI_TEXT;
}

static void
read_text(const char *data, size_t len, cli_text *out)
{
	char		cs[40];
	char	   *t;
	size_t		tlen = 0;

	if (starts(data, len, "\xEF\xBB\xBF", 3))
	{
		if (!cli_utf8_valid(data + 3, len - 3))
		{
			fail(out, "%s", "starts with a UTF-8 byte order mark but is not valid UTF-8");
			return;
		}
		t = malloc(len - 2);
		if (t == NULL)
		{
			fail(out, "%s", "out of memory");
			return;
		}
		memcpy(t, data + 3, len - 3);
		t[len - 3] = '\0';
		take_text(out, t, len - 3, "UTF-8 (with BOM)");
		return;
	}
	if (starts(data, len, "\xFF\xFE", 2) || starts(data, len, "\xFE\xFF", 2))
	{
		bool		le = data[0] == '\xFF';

		t = convert(le ? "UTF-16LE" : "UTF-16BE", data + 2, len - 2, &tlen);
		if (t == NULL)
		{
			fail(out, "%s", le ? "starts with a UTF-16 LE byte order mark but is not valid UTF-16"
						: "starts with a UTF-16 BE byte order mark but is not valid UTF-16");
			return;
		}
		take_text(out, t, tlen, le ? "UTF-16LE" : "UTF-16BE");
		return;
	}
	if (memchr(data, '\0', len) != NULL)
	{
		fail(out, "%s", "binary data (NUL bytes, no UTF-16 byte order mark): not text, HTML, PDF or DOCX");
		return;
	}
	if (cli_utf8_valid(data, len))
	{
		t = malloc(len + 1);
		if (t == NULL)
		{
			fail(out, "%s", "out of memory");
			return;
		}
		memcpy(t, data, len);
		t[len] = '\0';
		take_text(out, t, len, "UTF-8");
		return;
	}
	if (declared_charset(data, len, cs, sizeof(cs)) &&
		strcasecmp(cs, "utf-8") != 0 && strcasecmp(cs, "utf8") != 0)
	{
		t = convert(cs, data, len, &tlen);
		if (t != NULL)
		{
			take_text(out, t, tlen, strcmp(cs, "GB18030") == 0 ? "GB18030 (declared)" : "declared charset");
			return;
		}
	}
	t = convert("GB18030", data, len, &tlen);
	if (t != NULL)
	{
		take_text(out, t, tlen, "GB18030");
		return;
	}
	fail(out, "%s", "not text in UTF-8, UTF-16 (with a byte order mark) or GB18030/GBK/GB2312, "
		 "and not a PDF or DOCX: if it is text in another encoding, convert it with iconv first");
}

void
cli_read_bytes(const char *path, const char *data, size_t len, cli_text *out)
{
	const char *what;
	cli_buf		b;

	(void) path;
	memset(out, 0, sizeof(*out));
	if (len == 0)
	{
		fail(out, "%s", "empty file (0 bytes)");
		return;
	}
	memset(&b, 0, sizeof(b));
	b.max = CLI_MAX_UNZIPPED;
	/* a PDF header may follow some junk; readers accept it within 1 kB */
	if (find_ci(data, len < 1024 ? len : 1024, "%PDF-") != NULL)
	{
		out->kind = CLI_PDF;
		if (!cli_pdf_text(data, len, &b, out->err, sizeof(out->err)))
		{
			free(b.data);
			return;
		}
	}
	else if (starts(data, len, "PK\x03\x04", 4))
	{
		out->kind = CLI_DOCX;
		if (!cli_docx_text(data, len, &b, out->err, sizeof(out->err)))
		{
			free(b.data);
			return;
		}
	}
	else if ((what = binary_what(data, len)) != NULL)
	{
		fail(out, "%s", what);
		return;
	}
	else
	{
		read_text(data, len, out);
		return;
	}

	if (b.data == NULL)
		cli_buf_put(&b, "", 0);
	if (b.failed)
	{
		free(b.data);
		fail(out, "%s", "out of memory or its text is over the limit");
		return;
	}
	out->text = b.data;
	out->len = b.len;
	out->encoding = NULL;
}

void
cli_read_file(const char *path, cli_text *out)
{
	char		err[200] = "";
	size_t		len = 0;
	char	   *data = cli_slurp(path, &len, err, sizeof(err));

	if (data == NULL)
	{
		memset(out, 0, sizeof(*out));
		snprintf(out->err, sizeof(out->err), "%s", err);
		return;
	}
	cli_read_bytes(path, data, len, out);
	free(data);
}
