/* test_multipart.c - multipart/form-data: fields, files, empty file inputs,
 * quoting, and every malformed shape refused. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "core/arena.h"
#include "core/multipart.h"
#include "core/query.h"

static struct arena *A;

static int setup(void **state)
{
	(void)state;
	A = arena_new();
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	arena_free(A);
	return 0;
}

#define CT "multipart/form-data; boundary=XyZ"

static enum multipart_status parse(const char *ct, const char *body, struct params *f,
				   struct uploads *u)
{
	return multipart_parse(A, ct, (const unsigned char *)body, strlen(body), f, u);
}

static void test_fields_and_files(void **state)
{
	(void)state;
	struct params f;
	struct uploads u;
	const char *body =
		"--XyZ\r\nContent-Disposition: form-data; name=\"titolo\"\r\n\r\nBuca in via Roma\r\n"
		"--XyZ\r\nContent-Disposition: form-data; name=\"descr\"\r\n\r\nriga 1\r\nriga 2\r\n"
		"--XyZ\r\nContent-Disposition: form-data; name=\"foto\"; filename=\"C:\\\\dir\\\\a<b>.jpg\"\r\n"
		"Content-Type: image/jpeg\r\n\r\n\xff\xd8\xff\xe0\r\nbin\r\n"
		"--XyZ--\r\n";
	assert_int_equal(parse(CT, body, &f, &u), MULTIPART_OK);
	assert_string_equal(params_get(&f, "titolo"), "Buca in via Roma");
	assert_string_equal(params_get(&f, "descr"), "riga 1\r\nriga 2");
	assert_int_equal(u.n, 1);
	assert_string_equal(u.v[0].field, "foto");
	assert_string_equal(u.v[0].filename, "a_b_.jpg");   /* last component, no markup */
	assert_int_equal(u.v[0].len, 9);
	assert_memory_equal(u.v[0].data, "\xff\xd8\xff\xe0\r\nbin", 9);
}

static void test_empty_file_input_dropped(void **state)
{
	(void)state;
	struct params f;
	struct uploads u;
	const char *body = "--XyZ\r\nContent-Disposition: form-data; name=\"foto\"; filename=\"\"\r\n"
			   "Content-Type: application/octet-stream\r\n\r\n\r\n--XyZ--";
	assert_int_equal(parse(CT, body, &f, &u), MULTIPART_OK);
	assert_int_equal(u.n, 0);
	assert_int_equal(f.n, 0);
}

static void test_quoted_boundary(void **state)
{
	(void)state;
	struct params f;
	struct uploads u;
	const char *body = "--a b\r\nContent-Disposition: form-data; name=x\r\n\r\n1\r\n--a b--";
	assert_int_equal(parse("multipart/form-data; boundary=\"a b\"", body, &f, &u), MULTIPART_OK);
	assert_string_equal(params_get(&f, "x"), "1");
}

static void test_refusals(void **state)
{
	(void)state;
	struct params f;
	struct uploads u;
	assert_int_equal(parse("multipart/form-data", "--x--", &f, &u), MULTIPART_NO_BOUNDARY);
	assert_int_equal(parse("text/plain; boundary=XyZ", "--XyZ--", &f, &u), MULTIPART_NO_BOUNDARY);
	/* no closing delimiter, no header/body separator, no Content-Disposition */
	assert_int_equal(parse(CT, "--XyZ\r\nContent-Disposition: form-data; name=a\r\n\r\n1", &f, &u),
			 MULTIPART_MALFORMED);
	assert_int_equal(parse(CT, "--XyZ\r\nContent-Disposition: form-data; name=a\r\n1\r\n--XyZ--",
			       &f, &u), MULTIPART_MALFORMED);
	assert_int_equal(parse(CT, "--XyZ\r\nX-Other: 1\r\n\r\n1\r\n--XyZ--", &f, &u),
			 MULTIPART_MALFORMED);
	assert_int_equal(parse(CT, "garbage", &f, &u), MULTIPART_MALFORMED);
	/* NUL or invalid UTF-8 in a text field: kept as U+FFFD and marked */
	const char nul[] = "--XyZ\r\nContent-Disposition: form-data; name=a\r\n\r\nx\0y\r\n--XyZ--";
	assert_int_equal(multipart_parse(A, CT, (const unsigned char *)nul, sizeof nul - 1, &f, &u),
			 MULTIPART_OK);
	assert_int_equal(f.nbad, 1);
	assert_true(f.v[0].bad);
	assert_string_equal(f.v[0].value, "x\xEF\xBF\xBDy");
	assert_int_equal(parse(CT, "--XyZ\r\nContent-Disposition: form-data; name=a\r\n\r\n\xc3\x28\r\n"
			       "--XyZ\r\nContent-Disposition: form-data; name=b\r\n\r\nok\r\n--XyZ--",
			       &f, &u), MULTIPART_OK);
	assert_int_equal(f.nbad, 1);
	assert_string_equal(params_get(&f, "a"), "\xEF\xBF\xBD(");
	assert_false(params_bad(&f, "b"));
	/* a field name that is not text is still malformed */
	assert_int_equal(parse(CT, "--XyZ\r\nContent-Disposition: form-data; name=\"\x1b\"\r\n\r\n1\r\n--XyZ--",
			       &f, &u), MULTIPART_BAD_TEXT);
}

static void test_too_many_parts(void **state)
{
	(void)state;
	struct params f;
	struct uploads u;
	char body[8192] = "";
	for (int i = 0; i < MULTIPART_MAX_PARTS + 1; i++)
		strcat(body, "--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n");
	strcat(body, "--XyZ--");
	assert_int_equal(parse(CT, body, &f, &u), MULTIPART_TOO_MANY);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_fields_and_files, setup, teardown),
		cmocka_unit_test_setup_teardown(test_empty_file_input_dropped, setup, teardown),
		cmocka_unit_test_setup_teardown(test_quoted_boundary, setup, teardown),
		cmocka_unit_test_setup_teardown(test_refusals, setup, teardown),
		cmocka_unit_test_setup_teardown(test_too_many_parts, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
