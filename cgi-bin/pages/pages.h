/* pages.h - the portal's page handlers, one file per page family. Each one
 * validates its input, calls the catalogue store, fills its HDF subtree,
 * names its template and returns the HTTP status. */
#ifndef PAGES_PAGES_H
#define PAGES_PAGES_H

struct req;

int page_home_show(struct req *r);           /* home.c */
int page_servizi_list(struct req *r);        /* servizi.c */
int page_servizi_show(struct req *r);
int page_servizi_category(struct req *r);
int page_argomenti_list(struct req *r);      /* argomenti.c */
int page_argomenti_show(struct req *r);
int page_uffici_list(struct req *r);         /* uffici.c */
int page_uffici_show(struct req *r);
int page_faq_list(struct req *r);            /* faq.c */
int page_cerca_show(struct req *r);          /* cerca.c */
int page_pagine_show(struct req *r);         /* pagine.c: accessibility, privacy, legal notes */
int page_errore_show(struct req *r);         /* pagine.c: nginx's own errors, in the site's look */

/* catalogue.c, shared by the handlers: is S a slug we could have generated? */
int page_slug_ok(const char *s);
/* The catalogue's generation, for the page cache (app.generation). */
int page_catalogue_generation(struct req *r, unsigned long long *gen);

#endif
