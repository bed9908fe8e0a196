/* profilo.c - /admin/profilo/notifiche: which e-mails about cases a staff
 * member receives (store/staff_notice_store.h; the notifier sends them). */
#include "admin.h"

#include <string.h>

#include "core/arena.h"
#include "core/req.h"
#include "core/view.h"
#include "store/session_store.h"
#include "store/staff_notice_store.h"

static const char *const labels[NOTICE_NKINDS] = {
	[NOTICE_NEW_CASE] = "Una nuova pratica arriva a un mio ufficio",
	[NOTICE_ASSIGNED] = "Una pratica viene assegnata a me",
	[NOTICE_REPLIED] = "Il cittadino scrive su una mia pratica",
	[NOTICE_DUE_SOON] = "Una mia pratica è in scadenza",
	[NOTICE_OVERDUE] = "Una pratica è scaduta (sollecito)",
	[NOTICE_DIGEST] = "Il riepilogo giornaliero delle pratiche",
	[NOTICE_REOPENED] = "Il cittadino riapre una mia pratica (non risolto)",
	[NOTICE_VERDICT] = "Il cittadino valuta una mia pratica chiusa",
};

static int show(struct req *r, const int wanted[NOTICE_NKINDS], int status)
{
	for (int k = 0; k < NOTICE_NKINDS; k++) {
		req_set(r, arena_printf(r->a, "Prefs.%d.key", k), notice_key(k));
		req_set(r, arena_printf(r->a, "Prefs.%d.label", k), labels[k]);
		req_set_int(r, arena_printf(r->a, "Prefs.%d.checked", k), wanted[k]);
	}
	if (req_param(r, "fatto"))
		req_set(r, "Form.saved", "1");
	admin_frame(r, "Le mie notifiche", "/admin/profilo/notifiche", NULL, NULL,
		    "admin/profilo_notifiche.cs");
	return status;
}

/* GET /admin/profilo/notifiche (operators, managers, admins): the choices. */
int bo_profilo_notifiche(struct req *r)
{
	int wanted[NOTICE_NKINDS];
	if (notice_prefs(r->db, r->a, r->staff->id, wanted) < 0)
		return 503;
	return show(r, wanted, 200);
}

/* POST /admin/profilo/notifiche (CSRF): a ticked box is "1", an unticked one
 * absent; anything else is refused and nothing is saved. */
int bo_profilo_notifiche_save(struct req *r)
{
	int wanted[NOTICE_NKINDS];
	for (int k = 0; k < NOTICE_NKINDS; k++) {
		const char *v = req_form(r, notice_key(k));
		if (v && strcmp(v, "1"))
			return req_error(r, 400, "La scelta inviata non è valida: nessuna "
						 "modifica salvata.");
		wanted[k] = v != NULL;
	}
	if (notice_prefs_save(r->db, r->staff->id, wanted) < 0)
		return 503;
	return req_redirect(r, 303, "/admin/profilo/notifiche?fatto=1");
}
