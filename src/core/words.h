/*
 * words.h — keyword tests on short folded texts (labels, headings, clauses),
 * shared by the matcher, the section headings and the metadata stage.
 */
#ifndef GR_WORDS_H
#define GR_WORDS_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>


static inline bool
contains(const char *hay, const char *needle)
{
	return strstr(hay, needle) != NULL;
}

/*
 * A 256-bit signature of the characters of a short folded text, so that a
 * keyword whose first character is not in the text is ruled out without a
 * search (a label token is tested against dozens of keywords).
 */
typedef struct csig
{
	uint64_t	w[4];
} csig;

/* The signature bit of a three-byte UTF-8 sequence. */
static inline unsigned
hash3(const unsigned char *c)
{
	return ((unsigned) c[0] * 5u + (unsigned) c[1] * 7u + (unsigned) c[2]) & 255u;
}

/* Does c start a whole three-byte UTF-8 sequence (an ideograph, the usual character)? */
static inline bool
seq3(const unsigned char *c)
{
	return c[0] >= 0xE0 && c[0] < 0xF0 && (c[1] & 0xC0) == 0x80 && (c[2] & 0xC0) == 0x80;
}

/* Is bit b set in signature g? */
static inline bool
sig_has(const csig *g, unsigned b)
{
	return (g->w[b >> 6] & (UINT64_C(1) << (b & 63))) != 0;
}

static inline unsigned
char_bit(const unsigned char *c)
{
	if (c[0] < 0x80 || c[1] == 0 || c[2] == 0)
		return c[0];
	return hash3(c);
}

static inline csig
sig_of(const char *s)
{
	csig		g = {{0, 0, 0, 0}};
	const unsigned char *c = (const unsigned char *) s;

	while ((*c & 0xC0) == 0x80)
		c++;					/* a continuation byte is no character's start */
	while (*c)
	{
		unsigned	b;

		/*
		 * a whole three-byte sequence (an ideograph, the usual character):
		 * char_bit's hash, and on in one step; anything else through
		 * char_bit (which reads no further than a NUL), then on over its
		 * continuation bytes
		 */
		if (seq3(c))
		{
			b = hash3(c);
			c += 3;
		}
		else
		{
			b = char_bit(c);
			for (c++; (*c & 0xC0) == 0x80; c++)
				;
		}
		g.w[b >> 6] |= UINT64_C(1) << (b & 63);
	}
	return g;
}

/* contains(), after the signature says the needle's first character is there */
static inline bool
has(const char *hay, const csig *sig, const char *needle)
{
	if (!sig_has(sig, char_bit((const unsigned char *) needle)))
		return false;
	return strstr(hay, needle) != NULL;
}

/*
 * The bit of a word's second character, when sig_of gives it alike wherever
 * the character stands (ASCII, or a whole three-byte sequence); -1 for any
 * other (a two- or four-byte character, a word of one character).
 */
static inline int
second_bit(const char *word)
{
	const unsigned char *c = (const unsigned char *) word;

	if (c[0] < 0x80)
		c += 1;
	else if (seq3(c))
		c += 3;
	else
		return -1;
	if (c[0] != 0 && c[0] < 0x80)
		return c[0];
	if (seq3(c))
		return (int) hash3(c);
	return -1;
}

/*
 * has(), the bits of the needle's first character (char_bit) and second
 * (second_bit; b2 < 0: not tested) made beforehand: a word list searched
 * for every label (gr_req_words) keeps its words' bits rather than hash
 * them again at each label, and most words whose first character the
 * signature lets through are ruled out by their second before strstr.
 */
static inline bool
has_bits(const char *hay, const csig *sig, unsigned b, int b2, const char *needle)
{
	if (!sig_has(sig, b) || (b2 >= 0 && !sig_has(sig, (unsigned) b2)))
		return false;
	return strstr(hay, needle) != NULL;
}

static inline bool
contains_any(const char *hay, const csig *sig, const char *const *needles)
{
	for (int i = 0; needles[i]; i++)
		if (has(hay, sig, needles[i]))
			return true;
	return false;
}

/* contains(), ruled out first by sig (the signature of a text holding hay) when there is one */
static inline bool
has_in(const char *hay, const csig *sig, const char *needle)
{
	return sig ? has(hay, sig, needle) : contains(hay, needle);
}

#endif							/* GR_WORDS_H */
