/*
 * sections.h — the report's sections and their headings (sections.c).
 */
#ifndef GR_SECTIONS_H
#define GR_SECTIONS_H

#include <stdbool.h>
#include <stddef.h>

#include "scan.h"

#include "words.h"

#define GR_FOLD_CAP 256			/* labels and headings are short */

typedef enum sect
{
	S_NONE = 0,
	S_OVERVIEW,
	S_ACTIVE,
	S_REQUESTS,
	S_APPEALS,
	S_PROBLEMS,
	S_OTHER
} sect;

#define GR_S_COUNT (S_OTHER + 1)

/*
 * Where the matcher found each section in the token text: the offsets of
 * the text after its heading (start) up to the next section's heading (end),
 * and the heading line of a section opened by its number alone (in words the
 * reader does not know), for a diagnostic.
 */
typedef struct gr_outline
{
	size_t		start[GR_S_COUNT];
	size_t		end[GR_S_COUNT];
	bool		seen[GR_S_COUNT];
	const gr_tok *unknown_heading[GR_S_COUNT];
} gr_outline;

/* Folded text f past its numbering: "(三)", "三、", "1.", "1、", "(1)", "第一". */
const char *gr_skip_numbering(const char *f);

/* Has folded text sentence punctuation (，。；：), which no heading has? */
bool		gr_has_sentence_punct(const char *f);

/* The section a folded heading opens, or S_NONE. */
sect		gr_heading_of(const char *f, size_t flen, const csig *sig);

/* Words (two ideographs each) one of which each heading rule's words hold (NULL-terminated). */
extern const char *const gr_heading_words[];

/* A short line numbered 五 or 六 in words the reader does not know: its section, or S_NONE. */
sect		gr_numbered_heading(const char *f, size_t flen);

/* A short line numbered 二、 (or 2.) in any words: the heading of section 2 the reader does not know? */
bool		gr_numbered_two(const char *f, size_t flen);

/* Is folded text the head of a sub-table of section 2 alone: 第二十条第(一)项? */
bool		gr_article_line(const char *f, size_t flen);

/* Does a raw line start with 五 or 六 and a separator? */
bool		gr_starts_numbered_56(const char *s, size_t len);

/* Is raw text a section heading (the scanner's callback)? */
bool		gr_scan_is_heading(const char *s, size_t len);

/* Could a raw narrative line be a heading or open a table? */
bool		gr_may_be_structure(const char *s, size_t len);

#endif							/* GR_SECTIONS_H */
