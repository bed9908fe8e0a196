/* app.h - what a FastCGI program is: a name, a route table and its config.
 *
 * app_main() parses the command line (--socket, --workers, --config,
 * --set KEY=VALUE, --max-requests, --pidfile), reads the HDF config and runs
 * the prefork master. Each worker loops: accept, validate the request,
 * route, answer R_CACHE routes from the worker's page cache when the data
 * generation has not moved, else call the handler and render the template
 * into a buffer, add an ETag (answering 304 when it matches), send. */
#ifndef CORE_APP_H
#define CORE_APP_H

#include <ClearSilver.h>
#include <stddef.h>

#include "route.h"

struct buf;
struct req;

struct app {
	const char *name;            /* program name, also the DB.* section prefix */
	const struct route *routes;
	size_t nroutes;
	/* Per-worker set-up after fork (libraries, keys, registries) and its
	 * undoing at exit; either may be NULL. A failing init ends the worker. */
	int (*worker_init)(struct app *app);
	void (*worker_fini)(struct app *app);
	/* The current generation of the data R_CACHE pages are made from; 0 or -1. */
	int (*generation)(struct req *r, unsigned long long *gen);
	/* With PageFiles.Dir set, R_CACHE pages asked for without a query are
	 * offered to nginx as files (core/page_files.h), filed under the day
	 * (YYYY-MM-DD) a generation was read on; NULL: never. */
	void (*page_day)(unsigned long long gen, char day[11]);
	/* After a state-changing request that succeeded (status below 400),
	 * before the answer is sent: e.g. flush the public pages' files. */
	void (*after_write)(struct req *r);
	/* Access declared by the route flags (route.h), for programs that have
	 * sessions: ACCESS loads into R the session FLAGS ask for and answers 0
	 * or the status to return (a redirect to the login, 403, 503);
	 * CSRF_TOKEN is the loaded session's token, NULL without one. */
	int (*access)(struct req *r, unsigned flags);
	const char *(*csrf_token)(const struct req *r);
	/* set by app_main */
	HDF *config;
	const char *tpl_dir;
};

int app_main(struct app *app, int argc, char **argv);
/* A config value (HDF path), or DEFVAL. */
const char *app_conf(const struct app *app, const char *name, const char *defval);
int app_conf_int(const struct app *app, const char *name, int defval);
/* FILE rendered now from R's dataset into OUT: a piece of the page that a
 * cache keeps, for the page's fragment() (core/tpl.h). 0, or -1 logged. */
int app_render_piece(struct req *r, const char *file, struct buf *out);

#endif
