/* test_stem.c - search terms: the same stems for the index and the query. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "core/arena.h"
#include "core/stem.h"

static struct stemmer *S;
static struct arena *A;

static int setup(void **state)
{
	(void)state;
	S = stem_new();
	A = arena_new();
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	stem_free(S);
	arena_free(A);
	return 0;
}

static const char *stems(const char *text)
{
	return stem_text(S, A, text, 0);
}

/* Is WORD one of the space-separated terms of LIST? */
static int has_term(const char *list, const char *word)
{
	size_t n = strlen(word);
	for (const char *p = list; *p;) {
		const char *e = strchr(p, ' ');
		size_t len = e ? (size_t)(e - p) : strlen(p);
		if (len == n && memcmp(p, word, n) == 0)
			return 1;
		p += len + (e != NULL);
	}
	return 0;
}

static size_t count_terms(const char *list)
{
	size_t n = *list != '\0';
	for (const char *p = list; *p; p++)
		n += *p == ' ';
	return n;
}

static void test_inflections_meet(void **state)
{
	(void)state;
	const char *a = stems("Certificato anagrafico");
	assert_string_equal(a, stems("certificati anagrafici"));
	assert_int_equal(count_terms(a), 2);
	assert_string_not_equal(a, stems("certificato anagrafe residenza"));
}

static void test_hard_c_and_g_meet(void **state)
{
	(void)state;
	assert_string_equal(stems("buche"), stems("buca"));
	assert_string_equal(stems("laghi"), stems("lago"));
	assert_string_equal(stems("banche"), stems("banca"));
	assert_string_equal(stems("Buche stradali"), stems("buca stradale"));
}

static void test_case_and_accents_folded(void **state)
{
	(void)state;
	const char *lower = stems("città");
	assert_string_equal(stems("CITTÀ"), lower);
	assert_string_equal(stems("Città"), lower);
	assert_string_not_equal(lower, "");
	assert_string_equal(stems("PERCHÉ"), stems("perché"));
	assert_string_equal(stems("ANAGRAFE"), stems("anagrafe"));
}

static void test_stopwords_dropped(void **state)
{
	(void)state;
	const char *s = stems("il certificato di residenza");
	assert_string_equal(s, stems("certificato residenza"));
	assert_int_equal(count_terms(s), 2);
	assert_false(has_term(s, "il"));
	assert_false(has_term(s, "di"));
	assert_string_equal(stems("il di la per più"), "");          /* only stop words */
	assert_string_equal(stems("IL Certificato DI residenza"), s); /* after folding too */
}

static void test_punctuation_and_markup_split(void **state)
{
	(void)state;
	const char *s = stems("<script>alert(1)</script>");
	assert_null(strpbrk(s, "<>/()\"'&;="));
	assert_true(has_term(s, "1"));
	assert_int_equal(count_terms(s), 4);                    /* script alert 1 script */
	assert_string_equal(stems("carta-identità, rinnovo!"), stems("carta identità rinnovo"));
	assert_string_equal(stems("a.b;c"), stems("a b c"));
	assert_string_equal(stems("<b>Tributi</b>"), stems("b tributi b"));
	/* only letters, digits and single spaces come out */
	for (const char *p = stems("x\t\"y\" 'z' \xE2\x82\xAC 5% \xC3\x97 @#"); *p; p++)
		assert_true(*p == ' ' || (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') ||
			    (unsigned char)*p >= 0x80);
}

static void test_digits_kept(void **state)
{
	(void)state;
	const char *s = stems("modulo 730 anno 2026");
	assert_true(has_term(s, "730"));
	assert_true(has_term(s, "2026"));
}

static void test_max_terms(void **state)
{
	(void)state;
	const char *text = "certificato di residenza anagrafe tributi rifiuti scuola";
	const char *all = stem_text(S, A, text, 0);
	assert_int_equal(count_terms(all), 6);
	const char *three = stem_text(S, A, text, 3);
	assert_int_equal(count_terms(three), 3);
	assert_int_equal(strncmp(all, three, strlen(three)), 0);   /* the first three */
	assert_int_equal(count_terms(stem_text(S, A, text, 1)), 1);
	assert_int_equal(count_terms(stem_text(S, A, text, 100)), 6);
}

static void test_empty(void **state)
{
	(void)state;
	assert_string_equal(stems(""), "");
	assert_string_equal(stems("   \n\t ,.;!? "), "");
	assert_string_equal(stems("\xC3"), "");                 /* truncated UTF-8, no overread */
}

static void test_long_words_skipped(void **state)
{
	(void)state;
	char text[64];
	memset(text, 'a', 41);
	strcpy(text + 41, " tributi");
	assert_string_equal(stems(text), stems("tributi"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_inflections_meet),
		cmocka_unit_test(test_hard_c_and_g_meet),
		cmocka_unit_test(test_case_and_accents_folded),
		cmocka_unit_test(test_stopwords_dropped),
		cmocka_unit_test(test_punctuation_and_markup_split),
		cmocka_unit_test(test_digits_kept),
		cmocka_unit_test(test_max_terms),
		cmocka_unit_test(test_empty),
		cmocka_unit_test(test_long_words_skipped),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
