/* test_prenota_cal.c - the booking calendar: civil days, weekdays, the
 * Italian holidays (Easter Monday of several years, the patron's day), strict
 * parsing, and an office's slots: aligned to the hours, past the cut-off,
 * within the horizon, closed on holidays and closures, full at the desks;
 * the first minute the clock alone changes a slot's state. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "cases/prenota.h"
#include "store/booking_store.h"

static void test_days(void **state)
{
	(void)state;
	assert_int_equal(cal_days(1970, 1, 1), 0);
	int y, m, d;
	for (long z = cal_days(1999, 12, 25); z < cal_days(2031, 1, 10); z += 17) {
		cal_civil(z, &y, &m, &d);
		assert_int_equal(cal_days(y, m, d), z);
	}
	assert_int_equal(cal_weekday(cal_days(2026, 12, 7)), 1);    /* a Monday */
	assert_int_equal(cal_weekday(cal_days(2026, 12, 6)), 7);    /* a Sunday */
	assert_int_equal(cal_weekday(cal_days(2024, 2, 29)), 4);
}

static void test_holidays(void **state)
{
	(void)state;
	assert_string_equal(cal_holiday(cal_days(2026, 4, 6), NULL), "Lunedì dell'Angelo");
	assert_string_equal(cal_holiday(cal_days(2027, 3, 29), NULL), "Lunedì dell'Angelo");
	assert_string_equal(cal_holiday(cal_days(2025, 4, 21), NULL), "Lunedì dell'Angelo");
	assert_string_equal(cal_holiday(cal_days(2030, 4, 22), NULL), "Lunedì dell'Angelo");
	assert_string_equal(cal_holiday(cal_days(2026, 12, 8), NULL), "Immacolata Concezione");
	assert_string_equal(cal_holiday(cal_days(2026, 6, 2), NULL), "Festa della Repubblica");
	assert_null(cal_holiday(cal_days(2026, 6, 24), NULL));
	assert_string_equal(cal_holiday(cal_days(2026, 6, 24), "06-24"), "Festa del santo patrono");
	assert_null(cal_holiday(cal_days(2026, 4, 7), "06-24"));
}

static void test_parse(void **state)
{
	(void)state;
	assert_int_equal(cal_parse_day("2026-12-07"), cal_days(2026, 12, 7));
	assert_int_equal(cal_parse_day("2026-02-30"), -1);
	assert_int_equal(cal_parse_day("2026-12-07x"), -1);
	assert_int_equal(cal_parse_day("26-12-07"), -1);
	assert_int_equal(cal_parse_minute("2026-12-07 09:20"), cal_days(2026, 12, 7) * 1440 + 560);
	assert_int_equal(cal_parse_minute("2026-12-07 09:20:59"), cal_days(2026, 12, 7) * 1440 + 560);
	assert_int_equal(cal_parse_minute("2026-12-07 9:20"), -1);
	assert_int_equal(cal_parse_minute("2026-12-07 24:00"), -1);
	assert_int_equal(cal_parse_minute("2026-12-07T09:20"), -1);
	assert_int_equal(cal_parse_clock("14:30:00"), 870);
}

static void test_slots(void **state)
{
	(void)state;
	struct booking_office o = { .slot_minutes = 20, .desks = 2, .horizon_days = 30,
				    .cutoff_hours = 2 };
	struct booking_hours h[] = { { 1, "09:00:00", "10:00:00" }, { 1, "14:30:00", "15:00:00" } };
	long mon = cal_days(2026, 12, 14), t = mon * 1440 + 9 * 60;
	struct booking_taken k[] = { { "2026-12-14 09:20:00", 2 }, { "2026-12-14 09:40:00", 1 } };
	struct booking_closure c[] = { { "2026-12-21", "Inventario" } };
	struct avail av = { .o = &o, .hours = h, .nhours = 2, .taken = k, .ntaken = 2,
			    .closures = c, .nclosures = 1,
			    .now = cal_days(2026, 12, 7) * 1440 + 10 * 60 };
	long s[8];
	assert_int_equal(avail_day_slots(&av, mon, s, 8), 4);   /* 9:00 9:20 9:40 14:30 */
	assert_int_equal(s[3], mon * 1440 + 870);
	assert_int_equal(avail_slot(&av, t), SLOT_FREE);
	assert_int_equal(avail_slot(&av, t + 20), SLOT_FULL);
	assert_int_equal(avail_slot(&av, t + 40), SLOT_FREE);
	assert_int_equal(avail_slot(&av, t + 10), SLOT_OUTSIDE);
	assert_int_equal(avail_slot(&av, t + 60), SLOT_OUTSIDE);
	assert_int_equal(avail_slot(&av, mon * 1440 + 880), SLOT_OUTSIDE);   /* 14:40: off the grid */
	assert_int_equal(avail_slot(&av, (mon + 1) * 1440 + 540), SLOT_CLOSED);   /* a Tuesday: no hours */
	assert_int_equal(avail_slot(&av, (mon + 7) * 1440 + 540), SLOT_CLOSED);   /* the closure */
	assert_string_equal(avail_closed(&av, mon + 7), "Inventario");
	assert_int_equal(avail_slot(&av, cal_days(2026, 12, 7) * 1440 + 11 * 60), SLOT_PAST);
	/* a slot at the current minute: the store, to the second, already refuses it */
	o.cutoff_hours = 0;
	assert_int_equal(avail_slot(&av, av.now), SLOT_PAST);
	assert_int_equal(avail_slot(&av, av.now + 1), SLOT_OUTSIDE);
	o.cutoff_hours = 2;
	assert_int_equal(avail_slot(&av, cal_days(2027, 1, 11) * 1440 + 540), SLOT_BEYOND);
	assert_int_equal(avail_nearest(&av, t + 20, mon, mon, s, 2), 2);
	assert_int_equal(s[0], t);
	assert_int_equal(s[1], t + 40);
}

static void test_until(void **state)
{
	(void)state;
	struct booking_office o = { .slot_minutes = 20, .desks = 1, .horizon_days = 30,
				    .cutoff_hours = 2 };
	struct booking_hours h[] = { { 1, "09:00:00", "10:00:00" }, { 1, "14:30:00", "15:00:00" } };
	long mon = cal_days(2026, 12, 14), slot = mon * 1440 + 870;   /* 14:30 */
	struct avail av = { .o = &o, .hours = h, .nhours = 2, .now = mon * 1440 + 600 };
	long until = avail_until(&av, mon, mon + 6);
	assert_int_equal(until, mon * 1440 + 750);   /* 12:30: 14:30 is then within the cut-off */
	av.now = until - 1;
	assert_int_equal(avail_slot(&av, slot), SLOT_FREE);
	av.now = until;
	assert_int_equal(avail_slot(&av, slot), SLOT_PAST);
	av.now = mon * 1440 + 900;   /* 15:00: nothing left today, midnight next */
	assert_int_equal(avail_until(&av, mon, mon + 6), (mon + 1) * 1440);
	assert_int_equal(avail_until(&av, mon + 7, mon + 13), (mon + 1) * 1440);
	av.now = (mon - 1) * 1440 + 23 * 60 + 30;   /* Sunday 23:30: midnight before any cut-off */
	assert_int_equal(avail_until(&av, mon, mon + 6), mon * 1440);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_days),
		cmocka_unit_test(test_holidays),
		cmocka_unit_test(test_parse),
		cmocka_unit_test(test_slots),
		cmocka_unit_test(test_until),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
