/* portal.c - the public portal: service catalogue, topics, offices, FAQ,
 * search, the Amministrazione section (areas, people, documents, enti), Novità,
 * Vivere il Comune (places, events). Read-only: its database account can only
 * SELECT the catalogue. */
#include "core/app.h"
#include "pages/pages.h"

static const struct route routes[] = {
	/* method  pattern               handler                 flags */
	{ "GET", "/",                    page_home_show, R_CACHE },
	{ "GET", "/servizi",             page_servizi_list, R_CACHE },
	{ "GET", "/servizi/categoria/:slug", page_servizi_category, R_CACHE },
	{ "GET", "/servizi/:slug",       page_servizi_show, R_CACHE },
	{ "GET", "/argomenti",           page_argomenti_list, R_CACHE },
	{ "GET", "/argomenti/:slug",     page_argomenti_show, R_CACHE },
	{ "GET", "/uffici",              page_uffici_list, R_CACHE },
	{ "GET", "/uffici/:slug",        page_uffici_show, R_CACHE },
	{ "GET", "/faq",                 page_faq_list, R_CACHE },
	{ "GET", "/amministrazione",     page_amministrazione_show, R_CACHE },
	{ "GET", "/amministrazione/organi-di-governo", page_amministrazione_organi, R_CACHE },
	{ "GET", "/amministrazione/aree-amministrative", page_amministrazione_aree, R_CACHE },
	{ "GET", "/amministrazione/aree-amministrative/:slug", page_amministrazione_area, R_CACHE },
	{ "GET", "/amministrazione/uffici", page_amministrazione_uffici, R_CACHE },
	{ "GET", "/amministrazione/enti-e-fondazioni", page_amministrazione_enti, R_CACHE },
	{ "GET", "/amministrazione/enti-e-fondazioni/:slug", page_amministrazione_ente, R_CACHE },
	{ "GET", "/amministrazione/politici", page_amministrazione_politici, R_CACHE },
	{ "GET", "/amministrazione/personale-amministrativo", page_amministrazione_personale, R_CACHE },
	{ "GET", "/amministrazione/documenti-e-dati", page_documenti_list, R_CACHE },
	{ "GET", "/persone/:slug",       page_persone_show, R_CACHE },
	{ "GET", "/documenti/:slug",     page_documenti_show, R_CACHE },
	{ "GET", "/documenti/:slug/allegati/:id", page_documenti_file, 0 },  /* PDF: headers of its own */
	{ "GET", "/cerca",               page_cerca_show, R_CACHE },
	{ "GET", "/novita",              page_novita_show, R_CACHE },
	{ "GET", "/novita/notizie",      page_novita_list, R_CACHE },
	{ "GET", "/novita/comunicati",   page_novita_list, R_CACHE },
	{ "GET", "/novita/avvisi",       page_novita_list, R_CACHE },
	{ "GET", "/novita/:slug",        page_novita_item, R_CACHE },
	{ "GET", "/novita/:slug/allegati/:id", page_novita_file, 0 },  /* PDF: headers of its own */
	{ "GET", "/vivere-il-comune",    page_vivere_show, R_CACHE },
	{ "GET", "/luoghi",              page_luoghi_list, R_CACHE },
	{ "GET", "/luoghi/:slug",        page_luoghi_show, R_CACHE },
	{ "GET", "/eventi",              page_eventi_list, R_CACHE },
	{ "GET", "/eventi/:slug",        page_eventi_show, R_CACHE },
	{ "GET", "/eventi/:slug/ics",    page_eventi_ics, 0 },
	{ "GET", "/accessibilita",       page_pagine_show, R_CACHE },
	{ "GET", "/privacy",             page_pagine_show, R_CACHE },
	{ "GET", "/note-legali",         page_pagine_show, R_CACHE },
	{ "GET", "/piano-di-miglioramento", page_pagine_show, R_CACHE },
	{ "GET", "/_errore/:code",       page_errore_show, 0 },
};

int main(int argc, char **argv)
{
	static struct app app = {
		.name = "portal",
		.routes = routes,
		.nroutes = sizeof routes / sizeof routes[0],
		.generation = page_catalogue_generation,
		.page_day = page_catalogue_day,
	};
	return app_main(&app, argc, argv);
}
