/* portal.c - the public portal: service catalogue, topics, offices, FAQ,
 * search. Read-only: its database account can only SELECT the catalogue. */
#include "core/app.h"
#include "pages/pages.h"

static const struct route routes[] = {
	/* method  pattern               handler */
	{ "GET", "/",                    page_home_show, 0 },
	{ "GET", "/servizi",             page_servizi_list, 0 },
	{ "GET", "/servizi/:slug",       page_servizi_show, 0 },
	{ "GET", "/argomenti",           page_argomenti_list, 0 },
	{ "GET", "/argomenti/:slug",     page_argomenti_show, 0 },
	{ "GET", "/uffici",              page_uffici_list, 0 },
	{ "GET", "/uffici/:slug",        page_uffici_show, 0 },
	{ "GET", "/faq",                 page_faq_list, 0 },
	{ "GET", "/cerca",               page_cerca_show, 0 },
	{ "GET", "/accessibilita",       page_pagine_show, 0 },
	{ "GET", "/privacy",             page_pagine_show, 0 },
	{ "GET", "/note-legali",         page_pagine_show, 0 },
	{ "GET", "/_errore/:code",       page_errore_show, 0 },
};

int main(int argc, char **argv)
{
	static struct app app = {
		.name = "portal",
		.routes = routes,
		.nroutes = sizeof routes / sizeof routes[0],
	};
	return app_main(&app, argc, argv);
}
