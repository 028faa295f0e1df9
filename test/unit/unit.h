/*
 * unit.h — a tiny assertion harness for the core's unit tests.  Each test
 * file prints "name: N passed, N failed" and exits non-zero on failure.
 */
#ifndef GR_UNIT_H
#define GR_UNIT_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int	unit_pass, unit_fail;

#define CHECK(cond) do { \
	if (cond) unit_pass++; \
	else { unit_fail++; fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); } \
} while (0)

#define CHECK_EQ_INT(a, b) do { \
	long long _a = (long long) (a), _b = (long long) (b); \
	if (_a == _b) unit_pass++; \
	else { unit_fail++; fprintf(stderr, "%s:%d: %s == %lld, expected %lld\n", __FILE__, __LINE__, #a, _a, _b); } \
} while (0)

#define CHECK_EQ_STR(a, b) do { \
	const char *_a = (a), *_b = (b); \
	if (_a && _b && strcmp(_a, _b) == 0) unit_pass++; \
	else { unit_fail++; fprintf(stderr, "%s:%d: %s == \"%s\", expected \"%s\"\n", __FILE__, __LINE__, #a, _a ? _a : "(null)", _b ? _b : "(null)"); } \
} while (0)

static inline int
unit_report(const char *name)
{
	printf("%s: %d passed, %d failed\n", name, unit_pass, unit_fail);
	return unit_fail ? 1 : 0;
}

/* Read a whole file into a malloc'd buffer (NUL-terminated); NULL if absent. */
static inline char *
unit_slurp(const char *path, size_t *len)
{
	FILE	   *f = fopen(path, "rb");
	char	   *buf;
	long		n;

	if (!f)
		return NULL;
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = malloc((size_t) n + 1);
	if (fread(buf, 1, (size_t) n, f) != (size_t) n)
	{
		fclose(f);
		free(buf);
		return NULL;
	}
	buf[n] = '\0';
	fclose(f);
	*len = (size_t) n;
	return buf;
}

/* A growing string, for tests that write a text piece by piece. */
typedef struct
{
	char	   *s;
	size_t		n,
				cap;
} unit_sbuf;

static inline void
unit_put(unit_sbuf *b, const char *t)
{
	size_t		l = strlen(t);

	if (b->n + l + 1 > b->cap)
	{
		b->cap = (b->n + l + 1) * 2;
		b->s = realloc(b->s, b->cap);
	}
	memcpy(b->s + b->n, t, l + 1);
	b->n += l;
}

/* text with the first `find` replaced by `with` (malloc'd; NULL if absent) */
static inline char *
unit_replaced(const char *text, const char *find, const char *with, size_t *len)
{
	const char *at = strstr(text, find);
	size_t		a,
				fl = strlen(find),
				wl = strlen(with);
	char	   *out;

	if (at == NULL)
		return NULL;
	a = (size_t) (at - text);
	*len = strlen(text) - fl + wl;
	out = malloc(*len + 1);
	memcpy(out, text, a);
	memcpy(out + a, with, wl);
	strcpy(out + a + wl, at + fl);
	return out;
}

#ifdef GR_H
/*
 * The document a text reads to, in an arena the test made (its strings
 * point into the text or the arena, so it lives as long as both).
 */
static inline gr_doc
unit_parse(gr_heap *heap, const char *s)
{
	gr_mem		m = gr_heap_mem(heap);
	gr_doc		d;

	gr_parse(&d, s, strlen(s), &m, NULL);
	return d;
}

/* Does section 3's row r hold the whole numbers v[0..7), each a value? */
static inline bool
unit_req_row_is(const gr_doc *d, int r, const long *v)
{
	for (int c = 0; c < GR_RC_COUNT; c++)
		if (d->req[r][c].state != GR_VALUE || d->req[r][c].scale != 0 || d->req[r][c].m != v[c])
			return false;
	return true;
}

/* Is every cell of section 3's row r missing? */
static inline bool
unit_req_row_missing(const gr_doc *d, int r)
{
	for (int c = 0; c < GR_RC_COUNT; c++)
		if (d->req[r][c].state != GR_MISSING)
			return false;
	return true;
}
#endif

#endif
