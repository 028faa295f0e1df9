/*
 * meta.h — the metadata and narrative stage (meta.c): title, agency, year,
 * dates, script, narrative text and the facts stated in it.
 */
#ifndef GR_META_H
#define GR_META_H

#include "gr.h"
#include "scan.h"
#include "sections.h"

typedef struct gr_meta
{
	gr_doc	   *d;				/* the document being read */
	const gr_mem *m;
	void		(*interrupt) (void);
	const gr_toks *ts;			/* the whole token stream */
} gr_meta;

/* The agency and year from the report's title among the first tokens. */
void		gr_meta_title(gr_meta *p, const gr_tok *toks, size_t ntoks);

/* Everything after the tables (see meta.c). */
void		gr_meta_finish(gr_meta *p, const gr_outline *o, int trad_hits);

#endif							/* GR_META_H */
