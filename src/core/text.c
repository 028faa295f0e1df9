/*
 * text.c — character-level helpers of the reader: UTF-8 decoding, folding
 * (traditional → simplified, full-width → ASCII, spaces dropped) for label
 * matching, whitespace trimming and reading a number out of a cell.
 */
#include "gr.h"
#include "text.h"
#include "words.h"

#include <string.h>

#include "fold_table.h"
#include "radical_table.h"

/* Decode one code point; invalid bytes decode as U+FFFD, length 1. */
uint32_t
(gr_utf8_next) (const unsigned char *s, size_t len, size_t *adv)
{
	unsigned char c = s[0];
	uint32_t	cp;
	size_t		n;

	if (c < 0x80)
	{
		*adv = 1;
		return c;
	}
	if (c >= 0xC2 && c <= 0xDF)
	{
		n = 2;
		cp = c & 0x1F;
	}
	else if (c >= 0xE0 && c <= 0xEF)
	{
		n = 3;
		cp = c & 0x0F;
	}
	else if (c >= 0xF0 && c <= 0xF4)
	{
		n = 4;
		cp = c & 0x07;
	}
	else
	{
		*adv = 1;
		return 0xFFFD;
	}
	if (n > len)
	{
		*adv = 1;
		return 0xFFFD;
	}
	for (size_t i = 1; i < n; i++)
	{
		if ((s[i] & 0xC0) != 0x80)
		{
			*adv = 1;
			return 0xFFFD;
		}
		cp = (cp << 6) | (s[i] & 0x3F);
	}
	if ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
		(cp >= 0xD800 && cp <= 0xDFFF))
	{
		*adv = 1;
		return 0xFFFD;
	}
	*adv = n;
	return cp;
}

size_t
gr_utf8_put(char *out, uint32_t cp)
{
	if (cp < 0x80)
	{
		out[0] = (char) cp;
		return 1;
	}
	if (cp < 0x800)
	{
		out[0] = (char) (0xC0 | (cp >> 6));
		out[1] = (char) (0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000)
	{
		out[0] = (char) (0xE0 | (cp >> 12));
		out[1] = (char) (0x80 | ((cp >> 6) & 0x3F));
		out[2] = (char) (0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (char) (0xF0 | (cp >> 18));
	out[1] = (char) (0x80 | ((cp >> 12) & 0x3F));
	out[2] = (char) (0x80 | ((cp >> 6) & 0x3F));
	out[3] = (char) (0x80 | (cp & 0x3F));
	return 4;
}

bool
(gr_is_space) (uint32_t cp)
{
	return cp == ' ' || cp == '\t' || cp == '\r' || cp == '\n' || cp == '\f' ||
		cp == '\v' || cp == 0x3000 || cp == 0x00A0 || cp == 0x200B ||
		cp == 0xFEFF || cp == 0x2002 || cp == 0x2003 || cp == 0x2009;
}

/* Traditional → simplified for the characters the reader matches on. */
uint32_t
gr_fold_cp(uint32_t cp, bool *was_trad)
{
	size_t		base = 0,
				n = GR_FOLD_NPAIRS;
	uint32_t	w = gr_fold_width(cp);

	if (w != cp)				/* full-width ASCII, minus sign, en dash */
		return w;
	/* a radical printed for an ideograph (pdftotext): the ideograph, folded */
	if (cp >= GR_RADICAL_FIRST && cp <= GR_RADICAL_LAST &&
		gr_radical_ideograph[cp - GR_RADICAL_FIRST] != 0)
		return gr_fold_cp(gr_radical_ideograph[cp - GR_RADICAL_FIRST], NULL);
	if (cp < 0x4E00 || cp < gr_fold_pairs[0][0] ||
		cp > gr_fold_pairs[GR_FOLD_NPAIRS - 1][0] ||
		!(gr_fold_filter[(cp & 4095) >> 6] >> (cp & 63) & 1))
		return cp;
	/* binary search without branches to mispredict (conditional moves) */
	while (n > 1)
	{
		size_t		half = n / 2;

		base = (gr_fold_pairs[base + half][0] <= cp) ? base + half : base;
		n -= half;
	}
	if (gr_fold_pairs[base][0] == cp)
	{
		if (was_trad && cp != 0x8986)	/* 覆 is simplified too */
			*was_trad = true;
		return gr_fold_pairs[base][1];
	}
	return cp;
}

int
gr_cn_numeral(uint32_t cp)
{
	static const uint32_t cn[10] = {
		0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94,		/* 一二三四五 */
		0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341		/* 六七八九十 */
	};

	if (cp < 0x4E00 || cp > 0x56DB)	/* 一 is the least, 四 the greatest */
		return 0;
	for (int i = 0; i < 10; i++)
		if (cp == cn[i])
			return i + 1;
	return 0;
}

/*
 * cp (folded) ends one of the fold table's words whose first character was
 * the last one written to out[0..o): rewrite that character and return the
 * word's second one; otherwise cp as it is.
 */
static uint32_t
fold_word(char *out, size_t o, uint32_t cp)
{
	for (size_t w = 0; w < GR_FOLD_NWORDS; w++)
		if (gr_fold_words[w][1] == cp && o >= 3 &&
			((unsigned char) out[o - 3] & 0xF0) == 0xE0)
		{
			uint32_t	prev = ((uint32_t) ((unsigned char) out[o - 3] & 0x0F) << 12) |
				((uint32_t) ((unsigned char) out[o - 2] & 0x3F) << 6) |
				(uint32_t) ((unsigned char) out[o - 1] & 0x3F);

			if (prev == gr_fold_words[w][0])
			{
				(void) gr_utf8_put(out + o - 3, gr_fold_words[w][2]);
				return gr_fold_words[w][3];
			}
		}
	return cp;
}

/* Is cp (U+4000-U+9FFF, a sequence led by E4-E9) in the bitmap? */
#define IN_BITS(bits, cp) \
	((bits)[((cp) - 0x4000) >> 6] >> (((cp) - 0x4000) & 63) & 1)

/* p (avail bytes) begins a full-width form U+FF01-U+FF5E: EF BC 81-BF or EF BD 80-9E */
static inline bool
fullwidth_form(const unsigned char *p, size_t avail)
{
	return avail >= 3 && p[0] == 0xEF &&
		((p[1] == 0xBC && p[2] > 0x80 && p[2] <= 0xBF) ||
		 (p[1] == 0xBD && p[2] >= 0x80 && p[2] <= 0x9E));
}

/*
 * gr_fold, and with sig not NULL also the signature (words.h, sig_of) of
 * what it writes, taken as it writes it: a run of ideographs is hashed as
 * it is copied, an ASCII character is its own bit.  Anything else written
 * (two- and four-byte sequences, a word folded back over the character
 * before it) leaves *exact false, and the caller takes sig_of of the output.
 */
static size_t
fold(const char *s, size_t len, char *out, size_t cap, int *trad_hits,
	 uint64_t *sig, bool *exact)
{
	size_t		i = 0,
				o = 0;

	while (i < len && o + 4 < cap)
	{
		size_t		adv;
		uint32_t	cp;
		bool		t = false;
		unsigned char c = (unsigned char) s[i];

		if (c < 0x80)
		{
			/* ASCII: spaces dropped, the rest as it is */
			i++;
			if (c != ' ' && (c < '\t' || c > '\r'))
			{
				out[o++] = (char) c;
				if (sig)
				{
					sig[c >> 6] |= UINT64_C(1) << (c & 63);
					if (c == 0)
						*exact = false; /* sig_of stops at a NUL */
				}
			}
			continue;
		}
		if (c >= 0xE3 && c <= 0xE9)
		{
			/*
			 * A run of ideographs (U+4000-U+9FFF) and CJK punctuation
			 * (U+3001-U+3FFF): no space, no full-width form, nothing below
			 * the fold table's first character; each copied as it is
			 * unless it is U+3000 (a space), traditional or ends a word
			 * (then the general path below takes it).  Labels are mostly
			 * such runs: the run is measured in a loop that only reads,
			 * then copied at once.
			 */
			const unsigned char *p = (const unsigned char *) s + i;
			size_t		room = (cap - o - 4 - 1) / 3 + 1,	/* o + 4 < cap at each */
						k = 0,
						nmax = (len - i) / 3;	/* whole sequences left */

			if (nmax > room)
				nmax = room;
			for (; k < nmax; k++, p += 3)
			{
				/*
				 * b0 b1 b2: the sequence's bits as an offset from U+4000, so
				 * that a byte out of range shows as b0 > 5 or b1, b2 > 0x3F
				 * (one test for both continuation bytes), and the bitmap's
				 * word and bit are b0:b1 and b2 (IN_BITS without the code
				 * point); lead byte E3 is U+3000-U+3FFF
				 */
				unsigned	b0 = (unsigned) p[0] - 0xE4,
							b1 = (unsigned) p[1] ^ 0x80,
							b2 = (unsigned) p[2] ^ 0x80;

				if ((b1 | b2) > 0x3F)
					break;
				if (p[0] == 0xE3)
				{
					if ((b1 | b2) == 0)
						break;	/* U+3000 */
				}
				else if (b0 > 0xE9 - 0xE4 || (gr_fold_bits[(b0 << 6) | b1] >> b2 & 1))
					break;
				if (sig)
				{
					/* sig_of's hash of a three-byte sequence */
					unsigned	h = hash3(p);

					sig[h >> 6] |= UINT64_C(1) << (h & 63);
				}
			}
			if (k > 0)
			{
				memcpy(out + o, s + i, 3 * k);
				o += 3 * k;
				i += 3 * k;
				continue;
			}
		}
		else if (fullwidth_form((const unsigned char *) s + i, len - i))
		{
			/* a full-width form U+FF01-U+FF5E: its ASCII character (gr_fold_width) */
			unsigned char a = (unsigned char) ((unsigned char) s[i + 2] -
											   ((unsigned char) s[i + 1] == 0xBC ? 0x60 : 0x20));

			out[o++] = (char) a;
			if (sig)
				sig[a >> 6] |= UINT64_C(1) << (a & 63);
			i += 3;
			continue;
		}
		cp = gr_utf8_next((const unsigned char *) s + i, len - i, &adv);

		i += adv;
		if (gr_is_space(cp))
			continue;
		cp = gr_fold_cp(cp, &t);
		if (t && trad_hits)
			(*trad_hits)++;
		{
			char		before[3] = {0, 0, 0};	/* the character fold_word may rewrite */
			uint32_t	w;
			size_t		n;

			if (sig && o >= 3)
				memcpy(before, out + o - 3, 3);
			w = fold_word(out, o, cp);
			n = gr_utf8_put(out + o, w);
			if (sig)
			{
				const unsigned char *q = (const unsigned char *) out + o;

				if ((n != 1 && n != 3) || (o >= 3 && memcmp(before, out + o - 3, 3) != 0))
					*exact = false;
				else
				{
					unsigned	b = n == 1 ? q[0] : hash3(q);

					sig[b >> 6] |= UINT64_C(1) << (b & 63);
				}
			}
			o += n;
		}
	}
	out[o] = '\0';
	return o;
}

size_t
gr_fold(const char *s, size_t len, char *out, size_t cap, int *trad_hits)
{
	return fold(s, len, out, cap, trad_hits, NULL, NULL);
}

size_t
gr_fold_sig(const char *s, size_t len, char *out, size_t cap, int *trad_hits, uint64_t sig[4])
{
	bool		exact = true;
	size_t		n;

	sig[0] = sig[1] = sig[2] = sig[3] = 0;
	n = fold(s, len, out, cap, trad_hits, sig, &exact);
	if (!exact)
	{
		csig		g = sig_of(out);

		memcpy(sig, g.w, sizeof(g.w));
	}
	return n;
}

/*
 * What fold would return for s, and the traditional characters it would
 * count, without writing anything: each character takes the path fold
 * gives it (the same run test of ideographs and CJK punctuation, the same
 * full-width forms, the same general path through gr_fold_cp) and adds the
 * bytes fold would write for it, and the loop stops where fold's would
 * (the output reaching cap - 4).  fold_word rewrites a character only into
 * one of the same length, so it changes no length.  The matcher asks this
 * of a line too long to be folded into a label: when it is, it needs only
 * the count (for the document's script), at about half the cost of a fold.
 */
size_t
gr_fold_len(const char *str, size_t len, size_t cap, int *trad_hits)
{
	const unsigned char *s = (const unsigned char *) str;
	size_t		i = 0,
				o = 0;

	while (i < len && o + 4 < cap)
	{
		unsigned char c = s[i];
		size_t		adv;
		uint32_t	cp;
		bool		t = false;

		if (c < 0x80)
		{
			i++;
			o += (c != ' ' && (c < '\t' || c > '\r'));
			continue;
		}
		if (c >= 0xE3 && c <= 0xE9 && len - i >= 3)
		{
			/* fold's run: copied as it is, three bytes, unless it breaks there */
			unsigned	b0 = (unsigned) c - 0xE4,
						b1 = (unsigned) s[i + 1] ^ 0x80,
						b2 = (unsigned) s[i + 2] ^ 0x80;

			if ((b1 | b2) <= 0x3F &&
				(c == 0xE3 ? (b1 | b2) != 0 :
				 !(gr_fold_bits[(b0 << 6) | b1] >> b2 & 1)))
			{
				i += 3;
				o += 3;
				continue;
			}
		}
		else if (fullwidth_form(s + i, len - i))
		{
			/* a full-width form: its ASCII character */
			i += 3;
			o++;
			continue;
		}
		cp = gr_utf8_next(s + i, len - i, &adv);
		i += adv;
		if (gr_is_space(cp))
			continue;
		cp = gr_fold_cp(cp, &t);
		if (t && trad_hits)
			(*trad_hits)++;
		o += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
	}
	return o;
}

void
gr_script_counts(const char *s, size_t len, int *trad, int *simp)
{
	*trad = *simp = 0;
	for (size_t i = 0; i + 2 < len; i++)
	{
		unsigned char c = (unsigned char) s[i];
		uint32_t	cp;

		if (c < 0xE4 || c > 0xE9 || ((unsigned char) s[i + 1] & 0xC0) != 0x80 ||
			((unsigned char) s[i + 2] & 0xC0) != 0x80)
			continue;
		cp = ((uint32_t) (c & 0x0F) << 12) |
			((uint32_t) (s[i + 1] & 0x3F) << 6) | (uint32_t) (s[i + 2] & 0x3F);
		if (IN_BITS(gr_trad_bits, cp))
			(*trad)++;
		else if (IN_BITS(gr_simp_bits, cp))
			(*simp)++;
		i += 2;
	}
}

/* The ASCII characters gr_is_space takes: space, tab, CR, LF, FF, VT. */
#define ASCII_SPACE(c) ((c) == ' ' || ((c) >= '\t' && (c) <= '\r'))

gr_str
(gr_trim) (const char *s, size_t len)
{
	gr_str		r;
	size_t		a = 0,
				b = len;

	/*
	 * The usual case, nothing to trim, is gr_trim_fast's (text.h).  An
	 * ASCII byte is tested here without decoding: the next usual case is a
	 * line of a Word table, a tab and its cells.
	 */
	while (a < b)
	{
		size_t		adv;
		uint32_t	cp;

		if ((unsigned char) s[a] < 0x80)
		{
			if (!ASCII_SPACE(s[a]))
				break;
			a++;
			continue;
		}
		cp = gr_utf8_next((const unsigned char *) s + a, b - a, &adv);
		if (!gr_is_space(cp))
			break;
		a += adv;
	}
	while (b > a)
	{
		/* step back over one code point */
		size_t		k = b - 1;
		size_t		adv;
		uint32_t	cp;

		if ((unsigned char) s[k] < 0x80)
		{
			if (!ASCII_SPACE(s[k]))
				break;
			b = k;
			continue;
		}
		while (k > a && ((unsigned char) s[k] & 0xC0) == 0x80 && b - k < 4)
			k--;
		cp = gr_utf8_next((const unsigned char *) s + k, b - k, &adv);
		if (k + adv != b || !gr_is_space(cp))
			break;
		b = k;
	}
	r.p = s + a;
	r.len = b - a;
	return r;
}

static bool
has_prefix(const char *s, size_t len, const char *p)
{
	size_t		n = strlen(p);

	return len >= n && memcmp(s, p, n) == 0;
}

/* Units a count or amount may carry after its digits. */
static const char *const units[] = {
	"万元", "元", "件", "条", "个", "项", "人次", "次", "家", "份", "宗", "起", "笔", NULL
};

/* Placeholders for "none" (folded); PLACEHOLDER_MAX: the longest's bytes. */
#define PLACEHOLDER_MAX 6
static const char *const placeholders[] = {
	"/", "-", "--", "—", "——", "―", "无", "空", "\\", "…", "...", "／", NULL
};

static gr_state read_number(const char *s, size_t len, bool allow_decimal, gr_cell *out);

/*
 * The usual cell first, one to fifteen ASCII digits and nothing else: the
 * value read_number's own first test gives it, without entering the
 * general reader (its frame, the trim, the character classes).
 */
gr_state
gr_read_number(const char *s, size_t len, bool allow_decimal, gr_cell *out)
{
	if (len >= 1 && len <= 15)
	{
		int64_t		m = 0;
		size_t		k = 0;

		while (k < len && s[k] >= '0' && s[k] <= '9')
			m = m * 10 + (s[k++] - '0');
		if (k == len)
		{
			out->m = m;
			out->scale = 0;
			return out->state = GR_VALUE;
		}
	}
	return read_number(s, len, allow_decimal, out);
}

static gr_state
read_number(const char *s, size_t len, bool allow_decimal, gr_cell *out)
{
	char		buf[96];
	size_t		n;
	size_t		i = 0;
	bool		neg = false;
	int64_t		m = 0;
	int			digits = 0,
				scale = 0;
	bool		dot = false;
	gr_str		t = gr_trim(s, len);

	out->m = 0;
	out->scale = 0;
	if (t.len == 0)
		return out->state = GR_BLANK;
	if (t.len > 80)
		return out->state = GR_UNREADABLE;
	/* "——" as docx2txt prints it: each em dash " -- " */
	if (t.len == 6 && memcmp(t.p, "--  --", 6) == 0)
		return out->state = GR_BLANK;

	/*
	 * Fast paths (the reader asks this of every token): plain ASCII digits,
	 * the usual cell; and text without any digit that cannot be a
	 * placeholder (more than three characters besides spaces: folding maps
	 * one character to one and only drops spaces).
	 */
	{
		bool		alldig = t.len <= 15,
					anydig = false;
		int			nonspace = 0;

		for (size_t k = 0; k < t.len;)
		{
			unsigned char c = (unsigned char) t.p[k];

			if (c >= '0' && c <= '9')
			{
				anydig = true;
				k++;
				continue;
			}
			alldig = false;
			if (c >= 0xE4 && c <= 0xE9 && k + 2 < t.len &&
				((unsigned char) t.p[k + 1] & 0xC0) == 0x80 &&
				((unsigned char) t.p[k + 2] & 0xC0) == 0x80)
			{
				/* an ideograph (U+4000-U+9FFF): neither a digit nor a space */
				nonspace++;
				k += 3;
			}
			else if (c < 0x80)
			{
				nonspace += !(c == ' ' || c == '\t' || c == '\r' || c == '\n' ||
							  c == '\f' || c == '\v');
				k++;
			}
			else
			{
				size_t		adv;
				uint32_t	cp = gr_utf8_next((const unsigned char *) t.p + k, t.len - k, &adv);

				if (cp >= 0xFF10 && cp <= 0xFF19)
					anydig = true;
				else
					nonspace += !gr_is_space(cp);
				k += adv;
			}
		}
		if (alldig)
		{
			for (size_t k = 0; k < t.len; k++)
				m = m * 10 + (t.p[k] - '0');
			out->m = m;
			return out->state = GR_VALUE;
		}
		if (!anydig && nonspace > 3)
			return out->state = GR_UNREADABLE;
	}
	/* "3 4" is two numbers run together, not 34 */
	{
		bool		digit_then_space = false;
		bool		prev_digit = false;

		for (size_t k = 0; k < t.len;)
		{
			size_t		adv;
			uint32_t	cp = gr_utf8_next((const unsigned char *) t.p + k, t.len - k, &adv);
			bool		dg = (cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19);

			if (gr_is_space(cp))
				digit_then_space = digit_then_space || prev_digit;
			else if (dg && digit_then_space)
				return out->state = GR_UNREADABLE;
			else
				digit_then_space = false;
			if (!gr_is_space(cp))
				prev_digit = dg;
			k += adv;
		}
	}
	n = gr_fold(t.p, t.len, buf, sizeof(buf), NULL);
	for (int k = 0; n <= PLACEHOLDER_MAX && placeholders[k]; k++)
		if (strcmp(buf, placeholders[k]) == 0)
			return out->state = GR_BLANK;

	if (buf[0] == '+')
		i = 1;
	else if (buf[0] == '-')
	{
		neg = true;
		i = 1;
	}
	else if (has_prefix(buf, n, "增加"))
		i = strlen("增加");
	else if (has_prefix(buf, n, "减少"))
	{
		neg = true;
		i = strlen("减少");
	}
	else if (has_prefix(buf, n, "增"))
		i = strlen("增");
	else if (has_prefix(buf, n, "减"))
	{
		neg = true;
		i = strlen("减");
	}

	for (; i < n; i++)
	{
		char		c = buf[i];

		if (c >= '0' && c <= '9')
		{
			if (digits == 0 && c == '0' && !dot)
			{
				/* leading zero: counts as a digit seen but adds nothing */
				digits = 1;
				continue;
			}
			if (m > GR_MAX_MANTISSA / 10)
				return out->state = GR_UNREADABLE;
			m = m * 10 + (c - '0');
			if (m > GR_MAX_MANTISSA)
				return out->state = GR_UNREADABLE;
			digits++;
			if (dot)
			{
				scale++;
				if (scale > GR_MAX_SCALE)
					return out->state = GR_UNREADABLE;
			}
		}
		else if (c == ',' && digits > 0 && !dot &&
				 i + 3 < n + 1 && i + 3 <= n &&
				 buf[i + 1] >= '0' && buf[i + 1] <= '9' &&
				 buf[i + 2] >= '0' && buf[i + 2] <= '9' &&
				 buf[i + 3] >= '0' && buf[i + 3] <= '9' &&
				 (i + 4 >= n || buf[i + 4] < '0' || buf[i + 4] > '9'))
			continue;			/* thousands separator */
		else if (c == '.' && !dot && digits > 0)
			dot = true;
		else
			break;
	}
	if (digits == 0)
		return out->state = GR_UNREADABLE;
	if (dot && scale == 0)
		dot = false;			/* "3." */
	if (i < n)
	{
		bool		unit = false;

		/* the first two bytes rule out most units before strcmp */
		for (int k = 0; units[k] && !unit; k++)
			if (buf[i] == units[k][0] && buf[i + 1] == units[k][1] &&
				strcmp(buf + i, units[k]) == 0)
				unit = true;
		if (!unit)
			return out->state = GR_UNREADABLE;

	}
	if (dot && !allow_decimal)
	{
		/* 3.0 is a count; 3.5 is not */
		int64_t		p = 1;

		for (int k = 0; k < scale; k++)
			p *= 10;
		if (m % p != 0)
			return out->state = GR_UNREADABLE;
		m /= p;
		scale = 0;
	}
	out->m = neg ? -m : m;
	out->scale = (uint8_t) scale;
	return out->state = GR_VALUE;
}

gr_unit
gr_money_unit(const char *s, size_t len)
{
	char		buf[96];
	size_t		n;
	gr_str		t = gr_trim(s, len);

	if (t.len == 0 || t.len > 80)
		return GR_UNIT_NONE;
	n = gr_fold(t.p, t.len, buf, sizeof(buf), NULL);
	if (n >= 6 && memcmp(buf + n - 6, "万元", 6) == 0)
		return GR_UNIT_WAN_YUAN;
	if (n >= 3 && memcmp(buf + n - 3, "元", 3) == 0)
		return GR_UNIT_YUAN;
	return GR_UNIT_NONE;
}

uint32_t
gr_unradical(uint32_t cp)
{
	if (cp >= GR_RADICAL_FIRST && cp <= GR_RADICAL_LAST &&
		gr_radical_ideograph[cp - GR_RADICAL_FIRST] != 0)
		return gr_radical_ideograph[cp - GR_RADICAL_FIRST];
	return cp;
}
