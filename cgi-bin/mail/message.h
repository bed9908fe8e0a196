/* message.h - the notifier's e-mails as RFC 5322 messages: plain UTF-8 text,
 * quoted-printable body (and at most one attached file: multipart/mixed), RFC
 * 2047 encoded subject, CRLF line endings, no line longer than 78 characters.
 * Header values with CR or LF are refused (header injection), and so are
 * addresses that are not a plain local@domain.
 * Everything is allocated in the caller's arena. */
#ifndef MAIL_MESSAGE_H
#define MAIL_MESSAGE_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

struct arena;

/* An addr-spec we are willing to put in RCPT TO / MAIL FROM and a header:
 * dot-atom local part (at most 64 bytes) @ a host name, ASCII, at most 254
 * bytes, no spaces, quotes, angle brackets or control characters. */
bool mail_addr_valid(const char *addr);

/* "Display Name <local@domain>" or "local@domain" into its parts (NAME is ""
 * when absent). -1 when the address is not valid or the name has CR/LF. */
int mail_parse_from(struct arena *a, const char *spec, const char **name, const char **addr);

/* "Name: value" ready for the header section, without the final CRLF: VALUE as
 * is when it is printable ASCII that fits on one 78-character line, else as
 * RFC 2047 encoded-words (=?UTF-8?B?...?=), split between whole characters and
 * folded so that no line exceeds 76 characters. NULL when VALUE has CR, LF or
 * NUL or is not valid UTF-8. */
char *mail_header_text(struct arena *a, const char *name, const char *value);

/* TEXT (UTF-8, lines ending in LF or CRLF) as a quoted-printable body (RFC
 * 2045 6.7): CRLF hard line breaks, soft breaks ("=" CRLF) keeping every line
 * within 76 characters, '=', control and 8-bit bytes and whitespace at the end
 * of a line escaped. Every line, the last one too, ends with CRLF. */
char *mail_qp_encode(struct arena *a, const char *text, size_t len);

/* T as an RFC 5322 date in UTC: "Tue, 01 Jul 2025 09:05:03 +0000". */
char *mail_date(struct arena *a, time_t t);

/* A new unique "<32 random hex digits@DOMAIN>" (128 bits from the CSPRNG). */
char *mail_message_id(struct arena *a, const char *domain);

/* The Message-ID of outbox row ID: "<outbox-ID.KEY@DOMAIN>", the same for every
 * delivery of the row (KEY is the row's message_key). NULL when KEY is empty
 * or not made of letters and digits only. */
char *mail_outbox_message_id(struct arena *a, long long id, const char *key, const char *domain);

struct mail_message {
	const char *from;        /* "Display Name <local@domain>" (configuration) */
	const char *to;          /* addr-spec */
	const char *subject;     /* UTF-8 */
	const char *body;        /* UTF-8 plain text */
	time_t date;
	const char *message_id;  /* NULL: a new one at the From domain */
	/* One file sent along (NULL: none), UTF-8 or ASCII text such as an .ics:
	 * the message becomes multipart/mixed, the body its first part and the
	 * file a base64 part (lines of 76) with Content-Disposition: attachment. */
	const char *attachment;
	const char *attachment_name;   /* letters, digits, '.', '-', '_' */
	const char *attachment_type;   /* "text/calendar; charset=UTF-8; method=PUBLISH" */
};

/* The whole message, CRLF throughout; *LEN its length. NULL with *ERR set
 * (a static string) when a header would be unsafe or the text not UTF-8. */
char *mail_build(struct arena *a, const struct mail_message *m, size_t *len, const char **err);

#endif
