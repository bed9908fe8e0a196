/* cases.h - the citizen's side of cases ("segnalazioni", complaints,
 * questions): the filing journey, tracking, attachments, the personal area.
 * Every page needs a session at SPID/CIE level 2 or more (R_CITIZEN: the
 * pipeline loads it into r->sess) and every form a CSRF token (R_CSRF). */
#ifndef CASES_CASES_H
#define CASES_CASES_H

#include <stddef.h>

struct app;
struct req;
struct case_row;
struct upload;
struct attachment;

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
int page_sostitutivo(struct req *r);       /* sostitutivo.c: POST .../:code/potere-sostitutivo */
int page_allegato(struct req *r);          /* allegati.c: GET /segnalazioni/:code/allegati/:id */
int page_miniatura(struct req *r);         /* allegati.c: GET /segnalazioni/:code/miniature/:id */
int page_area(struct req *r);              /* area.c: GET  /area-personale */
int page_contatti(struct req *r);          /* area.c: POST /area-personale/contatti */
int page_valutazione(struct req *r);       /* valutazione.c: POST /valutazione */
int page_esito(struct req *r);             /* esito.c: POST /segnalazioni/:code/esito */
int page_esito_link(struct req *r);        /* esito.c: GET  /segnalazioni/esito/:token */
int page_esito_link_save(struct req *r);   /* esito.c: POST /segnalazioni/esito/:token */
int page_ospite_form(struct req *r);       /* ospite.c: GET  /segnalazioni/ospite */
int page_ospite_create(struct req *r);     /* ospite.c: POST /segnalazioni/ospite */
int page_ospite_show(struct req *r);       /* ospite.c: GET  /segnalazioni/ospite/:token */
int page_ospite_confirm(struct req *r);    /* ospite.c: POST /segnalazioni/ospite/:token */
int page_ospite_claim_new(struct req *r);  /* ospite.c: POST /area-personale/ospite */
int page_ospite_claim_form(struct req *r); /* ospite.c: GET  /area-personale/ospite/:token */
int page_ospite_claim(struct req *r);      /* ospite.c: POST /area-personale/ospite/:token */
/* esito.c: Voice.* of the case's current closure (none while open): 0 or -1. */
int cases_voice_view(struct req *r, long long case_id, const char *code);

/* allegati.c: the stored form of a PDF document U (already checked). */
void cases_pdf_attachment(struct req *r, const struct upload *u, struct attachment *out);

/* guard.c: the case named by the route's first argument, if it is the
 * session citizen's (the SQL says so): 0, or the status to return (404 the
 * same for someone else's case as for none, 503). */
int cases_load(struct req *r, struct case_row *c);
/* Case.* in the HDF, with Italian labels. */
void cases_view(struct req *r, const struct case_row *c);
/* LIST.I.FIELD = VALUE ("" for NULL). */
void cases_item(struct req *r, const char *list, size_t i, const char *field, const char *value);
/* pratica.c: Events.N.{when,kind,status,status_label,author,author_name,body}
 * (the public timeline) and Case.routing (why it is in its office): 0 or -1.
 * The office's messages are signed OFFICE, with the person's name only
 * under Cases.ShowStaffNames = 1. */
int cases_events_view(struct req *r, long long case_id, const char *office);
/* Attachments.N.{id,kind,filename,content_type} of the case: 0, or -1. */
int cases_files_view(struct req *r, long long case_id);
/* "PREFIX: TITLE" on one line (control characters and line separators as
 * spaces), whatever an older version let into the title: a mail subject. */
const char *cases_subject(struct req *r, const char *prefix, const char *title);
/* The store failed (-1) on a form: its page (r->tpl, filled by the caller
 * with what was typed) with MESSAGE as Form.unavailable, status 503. */
int cases_unavailable(struct req *r, const char *message);
/* An e-mail address of a plausible shape, or ""; a phone number (digits,
 * spaces, +), or "". */
int cases_email_ok(const char *e);
int cases_phone_ok(const char *p);

/* prenota*.c: appointment booking (prenota.h) */
int page_prenota(struct req *r);             /* GET  /prenota */
int page_prenota_calendario(struct req *r);  /* GET  /prenota/calendario */
int page_prenota_blocca(struct req *r);      /* POST /prenota/blocca */
int page_prenota_dati(struct req *r);        /* GET  /prenota/:id/dati */
int page_prenota_dati_save(struct req *r);   /* POST /prenota/:id/dati */
int page_prenota_riepilogo(struct req *r);   /* GET  /prenota/:id/riepilogo */
int page_prenota_conferma(struct req *r);    /* POST /prenota/:id/conferma */
int page_prenota_verifica(struct req *r);    /* GET  /prenota/:id/verifica */
int page_prenota_show(struct req *r);        /* GET  /prenota/:code */
int page_prenota_annulla(struct req *r);     /* POST /prenota/:code/annulla */
int page_prenota_sposta(struct req *r);      /* GET  /prenota/:code/sposta */
int page_prenota_sposta_save(struct req *r); /* POST /prenota/:code/sposta */
int page_prenota_ics(struct req *r);         /* GET  /prenota/:code/ics */

#endif
