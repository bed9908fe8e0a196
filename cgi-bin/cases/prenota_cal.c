/* prenota_cal.c - the booking calendar: an office's slots and their state
 * (days, holidays and parsing are core/calendar.c's). No I/O: the handlers
 * load what it reads. */
#include "prenota.h"

#include <stdlib.h>
#include <string.h>

#include "store/booking_store.h"

/* ---------------------------------------------------------- availability */

const char *avail_closed(const struct avail *av, long day)
{
	const char *h = cal_holiday(day, av->patron);
	if (h)
		return h;
	for (size_t i = 0; i < av->nclosures; i++)
		if (cal_parse_day(av->closures[i].day) == day)
			return *av->closures[i].reason ? av->closures[i].reason : "Chiusura dell'ufficio";
	int wd = cal_weekday(day);
	for (size_t i = 0; i < av->nhours; i++)
		if (av->hours[i].weekday == wd)
			return NULL;
	return "Ufficio chiuso";
}

size_t avail_day_slots(const struct avail *av, long day, long *out, size_t max)
{
	int wd = cal_weekday(day), len = av->o->slot_minutes;
	size_t n = 0;
	if (len <= 0)
		return 0;
	for (size_t i = 0; i < av->nhours; i++) {
		if (av->hours[i].weekday != wd)
			continue;
		int opens = cal_parse_clock(av->hours[i].opens);
		int closes = cal_parse_clock(av->hours[i].closes);
		for (int m = opens; m >= 0 && m + len <= closes && n < max; m += len)
			out[n++] = day * 1440 + m;
	}
	return n;
}

/* Live bookings of the slot at T. */
static int taken(const struct avail *av, long t)
{
	for (size_t i = 0; i < av->ntaken; i++)
		if (cal_parse_minute(av->taken[i].start_at) == t)
			return av->taken[i].n;
	return 0;
}

enum slot_state avail_slot(const struct avail *av, long t)
{
	long day = t / 1440, today = av->now / 1440;
	/* NOW is the current minute, begun: a slot at its end is already too late
	 * for the store, which compares to the second */
	if (t <= av->now + 60L * av->o->cutoff_hours)
		return SLOT_PAST;
	if (day > today + av->o->horizon_days)
		return SLOT_BEYOND;
	if (avail_closed(av, day))
		return SLOT_CLOSED;
	long slots[96];
	size_t n = avail_day_slots(av, day, slots, 96), i = 0;
	while (i < n && slots[i] != t)
		i++;
	if (i == n)
		return SLOT_OUTSIDE;
	return taken(av, t) >= av->o->desks ? SLOT_FULL : SLOT_FREE;
}

size_t avail_nearest(const struct avail *av, long t, long from_day, long to_day, long *out,
		     size_t max)
{
	size_t n = 0;
	for (long day = from_day; day <= to_day; day++) {
		long slots[96];
		size_t k = avail_day_slots(av, day, slots, 96);
		for (size_t i = 0; i < k; i++) {
			if (avail_slot(av, slots[i]) != SLOT_FREE)
				continue;
			if (n < max) {
				out[n++] = slots[i];
				continue;
			}
			/* full: drop the farther end if this one is nearer */
			if (labs(slots[i] - t) >= labs(out[0] - t))
				return n;
			memmove(out, out + 1, (max - 1) * sizeof *out);
			out[max - 1] = slots[i];
		}
	}
	return n;
}

/* The states avail_slot gives move with the clock alone at midnight (the
 * days in reach) and when a slot passes the cut-off: the first such minute
 * for the slots from day FROM to day TO. Holds expiring are the store's. */
long avail_until(const struct avail *av, long from, long to)
{
	long today = av->now / 1440, until = (today + 1) * 1440;
	long cutoff = 60L * av->o->cutoff_hours;
	for (long day = from > today ? from : today; day <= to && day * 1440 < until; day++) {
		long slots[96];
		size_t n = avail_day_slots(av, day, slots, 96);
		for (size_t i = 0; i < n; i++) {
			long passed = slots[i] - cutoff;   /* the first minute it is SLOT_PAST */
			if (passed > av->now && passed < until)
				until = passed;
		}
	}
	return until;
}
