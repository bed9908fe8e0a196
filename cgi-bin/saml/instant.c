/* instant.c - see instant.h. */
#include "instant.h"

#include <time.h>

#include "core/arena.h"

double saml_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	return (double)ts.tv_sec + (double)(ts.tv_nsec / 1000000) / 1000.0;
}

/* "YYYY-MM-DD" SEP "HH:MM:SS.mmm" TAIL, in UTC */
static const char *format(struct arena *a, double t, char sep, const char *tail)
{
	time_t secs = (time_t)t;
	struct tm tm;
	gmtime_r(&secs, &tm);
	int ms = (int)((t - (double)secs) * 1000 + 0.5);
	if (ms > 999)
		ms = 999;
	return arena_printf(a, "%04d-%02d-%02d%c%02d:%02d:%02d.%03d%s", tm.tm_year + 1900,
			    tm.tm_mon + 1, tm.tm_mday, sep, tm.tm_hour, tm.tm_min, tm.tm_sec, ms, tail);
}

const char *saml_instant(struct arena *a, double t)
{
	return format(a, t, 'T', "Z");
}

const char *saml_sql_instant(struct arena *a, double t)
{
	return format(a, t, ' ', "");
}
