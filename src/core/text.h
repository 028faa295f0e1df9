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
 * Fold s for matching into out (NUL-terminated, at most cap-1 bytes):
 * traditional → simplified, full-width → ASCII, every space dropped.
 * Counts traditional characters met into *trad_hits if not NULL.
 */
size_t		gr_fold(const char *s, size_t len, char *out, size_t cap, int *trad_hits);

/* s without leading and trailing white space (ASCII, ideographic, NBSP). */
gr_str		gr_trim(const char *s, size_t len);

#endif
