/* pagine.c - documents kept in the configuration (accessibility statement,
 * privacy notice, legal notes) and nginx's own error pages in the site's look. */
#include "pages.h"

#include <stdlib.h>
#include <string.h>

#include "core/app.h"
#include "core/arena.h"
#include "core/req.h"
#include "core/view.h"

/* GET /accessibilita, /privacy, /note-legali, /piano-di-miglioramento: text from
 * Pages.<name>.{title,body}, and the optional section Pages.<name>.licence.{title,body}
 * (the legal notes' "Licenza dei contenuti", criterion C.SI.3.4). */
int page_pagine_show(struct req *r)
{
	/* HDF names cannot hold '-': /note-legali reads Pages.note_legali */
	char *name = arena_strdup(r->a, r->path + 1);
	for (char *c = name; *c; c++)
		if (*c == '-')
			*c = '_';
	const char *title = app_conf(r->app, arena_printf(r->a, "Pages.%s.title", name), NULL);
	if (!title)
		return 404;
	view_text(r, "Doc.body", app_conf(r->app, arena_printf(r->a, "Pages.%s.body", name), ""));
	req_set(r, "Doc.title", title);
	const char *lt = app_conf(r->app, arena_printf(r->a, "Pages.%s.licence.title", name), NULL);
	if (lt) {
		req_set(r, "Doc.licence.title", lt);
		view_text(r, "Doc.licence.body",
			  app_conf(r->app, arena_printf(r->a, "Pages.%s.licence.body", name), ""));
	}
	view_page(r, "pagina", title, r->path);
	view_crumb(r, title, NULL);
	r->tpl = "pagina.cs";
	return 200;
}

/* GET /_errore/{code}, internal: nginx's error_page for the errors it answers
 * itself (400, 413, 414...). nginx keeps its own status on the response. */
int page_errore_show(struct req *r)
{
	const char *code = req_arg(r, 0);
	int status = atoi(code);
	if (strlen(code) != 3 || status < 400 || status > 599)
		return 404;
	return status;
}
