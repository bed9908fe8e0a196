/* cases.c - the citizen's cases: report a problem, complain, ask about a
 * service; follow it to the end; the personal area. Its database account
 * reaches the cases, the outbox and the citizen's own identity rows. */
#include "cases/cases.h"
#include "core/app.h"

static const struct route routes[] = {
	/* method  pattern                                  handler            flags */
	{ "GET",  "/segnalazioni/nuova",                    page_nuova_form,   0 },
	{ "POST", "/segnalazioni/nuova",                    page_nuova_create, R_POST_BODY },
	{ "GET",  "/segnalazioni/:code",                    page_pratica,      0 },
	{ "GET",  "/segnalazioni/:code/modifica",           page_bozza_form,   0 },
	{ "POST", "/segnalazioni/:code/modifica",           page_bozza_save,   R_UPLOAD },
	{ "GET",  "/segnalazioni/:code/riepilogo",          page_riepilogo,    0 },
	{ "POST", "/segnalazioni/:code/invia",              page_invia,        R_POST_BODY },
	{ "GET",  "/segnalazioni/:code/ricevuta",           page_ricevuta,     0 },
	{ "POST", "/segnalazioni/:code/messaggi",           page_messaggio,    R_UPLOAD },
	{ "POST", "/segnalazioni/:code/ritira",             page_ritira,       R_POST_BODY },
	{ "GET",  "/segnalazioni/:code/allegati/:id",       page_allegato,     0 },
	{ "GET",  "/segnalazioni/:code/miniature/:id",      page_miniatura,    0 },
	{ "GET",  "/area-personale",                        page_area,         0 },
	{ "POST", "/area-personale/contatti",               page_contatti,     R_POST_BODY },
};

int main(int argc, char **argv)
{
	static struct app app = {
		.name = "cases",
		.routes = routes,
		.nroutes = sizeof routes / sizeof routes[0],
		.worker_init = cases_init,
		.worker_fini = cases_fini,
	};
	return app_main(&app, argc, argv);
}
