/* calendar.c - civil dates as day numbers, the Italian national holidays
 * (Easter Monday by the Gregorian computus) and the patron saint's day, the
 * working days that follow from them, and strict parsing of SQL dates. Pure:
 * booking's slots and the cases' legal clock both count days here. */
#include "calendar.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

/* The patron's day "MM-DD" (or ""), set once from the configuration. */
static char cal_patron[6];

static const struct { int m, d; const char *name; } fixed[] = {
	{ 1, 1, "Capodanno" }, { 1, 6, "Epifania" }, { 4, 25, "Festa della Liberazione" },
	{ 5, 1, "Festa del lavoro" }, { 6, 2, "Festa della Repubblica" },
	{ 8, 15, "Ferragosto" }, { 11, 1, "Ognissanti" }, { 12, 8, "Immacolata Concezione" },
	{ 12, 25, "Natale" }, { 12, 26, "Santo Stefano" },
};

const char *cal_holiday(long days, const char *patron)
{
	if (!patron)
		patron = cal_patron;
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

void cal_set_patron(const char *mmdd)
{
	snprintf(cal_patron, sizeof cal_patron, "%s", mmdd && strlen(mmdd) == 5 ? mmdd : "");
}

/* Sunday or a holiday: a term ending there moves on (art. 2963 c.c., L. 241/1990). */
long cal_working_from(long day, const char *patron)
{
	while (cal_weekday(day) == 7 || cal_holiday(day, patron))
		day++;
	return day;
}
