/* booking_ics.c - see booking_ics.h. */
#include "booking_ics.h"

#include <time.h>

#include "arena.h"
#include "buf.h"
#include "ical.h"

const char *booking_ics(struct arena *a, const char *base_url, const struct booking_ics *b)
{
	struct ical_event ev = {
		.uid = arena_printf(a, "prenotazione-%s@%s", b->code, ical_host(a, base_url)),
		.dtstamp = b->dtstamp, .start = b->start_at, .end = b->end_at,
		.summary = arena_printf(a, "Appuntamento: %s", b->service_title),
		.description = arena_printf(a, "Codice prenotazione %s. %s", b->code, b->reason),
		.location = arena_printf(a, "%s, %s", b->office_name, b->office_address),
		.url = b->url,
	};
	struct buf out = { 0 };
	const char *s = NULL;
	if (ical_write_event(&out, "-//Portale del Comune//Prenotazioni//IT", &ev) == 0)
		s = arena_strndup(a, out.p, out.len);
	buf_fini(&out);
	return s;
}

const char *booking_ics_link(struct arena *a, const char *base_url, const char *code,
			     const char *what, const char *token)
{
	return arena_printf(a, "%s/prenota/%s%s?t=%s", base_url, code, what, token);
}

const char *booking_ics_now(struct arena *a)
{
	char stamp[20];
	time_t now = time(NULL);
	struct tm tm;
	strftime(stamp, sizeof stamp, "%Y%m%dT%H%M%SZ", gmtime_r(&now, &tm));
	return arena_strdup(a, stamp);
}
