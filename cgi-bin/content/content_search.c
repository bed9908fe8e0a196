/* content_search.c - after an editor's change: the search_docs rows of
 * what changed, and the notice of the redirect that follows the save. */
#include "content_internal.h"

#include <string.h>

#include "core/arena.h"
#include "core/req.h"
#include "core/stem.h"
#include "store/content_store.h"
#include "store/search_store.h"

/* The search_docs rows of SRC (rows: kind, id, title, body), stemmed. */
static int put_sources(struct req *r, const struct db_rows *src)
{
	struct stemmer *st = stem_new();
	int rc = 0;
	for (size_t i = 0; i < src->nrows && rc == 0; i++) {
		const char *body = db_get(src, i, "body");
		rc = search_docs_put(r->db, db_get(src, i, "kind"), db_get(src, i, "id"),
				     stem_text(st, r->a, db_get(src, i, "title"), 0),
				     stem_text(st, r->a, body ? body : "", 0));
	}
	stem_free(st);
	return rc;
}

int content_reindex(struct req *r, long long service, long long topic, long long faq,
		    long long office)
{
	struct db_rows src;
	if ((service && content_search_drop(r->db, "service", service) < 0) ||
	    content_search_sources(r->db, r->a, service, topic, faq, office, &src) < 0)
		return -1;
	return put_sources(r, &src);
}

int content_reindex_item(struct req *r, const char *kind, long long id)
{
	struct db_rows src;
	if (content_search_drop(r->db, kind, id) < 0 ||
	    search_source(r->db, r->a, kind, arena_printf(r->a, "%lld", id), &src) < 0)
		return -1;
	return put_sources(r, &src);
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
		"allegato", "File PDF allegato.",
		"allegato-eliminato", "File PDF eliminato.",
		"ruolo", "Ruolo aggiunto alla persona.",
		"ruolo-eliminato", "Ruolo eliminato.",
	};
	const char *e = req_param(r, "esito");
	for (size_t i = 0; e && i < sizeof notices / sizeof *notices; i += 2)
		if (strcmp(e, notices[i]) == 0)
			req_set(r, "Notice.text", notices[i + 1]);
}
