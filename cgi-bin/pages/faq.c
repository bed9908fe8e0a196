/* faq.c - GET /faq: every question grouped by topic, each answer linkable. */
#include "pages.h"

#include <string.h>

#include "core/arena.h"
#include "core/req.h"
#include "core/view.h"
#include "store/catalogue_store.h"

int page_faq_list(struct req *r)
{
	struct db_rows faqs;
	if (catalogue_faqs(r->db, r->a, &faqs) < 0)
		return 503;
	int group = -1, item = 0;
	const char *prev = "";
	for (size_t i = 0; i < faqs.nrows; i++) {
		const char *topic = db_get(&faqs, i, "topic_slug");
		if (strcmp(topic, prev) != 0) {
			group++;
			item = 0;
			prev = topic;
			req_set(r, arena_printf(r->a, "Faq.Groups.%d.slug", group), topic);
			req_set(r, arena_printf(r->a, "Faq.Groups.%d.name", group), db_get(&faqs, i, "topic_name"));
		}
		const char *base = arena_printf(r->a, "Faq.Groups.%d.Items.%d", group, item++);
		req_set(r, arena_printf(r->a, "%s.slug", base), db_get(&faqs, i, "slug"));
		req_set(r, arena_printf(r->a, "%s.question", base), db_get(&faqs, i, "question"));
		view_markdown(r, arena_printf(r->a, "%s.answer", base), db_get(&faqs, i, "answer"));
	}
	view_page(r, "faq", "Domande frequenti", "/faq");
	req_set(r, "Page.Description", "Le risposte alle domande più frequenti sui servizi del Comune.");
	view_crumb(r, "Domande frequenti", NULL);
	r->tpl = "faq.cs";
	return 200;
}
