/* test_calendar.c - the shared calendar (core/calendar.c) and the legal clock's
 * arithmetic (store/case_clock_store.c): Easter Monday in several years,
 * Christmas and Santo Stefano, the patron's day set once, a term ending on a
 * Sunday or a holiday moved to the next working day, a suspension across the
 * holidays, the 30-day cap of a suspension. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "core/calendar.h"
#include "store/case_clock_store.h"

static void test_easter_monday(void **state)
{
	(void)state;
	static const int years[][3] = {
		{ 2024, 4, 1 }, { 2025, 4, 21 }, { 2026, 4, 6 }, { 2027, 3, 29 },
		{ 2028, 4, 17 }, { 2038, 4, 26 }, { 2285, 3, 23 },
	};
	for (size_t i = 0; i < sizeof years / sizeof *years; i++) {
		long monday = cal_days(years[i][0], years[i][1], years[i][2]);
		assert_string_equal(cal_holiday(monday, ""), "Lunedì dell'Angelo");
		assert_non_null(cal_holiday(monday - 1, ""));   /* Easter Sunday */
		assert_null(cal_holiday(monday + 1, ""));
	}
	assert_string_equal(cal_holiday(cal_days(2026, 4, 5), ""), "Pasqua");
	/* Easter Sunday on 25 April (2038): a holiday by either name */
	assert_string_equal(cal_holiday(cal_days(2038, 4, 25), ""), "Festa della Liberazione");
}

static void test_christmas(void **state)
{
	(void)state;
	assert_string_equal(cal_holiday(cal_days(2026, 12, 25), ""), "Natale");
	assert_string_equal(cal_holiday(cal_days(2026, 12, 26), ""), "Santo Stefano");
	assert_null(cal_holiday(cal_days(2026, 12, 27), ""));
	/* Friday 25 and Saturday 26 December 2026, then a Sunday: Monday 28 */
	assert_int_equal(cal_working_from(cal_days(2026, 12, 25), ""), cal_days(2026, 12, 28));
	assert_int_equal(cal_working_from(cal_days(2026, 12, 24), ""), cal_days(2026, 12, 24));
}

static void test_patron_set_once(void **state)
{
	(void)state;
	long patron = cal_days(2026, 6, 24);
	cal_set_patron("06-24");
	assert_string_equal(cal_holiday(patron, NULL), "Festa del santo patrono");
	assert_null(cal_holiday(patron, ""));                   /* an explicit "" has none */
	assert_int_equal(cal_working_from(patron, NULL), patron + 1);
	cal_set_patron("");
	assert_null(cal_holiday(patron, NULL));
	cal_set_patron("24 giugno");                              /* malformed: none */
	assert_null(cal_holiday(patron, NULL));
}

static void test_term_on_sunday(void **state)
{
	(void)state;
	/* filed Friday 6 November 2026, 30 days: Sunday 6 December -> Monday 7 */
	long filed = cal_days(2026, 11, 6);
	assert_int_equal(cal_weekday(filed + 30), 7);
	assert_int_equal(clock_due_day(filed, 30, 0), cal_days(2026, 12, 7));
	/* 32 days: Tuesday 8 December is the Immacolata -> Wednesday 9 */
	assert_int_equal(clock_due_day(filed, 32, 0), cal_days(2026, 12, 9));
	/* a term ending on a Saturday stays there */
	assert_int_equal(clock_due_day(filed, 29, 0), cal_days(2026, 12, 5));
}

static void test_suspension_across_holidays(void **state)
{
	(void)state;
	/* filed 16 November 2026 (due 16 December), suspended 10 days over
	 * nothing in particular: 26 December (Santo Stefano, a Saturday), then
	 * Sunday 27: the term ends on Monday 28 */
	long filed = cal_days(2026, 11, 16);
	assert_int_equal(clock_due_day(filed, 30, 0), cal_days(2026, 12, 16));
	int days = clock_suspension_days(cal_days(2026, 12, 1), cal_days(2026, 12, 11));
	assert_int_equal(days, 10);
	assert_int_equal(clock_due_day(filed, 30, days), cal_days(2026, 12, 28));
	/* a suspension spanning Christmas counts calendar days, holidays too */
	assert_int_equal(clock_suspension_days(cal_days(2026, 12, 20), cal_days(2027, 1, 7)), 18);
}

static void test_suspension_cap(void **state)
{
	(void)state;
	long from = cal_days(2026, 12, 1);
	assert_int_equal(clock_suspension_days(from, from + 30), 30);
	assert_int_equal(clock_suspension_days(from, from + 31), CLOCK_MAX_SUSPENSION);
	assert_int_equal(clock_suspension_days(from, from + 200), 30);
	assert_int_equal(clock_suspension_days(from, from), 0);
	assert_int_equal(clock_suspension_days(from, from - 3), 0);   /* a clock set back */
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_easter_monday),
		cmocka_unit_test(test_christmas),
		cmocka_unit_test(test_patron_set_once),
		cmocka_unit_test(test_term_on_sunday),
		cmocka_unit_test(test_suspension_across_holidays),
		cmocka_unit_test(test_suspension_cap),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
