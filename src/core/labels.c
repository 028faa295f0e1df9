/*
 * labels.c — reading a disposition or an applicant from text: the key, or
 * the official label (simplified or traditional) with or without its
 * numbering and surrounding space.  Plain C over the const tables of
 * form.c; the SQL types' input functions call it, and so can the parser.
 *
 * Accepted, after removing surrounding space (ASCII white space, U+00A0,
 * U+3000, U+200B, U+FEFF):
 *   - the key, exactly: "withheld.state_secret";
 *   - the label, simplified or traditional, optionally preceded by a
 *     numbering and more space: "1.属于国家秘密", "（三）不予公开",
 *     "(三)不予公開", "3、 不予公开", "三、不予公开".  A numbering must carry
 *     the label's own number (（三） is 3: "（一）不予公开" is refused), and
 *     labels printed without a numbering (the applicants) take none.
 * Labels compare with full-width and ASCII forms of ( ) , : " " folded
 * together, so "部分公开(区分处理的,只计这一情形,不计其他情形)" also reads.
 */
#include <string.h>

#include "gr.h"
#include "text.h"

/*
 * Decode one code point of s[0..len) with the core's decoder (text.h):
 * its length in bytes, 0 at the end.  A malformed sequence decodes as
 * U+FFFD, which no label, numeral or space is, so it ends what is read.
 */
static size_t
utf8_next(const unsigned char *s, size_t len, uint32_t *cp)
{
	size_t		adv;

	if (len == 0)
		return 0;
	*cp = gr_utf8_next(s, len, &adv);
	return adv;
}

/* The space a value may be surrounded by (listed above; not gr_is_space's wider set). */
static bool
is_space(uint32_t c)
{
	return c == ' ' || (c >= '\t' && c <= '\r') || c == 0xA0 ||
		c == 0x3000 || c == 0x200B || c == 0xFEFF;
}

gr_str
gr_label_trim(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *) s;
	size_t		start = 0,
				end = len;
	uint32_t	c;
	size_t		n;

	while (start < end && (n = utf8_next(p + start, end - start, &c)) > 0 && is_space(c))
		start += n;

	/* Walk back over whole sequences: find the start of the last one. */
	while (end > start)
	{
		size_t		k = end - 1;

		while (k > start && (p[k] & 0xC0) == 0x80)
			k--;
		n = utf8_next(p + k, end - k, &c);
		if (n != end - k || !is_space(c))
			break;
		end = k;
	}

	return (gr_str)
	{
		s + start, end - start
	};
}

/* Value of one numeral character (ASCII or full-width digit, 一 … 十), or -1. */
static int
numeral(uint32_t c, bool *chinese)
{
	uint32_t	w = gr_fold_width(c);	/* a full-width digit as ASCII */
	int			v;

	*chinese = false;
	if (w >= '0' && w <= '9')
		return (int) (w - '0');
	if ((v = gr_cn_numeral(c)) > 0)
	{
		*chinese = true;
		return v;
	}
	return -1;
}

/*
 * Read a number of one or two numerals at p: digits ("3", "１２") or one
 * Chinese numeral ("三").  Returns bytes consumed (0: none), value in *v.
 */
static size_t
read_number(const unsigned char *p, size_t len, int *v)
{
	uint32_t	c;
	size_t		n,
				used = 0;
	bool		chinese;
	int			d,
				val = 0,
				digits = 0;

	while (used < len && (n = utf8_next(p + used, len - used, &c)) > 0)
	{
		d = numeral(c, &chinese);
		if (d < 0 || (chinese && digits > 0))
			break;
		if (chinese)
		{
			val = d;
			used += n;
			digits = -1;		/* a Chinese numeral stands alone */
			break;
		}
		if (digits == 2)
			return 0;			/* no label is numbered past 99 */
		val = val * 10 + d;
		digits++;
		used += n;
	}
	if (digits == 0)
		return 0;
	*v = val;
	return used;
}

static bool
is_open(uint32_t c)
{
	return c == '(' || c == 0xFF08;
}

static bool
is_close(uint32_t c)
{
	return c == ')' || c == 0xFF09;
}

/* The separator after a bare number: . ． 、 */
static bool
is_sep(uint32_t c)
{
	return c == '.' || c == 0xFF0E || c == 0x3001;
}

/*
 * Length in bytes of a numbering at the start of p — "(" number ")" with
 * either kind of parenthesis, or a number and one of . ． 、 — or 0 if there
 * is none.  Its value goes to *v.
 */
static size_t
numbering_len(const unsigned char *p, size_t len, int *v)
{
	size_t		n,
				k,
				at;
	uint32_t	c;

	n = utf8_next(p, len, &c);
	if (n == 0)
		return 0;
	if (is_open(c))
	{
		k = read_number(p + n, len - n, v);
		if (k == 0)
			return 0;
		at = n + k;
		n = utf8_next(p + at, len - at, &c);
		if (n == 0 || !is_close(c))
			return 0;
	}
	else
	{
		k = read_number(p, len, v);
		if (k == 0)
			return 0;
		at = k;
		n = utf8_next(p + at, len - at, &c);
		if (n == 0 || !is_sep(c))
			return 0;
	}
	return *v > 0 ? at + n : 0;
}

gr_str
gr_label_unnumber(gr_str s, int *num)
{
	int			v = 0;
	size_t		at = numbering_len((const unsigned char *) s.p, s.len, &v);
	gr_str		rest;

	*num = 0;
	if (at == 0)
		return s;
	rest = gr_label_trim(s.p + at, s.len - at);
	if (rest.len == 0)
		return s;				/* a bare numbering is no label */
	*num = v;
	return rest;
}

int
gr_label_number(const char *numbering)
{
	int			v = 0;
	size_t		len = strlen(numbering);

	if (len > 0 && numbering_len((const unsigned char *) numbering, len, &v) == len)
		return v;
	return 0;
}

/*
 * Full-width and typographic punctuation onto one form for comparing: the
 * core's width folder, and the curly double quotes of 危及“三安全一稳定”
 * onto the straight one as well (a value typed with straight quotes).
 */
static uint32_t
fold(uint32_t c)
{
	c = gr_fold_width(c);
	return c == 0x201C || c == 0x201D ? '"' : c;
}

/* Does the span s equal the NUL-terminated label, punctuation folded? */
static bool
label_eq(gr_str s, const char *label)
{
	const unsigned char *a = (const unsigned char *) s.p;
	const unsigned char *b = (const unsigned char *) label;
	size_t		alen = s.len,
				blen = strlen(label),
				i = 0,
				j = 0;

	while (i < alen && j < blen)
	{
		uint32_t	ca,
					cb;
		size_t		na = utf8_next(a + i, alen - i, &ca);
		size_t		nb = utf8_next(b + j, blen - j, &cb);

		if (na == 0 || nb == 0 || fold(ca) != fold(cb))
			return false;
		i += na;
		j += nb;
	}
	return i == alen && j == blen;
}

/* Other spellings accepted for a value: the short name of the long label. */
typedef struct gr_alias
{
	int			value;
	const char *text;
} gr_alias;

static const gr_alias disp_aliases[] = {
	{GR_D_PARTIAL, "部分公开"},
	{GR_D_PARTIAL, "部分公開"},
};

static gr_label_result
lookup(const gr_label *tab, int count, const gr_alias *aliases, int naliases,
	   const char *text, size_t len, int *out)
{
	gr_str		s = gr_label_trim(text, len);
	gr_str		rest;
	int			num;
	int			found = -1;

	*out = -1;
	if (s.len == 0)
		return GR_LABEL_UNKNOWN;

	for (int i = 0; i < count; i++)
		if (s.len == strlen(tab[i].key) && memcmp(s.p, tab[i].key, s.len) == 0)
		{
			*out = i;
			return GR_LABEL_OK;
		}

	rest = gr_label_unnumber(s, &num);
	for (int i = 0; i < count && found < 0; i++)
		if (label_eq(rest, tab[i].label) || label_eq(rest, tab[i].label_t))
			found = i;
	for (int i = 0; i < naliases && found < 0; i++)
		if (label_eq(rest, aliases[i].text))
			found = aliases[i].value;

	if (found < 0)
		return GR_LABEL_UNKNOWN;
	*out = found;
	if (num != 0 && num != gr_label_number(tab[found].numbering))
		return GR_LABEL_BAD_NUMBER;
	return GR_LABEL_OK;
}

gr_label_result
gr_disp_read(const char *text, size_t len, int *out)
{
	return lookup(gr_disps, GR_D_COUNT, disp_aliases,
				  (int) (sizeof(disp_aliases) / sizeof(disp_aliases[0])),
				  text, len, out);
}

gr_label_result
gr_appl_read(const char *text, size_t len, int *out)
{
	return lookup(gr_appls, GR_P_COUNT, NULL, 0, text, len, out);
}

/*
 * Edit distance (insertions, deletions, substitutions of code points)
 * between a[0..na) and b[0..nb) if it is at most k, else k + 1.  Only the
 * band of cells within k of the diagonal is computed, so the cost is
 * O((na + nb) * k); lengths past GR_FUZZY_MAX are refused (k + 1).
 */
int
gr_edit_distance(const uint32_t *a, int na, const uint32_t *b, int nb, int k)
{
	int			prev[GR_FUZZY_MAX + 1],
				cur[GR_FUZZY_MAX + 1];
	const int	far = k + 1;

	if (k < 0 || na > GR_FUZZY_MAX || nb > GR_FUZZY_MAX ||
		na - nb > k || nb - na > k)
		return far;
	for (int j = 0; j <= nb; j++)
		prev[j] = j <= k ? j : far;
	for (int i = 1; i <= na; i++)
	{
		int			lo = i - k > 1 ? i - k : 1,
					hi = i + k < nb ? i + k : nb,
					best = far;

		cur[0] = i <= k ? i : far;
		if (lo > 1)
			cur[lo - 1] = far;
		for (int j = lo; j <= hi; j++)
		{
			int			d = prev[j - 1] + (a[i - 1] != b[j - 1]);

			if (j < i + k && prev[j] + 1 < d)
				d = prev[j] + 1;	/* prev[j] is in the band */
			if (cur[j - 1] + 1 < d)
				d = cur[j - 1] + 1;
			if (d > far)
				d = far;
			cur[j] = d;
			if (d < best)
				best = d;
		}
		if (hi < nb)
			cur[hi + 1] = far;
		if (best > k && cur[0] > k)
			return far;			/* the band holds nothing within k */
		memcpy(prev, cur, sizeof(int) * (size_t) (nb + 1));
	}
	return prev[nb] <= k ? prev[nb] : far;
}
