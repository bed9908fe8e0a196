/* ical.c - see ical.h. */
#include "ical.h"

#include <string.h>

#include "arena.h"
#include "buf.h"

#define ICAL_LINE_MAX 75   /* octets per physical line, CRLF excluded */

static const char vtimezone_rome[] =
	"BEGIN:VTIMEZONE\r\n"
	"TZID:Europe/Rome\r\n"
	"BEGIN:DAYLIGHT\r\n"
	"TZOFFSETFROM:+0100\r\n"
	"TZOFFSETTO:+0200\r\n"
	"TZNAME:CEST\r\n"
	"DTSTART:19700329T020000\r\n"
	"RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"
	"END:DAYLIGHT\r\n"
	"BEGIN:STANDARD\r\n"
	"TZOFFSETFROM:+0200\r\n"
	"TZOFFSETTO:+0100\r\n"
	"TZNAME:CET\r\n"
	"DTSTART:19701025T030000\r\n"
	"RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"
	"END:STANDARD\r\n"
	"END:VTIMEZONE\r\n";

/* Write the logical line S (N octets) folded: a CRLF and a space before the
 * octet that would make the physical line longer than 75, moved back so that
 * a UTF-8 sequence is never split. */
static void fold(struct buf *b, const char *s, size_t n)
{
	size_t room = ICAL_LINE_MAX;
	while (n > room) {
		size_t cut = room;
		while (cut > 0 && ((unsigned char)s[cut] & 0xC0) == 0x80)
			cut--;
		buf_append(b, s, cut);
		buf_puts(b, "\r\n ");
		s += cut;
		n -= cut;
		room = ICAL_LINE_MAX - 1;   /* the leading space counts */
	}
	buf_append(b, s, n);
	buf_puts(b, "\r\n");
}

static void line_of(struct buf *b, const char *name, const struct buf *value)
{
	struct buf l = { 0 };
	buf_puts(&l, name);
	buf_puts(&l, ":");
	if (value->len)
		buf_append(&l, value->p, value->len);
	fold(b, l.p, l.len);
	buf_fini(&l);
}

void ical_line(struct buf *b, const char *name, const char *value)
{
	struct buf v = { 0 };
	buf_puts(&v, value);
	line_of(b, name, &v);
	buf_fini(&v);
}

/* RFC 5545 3.3.11: \\ \; \, and \n for a line break; other control
 * characters (not allowed in TEXT) are dropped, tabs kept. */
static void escape_text(struct buf *v, const char *t)
{
	for (; *t; t++) {
		unsigned char c = (unsigned char)*t;
		if (c == '\\' || c == ';' || c == ',') {
			char e[2] = { '\\', (char)c };
			buf_append(v, e, 2);
		} else if (c == '\r') {
			buf_puts(v, "\\n");
			if (t[1] == '\n')
				t++;
		} else if (c == '\n') {
			buf_puts(v, "\\n");
		} else if (c >= 0x20 || c == '\t') {
			buf_append(v, t, 1);
		}
	}
}

void ical_text(struct buf *b, const char *name, const char *text)
{
	struct buf v = { 0 };
	escape_text(&v, text ? text : "");
	line_of(b, name, &v);
	buf_fini(&v);
}

int ical_local_time(const char *s, char out[16])
{
	static const char shape[] = "dddd-dd-dd dd:dd:dd";
	if (!s || strlen(s) < sizeof shape - 1)
		return -1;
	for (size_t i = 0; i < sizeof shape - 1; i++)
		if (shape[i] == 'd' ? (s[i] < '0' || s[i] > '9') : s[i] != shape[i])
			return -1;
	memcpy(out, s, 4);
	memcpy(out + 4, s + 5, 2);
	memcpy(out + 6, s + 8, 2);
	out[8] = 'T';
	memcpy(out + 9, s + 11, 2);
	memcpy(out + 11, s + 14, 2);
	memcpy(out + 13, s + 17, 2);
	out[15] = '\0';
	return 0;
}

static int has(const char *s)
{
	return s && *s;
}

int ical_write_event(struct buf *b, const char *prodid, const struct ical_event *e)
{
	char start[16], end[16];
	if (ical_local_time(e->start, start) < 0 || ical_local_time(e->end, end) < 0)
		return -1;
	buf_puts(b, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n");
	ical_text(b, "PRODID", prodid);
	buf_puts(b, "CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n");
	buf_puts(b, vtimezone_rome);
	buf_puts(b, "BEGIN:VEVENT\r\n");
	ical_text(b, "UID", e->uid);
	ical_line(b, "DTSTAMP", e->dtstamp);
	ical_line(b, "DTSTART;TZID=Europe/Rome", start);
	if (strcmp(end, start) > 0)   /* DTEND must be later than DTSTART */
		ical_line(b, "DTEND;TZID=Europe/Rome", end);
	ical_text(b, "SUMMARY", e->summary);
	if (has(e->description))
		ical_text(b, "DESCRIPTION", e->description);
	if (has(e->location))
		ical_text(b, "LOCATION", e->location);
	if (has(e->url))
		ical_line(b, "URL", e->url);
	buf_puts(b, "END:VEVENT\r\nEND:VCALENDAR\r\n");
	return 0;
}

const char *ical_host(struct arena *a, const char *base_url)
{
	const char *h = strstr(base_url, "://");
	h = h ? h + 3 : base_url;
	size_t n = strcspn(h, ":/");
	return n ? arena_strndup(a, h, n) : "localhost";
}
