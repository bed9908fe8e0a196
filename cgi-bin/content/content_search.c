/* content_search.c - after an editor's change: the search_docs rows of
 * what changed, and the notice of the redirect that follows the save. */
#include "content_internal.h"

#include <string.h>

#include "core/arena.h"
#include "core/req.h"
#include "core/stem.h"
#include "store/content_store.h"
#include "store/search_store.h"

int content_reindex(struct req *r, long long service, long long topic, long long faq,
		    long long office)
{
	struct db_rows src;
	if ((service && content_search_drop(r->db, "service", service) < 0) ||
	    content_search_sources(r->db, r->a, service, topic, faq, office, &src) < 0)
		return -1;
	struct stemmer *st = stem_new();
	int rc = 0;
	for (size_t i = 0; i < src.nrows && rc == 0; i++) {
		const char *body = db_get(&src, i, "body");
		rc = search_docs_put(r->db, db_get(&src, i, "kind"), db_get(&src, i, "id"),
				     stem_text(st, r->a, db_get(&src, i, "title"), 0),
				     stem_text(st, r->a, body ? body : "", 0));
	}
	stem_free(st);
	return rc;
}

void content_notice(struct req *r)
{
	static const char *const notices[] = {
		"bozza", "Bozza salvata: il portale mostra ancora la versione pubblicata.",
		"pubblicato", "Pubblicato: il portale mostra già questa versione.",
		"ritirato", "Ritirato: la pagina non è più visibile sul portale.",
		"ripristinato", "Revisione ripristinata come nuova bozza: pubblicala per mostrarla "
				"sul portale.",
		"salvato", "Salvato: il portale mostra già le modifiche.",
	};
	const char *e = req_param(r, "esito");
	for (size_t i = 0; e && i < sizeof notices / sizeof *notices; i += 2)
		if (strcmp(e, notices[i]) == 0)
			req_set(r, "Notice.text", notices[i + 1]);
}
