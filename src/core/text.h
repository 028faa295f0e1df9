/*
 * text.h — character helpers shared inside the core (not part of the API).
 */
#ifndef GR_TEXT_H
#define GR_TEXT_H

#include "gr.h"

uint32_t	gr_utf8_next(const unsigned char *s, size_t len, size_t *adv);
size_t		gr_utf8_put(char *out, uint32_t cp);
bool		gr_is_space(uint32_t cp);
uint32_t	gr_fold_cp(uint32_t cp, bool *was_trad);

/*
 * The punctuation and width folder every comparison shares: full-width
 * ASCII forms (U+FF01-U+FF5E) to ASCII, the minus sign and the en dash to
 * '-'; any other code point as it is.  gr_fold_cp starts with it.
 */
static inline uint32_t
gr_fold_width(uint32_t cp)
{
	if (cp >= 0xFF01 && cp <= 0xFF5E)
		return cp - 0xFEE0;
	if (cp == 0x2212 || cp == 0x2013)
		return '-';
	return cp;
}

/* The value of a Chinese numeral 一 … 十 (1 … 10); 0 for any other code point. */
int			gr_cn_numeral(uint32_t cp);
/* The ideograph a Kangxi radical or radical supplement stands for (PDF fonts print them), else cp. */
uint32_t	gr_unradical(uint32_t cp);

/*
 * Fold s for matching into out (NUL-terminated, at most cap-1 bytes):
 * traditional → simplified, full-width → ASCII, every space dropped, and
 * the words of Taiwan's wording to the form's (资讯 → 信息, 档案 → 文件).
 * Counts traditional characters met into *trad_hits if not NULL.
 */
size_t		gr_fold(const char *s, size_t len, char *out, size_t cap, int *trad_hits);

/*
 * gr_fold, and the signature of out (words.h: sig_of(out), a csig's words)
 * into sig: the matcher takes both of each label, and the signature costs
 * less taken while folding than in a second pass.
 */
size_t		gr_fold_sig(const char *s, size_t len, char *out, size_t cap, int *trad_hits,
						uint64_t sig[4]);

/*
 * The length gr_fold(s, len, out, cap, trad_hits) returns, and its count
 * into *trad_hits, without folding: for text that may be too long to need
 * its folded form.
 */
size_t		gr_fold_len(const char *s, size_t len, size_t cap, int *trad_hits);

/*
 * Characters of s in their traditional form and in their simplified form,
 * among those the fold table has in both (for the document's script).
 */
void		gr_script_counts(const char *s, size_t len, int *trad, int *simp);

/*
 * Inline fast paths (the profile of bench/core_bench showed decoding and
 * space tests as the reader's top cost, mostly call overhead): ASCII and
 * well-formed three-byte sequences (CJK) are decoded here, anything else by
 * the functions above, with the same results.  The macros make every
 * caller in the core use them; text.c defines the functions as
 * (gr_utf8_next) and (gr_is_space) so that the macros do not apply there.
 */
static inline uint32_t
gr_utf8_next_fast(const unsigned char *s, size_t len, size_t *adv)
{
	if (s[0] < 0x80)
	{
		*adv = 1;
		return s[0];
	}
	if ((s[0] & 0xF0) == 0xE0 && len >= 3 &&
		(s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80)
	{
		uint32_t	cp = ((uint32_t) (s[0] & 0x0F) << 12) |
			((uint32_t) (s[1] & 0x3F) << 6) | (uint32_t) (s[2] & 0x3F);

		if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF))
		{
			*adv = 3;
			return cp;
		}
	}
	return gr_utf8_next(s, len, adv);
}

static inline bool
gr_is_space_fast(uint32_t cp)
{
	if (cp > 0x3000 && cp < 0xFEFF)
		return false;
	if (cp < 0x80)
		return cp == ' ' || (cp >= '\t' && cp <= '\r');
	return gr_is_space(cp);
}

#define gr_utf8_next(s, len, adv) gr_utf8_next_fast((s), (len), (adv))
#define gr_is_space(cp) gr_is_space_fast(cp)

/* s without leading and trailing white space (ASCII, ideographic, NBSP). */
gr_str		gr_trim(const char *s, size_t len);

/*
 * Its usual case, nothing to trim, inline (the reader trims each line and
 * each token, about 1,200 times a report): text that starts with a visible
 * ASCII character, an ideograph (lead byte E4-E9) or a full-width form
 * (EF BC xx), and ends with a visible ASCII character, an ideograph, a
 * full-width form or CJK punctuation other than U+3000.  Anything else is
 * gr_trim's.
 */
static inline gr_str
gr_trim_fast(const char *s, size_t len)
{
	gr_str		r = {s, len};

	if (len >= 1 && (unsigned char) s[0] > 0x20 && (unsigned char) s[0] < 0x7F &&
		(unsigned char) s[len - 1] > 0x20 && (unsigned char) s[len - 1] < 0x7F)
		return r;				/* "0", "12", "/" */
	if (len >= 3)
	{
		unsigned char f = (unsigned char) s[0],
					l = (unsigned char) s[len - 1],
					l2 = (unsigned char) s[len - 2],
					l3 = (unsigned char) s[len - 3];

		if (((f > 0x20 && f < 0x7F) || (f >= 0xE4 && f <= 0xE9) ||
			 (f == 0xEF && (unsigned char) s[1] == 0xBC)) &&
			((l > 0x20 && l < 0x7F) ||
			 (l3 >= 0xE4 && l3 <= 0xE9 && (l2 & 0xC0) == 0x80 && (l & 0xC0) == 0x80) ||
			 (l3 == 0xEF && l2 == 0xBC && (l & 0xC0) == 0x80) ||
			 (l3 == 0xE3 && l2 == 0x80 && l > 0x80 && l <= 0xBF)))
			return r;
	}
	return gr_trim(s, len);
}

#define gr_trim(s, len) gr_trim_fast((s), (len))

#endif
