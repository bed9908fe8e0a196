/* nuova.c - the start of a case: the privacy notice and the consent, for a
 * segnalazione (default), a reclamo (?tipo=reclamo) or a richiesta di
 * assistenza about a service (?tipo=assistenza&servizio=SLUG). Consenting
 * makes a draft (once per form, whatever the clicks) and goes to its form. */
#include "cases.h"
#include "vocab/case_vocab.h"

#include <string.h>

#include "core/arena.h"
#include "core/req.h"
#include "core/token.h"
#include "core/view.h"
#include "session/sess.h"
#include "store/case_store.h"

static const char *type_of(const char *t)
{
	if (t && (strcmp(t, "reclamo") == 0 || strcmp(t, "assistenza") == 0))
		return t;
	return t && *t && strcmp(t, "segnalazione") ? NULL : "segnalazione";
}

static int slug_ok(const char *s)
{
	size_t n = s ? strlen(s) : 0;
	return n > 0 && n <= 120 && strspn(s, "abcdefghijklmnopqrstuvwxyz0123456789-") == n;
}

int page_nuova_form(struct req *r)
{
	const char *type = type_of(req_param(r, "tipo"));
	const char *service = req_param(r, "servizio");
	if (!type)
		return req_error(r, 400, "Il tipo di pratica può essere segnalazione, reclamo o assistenza.");
	if (service && *service && !slug_ok(service))
		return req_error(r, 400, "Il servizio indicato non è valido.");
	req_set(r, "New.type", type);
	req_set(r, "New.type_label", case_type_label(type));
	req_set(r, "New.service", service ? service : "");
	req_set(r, "New.idem", token_new(r->a, 32));
	view_page(r, "segnalazioni", case_type_label(type), "/segnalazioni/nuova");
	view_crumb(r, "Area personale", "/area-personale");
	view_crumb(r, case_type_label(type), NULL);
	r->tpl = "segnalazione_nuova.cs";
	return 200;
}

int page_nuova_create(struct req *r)
{
	const struct session *s = r->sess;
	const char *type = type_of(req_form(r, "tipo"));
	const char *service = req_form(r, "servizio");
	const char *idem = req_form(r, "idem");
	if (!type || (service && *service && !slug_ok(service)) || !idem || strlen(idem) != 43)
		return req_error(r, 400, "Il modulo non è valido: ricomincia dall'inizio.");
	if (!req_form(r, "privacy"))
		return req_error(r, 400, "Per proseguire devi dichiarare di aver letto l'informativa "
					 "sulla privacy.");
	const char *code;
	if (case_draft_new(r->db, r->a, s->citizen_id, type, token_case_code(r->a), idem,
			   service && *service ? service : NULL, s->email ? s->email : "", "",
			   &code) < 0)
		return 503;
	return req_redirect(r, 303, arena_printf(r->a, "/segnalazioni/%s/modifica", code));
}
