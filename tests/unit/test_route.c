/* test_route.c - route table matching: literals, slugs, HEAD, 405 + Allow. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "core/route.h"

static int h_home(struct req *r) { (void)r; return 200; }
static int h_list(struct req *r) { (void)r; return 200; }
static int h_show(struct req *r) { (void)r; return 200; }
static int h_doc(struct req *r) { (void)r; return 200; }
static int h_send(struct req *r) { (void)r; return 303; }

static const struct route routes[] = {
	{ "GET",  "/",                              h_home, 0 },
	{ "GET",  "/servizi",                       h_list, 0 },
	{ "GET",  "/servizi/:slug",                 h_show, 0 },
	{ "GET",  "/uffici/:ufficio/documenti/:doc", h_doc, 0 },
	{ "GET",  "/segnalazioni",                  h_list, 0 },
	{ "POST", "/segnalazioni",                  h_send, R_POST_BODY },
};
#define NROUTES (sizeof routes / sizeof routes[0])

static struct route_match m;
static char allow[64];

static enum route_result find(const char *method, const char *path)
{
	memset(&m, 0x55, sizeof m);   /* no stale data from an earlier call */
	memset(allow, 'x', sizeof allow);
	return route_find(routes, NROUTES, method, path, &m, allow, sizeof allow);
}

static void test_exact(void **state)
{
	(void)state;
	assert_int_equal(find("GET", "/servizi"), ROUTE_FOUND);
	assert_ptr_equal(m.route, &routes[1]);
	assert_int_equal(m.nargs, 0);
	assert_int_equal(find("GET", "/servizio"), ROUTE_NOT_FOUND);
	assert_null(m.route);
	assert_int_equal(find("GET", "/serviz"), ROUTE_NOT_FOUND);
	assert_int_equal(find("GET", "/servizi/a/b"), ROUTE_NOT_FOUND);
	assert_int_equal(find("GET", ""), ROUTE_NOT_FOUND);
}

static void test_root(void **state)
{
	(void)state;
	assert_int_equal(find("GET", "/"), ROUTE_FOUND);
	assert_ptr_equal(m.route, &routes[0]);
	assert_int_equal(find("GET", "//"), ROUTE_NOT_FOUND);
}

static void test_slug_capture(void **state)
{
	(void)state;
	const char *path = "/servizi/carta-identita-2";
	assert_int_equal(find("GET", path), ROUTE_FOUND);
	assert_ptr_equal(m.route, &routes[2]);
	assert_int_equal(m.nargs, 1);
	assert_ptr_equal(m.args[0].p, path + 9);       /* points into the path */
	assert_int_equal(m.args[0].len, strlen("carta-identita-2"));

	path = "/uffici/anagrafe/documenti/modulo-1";
	assert_int_equal(find("GET", path), ROUTE_FOUND);
	assert_ptr_equal(m.route, &routes[3]);
	assert_int_equal(m.nargs, 2);
	assert_int_equal(m.args[0].len, 8);
	assert_memory_equal(m.args[0].p, "anagrafe", 8);
	assert_int_equal(m.args[1].len, 8);
	assert_memory_equal(m.args[1].p, "modulo-1", 8);
}

static void test_bad_slugs(void **state)
{
	(void)state;
	assert_int_equal(find("GET", "/servizi/Carta"), ROUTE_NOT_FOUND);
	assert_int_equal(find("GET", "/servizi/carta.html"), ROUTE_NOT_FOUND);
	assert_int_equal(find("GET", "/servizi/carta%20identita"), ROUTE_NOT_FOUND);
	assert_int_equal(find("GET", "/servizi/carta_identita"), ROUTE_NOT_FOUND);
	assert_int_equal(find("GET", "/servizi/.."), ROUTE_NOT_FOUND);
	assert_int_equal(find("GET", "/servizi/citt\xC3\xA0"), ROUTE_NOT_FOUND);
	assert_int_equal(find("GET", "/servizi/"), ROUTE_NOT_FOUND);   /* empty slug */
	assert_int_equal(find("GET", "/uffici//documenti/x"), ROUTE_NOT_FOUND);
}

static void test_slug_length(void **state)
{
	(void)state;
	char path[200] = "/servizi/";
	size_t base = strlen(path);
	memset(path + base, 'a', ROUTE_SLUG_MAX);
	path[base + ROUTE_SLUG_MAX] = '\0';
	assert_int_equal(find("GET", path), ROUTE_FOUND);          /* 120: the limit */
	assert_int_equal(m.args[0].len, ROUTE_SLUG_MAX);
	path[base + ROUTE_SLUG_MAX] = 'a';
	path[base + ROUTE_SLUG_MAX + 1] = '\0';
	assert_int_equal(find("GET", path), ROUTE_NOT_FOUND);      /* 121: too long */
}

static void test_trailing_slash(void **state)
{
	(void)state;
	assert_int_equal(find("GET", "/servizi/"), ROUTE_NOT_FOUND);
	assert_int_equal(find("GET", "/servizi/anagrafe/"), ROUTE_NOT_FOUND);
	assert_int_equal(find("GET", "/segnalazioni/"), ROUTE_NOT_FOUND);
}

static void test_head_is_get(void **state)
{
	(void)state;
	assert_int_equal(find("HEAD", "/servizi/anagrafe"), ROUTE_FOUND);
	assert_ptr_equal(m.route, &routes[2]);
	assert_int_equal(find("HEAD", "/"), ROUTE_FOUND);
}

static void test_bad_method(void **state)
{
	(void)state;
	assert_int_equal(find("POST", "/servizi"), ROUTE_BAD_METHOD);
	assert_null(m.route);
	assert_string_equal(allow, "GET, HEAD");
	assert_int_equal(find("DELETE", "/servizi/anagrafe"), ROUTE_BAD_METHOD);
	assert_string_equal(allow, "GET, HEAD");
	assert_int_equal(find("get", "/servizi"), ROUTE_BAD_METHOD);   /* methods are case-sensitive */
	/* a 404 leaves an empty Allow */
	assert_int_equal(find("POST", "/nessuno"), ROUTE_NOT_FOUND);
	assert_string_equal(allow, "");
}

static void test_allow_lists_all_methods(void **state)
{
	(void)state;
	assert_int_equal(find("PUT", "/segnalazioni"), ROUTE_BAD_METHOD);
	assert_string_equal(allow, "GET, HEAD, POST");
	assert_int_equal(find("POST", "/segnalazioni"), ROUTE_FOUND);
	assert_ptr_equal(m.route, &routes[5]);
	assert_int_equal(m.route->flags & R_POST_BODY, R_POST_BODY);
	assert_int_equal(find("GET", "/segnalazioni"), ROUTE_FOUND);
	assert_ptr_equal(m.route, &routes[4]);
}

static void test_allow_small_buffer(void **state)
{
	(void)state;
	char small[6];
	memset(small, 'x', sizeof small);
	assert_int_equal(route_find(routes, NROUTES, "PUT", "/segnalazioni", &m, small, sizeof small),
			 ROUTE_BAD_METHOD);
	assert_int_equal(small[sizeof small - 1], '\0');   /* truncated, still terminated */
	assert_int_equal(strncmp(small, "GET, HEAD, POST", strlen(small)), 0);
	/* no buffer at all */
	assert_int_equal(route_find(routes, NROUTES, "PUT", "/segnalazioni", &m, NULL, 0),
			 ROUTE_BAD_METHOD);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_exact),
		cmocka_unit_test(test_root),
		cmocka_unit_test(test_slug_capture),
		cmocka_unit_test(test_bad_slugs),
		cmocka_unit_test(test_slug_length),
		cmocka_unit_test(test_trailing_slash),
		cmocka_unit_test(test_head_is_get),
		cmocka_unit_test(test_bad_method),
		cmocka_unit_test(test_allow_lists_all_methods),
		cmocka_unit_test(test_allow_small_buffer),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
