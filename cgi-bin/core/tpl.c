/* tpl.c - see tpl.h. */
#include "tpl.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "log.h"
#include "markdown.h"

char *tpl_json_string(const char *s)
{
	size_t n = strlen(s), cap;
	if (__builtin_mul_overflow(n, 6, &cap) || __builtin_add_overflow(cap, 3, &cap))
		return NULL;
	char *out = malloc(cap), *o = out;
	if (!out)
		return NULL;
	*o++ = '"';
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		unsigned char c = *p;
		if (c == '"' || c == '\\') {
			*o++ = '\\';
			*o++ = (char)c;
		} else if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\'') {
			o += snprintf(o, 7, "\\u%04x", c);   /* keeps </script> and markup inert */
		} else {
			*o++ = (char)c;
		}
	}
	*o++ = '"';
	*o = '\0';
	return out;
}

static NEOERR *json_str(const char *in, char **out)
{
	*out = tpl_json_string(in ? in : "");
	return *out ? STATUS_OK : nerr_raise(NERR_NOMEM, "json_str");
}

/* The bound fragments: a page has one or two, so a short list. */
#define MAX_FRAGMENTS 4
static struct {
	const char *name, *html;
	size_t len;
} fragments[MAX_FRAGMENTS];
static size_t nfragments;

void tpl_fragment(const char *name, const char *html, size_t len)
{
	size_t i = 0;
	while (i < nfragments && strcmp(fragments[i].name, name))
		i++;
	if (i == MAX_FRAGMENTS)
		abort();   /* a programming error, as a template that does not parse */
	fragments[i].name = name;
	fragments[i].html = html;
	fragments[i].len = len;
	nfragments += i == nfragments;
}

void tpl_fragment_clear(void)
{
	nfragments = 0;
}

static NEOERR *fragment_strfunc(const char *in, char **out)
{
	size_t i = 0;
	while (i < nfragments && strcmp(fragments[i].name, in ? in : ""))
		i++;
	*out = i < nfragments ? strndup(fragments[i].html, fragments[i].len) : strdup("");
	return *out ? STATUS_OK : nerr_raise(NERR_NOMEM, "fragment");
}

static NEOERR *to_buf(void *ctx, char *s)
{
	buf_puts(ctx, s);
	return STATUS_OK;
}

/* The parsed templates of this worker, one per file: parsing (parse_expr,
 * cs_parse_string) was most of a page's cost, rendering a parsed tree is cheap.
 * A tree keeps literal text and expressions only: includes are string literals
 * (resolved at parse time), and ClearSilver reads the HDF through parse->hdf
 * when it renders, so each request points it at its own HDF for the render and
 * back at PARSE_HDF (the parse-time config) afterwards. Templates are read
 * once per worker: a deploy restarts the workers. */
struct tpl_entry {
	char *key;      /* "tpl_dir/file" */
	CSPARSE *cs;
};

static struct {
	struct tpl_entry *v;
	size_t n, cap;
	HDF *parse_hdf;
} cache;

static NEOERR *parse_template(const char *tpl_dir, const char *file, CSPARSE **out)
{
	CSPARSE *cs = NULL;
	NEOERR *err = STATUS_OK;
	if (!cache.parse_hdf) {
		err = hdf_init(&cache.parse_hdf);
		if (!err)
			err = hdf_set_value(cache.parse_hdf, "Config.VarEscapeMode", "html");
	}
	if (!err)
		err = hdf_set_value(cache.parse_hdf, "hdf.loadpaths.0", tpl_dir);
	if (!err)
		err = cs_init(&cs, cache.parse_hdf);
	if (!err)
		err = cgi_register_strfuncs(cs);
	if (!err)
		err = cs_register_esc_strfunc(cs, "json_str", json_str);
	if (!err)
		err = cs_register_esc_strfunc(cs, "markdown", markdown_strfunc);
	if (!err)
		err = cs_register_esc_strfunc(cs, "fragment", fragment_strfunc);
	if (!err)
		err = cs_parse_file(cs, file);
	if (err)
		cs_destroy(&cs);
	*out = cs;
	return err;
}

/* The cached tree of FILE, parsed now if this worker has not seen it yet. */
static NEOERR *cached_template(const char *tpl_dir, const char *file, struct tpl_entry **out)
{
	char key[1024];
	if ((size_t)snprintf(key, sizeof key, "%s/%s", tpl_dir, file) >= sizeof key)
		return nerr_raise(NERR_ASSERT, "template path too long");
	for (size_t i = 0; i < cache.n; i++)
		if (!strcmp(cache.v[i].key, key)) {
			*out = &cache.v[i];
			return STATUS_OK;
		}
	if (cache.n == cache.cap) {
		size_t cap = cache.cap ? cache.cap * 2 : 32;
		struct tpl_entry *v = realloc(cache.v, cap * sizeof *v);
		if (!v)
			return nerr_raise(NERR_NOMEM, "template cache");
		cache.v = v;
		cache.cap = cap;
	}
	CSPARSE *cs;
	NEOERR *err = parse_template(tpl_dir, file, &cs);
	if (err)
		return nerr_pass(err);
	char *k = strdup(key);
	if (!k) {
		cs_destroy(&cs);
		return nerr_raise(NERR_NOMEM, "template cache");
	}
	cache.v[cache.n] = (struct tpl_entry){ .key = k, .cs = cs };
	*out = &cache.v[cache.n++];
	return STATUS_OK;
}

/* A failed render may leave the tree's locals half-unwound: parse it afresh next time. */
static void drop_entry(struct tpl_entry *e)
{
	cs_destroy(&e->cs);
	free(e->key);
	*e = cache.v[--cache.n];
}

void tpl_cache_clear(void)
{
	while (cache.n)
		drop_entry(&cache.v[0]);
	free(cache.v);
	cache.v = NULL;
	cache.cap = 0;
	hdf_destroy(&cache.parse_hdf);
}

size_t tpl_cache_size(void)
{
	return cache.n;
}

static NEOERR *render_cached(HDF *hdf, const char *tpl_dir, const char *file, struct buf *out)
{
	struct tpl_entry *e;
	NEOERR *err = cached_template(tpl_dir, file, &e);
	if (err)
		return nerr_pass(err);
	e->cs->hdf = hdf;
	err = cs_render(e->cs, out, to_buf);
	e->cs->hdf = cache.parse_hdf;
	e->cs->output_ctx = NULL;
	if (err)
		drop_entry(e);
	return nerr_pass(err);
}

int tpl_render(HDF *hdf, const char *tpl_dir, const char *file, struct buf *out)
{
	size_t start = out->len;
	NEOERR *err = render_cached(hdf, tpl_dir, file, out);
	/* the newlines of leading <?cs ... ?> lines would precede the doctype */
	size_t ws = start;
	while (ws < out->len && (out->p[ws] == '\n' || out->p[ws] == ' ' || out->p[ws] == '\t'))
		ws++;
	if (!err && ws > start) {
		memmove(out->p + start, out->p + ws, out->len - ws + 1);
		out->len -= ws - start;
	}
	if (err) {
		STRING msg;
		string_init(&msg);
		nerr_error_string(err, &msg);
		log_error("template %s: %s", file, msg.buf ? msg.buf : "?");
		string_clear(&msg);
		nerr_ignore(&err);
		return -1;
	}
	return 0;
}
