/* cases.h - the citizen's side of cases ("segnalazioni", complaints,
 * questions): the filing journey, tracking, attachments, the personal area.
 * Every page needs a session at SPID/CIE level 2 or more (Session.MinLevel). */
#ifndef CASES_CASES_H
#define CASES_CASES_H

#include "session/sess.h"

struct app;
struct req;
struct db_rows;

int cases_init(struct app *app);
void cases_fini(struct app *app);

int page_nuova_form(struct req *r);        /* nuova.c: GET  /segnalazioni/nuova */
int page_nuova_create(struct req *r);      /* nuova.c: POST /segnalazioni/nuova */
int page_bozza_form(struct req *r);        /* bozza.c: GET  /segnalazioni/:code/modifica */
int page_bozza_save(struct req *r);        /* bozza.c: POST /segnalazioni/:code/modifica */
int page_riepilogo(struct req *r);         /* invio.c: GET  /segnalazioni/:code/riepilogo */
int page_invia(struct req *r);             /* invio.c: POST /segnalazioni/:code/invia */
int page_ricevuta(struct req *r);          /* invio.c: GET  /segnalazioni/:code/ricevuta */
int page_pratica(struct req *r);           /* pratica.c: GET /segnalazioni/:code */
int page_messaggio(struct req *r);         /* pratica.c: POST /segnalazioni/:code/messaggi */
int page_ritira(struct req *r);            /* pratica.c: POST /segnalazioni/:code/ritira */
int page_allegato(struct req *r);          /* allegati.c: GET /segnalazioni/:code/allegati/:id */
int page_miniatura(struct req *r);         /* allegati.c: GET /segnalazioni/:code/miniature/:id */
int page_area(struct req *r);              /* area.c: GET  /area-personale */
int page_contatti(struct req *r);          /* area.c: POST /area-personale/contatti */

/* guard.c: the session, or the status to return (a redirect to the login,
 * 403 for a bad CSRF token on state-changing routes). 0 when S is usable. */
int cases_guard(struct req *r, struct session *s, int check_csrf);
/* The case CODE of the session's citizen into ROWS; 404 (the same for
 * someone else's case as for no case), 503, or 0. */
int cases_load(struct req *r, const struct session *s, const char *code, struct db_rows *rows);
/* Both of the above for the case named by the route's first argument:
 * *CODE receives it. 0, or the status to return. */
int cases_guard_case(struct req *r, struct session *s, int check_csrf, struct db_rows *c,
		     const char **code);
/* Case.* in the HDF from a case_by_code row, with Italian labels. */
void cases_view(struct req *r, const struct db_rows *c);

#endif
