/* portal.c - the public portal: service catalogue, topics, offices, FAQ,
 * search. Read-only: its database account can only SELECT the catalogue. */
#include "core/app.h"
#include "pages/pages.h"

static const struct route routes[] = {
	/* method  pattern               handler                 flags */
	{ "GET", "/",                    page_home_show, R_CACHE },
	{ "GET", "/servizi",             page_servizi_list, R_CACHE },
	{ "GET", "/servizi/:slug",       page_servizi_show, R_CACHE },
	{ "GET", "/argomenti",           page_argomenti_list, R_CACHE },
	{ "GET", "/argomenti/:slug",     page_argomenti_show, R_CACHE },
	{ "GET", "/uffici",              page_uffici_list, R_CACHE },
	{ "GET", "/uffici/:slug",        page_uffici_show, R_CACHE },
	{ "GET", "/faq",                 page_faq_list, R_CACHE },
	{ "GET", "/cerca",               page_cerca_show, R_CACHE },
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
	};
	return app_main(&app, argc, argv);
}
