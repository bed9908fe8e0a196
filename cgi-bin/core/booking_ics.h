/* booking_ics.h - an appointment as an iCalendar file: the one the booking
 * e-mails and the download carry (cases program) and the reminder's
 * attachment (notifier), so that a calendar sees them as one event; and the
 * links of those e-mails. */
#ifndef CORE_BOOKING_ICS_H
#define CORE_BOOKING_ICS_H

struct arena;

struct booking_ics {
	const char *code;                       /* the booking's public code: the UID */
	const char *dtstamp;                    /* UTC "YYYYMMDDTHHMMSSZ" */
	const char *start_at, *end_at;          /* "YYYY-MM-DD HH:MM:SS", Europe/Rome */
	const char *service_title, *reason, *office_name, *office_address;
	const char *url;                        /* the appointment's page, or NULL */
};

/* The VCALENDAR of B in A; the UID is the same for every version (a moved
 * appointment replaces the old one). NULL when a time is malformed. */
const char *booking_ics(struct arena *a, const char *base_url, const struct booking_ics *b);

/* The link of the e-mails to the appointment CODE opened by TOKEN: its page
 * (WHAT "": see, move, cancel) or its calendar file (WHAT "/ics"), in A.
 * The confirmation, the move and the reminder write the same links. */
const char *booking_ics_link(struct arena *a, const char *base_url, const char *code,
			     const char *what, const char *token);

/* Now as a DTSTAMP, in A. */
const char *booking_ics_now(struct arena *a);

#endif
