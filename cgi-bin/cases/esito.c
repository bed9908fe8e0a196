/* esito.c - the citizen's voice at closure: "risolto" / "non risolto" and a
 * 1-5 rating with an optional comment, once per closure, from the case page
 * (POST /segnalazioni/:code/esito, the session's CSRF token) or from the
 * one-click link of the closing e-mail (GET /segnalazioni/esito/:token shows
 * the question, its POST answers it: a GET never changes anything; the form
 * carries the double-submit token of prenota_csrf, as no login is needed:
 * the link's token names the case). "Non risolto" within Cases.ReopenDays
 * of the closure sends the case back to the office that closed it. */
#include "cases.h"
#include "prenota.h"
#include "vocab/case_vocab.h"

#include <string.h>

#include "core/app.h"
#include "core/arena.h"
#include "core/query.h"
#include "core/req.h"
#include "core/view.h"
#include "session/sess.h"
#include "store/case_store.h"
#include "store/case_voice_store.h"

#define REASON_MAX 2000
#define COMMENT_MAX 500

static int window_days(struct req *r)
{
	int d = app_conf_int(r->app, "Cases.ReopenDays", 30);
	return d > 0 ? d : 30;
}

/* Voice.*: what the closure's forms need; ACTION is where they post. */
static void voice_view(struct req *r, const struct voice_case *v, const char *action)
{
	req_set(r, "Voice.action", action);
	req_set(r, "Voice.code", v->code);
	req_set(r, "Voice.code_display", case_code_display(r->a, v->code));
	req_set(r, "Voice.title", v->title);
	req_set(r, "Voice.outcome", v->outcome);
	req_set(r, "Voice.office_name", v->office_name);
	req_set(r, "Voice.closed", view_date(r, v->closed_at));
	req_set_int(r, "Voice.in_window", v->in_window);
	req_set_int(r, "Voice.answered", v->answered);
	req_set_int(r, "Voice.rated", v->rated);
	req_set_int(r, "Voice.window_days", window_days(r));
}

int cases_voice_view(struct req *r, long long case_id, const char *code)
{
	struct voice_case v;
	int found = voice_by_case(r->db, r->a, case_id, window_days(r), &v);
	if (found > 0)
		voice_view(r, &v, arena_printf(r->a, "/segnalazioni/%s/esito", code));
	return found < 0 ? -1 : 0;
}

/* The answer of the form: 1 resolved, 0 not (with *REASON), -1 no answer. */
static int read_verdict(struct req *r, const char **reason)
{
	const char *v = req_form(r, "risposta"), *why = req_form(r, "motivo");
	*reason = NULL;
	if (v && strcmp(v, "risolto") == 0)
		return 1;
	if (!v || strcmp(v, "non-risolto") != 0)
		return -1;
	size_t n = why ? utf8_chars(why) : 0;
	if (n >= 2 && n <= REASON_MAX && !req_form_bad(r, "motivo"))
		*reason = why;
	return 0;
}

/* The answer to the store's RC: 0 done, else the error page's status. */
static int refused(struct req *r, int rc)
{
	if (rc == 0)
		return 0;
	if (rc == VOICE_DONE)
		return req_error(r, 409, "Hai già risposto per questa chiusura della pratica.");
	if (rc == VOICE_NOT_CLOSED)
		return req_error(r, 409, "La pratica non è più chiusa (è stata riaperta): non c'è "
					 "nulla da confermare. Ricarica la pagina.");
	if (rc == VOICE_LATE)
		return req_error(r, 409, arena_printf(r->a, "Sono passati più di %d giorni dalla "
						      "chiusura: la pratica non può più essere riaperta. "
						      "Puoi presentare una nuova segnalazione.",
						      window_days(r)));
	return 503;
}

static int answer(struct req *r, const struct voice_case *v, const char *who)
{
	const char *reason;
	int resolved = read_verdict(r, &reason);
	if (resolved < 0)
		return req_error(r, 400, "Scegli se il problema è stato risolto.");
	if (!resolved && !reason)
		return req_error(r, 422, "Scrivi perché il problema non è risolto (da 2 a 2000 "
					 "caratteri): l'ufficio riparte da qui.");
	const char *code = case_code_display(r->a, v->code);
	struct voice_answer a = {
		.case_id = v->id, .closed_at = v->closed_at, .resolved = resolved,
		.window_days = window_days(r), .author_name = who,
		.event_body = resolved ? "Il cittadino conferma che il problema è stato risolto."
			: arena_printf(r->a, "Il cittadino segnala che il problema non è stato risolto: "
				       "%s. La pratica è riaperta e torna a %s.", reason, v->office_name),
		.mail_subject = cases_subject(r, arena_printf(r->a, "Pratica %s riaperta dal "
							      "cittadino", code), v->title),
		.mail_body = arena_printf(r->a, "La pratica \"%s\" (codice %s) è stata riaperta dal "
					  "cittadino, che scrive:\n\n%s\n\n%s/admin/pratiche/%s\n",
					  v->title, code, reason ? reason : "",
					  app_conf(r->app, "Site.BaseUrl", ""), v->code),
	};
	return refused(r, voice_answer(r->db, r->a, &a));
}

static int rate(struct req *r, const struct voice_case *v)
{
	const char *stars = req_form(r, "voto"), *comment = req_form(r, "commento");
	if (!stars || strlen(stars) != 1 || stars[0] < '1' || stars[0] > '5')
		return req_error(r, 400, "Scegli un voto da 1 a 5 stelle.");
	if (comment && (utf8_chars(comment) > COMMENT_MAX || req_form_bad(r, "commento")))
		return req_error(r, 422, "Il commento può avere al massimo 500 caratteri.");
	return refused(r, voice_rate(r->db, v->id, v->closed_at, stars[0] - '0',
				     comment ? comment : ""));
}

/* The form's azione on the closure V: 0 done, or the error's status. */
static int act(struct req *r, const struct voice_case *v, const char *who)
{
	const char *what = req_form(r, "azione");
	if (what && strcmp(what, "esito") == 0)
		return answer(r, v, who);
	if (what && strcmp(what, "valuta") == 0)
		return rate(r, v);
	return req_error(r, 400, "Azione non valida.");
}

int page_esito(struct req *r)
{
	struct case_row c;
	struct voice_case v;
	int st = cases_load(r, &c), found;
	if (st)
		return st;
	if ((found = voice_by_case(r->db, r->a, c.id, window_days(r), &v)) <= 0)
		return found < 0 ? 503 : refused(r, VOICE_NOT_CLOSED);
	const struct session *s = r->sess;
	if ((st = act(r, &v, arena_printf(r->a, "%s %s", s->name, s->family_name))))
		return st;
	return req_redirect(r, 303, arena_printf(r->a, "/segnalazioni/%s#esito", c.code));
}

/* The closure of the link's token, or the status of the error page. */
static int by_link(struct req *r, struct voice_case *v)
{
	const char *t = req_arg(r, 0);
	if (!t || strlen(t) != 64)
		return req_error(r, 404, "Il collegamento non è valido.");
	int found = voice_by_token(r->db, r->a, t, window_days(r), v);
	if (found < 0)
		return 503;
	return found ? 0 : req_error(r, 404, "Il collegamento non è valido o la pratica è stata "
					     "riaperta nel frattempo.");
}

static void frame(struct req *r, const struct voice_case *v)
{
	prenota_csrf(r);
	req_set(r, "Voice.title", v->title);
	view_page(r, "segnalazioni", arena_printf(r->a, "Esito della pratica %s", v->title), NULL);
	view_crumb(r, "Esito della pratica", NULL);
	r->tpl = "segnalazione_esito.cs";
	r->cache_control = "no-store";
}

int page_esito_link(struct req *r)
{
	struct voice_case v;
	int st = by_link(r, &v);
	if (st)
		return st;
	voice_view(r, &v, arena_printf(r->a, "/segnalazioni/esito/%s", req_arg(r, 0)));
	req_set_int(r, "Voice.done", req_param(r, "fatto") != NULL);
	frame(r, &v);
	return 200;
}

int page_esito_link_save(struct req *r)
{
	struct voice_case v;
	if (!prenota_csrf_ok(r))
		return req_error(r, 403, "Il modulo è scaduto: riapri il collegamento e riprova.");
	int st = by_link(r, &v);
	if (st || (st = act(r, &v, "Il cittadino")))
		return st;
	if (voice_by_token(r->db, r->a, req_arg(r, 0), window_days(r), &v) == 0) {
		/* reopened: the link named the closure that is no more */
		frame(r, &v);
		req_set_int(r, "Voice.reopened", 1);
		return 200;
	}
	return req_redirect(r, 303, arena_printf(r->a, "/segnalazioni/esito/%s?fatto=1",
						 req_arg(r, 0)));
}
