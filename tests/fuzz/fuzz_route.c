/* fuzz_route.c - route_find on arbitrary method and path against the portal's
 * table, checked against a segment-by-segment reference matcher.
 * Input: "METHOD\nPATH" (no newline: the whole input is a GET path). */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/route.h"

#define CHECK(c) do { if (!(c)) __builtin_trap(); } while (0)

static int h(struct req *r) { (void)r; return 200; }

/* A copy of cgi-bin/portal.c's table, plus a POST route sharing a GET path. */
static const struct route routes[] = {
	{ "GET", "/",                    h, 0 },
	{ "GET", "/servizi",             h, 0 },
	{ "GET", "/servizi/:slug",       h, 0 },
	{ "GET", "/argomenti",           h, 0 },
	{ "GET", "/argomenti/:slug",     h, 0 },
	{ "GET", "/uffici",              h, 0 },
	{ "GET", "/uffici/:slug",        h, 0 },
	{ "GET", "/faq",                 h, 0 },
	{ "GET", "/cerca",               h, 0 },
	{ "GET", "/accessibilita",       h, 0 },
	{ "GET", "/privacy",             h, 0 },
	{ "GET", "/note-legali",         h, 0 },
	{ "GET", "/_errore/:code",       h, 0 },  /* the rest are R_CACHE there */
	{ "POST", "/servizi/:slug",      h, R_POST_BODY },
	{ "GET", "/uffici/:slug/orari/:giorno", h, 0 },
};
#define N (sizeof routes / sizeof routes[0])

/* Next '/'-separated segment of *S: its start and length; false at the end. */
static bool seg(const char **s, const char **start, size_t *len)
{
	if (!*s)
		return false;
	const char *e = strchr(*s, '/');
	*start = *s;
	*len = e ? (size_t)(e - *s) : strlen(*s);
	*s = e ? e + 1 : NULL;
	return true;
}

static bool ref_match(const char *pat, const char *path)
{
	const char *ps, *xs;
	size_t pl, xl;
	for (;;) {
		bool a = seg(&pat, &ps, &pl), b = seg(&path, &xs, &xl);
		if (a != b)
			return false;
		if (!a)
			return true;
		if (pl && ps[0] == ':') {
			if (xl < 1 || xl > ROUTE_SLUG_MAX)
				return false;
			for (size_t i = 0; i < xl; i++)
				if (!((xs[i] >= 'a' && xs[i] <= 'z') || (xs[i] >= '0' && xs[i] <= '9') || xs[i] == '-'))
					return false;
		} else if (pl != xl || memcmp(ps, xs, pl) != 0) {
			return false;
		}
	}
}

static bool ref_method(const char *rm, const char *m)
{
	return strcmp(rm, m) == 0 || (strcmp(m, "HEAD") == 0 && strcmp(rm, "GET") == 0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *in = malloc(size + 1);
	memcpy(in, data, size);
	in[size] = '\0';
	char *nl = memchr(in, '\n', size);
	const char *method = "GET", *path = in;
	if (nl) {
		*nl = '\0';
		method = in;
		path = nl + 1;
	}

	/* expected outcome */
	size_t want = N;
	bool seen = false;
	for (size_t i = 0; i < N && want == N; i++)
		if (ref_match(routes[i].pattern, path)) {
			seen = true;
			if (ref_method(routes[i].method, method))
				want = i;
		}
	enum route_result exp = want < N ? ROUTE_FOUND : seen ? ROUTE_BAD_METHOD : ROUTE_NOT_FOUND;

	struct route_match m;
	char allow[64], small[8];
	size_t smalllen = size % (sizeof small + 1);   /* 0..8, including no buffer */
	enum route_result res = route_find(routes, N, method, path, &m, allow, sizeof allow);
	CHECK(res == exp);
	CHECK(route_find(routes, N, method, path, &m, small, smalllen) == exp);

	if (res == ROUTE_FOUND) {
		route_find(routes, N, method, path, &m, allow, sizeof allow);
		CHECK(m.route == &routes[want]);
		/* the pattern with its arguments substituted is the path again */
		char back[4096];
		size_t o = 0;
		int arg = 0;
		for (const char *p = m.route->pattern; *p;) {
			if (*p == ':') {
				CHECK(arg < m.nargs);
				CHECK(m.args[arg].p >= path && m.args[arg].p + m.args[arg].len <= path + strlen(path));
				CHECK(o + m.args[arg].len < sizeof back);
				memcpy(back + o, m.args[arg].p, m.args[arg].len);
				o += m.args[arg].len;
				arg++;
				while (*p && *p != '/')
					p++;
			} else {
				CHECK(o + 1 < sizeof back);
				back[o++] = *p++;
			}
		}
		back[o] = '\0';
		CHECK(arg == m.nargs);
		CHECK(strcmp(back, path) == 0);
	} else {
		CHECK(m.route == NULL);
	}
	CHECK(memchr(allow, '\0', sizeof allow) != NULL);
	if (res == ROUTE_NOT_FOUND)
		CHECK(allow[0] == '\0');
	else if (res == ROUTE_BAD_METHOD)   /* (after ROUTE_FOUND, ALLOW is unspecified) */
		CHECK(strcmp(allow, "GET, HEAD") == 0 || strcmp(allow, "GET, HEAD, POST") == 0 ||
		      strcmp(allow, "POST") == 0);
	if (smalllen) {
		CHECK(memchr(small, '\0', smalllen) != NULL);
		CHECK(strncmp(small, allow, strlen(small)) == 0);
	}
	free(in);
	return 0;
}
