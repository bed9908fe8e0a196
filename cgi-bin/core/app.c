/* app.c - see app.h. The request pipeline lives here, once for every program:
 * validation common to all routes, dispatch, rendering, error pages,
 * conditional GET and the response head. */
#include "app.h"

#include <errno.h>
#include <fcgiapp.h>
#include <openssl/evp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include "answer_files.h"
#include "arena.h"
#include "buf.h"
#include "cache.h"
#include "calendar.h"
#include "config.h"
#include "db.h"
#include "fcgi_answer.h"
#include "fcgi_conns.h"
#include "http.h"
#include "log.h"
#include "master.h"
#include "multipart.h"
#include "page_files.h"
#include "query.h"
#include "req.h"
#include "secret.h"
#include "token.h"
#include "tpl.h"

#define PATH_MAX_LEN 2000

struct opts {
	const char *config_path;
	const char *sets[32];
	int nsets;
	struct master_opts master;
	long max_requests;
};

static struct opts opts;

const char *app_conf(const struct app *app, const char *name, const char *defval)
{
	return hdf_get_value(app->config, name, defval);
}

int app_conf_int(const struct app *app, const char *name, int defval)
{
	return hdf_get_int_value(app->config, name, defval);
}

/* The Italian title and default message of each error page. */
static void error_defaults(int status, const char **title, const char **message)
{
	switch (status) {
	case 400:
		*title = "Richiesta non valida";
		*message = "La richiesta contiene dati non validi.";
		break;
	case 403:
		*title = "Accesso negato";
		*message = "Non hai i permessi per vedere questa pagina.";
		break;
	case 404:
		*title = "Pagina non trovata";
		*message = "La pagina che cerchi non esiste o è stata spostata.";
		break;
	case 405:
		*title = "Metodo non consentito";
		*message = "Questo indirizzo non accetta il metodo usato dalla richiesta.";
		break;
	case 413:
		*title = "Richiesta troppo grande";
		*message = "I dati inviati superano la dimensione massima consentita.";
		break;
	case 414:
		*title = "Indirizzo troppo lungo";
		*message = "L'indirizzo richiesto supera la lunghezza massima consentita.";
		break;
	case 503:
		*title = "Servizio momentaneamente non disponibile";
		*message = "Il servizio è momentaneamente non disponibile. Riprova tra qualche minuto.";
		break;
	default:
		*title = status >= 500 ? "Errore interno" : "Errore";
		*message = status >= 500 ? "Si è verificato un errore imprevisto. Riprova più tardi."
					 : "La richiesta non può essere soddisfatta.";
	}
}

struct worker {
	struct app *app;
	struct arena *arena;
	struct db *db;
	struct buf out, head;
	struct cache *cache;
	unsigned long served;
};

static bool path_ok(const char *p)
{
	for (const unsigned char *s = (const unsigned char *)p; *s; s++)
		if (*s < 0x20 || *s == 0x7F)
			return false;
	return utf8_valid(p, strlen(p));
}

/* The body of an R_POST_BODY route: urlencoded up to App.MaxBody, or for
 * R_UPLOAD routes also multipart/form-data up to App.MaxUpload. */
static int read_body(struct req *r, unsigned flags)
{
	const char *ctype = req_env(r, "CONTENT_TYPE");
	const char *clen = req_env(r, "CONTENT_LENGTH");
	bool multipart = (flags & R_UPLOAD) && ctype &&
			 strncasecmp(ctype, "multipart/form-data", 19) == 0;
	long max = multipart ? app_conf_int(r->app, "App.MaxUpload", 16 << 20)
			     : app_conf_int(r->app, "App.MaxBody", 1 << 20);
	char *end = NULL;
	long len = clen && *clen ? strtol(clen, &end, 10) : 0;
	r->files = arena_calloc(r->a, 1, sizeof(*r->files));
	if (!clen || !*clen || *end || len < 0)
		return req_error(r, 411, "La richiesta non indica la lunghezza dei dati inviati.");
	if (len > max)
		return req_error(r, 413, NULL);
	if (!multipart && (!ctype || strncasecmp(ctype, "application/x-www-form-urlencoded", 33) != 0))
		return req_error(r, 415, "Il formato dei dati inviati non è supportato.");
	char *body = arena_alloc(r->a, (size_t)len + 1);
	long got = 0;
	while (got < len) {
		int n = FCGX_GetStr(body + got, (int)(len - got), r->fcgx_in);
		if (n <= 0)
			return req_error(r, 400, "I dati inviati sono incompleti.");
		got += n;
	}
	body[len] = '\0';
	if (multipart) {
		enum multipart_status st = multipart_parse(r->a, ctype, (const unsigned char *)body,
							   (size_t)len, &r->form, r->files);
		if (st == MULTIPART_TOO_MANY)
			return req_error(r, 413, "Hai inviato troppi campi o file.");
		if (st != MULTIPART_OK || (r->form.nbad && !(flags & R_FORM_MARKS)))
			return req_error(r, 400, "I dati del modulo non sono validi.");
		return 0;
	}
	enum query_status st = (flags & R_FORM_MARKS)   /* else as strict as a query string */
				       ? query_parse_form(r->a, body, (size_t)len, &r->form)
				       : query_parse(r->a, body, (size_t)len, &r->form);
	if (st != QUERY_OK)
		return req_error(r, 400, arena_printf(r->a, "Dati del modulo non validi: %s.",
						      query_status_text(st)));
	return 0;
}

/* R_CACHE routes: the worker's copy while the data generation has not moved
 * (true: a hit to send), else note that the rendered page is to be kept. */
static bool cache_lookup(struct req *r, struct worker *w, const char *path, const char *qs)
{
	unsigned long long gen;
	if (!(r->match.route->flags & R_CACHE) || !r->app->generation ||
	    r->app->generation(r, &gen) != 0)
		return false;
	r->cache.key = arena_printf(r->a, "%s?%s", path, qs ? qs : "");
	r->cache.gen = gen;
	r->cache.hit = cache_get(w->cache, r->cache.key, gen);
	r->cache.store = !r->cache.hit;
	return r->cache.hit != NULL;
}

/* The quick lane (nginx says where its misses go: LANE_MISS, see
 * core/answer_files.h): after its own cache, an answer another worker left
 * as a file; anything else is handed back to nginx, which sends it there
 * (X-Accel-Redirect to a named location), so that the connections this
 * worker holds never wait on a computed answer. True: answered. */
static bool quick_lane(struct req *r, struct worker *w)
{
	const char *miss = req_env(r, "LANE_MISS");
	if (!miss)
		return false;
	const char *dir = app_conf(r->app, "App.AnswerDir", NULL);
	r->cache.store = false;
	if (r->cache.key && dir) {
		struct cache_page *p = arena_alloc(r->a, sizeof *p);
		if (answer_file_get(dir, r->a, r->cache.key, r->cache.gen, p)) {
			cache_put(w->cache, r->cache.key, r->cache.gen, p);
			r->cache.hit = p;
			return true;
		}
	}
	req_header(r, "X-Accel-Redirect", miss);
	r->body = arena_calloc(r->a, 1, sizeof *r->body);
	return true;
}

/* The access the route declares, before its body is read: a visitor who
 * may not call it costs no upload. */
static int check_access(struct req *r, unsigned flags)
{
	if (!(flags & R_ACCESS))
		return 0;
	return r->app->access(r, flags);   /* app_main checked it is there */
}

/* The CSRF token of an R_CSRF route, once its body is read. A route whose
 * session is optional (R_SESSION) and absent has nothing to forge: the
 * handler answers for that case. */
static int check_csrf(struct req *r, unsigned flags)
{
	if (!(flags & R_CSRF))
		return 0;
	const char *want = r->app->csrf_token(r);
	if (!want && (flags & R_SESSION) && !(flags & (R_CITIZEN | R_STAFF)))
		return 0;
	const char *got = req_form(r, "csrf");
	if (want && got && token_equal(got, want))
		return 0;
	return req_error(r, 403, "Il modulo è scaduto o non è valido: ricarica la pagina e "
				 "riprova.");
}

static int dispatch(struct req *r, struct worker *w)
{
	const char *method = req_env(r, "REQUEST_METHOD");
	const char *path = req_env(r, "DOCUMENT_URI");
	const char *qs = req_env(r, "QUERY_STRING");
	r->method = method ? method : "";
	if (!method || !path || path[0] != '/')
		return req_error(r, 400, "Richiesta incompleta.");
	if (strlen(path) > PATH_MAX_LEN)
		return 414;
	if (!path_ok(path))
		return req_error(r, 400, "L'indirizzo contiene caratteri non validi.");
	r->path = path;
	req_set(r, "Page.Path", path);

	enum query_status qst = query_parse(r->a, qs ? qs : "", qs ? strlen(qs) : 0, &r->query);
	if (qst != QUERY_OK)
		return req_error(r, 400, arena_printf(r->a, "Parametri della richiesta non validi: %s.",
						      query_status_text(qst)));

	size_t len = strlen(path);
	bool get = strcmp(method, "GET") == 0 || strcmp(method, "HEAD") == 0;
	if (get && len > 1 && path[len - 1] == '/' && path[1] != '/')
		return req_redirect(r, 301, arena_printf(r->a, "%.*s%s%s", (int)(len - 1), path,
							 qs && *qs ? "?" : "", qs ? qs : ""));

	char allow[64];
	switch (route_find(r->app->routes, r->app->nroutes, method, path, &r->match, allow,
			   sizeof allow)) {
	case ROUTE_NOT_FOUND:
		return 404;
	case ROUTE_BAD_METHOD:
		req_header(r, "Allow", arena_strdup(r->a, allow));
		return 405;
	case ROUTE_FOUND:
		break;
	}
	if (get && !(qs && *qs) && (r->match.route->flags & R_CACHE) && r->app->page_day)
		r->cache.page_dir = page_files_live(r->a, app_conf(r->app, "PageFiles.Dir", NULL));
	if (get && cache_lookup(r, w, path, qs))
		return 200;
	if (get && quick_lane(r, w))
		return 200;
	unsigned flags = r->match.route->flags;
	int st = check_access(r, flags);
	if (!st && (flags & (R_POST_BODY | R_UPLOAD)))
		st = read_body(r, flags);
	if (!st)
		st = check_csrf(r, flags);
	return st ? st : r->match.route->handler(r);
}

static void etag_of(const struct buf *b, char out[44])
{
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned mdlen = 0;
	EVP_Digest(b->p, b->len, md, &mdlen, EVP_sha256(), NULL);
	out[0] = '"';
	for (int i = 0; i < 20; i++)
		snprintf(out + 1 + 2 * i, 3, "%02x", md[i]);
	out[41] = '"';
	out[42] = '\0';
}

static int render_error(struct req *r, struct worker *w, int status)
{
	const char *title, *message;
	error_defaults(status, &title, &message);
	req_set_int(r, "Error.status", status);
	if (!hdf_get_value(r->hdf, "Error.title", NULL))
		req_set(r, "Error.title", title);
	title = hdf_get_value(r->hdf, "Error.title", title);
	if (!hdf_get_value(r->hdf, "Error.message", NULL))
		req_set(r, "Error.message", message);
	req_set(r, "Error.request_id", r->request_id);
	req_set(r, "Page.Title", title);
	req_set(r, "Page.Section", "error");
	buf_reset(&w->out);
	return tpl_render(r->hdf, w->app->tpl_dir, "error.cs", &w->out);
}

/* A page the same for every visitor, whole (not HEAD), with no header of its
 * own: nginx may keep it where the portal saw live. Its validators are then
 * the ones nginx will give the file: nginx sets the stored file's mtime from
 * our Last-Modified (ngx_http_upstream_store) and makes a file's ETag of its
 * mtime and size in hex, so a browser revalidating this first answer gets a
 * 304 from the file. */
static void page_file_offer(struct req *r, bool head, size_t len, char etag[44])
{
	char day[11], date[40];
	if (!r->cache.page_dir || head || r->nheaders || !r->cache.gen)
		return;
	r->app->page_day(r->cache.gen, day);
	req_header(r, "X-Page-File", arena_printf(r->a, "%s/%s", r->cache.page_dir, day));
	time_t now = time(NULL);
	struct tm tm;
	strftime(date, sizeof date, "%a, %d %b %Y %H:%M:%S GMT", gmtime_r(&now, &tm));
	req_header(r, "Last-Modified", arena_strdup(r->a, date));
	snprintf(etag, 44, "\"%llx-%zx\"", (unsigned long long)now, len);
}

/* The ETag of a whole 200 (the worker's cached one, or the body's digest, kept
 * with the body for R_CACHE routes), or none for a page that may not be
 * stored; the status, 304 when the browser's copy is this one. */
static int validate(struct req *r, struct worker *w, const struct buf *body, const char *ctype,
		    int status, char etag[44])
{
	bool head = strcmp(r->method, "HEAD") == 0;
	bool no_store = r->cache_control && strcmp(r->cache_control, "no-store") == 0;
	if (status != 200 || no_store || !(head || strcmp(r->method, "GET") == 0))
		return status;
	if (r->cache.hit) {
		snprintf(etag, 44, "%s", r->cache.hit->etag);
	} else {
		etag_of(body, etag);
		if (r->cache.store) {
			struct cache_page p = { body->p, body->len, etag, ctype, 0 };
			cache_put(w->cache, r->cache.key, r->cache.gen, &p);
		}
	}
	/* A quick lane's miss this worker had answered before: left where the quick
	 * lane looks next time. Not at its first answer: a flood of searches each
	 * asked once would cost a file each. */
	const char *dir;
	if (r->cache.hit && req_env(r, "LANE_MISSED") &&
	    (dir = app_conf(r->app, "App.AnswerDir", NULL))) {
		struct cache_page p = { body->p, body->len, etag, ctype, 0 };
		if (answer_file_put(dir, r->cache.key, r->cache.gen, &p) < 0)
			log_warn("answer for the quick lane not kept: %s", strerror(errno));
	}
	page_file_offer(r, head, body->len, etag);
	return http_etag_matches(req_env(r, "HTTP_IF_NONE_MATCH"), etag) ? 304 : status;
}

/* Site.* for the templates, copied only when a page is rendered: an answer
 * from the cache costs no dataset. */
static void site_copy(struct req *r)
{
	HDF *site = hdf_get_obj(r->app->config, "Site");
	if (site && hdf_copy(r->hdf, "Site", site))
		abort();
}

int app_render_piece(struct req *r, const char *file, struct buf *out)
{
	site_copy(r);   /* a piece reads what a page does */
	return tpl_render(r->hdf, r->app->tpl_dir, file, out);
}

static void send(struct req *r, struct worker *w, FCGX_Request *fr, int status)
{
	const char *ctype = r->content_type ? r->content_type : "text/html; charset=utf-8";
	struct buf *body = &w->out;
	struct buf cached;
	buf_reset(body);
	if (r->cache.hit) {
		cached.p = (char *)r->cache.hit->body;
		cached.len = cached.cap = r->cache.hit->len;
		body = &cached;
		ctype = r->cache.hit->content_type;
	} else {
		site_copy(r);   /* for this template or the error page's */
		if (r->body)
			body = r->body;
		else if (r->tpl && tpl_render(r->hdf, w->app->tpl_dir, r->tpl, body) < 0)
			status = 500;
	}
	/* A handler's own page stands for a 4xx (a form with errors), and for a
	 * 5xx only when it says so (a form given back as it was typed). */
	if (status >= 400 && !r->body && (!r->tpl || (status >= 500 && !r->tpl_on_5xx))) {
		ctype = "text/html; charset=utf-8";
		if (render_error(r, w, status) < 0) {
			buf_reset(body);
			buf_puts(body, "Errore interno.\n");
			ctype = "text/plain; charset=utf-8";
		}
	}

	char etag[44] = "";
	bool head = strcmp(r->method, "HEAD") == 0;
	status = validate(r, w, body, ctype, status, etag);
	struct buf *h = &w->head;
	buf_reset(h);
	buf_printf(h, "Status: %d %s\r\n", status, http_status_text(status));
	if (status != 304)
		buf_printf(h, "Content-Type: %s\r\nContent-Length: %zu\r\n", ctype, body->len);
	if (etag[0])
		buf_printf(h, "ETag: %s\r\n", etag);
	buf_printf(h, "Cache-Control: %s\r\n", r->cache_control ? r->cache_control : "no-cache");
	for (size_t i = 0; i < r->nheaders; i++)
		buf_printf(h, "%s: %s\r\n", r->headers[i].name, r->headers[i].value);
	buf_puts(h, "\r\n");
	bool bodyless = head || status == 304;
	fcgi_answer_write(fr, h->p, h->len, body->p, bodyless ? 0 : body->len);
}

static void hdf_cleanup(void *p)
{
	HDF *hdf = p;
	hdf_destroy(&hdf);
}

static void serve(struct worker *w, FCGX_Request *fr)
{
	struct req r;
	memset(&r, 0, sizeof r);
	r.a = w->arena;
	r.app = w->app;
	r.db = w->db;
	r.env = fr->envp;
	r.fcgx_in = fr->in;
	const char *rid = FCGX_GetParam("REQUEST_ID", fr->envp);
	r.request_id = rid ? arena_strndup(r.a, rid, strnlen(rid, 64))
			   : arena_printf(r.a, "%d-%lu", (int)getpid(), w->served);
	log_set_request(r.request_id);
	if (hdf_init(&r.hdf))
		abort();
	arena_defer(r.a, hdf_cleanup, r.hdf);

	int status = dispatch(&r, w);
	if (r.db && db_in_transaction(r.db)) {   /* a handler's bug: never carried over */
		log_error("a transaction was left open by the handler: rolled back");
		db_rollback(r.db);
	}
	if (r.app->after_write && status < 400 && strcmp(r.method, "GET") != 0 &&
	    strcmp(r.method, "HEAD") != 0)
		r.app->after_write(&r);
	send(&r, w, fr, status);
	tpl_fragment_clear();   /* bound to this request's bytes */
	log_set_request(NULL);
	arena_reset(r.a);
	w->served++;
}

static int worker_main(int sock, void *ctx)
{
	struct worker w;
	memset(&w, 0, sizeof w);
	w.app = ctx;
	w.arena = arena_new();
	cal_set_patron(app_conf(w.app, "Calendar.PatronDay", ""));
	w.cache = cache_new((size_t)app_conf_int(w.app, "App.CacheBytes", 8 << 20),
			    (size_t)app_conf_int(w.app, "App.CacheEntries", 2048));
	char *password = secret_read(app_conf(w.app, "DB.PasswordFile", NULL));
	struct db_config dbc = {
		.socket = app_conf(w.app, "DB.Socket", NULL),
		.host = app_conf(w.app, "DB.Host", NULL),
		.port = (unsigned)app_conf_int(w.app, "DB.Port", 0),
		.user = app_conf(w.app, "DB.User", NULL),
		.password = password,
		.database = app_conf(w.app, "DB.Name", "portale"),
	};
	if (dbc.user)
		w.db = db_open(&dbc);

	if (w.app->worker_init && w.app->worker_init(w.app) < 0) {
		log_error("worker initialisation failed");
		db_close(w.db);
		free(password);
		cache_free(w.cache);
		arena_free(w.arena);
		return 1;
	}
	struct fcgi_conns *conns = fcgi_conns_new(sock);
	if (!conns)
		log_error("cannot wait on the listening socket: %s", strerror(errno));
	while (conns && !master_worker_stopping && (opts.max_requests <= 0 ||
						    w.served < (unsigned long)opts.max_requests)) {
		FCGX_Request *fr = fcgi_conns_next(conns);
		if (!fr) {
			if (errno == EINTR && !master_worker_stopping)
				continue;
			break;
		}
		serve(&w, fr);
		fcgi_conns_done(conns, fr);
	}
	fcgi_conns_free(conns);
	if (w.app->worker_fini)
		w.app->worker_fini(w.app);
	db_close(w.db);
	free(password);
	buf_fini(&w.out);
	buf_fini(&w.head);
	tpl_cache_clear();
	cache_free(w.cache);
	arena_free(w.arena);
	return 0;
}

static HDF *load_config(void)
{
	return config_load(opts.config_path, opts.sets, opts.nsets);
}

static void reload(void *ctx)
{
	struct app *app = ctx;
	HDF *cfg = load_config();
	if (!cfg) {
		log_error("reload failed: keeping the previous configuration");
		return;
	}
	hdf_destroy(&app->config);
	app->config = cfg;
	app->tpl_dir = app_conf(app, "App.Templates", "templates");
}

static const struct {
	unsigned flag;
	const char *name;
} flag_names[] = {
	{ R_POST_BODY, "body" }, { R_UPLOAD, "upload" }, { R_CACHE, "cache" },
	{ R_SESSION, "session" }, { R_CITIZEN, "citizen" }, { R_STAFF, "staff" },
	{ R_ROLE_ADMIN, "admin" }, { R_ROLE_EDITOR, "editor" }, { R_ROLE_OPERATOR, "operator" },
	{ R_ROLE_MANAGER, "manager" }, { R_CSRF, "csrf" }, { R_NO_CSRF, "no-csrf" },
	{ R_FORM_MARKS, "form-marks" },
};

/* `PROGRAM --routes`: who may call what, one line a route. */
static void print_routes(const struct app *app)
{
	for (size_t i = 0; i < app->nroutes; i++) {
		const struct route *rt = &app->routes[i];
		printf("%-4s %-44s %s", rt->method, rt->pattern,
		       rt->flags & R_ACCESS ? "" : "public");
		for (size_t f = 0; f < sizeof flag_names / sizeof *flag_names; f++)
			if (rt->flags & flag_names[f].flag)
				printf(" %s", flag_names[f].name);
		printf("\n");
	}
}

/* A table that leaves a state-changing route unguarded does not start. */
static int check_routes(const struct app *app)
{
	int bad = 0;
	for (size_t i = 0; i < app->nroutes; i++) {
		const struct route *rt = &app->routes[i];
		unsigned f = rt->flags;
		const char *why = NULL;
		if (strcmp(rt->method, "GET") && !(f & (R_CSRF | R_NO_CSRF)))
			why = "changes state: it needs R_CSRF (or R_NO_CSRF on purpose)";
		else if ((f & R_CSRF) && !(f & R_ACCESS))
			why = "R_CSRF without a session flag";
		else if ((f & R_ROLES) && !(f & R_STAFF))
			why = "a role without R_STAFF";
		else if ((f & R_ACCESS) && (!app->access || !app->csrf_token))
			why = "access flags, but the program has no access hook";
		if (why) {
			log_error("route %s %s: %s", rt->method, rt->pattern, why);
			bad = 1;
		}
	}
	return bad ? -1 : 0;
}

static void usage(const char *prog)
{
	fprintf(stderr,
		"usage: %s --socket PATH [--config FILE] [--set KEY=VALUE]... [--workers N]\n"
		"          [--max-requests N] [--pidfile FILE]\n"
		"       %s --routes   (the route table with its access flags)\n", prog, prog);
}

int app_main(struct app *app, int argc, char **argv)
{
	log_init(app->name);
	int workers = 0;
	if (check_routes(app) < 0)
		return 1;
	if (argc == 2 && strcmp(argv[1], "--routes") == 0) {
		print_routes(app);
		return 0;
	}
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
		if (!v) {
			usage(argv[0]);
			return 2;
		}
		if (strcmp(a, "--socket") == 0)
			opts.master.socket = v;
		else if (strcmp(a, "--config") == 0)
			opts.config_path = v;
		else if (strcmp(a, "--set") == 0 && opts.nsets < 32)
			opts.sets[opts.nsets++] = v;
		else if (strcmp(a, "--workers") == 0)
			workers = atoi(v);
		else if (strcmp(a, "--max-requests") == 0)
			opts.max_requests = atol(v);
		else if (strcmp(a, "--pidfile") == 0)
			opts.master.pidfile = v;
		else {
			usage(argv[0]);
			return 2;
		}
		i++;
	}
	if (!opts.master.socket) {
		usage(argv[0]);
		return 2;
	}
	app->config = load_config();
	if (!app->config)
		return 1;
	app->tpl_dir = app_conf(app, "App.Templates", "templates");
	opts.master.workers = workers ? workers : app_conf_int(app, "App.Workers", 2);
	if (!opts.max_requests)
		opts.max_requests = app_conf_int(app, "App.MaxRequests", 50000);
	opts.master.grace_seconds = app_conf_int(app, "App.GraceSeconds", 10);
	opts.master.socket_mode = app_conf(app, "App.SocketMode", NULL);
	opts.master.socket_group = app_conf(app, "App.SocketGroup", NULL);
	int rc = master_run(&opts.master, worker_main, reload, app);
	hdf_destroy(&app->config);
	return rc;
}
