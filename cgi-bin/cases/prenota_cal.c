/* prenota_cal.c - the booking calendar: civil dates as day numbers, the
 * Italian national holidays (Easter Monday by the Gregorian computus), and
 * an office's slots and their state. No I/O: the handlers load what it reads. */
#include "prenota.h"

#include <stdlib.h>
#include <string.h>

#include "store/booking_store.h"

/* Days from 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm). */
long cal_days(int y, int m, int d)
{
	y -= m <= 2;
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

void cal_civil(long z, int *y, int *m, int *d)
{
	z += 719468;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	long doe = z - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

int cal_weekday(long days)
{
	long w = (days + 3) % 7;   /* 1970-01-01 was a Thursday */
	return (int)(w < 0 ? w + 7 : w) + 1;
}

static const char *const months[] = {
	"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio",
	"agosto", "settembre", "ottobre", "novembre", "dicembre",
};
static const char *const weekdays[] = {
	"lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
};

const char *cal_month_name(int m)
{
	return m >= 1 && m <= 12 ? months[m - 1] : "";
}

const char *cal_weekday_name(int wd)
{
	return wd >= 1 && wd <= 7 ? weekdays[wd - 1] : "";
}

/* Easter Sunday of year Y (anonymous Gregorian algorithm). */
static long easter(int y)
{
	int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
	int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
	int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
	int m = (a + 11 * h + 22 * l) / 451;
	int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
	return cal_days(y, month, day);
}

static const struct { int m, d; const char *name; } fixed[] = {
	{ 1, 1, "Capodanno" }, { 1, 6, "Epifania" }, { 4, 25, "Festa della Liberazione" },
	{ 5, 1, "Festa del lavoro" }, { 6, 2, "Festa della Repubblica" },
	{ 8, 15, "Ferragosto" }, { 11, 1, "Ognissanti" }, { 12, 8, "Immacolata Concezione" },
	{ 12, 25, "Natale" }, { 12, 26, "Santo Stefano" },
};

const char *cal_holiday(long days, const char *patron)
{
	int y, m, d;
	cal_civil(days, &y, &m, &d);
	for (size_t i = 0; i < sizeof fixed / sizeof *fixed; i++)
		if (fixed[i].m == m && fixed[i].d == d)
			return fixed[i].name;
	long e = easter(y);
	if (days == e)
		return "Pasqua";
	if (days == e + 1)
		return "Lunedì dell'Angelo";
	if (patron && strlen(patron) == 5 && atoi(patron) == m && atoi(patron + 3) == d)
		return "Festa del santo patrono";
	return NULL;
}

/* N digits at S as a number, or -1. */
static int num(const char *s, int n)
{
	int v = 0;
	for (int i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

long cal_parse_day(const char *s)
{
	if (!s || strlen(s) < 10 || s[4] != '-' || s[7] != '-' || (s[10] && s[10] != ' '))
		return -1;
	int y = num(s, 4), m = num(s + 5, 2), d = num(s + 8, 2);
	if (y < 2000 || y > 2999 || m < 1 || m > 12 || d < 1 || d > 31)
		return -1;
	long days = cal_days(y, m, d);
	int cy, cm, cd;
	cal_civil(days, &cy, &cm, &cd);
	return cd == d ? days : -1;   /* 31 April is not a day */
}

int cal_parse_clock(const char *s)
{
	if (!s || strlen(s) < 5 || s[2] != ':')
		return -1;
	int h = num(s, 2), m = num(s + 3, 2);
	if (h < 0 || h > 23 || m < 0 || m > 59)
		return -1;
	if (s[5] && (s[5] != ':' || strlen(s) != 8 || num(s + 6, 2) < 0 || num(s + 6, 2) > 59))
		return -1;   /* seconds are read and dropped */
	return h * 60 + m;
}

long cal_parse_minute(const char *s)
{
	long day = cal_parse_day(s);
	if (day < 0 || s[10] != ' ')
		return -1;
	int clock = cal_parse_clock(s + 11);
	return clock < 0 ? -1 : day * 1440 + clock;
}

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
	if (t < av->now + 60L * av->o->cutoff_hours)
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
