/* ical.h - iCalendar (RFC 5545) objects written into a buffer: every content
 * line ends in CRLF and is folded at 75 octets (never inside a UTF-8
 * sequence), TEXT values have backslash, semicolon, comma and newlines
 * escaped. Local times are written with TZID=Europe/Rome, whose VTIMEZONE
 * (the EU summer-time rules) the calendar carries. */
#ifndef CORE_ICAL_H
#define CORE_ICAL_H

#include <stddef.h>

struct buf;

struct ical_event {
	const char *uid;          /* globally unique, e.g. "evento-12@example.org" */
	const char *dtstamp;      /* UTC, "YYYYMMDDTHHMMSSZ" */
	const char *start, *end;  /* local time in Europe/Rome, "YYYY-MM-DD HH:MM:SS" */
	const char *summary;
	const char *description;  /* may be NULL or "" */
	const char *location;     /* may be NULL or "" */
	const char *url;          /* absolute, may be NULL or "" */
};

struct arena;
/* The host of a site's base URL ("http://host:port/..." -> "host"), for UIDs;
 * "localhost" when there is none. */
const char *ical_host(struct arena *a, const char *base_url);

/* A whole VCALENDAR with one VEVENT; -1 (nothing written) when a time is malformed. */
int ical_write_event(struct buf *b, const char *prodid, const struct ical_event *e);
/* One content line NAME:VALUE, VALUE written as is (already a valid value), folded. */
void ical_line(struct buf *b, const char *name, const char *value);
/* One content line NAME:TEXT with TEXT escaped as an RFC 5545 TEXT value, folded. */
void ical_text(struct buf *b, const char *name, const char *text);
/* "2026-12-12 21:00:00" -> "20261212T210000" into OUT (16 bytes); -1 when malformed. */
int ical_local_time(const char *sql_datetime, char out[16]);

#endif
