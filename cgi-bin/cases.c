/* cases.c - the citizen's cases: report a problem, complain, ask about a
 * service; follow it to the end; the personal area. Its database account
 * reaches the cases, the outbox and the citizen's own identity rows. */
#include "cases/cases.h"
#include "core/app.h"
#include "session/sess.h"

/* Every page is a citizen's at Session.MinLevel, every form CSRF-checked (but
 * the anonymous clarity rating of the portal's pages, /valutazione, and the
 * flows named by a token e-mailed: booking, the answer at closure, guest
 * reports).
 * MARKS: the form comes back with a field that held bytes that are not text
 * marked next to it, instead of a 400. */
#define FORM (R_POST_BODY | R_CSRF)
#define UPLOAD (R_UPLOAD | R_CSRF)
#define MARKS R_FORM_MARKS
#define BOOK (R_POST_BODY | R_NO_CSRF)   /* the booking flow's own token: prenota.h */

static const struct route routes[] = {
	/* method  pattern                                  handler            flags */
	{ "GET",  "/segnalazioni/nuova",                page_nuova_form,   R_CITIZEN },
	{ "POST", "/segnalazioni/nuova",                page_nuova_create, R_CITIZEN | FORM },
	/* a segnalazione without SPID/CIE (Cases.GuestReports): the token e-mailed
	 * to the guest names the report; the booking flow's double-submit token */
	{ "GET",  "/segnalazioni/ospite",               page_ospite_form,     0 },
	{ "POST", "/segnalazioni/ospite",               page_ospite_create,   BOOK },
	{ "GET",  "/segnalazioni/ospite/:token",        page_ospite_show,     0 },
	{ "POST", "/segnalazioni/ospite/:token",        page_ospite_confirm,  BOOK },
	/* the one-click answer of the closing e-mail: the link's token names the
	 * case, the form carries the booking flow's double-submit token */
	{ "GET",  "/segnalazioni/esito/:token",         page_esito_link,      0 },
	{ "POST", "/segnalazioni/esito/:token",         page_esito_link_save, BOOK },
	{ "GET",  "/segnalazioni/:code",                page_pratica,      R_CITIZEN },
	{ "POST", "/segnalazioni/:code/esito",          page_esito,        R_CITIZEN | FORM },
	{ "GET",  "/segnalazioni/:code/modifica",       page_bozza_form,   R_CITIZEN },
	{ "POST", "/segnalazioni/:code/modifica",       page_bozza_save,   R_CITIZEN | UPLOAD | MARKS },
	{ "GET",  "/segnalazioni/:code/riepilogo",      page_riepilogo,    R_CITIZEN },
	{ "POST", "/segnalazioni/:code/invia",          page_invia,        R_CITIZEN | FORM },
	{ "GET",  "/segnalazioni/:code/ricevuta",       page_ricevuta,     R_CITIZEN },
	{ "POST", "/segnalazioni/:code/messaggi",       page_messaggio,    R_CITIZEN | UPLOAD | MARKS },
	{ "POST", "/segnalazioni/:code/ritira",         page_ritira,       R_CITIZEN | FORM },
	{ "POST", "/segnalazioni/:code/potere-sostitutivo", page_sostitutivo, R_CITIZEN | FORM },
	{ "GET",  "/segnalazioni/:code/allegati/:id",   page_allegato,     R_CITIZEN },
	{ "GET",  "/segnalazioni/:code/miniature/:id",  page_miniatura,    R_CITIZEN },
	{ "GET",  "/area-personale",                    page_area,         R_CITIZEN },
	{ "POST", "/area-personale/contatti",           page_contatti,     R_CITIZEN | FORM | MARKS },
	{ "POST", "/area-personale/ospite",             page_ospite_claim_new,  R_CITIZEN | FORM },
	{ "GET",  "/area-personale/ospite/:token",      page_ospite_claim_form, R_CITIZEN },
	{ "POST", "/area-personale/ospite/:token",      page_ospite_claim,      R_CITIZEN | FORM },
	/* appointment booking: anyone (a session prefills the applicant and lists the
	 * appointment in the personal area). The forms are CSRF-checked by the flow's
	 * own double-submit cookie (prenota_csrf_ok), which needs no login; later
	 * steps are named by the hold's unguessable id, the booking's token or the
	 * session of the citizen who booked it. */
	{ "GET",  "/prenota",                           page_prenota,            R_SESSION },
	{ "GET",  "/prenota/calendario",                page_prenota_calendario, R_SESSION },
	{ "POST", "/prenota/blocca",                    page_prenota_blocca,     R_SESSION | BOOK },
	{ "GET",  "/prenota/:id/dati",                  page_prenota_dati,       R_SESSION },
	{ "POST", "/prenota/:id/dati",                  page_prenota_dati_save,  R_SESSION | BOOK },
	{ "GET",  "/prenota/:id/riepilogo",             page_prenota_riepilogo,  R_SESSION },
	{ "POST", "/prenota/:id/conferma",              page_prenota_conferma,   R_SESSION | BOOK },
	{ "GET",  "/prenota/:id/verifica",              page_prenota_verifica,   R_SESSION },
	{ "GET",  "/prenota/:code",                     page_prenota_show,       R_SESSION },
	{ "POST", "/prenota/:code/annulla",             page_prenota_annulla,    R_SESSION | BOOK },
	{ "GET",  "/prenota/:code/sposta",              page_prenota_sposta,     R_SESSION },
	{ "POST", "/prenota/:code/sposta",              page_prenota_sposta_save, R_SESSION | BOOK },
	{ "GET",  "/prenota/:code/ics",                 page_prenota_ics,        R_SESSION },
	/* the clarity rating of every portal page: anonymous, rate-limited */
	{ "POST", "/valutazione",                       page_valutazione,  R_POST_BODY | R_NO_CSRF },
};

int main(int argc, char **argv)
{
	static struct app app = {
		.name = "cases",
		.routes = routes,
		.nroutes = sizeof routes / sizeof routes[0],
		.worker_fini = cases_fini,
		.access = sess_access,
		.csrf_token = sess_csrf_token,
	};
	return app_main(&app, argc, argv);
}
