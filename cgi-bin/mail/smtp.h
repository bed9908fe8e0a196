/* smtp.h - hands one message at a time to the mail server with libcurl
 * (smtp:// with optional STARTTLS, or smtps://), keeping the connection open
 * between messages. Success means the server answered 250 to the end of
 * DATA: only then has it taken responsibility for the message. */
#ifndef MAIL_SMTP_H
#define MAIL_SMTP_H

#include <stddef.h>

enum smtp_tls { SMTP_TLS_NONE, SMTP_TLS_TRY, SMTP_TLS_REQUIRED };

struct smtp_config {
	const char *url;            /* smtp://host:port[/helo-name] or smtps://... */
	const char *from;           /* envelope sender (addr-spec) */
	enum smtp_tls tls;          /* STARTTLS on smtp:// */
	const char *user;           /* NULL: no authentication */
	const char *password;
	const char *ca_file;        /* NULL: the system's CAs */
	long connect_timeout;       /* seconds */
	long timeout;               /* seconds, for the whole transaction */
};

struct smtp;

/* NULL if libcurl cannot be initialised. The strings must outlive the handle. */
struct smtp *smtp_new(const struct smtp_config *cfg);
void smtp_free(struct smtp *s);

/* While a send lasts, call FN(CTX) about once a second or more often (the
 * notifier renews its claim on the message there); FN NULL: nothing. */
void smtp_on_progress(struct smtp *s, void (*fn)(void *ctx), void *ctx);

/* Send MSG (LEN bytes, CRLF line endings, not dot-stuffed) to RCPT. 0 when
 * the server accepted it; else -1 with a one-line reason in ERR and *SMTP_CODE
 * the server's last reply code (0 when it never answered: a connection or
 * timeout error). */
int smtp_send(struct smtp *s, const char *rcpt, const char *msg, size_t len, char *err,
	      size_t errlen, long *smtp_code);

#endif
