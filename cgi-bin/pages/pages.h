/* pages.h - the portal's page handlers, one file per page family. Each one
 * validates its input, calls the catalogue store, fills its HDF subtree,
 * names its template and returns the HTTP status. */
#ifndef PAGES_PAGES_H
#define PAGES_PAGES_H

struct req;
struct db;
struct arena;
struct db_rows;

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
int page_amministrazione_show(struct req *r);      /* amministrazione.c */
int page_amministrazione_organi(struct req *r);
int page_amministrazione_aree(struct req *r);
int page_amministrazione_area(struct req *r);
int page_amministrazione_uffici(struct req *r);
int page_amministrazione_enti(struct req *r);
int page_amministrazione_ente(struct req *r);
int page_amministrazione_politici(struct req *r);
int page_amministrazione_personale(struct req *r);
int page_persone_show(struct req *r);              /* persone.c */
int page_documenti_list(struct req *r);            /* documenti.c */
int page_documenti_show(struct req *r);
int page_documenti_file(struct req *r);
/* GET .../{slug}/.../{id} of a stored PDF: the row (data, filename; none:
 * 404) of FETCH as a download, if it is a PDF by content (else 404, logged
 * as WHAT's: "document", "news"), named FILENAME when that is a slug with .pdf, else documento.pdf.
 * (documenti.c) */
typedef int (*page_pdf_fetch)(struct db *db, struct arena *a, const char *slug, long long id,
			      struct db_rows *out);
int page_pdf_serve(struct req *r, page_pdf_fetch fetch, const char *what);
int page_novita_show(struct req *r);         /* novita.c: Novità */
int page_novita_list(struct req *r);         /* notizie, comunicati, avvisi */
int page_novita_item(struct req *r);
int page_novita_file(struct req *r);
int page_vivere_show(struct req *r);         /* vivere.c: Vivere il Comune, luoghi */
int page_luoghi_list(struct req *r);
int page_luoghi_show(struct req *r);
int page_eventi_list(struct req *r);         /* eventi.c: list, month calendar, event, .ics */
int page_eventi_show(struct req *r);
int page_eventi_ics(struct req *r);

/* novita.c, for the home's "in evidenza": PREFIX.N = the news cards of ROWS
 * (news_featured() in store/news_store.h) with type_label, list_url, date,
 * date_iso, as templates/novita_macros.cs's nv_news_cards() shows them. */
void page_novita_cards(struct req *r, const char *prefix, const struct db_rows *rows);

/* The detail pages of one row, shared with the editors' previews (admin):
 * the HDF and the template of the public page. 0 or 503. BASE: where the
 * page links its stored PDFs (BASE/ID), NULL for the public URL (served
 * for published items only; a preview links the editors' route). */
int page_novita_render(struct req *r, const struct db_rows *n,
		       const char *base);                         /* news_item() */
int page_luoghi_render(struct req *r, const struct db_rows *p);   /* live_place() */
void page_eventi_render(struct req *r, const struct db_rows *e);  /* live_event() */
int page_persone_render(struct req *r, const struct db_rows *p);  /* org_person() */
int page_documenti_render(struct req *r, const struct db_rows *d,
			  const char *base);                      /* doc_get() */
int page_aree_render(struct req *r, const struct db_rows *u);     /* org_area(): 200, 503 */
int page_enti_render(struct req *r, const struct db_rows *e);     /* org_entity(): 200 */

/* catalogue.c, shared by the handlers: is S a slug we could have generated? */
int page_slug_ok(const char *s);
/* A store function reading one row by slug. */
typedef int (*page_fetch_fn)(struct db *db, struct arena *a, const char *slug, struct db_rows *out);
/* The row of a detail page by the slug of route argument 0: 0 when found (OUT
 * filled), else the status to answer (404 with MISSING, 503). */
int page_detail_row(struct req *r, page_fetch_fn fetch, struct db_rows *out, const char *missing);
/* PREFIX.<field> = the cell of row 0 of ROWS, for each of FIELDS (NULL-terminated). */
void page_fields(struct req *r, const char *prefix, const struct db_rows *rows,
		 const char *const *fields);
/* The catalogue's generation, for the page cache (app.generation). */
int page_catalogue_generation(struct req *r, unsigned long long *gen);
/* The day (YYYY-MM-DD) a generation was read on, for core/page_files.h. */
void page_catalogue_day(unsigned long long gen, char day[11]);

/* amministrazione.c: the frame of a page of the Amministrazione section:
 * Page.Section, title, canonical, its CSS and the breadcrumb (Amministrazione,
 * then PARENT_LABEL/PARENT_URL when given, then TITLE). */
void page_amministrazione_frame(struct req *r, const char *title, const char *canonical,
				const char *parent_label, const char *parent_url);

#endif
