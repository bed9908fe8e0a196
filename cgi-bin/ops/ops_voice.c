/* ops_voice.c - the closing e-mail's one-click question to the citizen ("il
 * problema è stato risolto?"): its link is made in the transaction that
 * closes the case (the store calls the mail hook inside it), so a link
 * always names a closure that happened; and what the citizen answered, on
 * the case page. */
#include "ops_internal.h"

#include "core/app.h"
#include "core/arena.h"
#include "core/req.h"
#include "core/view.h"
#include "store/case_voice_store.h"

const char *ops_voice_text(struct req *r, const struct bo_case_row *c, const char *text)
{
	const char *token;
	if (voice_link_new(r->db, r->a, c->id, &token) < 0)
		return text;   /* the transaction failed: nothing is sent */
	return arena_printf(r->a, "%s\n\nIl problema è stato risolto? Rispondi con un clic; se non "
			    "lo è, entro %d giorni puoi riaprire la pratica e darle un voto:\n"
			    "%s/segnalazioni/esito/%s", text ? text : "",
			    app_conf_int(r->app, "Cases.ReopenDays", 30),
			    app_conf(r->app, "Site.BaseUrl", ""), token);
}

int ops_voice_view(struct req *r, long long case_id)
{
	struct db_rows rows;
	if (voice_history(r->db, r->a, case_id, &rows) < 0)
		return -1;
	view_rows(r, "Voice", &rows);
	return 0;
}
