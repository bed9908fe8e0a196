/* sostitutivo.c - the citizen's request to the substitute official (art. 2
 * c. 9-bis and 9-ter of L. 241/1990) once the legal term of their case has
 * passed: one click on the case page moves the case to the official's office
 * with a new term of half the original (store/case_clock_store.c); the
 * official and the citizen are e-mailed (what happens next, the new due
 * date). The official is the Comune's, from the configuration (Substitute.*). */
#include "cases.h"

#include "core/app.h"
#include "core/arena.h"
#include "core/req.h"
#include "core/view.h"
#include "session/sess.h"
#include "store/case_clock_store.h"
#include "store/case_store.h"
#include "vocab/case_vocab.h"

/* Why the request is refused, or NULL. */
static const char *refusal(int rc)
{
	switch (rc) {
	case CLOCK_NOT_OPEN: return "La pratica è conclusa: non c'è un termine da far rispettare.";
	case CLOCK_NO_TERM: return "Per questo tipo di segnalazione la legge non prevede un termine "
				   "né il potere sostitutivo: puoi scrivere all'ufficio.";
	case CLOCK_NOT_YET: return "Il termine della pratica non è ancora scaduto: potrai chiedere "
				   "l'intervento del potere sostitutivo dopo la scadenza.";
	case CLOCK_ALREADY: return "Hai già chiesto l'intervento del potere sostitutivo per questa "
				   "pratica.";
	default: return NULL;
	}
}

/* POST /segnalazioni/:code/potere-sostitutivo (citizen, CSRF): the request. */
int page_sostitutivo(struct req *r)
{
	struct case_row c;
	int st = cases_load(r, &c);
	if (st)
		return st;
	const char *official = app_conf(r->app, "Substitute.Name", "");
	struct substitute_request q = {
		.code = c.code, .citizen_id = r->sess->citizen_id, .official = official,
		.office_slug = app_conf(r->app, "Substitute.Office", ""),
		.mail_to = app_conf(r->app, "Substitute.Email", ""),
		.mail_subject = cases_subject(r, "Richiesta di intervento sostitutivo", c.title),
		.mail_body = arena_printf(r->a, "Gentile %s,\n\nil cittadino %s %s chiede il suo "
					  "intervento (art. 2 comma 9-bis della legge 241/1990) sulla "
					  "pratica \"%s\" (codice %s, protocollo %s), scaduta il %s.\n",
					  official, r->sess->name, r->sess->family_name, c.title,
					  case_code_display(r->a, c.code), c.protocol,
					  view_date(r, c.due_date)),
		.citizen_to = c.contact_email ? c.contact_email : "",
		.citizen_subject = cases_subject(r, "Hai chiesto l'intervento sostitutivo", c.title),
		.citizen_head = arena_printf(r->a, "Gentile %s %s,\n\nabbiamo ricevuto la tua richiesta "
					     "di intervento del titolare del potere sostitutivo (%s) "
					     "sulla pratica \"%s\" (codice %s).\n\nCosa succede ora: la "
					     "pratica passa al suo ufficio, che deve concluderla entro la "
					     "metà del termine originario (art. 2 comma 9-ter della legge "
					     "241/1990). Il nuovo termine è il ", r->sess->name,
					     r->sess->family_name, official, c.title,
					     case_code_display(r->a, c.code)),
		.citizen_tail = arena_printf(r->a, ".\n\nPuoi seguire la pratica qui:\n%s/segnalazioni/"
					     "%s\n\n%s\n", app_conf(r->app, "Site.BaseUrl", ""), c.code,
					     app_conf(r->app, "Site.Name", "")),
	};
	const char *due;
	int rc = case_clock_substitute(r->db, r->a, &q, &due);
	if (rc == CLOCK_NOT_FOUND)
		return req_error(r, 404, "La pratica che cerchi non esiste.");
	if (refusal(rc))
		return req_error(r, 409, refusal(rc));
	if (rc)
		return cases_unavailable(r, "Il servizio non è disponibile in questo momento: la "
					    "richiesta non è stata inviata. Riprova tra poco.");
	return req_redirect(r, 303, arena_printf(r->a, "/segnalazioni/%s#termine", c.code));
}
