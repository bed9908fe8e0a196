/* calendar.h - days counted from 1970-01-01 (local, Italian time), the
 * Italian holidays and working days, strict parsing of SQL dates and times.
 * Shared by booking (cases/prenota_cal.c) and the legal clock of cases. */
#ifndef CORE_CALENDAR_H
#define CORE_CALENDAR_H

long cal_days(int y, int m, int d);
void cal_civil(long days, int *y, int *m, int *d);
int cal_weekday(long days);                    /* 1 Monday ... 7 Sunday */
const char *cal_month_name(int m);             /* "gennaio" */
const char *cal_weekday_name(int wd);          /* "lunedì" */

/* The patron saint's day "MM-DD" of the Comune (Calendar.PatronDay in
 * conf/site.hdf), set once per process; "" or NULL: none. */
void cal_set_patron(const char *mmdd);
/* The national holiday (or the patron's day, PATRON "MM-DD"; NULL: the one
 * set by cal_set_patron) of DAYS, or NULL. */
const char *cal_holiday(long days, const char *patron);
/* DAY, or the first day after it that is neither a Sunday nor a holiday. */
long cal_working_from(long day, const char *patron);

/* "YYYY-MM-DD" -> days; "YYYY-MM-DD HH:MM[:SS]" -> minutes; "HH:MM:SS" ->
 * minutes of the day. -1 when malformed (strict: digits where they belong). */
long cal_parse_day(const char *s);
long cal_parse_minute(const char *s);
int cal_parse_clock(const char *s);

#endif
