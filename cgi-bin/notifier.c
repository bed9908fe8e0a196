/* notifier.c - delivers the e-mails queued in the outbox table (a daemon, not
 * a FastCGI program).
 *
 *   notifier --config conf/notifier.hdf [--set KEY=VALUE]... [--pidfile PATH]
 *
 * Loop: list up to Mail.BatchSize due messages, and for each one claim it
 * (see store/outbox_store.h), build it, hand it to the SMTP server and mark
 * it sent -- only once the server answered 250 -- or failed, to be tried
 * again after Mail.RetryBaseSeconds * 2^(failures so far), at most
 * Mail.RetryMaxSeconds. Sleeps Mail.PollMs when there is nothing to do, and
 * after a send that got no answer at all (server unreachable: the rest of the
 * batch would only wait for the same timeout). SIGTERM/SIGINT: finishes the message in hand and exits. MariaDB going away
 * is survived (core/db.c reconnects); so is the mail server being down (the
 * messages wait in the outbox). A crash between the server's 250 and the
 * mark can send that one message twice; nothing else is sent twice or lost. */
#include <ClearSilver.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include "core/arena.h"
#include "core/config.h"
#include "core/db.h"
#include "core/log.h"
#include "core/secret.h"
#include "mail/message.h"
#include "mail/smtp.h"
#include "store/outbox_store.h"

#define MAX_SETS 32

static volatile sig_atomic_t stopping;

struct settings {
	const char *from;
	int batch, poll_ms, retry_base, retry_max, lease;
};

static void on_term(int sig)
{
	(void)sig;
	stopping = 1;
}

static void sleep_ms(long ms)
{
	struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };
	while (nanosleep(&ts, &ts) < 0 && errno == EINTR && !stopping)
		;
}

/* Seconds before the next try of a message that has failed ATTEMPTS times
 * before this failure: base, 2 base, 4 base... at most the cap. */
static int retry_delay(const struct settings *st, int attempts)
{
	long d = st->retry_base > 0 ? st->retry_base : 1;
	for (int k = 0; k < attempts && d < st->retry_max; k++)
		d *= 2;
	return (int)(d < st->retry_max ? d : st->retry_max);
}

/* The server has the message: the mark must not be lost, or it would be sent
 * again. While MariaDB is away, keep trying (for 10 s more once asked to stop). */
static void mark_sent(struct db *db, long long id)
{
	for (int tries = 1;; tries++) {
		if (outbox_sent(db, id) == 0)
			return;
		if (stopping && tries > 10) {
			log_error("outbox %lld delivered but not marked sent: it will be sent again", id);
			return;
		}
		if (tries % 10 == 1)
			log_warn("outbox %lld delivered, cannot mark it sent yet: retrying", id);
		struct timespec ts = { 1, 0 };
		while (nanosleep(&ts, &ts) < 0 && errno == EINTR)
			;
	}
}

/* Claim, build, send and record one due row. -1 when the database failed or
 * the mail server could not be reached at all: the rest of the batch waits
 * for the next round, rather than each message waiting for its own timeout. */
static int deliver(struct db *db, struct arena *a, struct smtp *smtp, const struct settings *st,
		   const struct db_rows *rows, size_t i)
{
	long long id = atoll(db_cell(rows, i, 0));
	int attempts = atoi(db_cell(rows, i, 4));
	int claimed;
	if (outbox_claim(db, id, st->lease, &claimed) < 0)
		return -1;
	if (!claimed)
		return 0;      /* another notifier took it, or it changed since it was listed */

	struct mail_message m = {
		.from = st->from,
		.to = db_cell(rows, i, 1),
		.subject = db_cell(rows, i, 2),
		.body = db_cell(rows, i, 3),
		.date = time(NULL),
	};
	size_t len;
	const char *why;
	char *msg = mail_build(a, &m, &len, &why);
	if (!msg) {    /* will not get better by itself: retry rarely, for whoever fixes the row */
		log_error("outbox %lld cannot be sent: %s", id, why);
		return outbox_failed(db, id, why, st->retry_max) < 0 ? -1 : 0;
	}
	char err[512];
	long code;
	if (smtp_send(smtp, m.to, msg, len, err, sizeof err, &code) == 0) {
		mark_sent(db, id);
		log_info("outbox %lld delivered (%zu bytes, attempt %d)", id, len, attempts + 1);
		return 0;
	}
	int delay = retry_delay(st, attempts);
	if (code >= 500)
		log_error("outbox %lld refused by the mail server: %s; retry in %d s", id, err, delay);
	else
		log_warn("outbox %lld not delivered: %s; retry in %d s", id, err, delay);
	if (outbox_failed(db, id, err, delay) < 0)
		return -1;
	return code == 0 ? -1 : 0;      /* 0: no reply (connection refused, timeout) */
}

static void usage(const char *prog)
{
	fprintf(stderr,
		"usage: %s --config FILE [--set KEY=VALUE]... [--pidfile FILE]\n", prog);
}

static int conf_int(HDF *cfg, const char *name, int defval, int min)
{
	int v = hdf_get_int_value(cfg, name, defval);
	return v < min ? min : v;
}

int main(int argc, char **argv)
{
	log_init("notifier");
	const char *config_path = NULL, *pidfile = NULL, *sets[MAX_SETS];
	int nsets = 0;
	for (int i = 1; i < argc; i += 2) {
		const char *opt = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
		if (!v) {
			usage(argv[0]);
			return 2;
		}
		if (strcmp(opt, "--config") == 0)
			config_path = v;
		else if (strcmp(opt, "--set") == 0 && nsets < MAX_SETS)
			sets[nsets++] = v;
		else if (strcmp(opt, "--pidfile") == 0)
			pidfile = v;
		else {
			usage(argv[0]);
			return 2;
		}
	}
	HDF *cfg = config_load(config_path, sets, nsets);
	if (!cfg)
		return 1;

	struct settings st = {
		.from = hdf_get_value(cfg, "Mail.From", NULL),
		.batch = conf_int(cfg, "Mail.BatchSize", 20, 1),
		.poll_ms = conf_int(cfg, "Mail.PollMs", 1000, 10),
		.retry_base = conf_int(cfg, "Mail.RetryBaseSeconds", 30, 1),
		.retry_max = conf_int(cfg, "Mail.RetryMaxSeconds", 3600, 1),
		.lease = conf_int(cfg, "Mail.ClaimSeconds", 300, 1),
	};
	const char *tls = hdf_get_value(cfg, "Mail.StartTls", "no");
	struct smtp_config sc = {
		.url = hdf_get_value(cfg, "Mail.Server", "smtp://127.0.0.1:2525"),
		.tls = strcasecmp(tls, "required") == 0 ? SMTP_TLS_REQUIRED
		       : strcasecmp(tls, "try") == 0    ? SMTP_TLS_TRY
							: SMTP_TLS_NONE,
		.user = hdf_get_value(cfg, "Mail.User", NULL),
		.ca_file = hdf_get_value(cfg, "Mail.CaFile", NULL),
		.connect_timeout = conf_int(cfg, "Mail.ConnectTimeoutSeconds", 10, 1),
		.timeout = conf_int(cfg, "Mail.TimeoutSeconds", 30, 1),
	};
	struct arena *a = arena_new();
	const char *from_name, *from_addr;
	if (!st.from || mail_parse_from(a, st.from, &from_name, &from_addr) < 0) {
		log_error("Mail.From is missing or not a valid \"Name <address>\"");
		arena_free(a);
		hdf_destroy(&cfg);
		return 1;
	}
	char *envelope_from = strdup(from_addr);    /* the arena is reset on every round */
	if (!envelope_from)
		abort();
	sc.from = envelope_from;
	if (sc.user && !*sc.user)
		sc.user = NULL;
	char *smtp_password = sc.user ? secret_read(hdf_get_value(cfg, "Mail.PasswordFile", NULL))
				      : NULL;
	sc.password = smtp_password;
	if (st.lease <= sc.connect_timeout + sc.timeout)
		log_warn("Mail.ClaimSeconds (%d) should exceed one send (%ld s): another notifier "
			 "could send a slow message twice", st.lease, sc.connect_timeout + sc.timeout);

	char *db_password = secret_read(hdf_get_value(cfg, "DB.PasswordFile", NULL));
	struct db_config dbc = {
		.socket = hdf_get_value(cfg, "DB.Socket", NULL),
		.host = hdf_get_value(cfg, "DB.Host", NULL),
		.port = (unsigned)hdf_get_int_value(cfg, "DB.Port", 0),
		.user = hdf_get_value(cfg, "DB.User", "portale_notifier"),
		.password = db_password,
		.database = hdf_get_value(cfg, "DB.Name", "portale"),
	};

	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_term;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = 0;     /* no SA_RESTART: the signal cuts the idle sleep short */
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);
	signal(SIGHUP, SIG_IGN);

	struct smtp *smtp = smtp_new(&sc);
	if (!smtp) {
		log_error("cannot initialise libcurl");
		free(envelope_from);
		free(db_password);
		free(smtp_password);
		arena_free(a);
		hdf_destroy(&cfg);
		return 1;
	}
	struct db *db = db_open(&dbc);
	pidfile_write(pidfile);
	log_info("started: server %s, batch %d, poll %d ms, retry %d..%d s", sc.url, st.batch,
		 st.poll_ms, st.retry_base, st.retry_max);

	int db_failures = 0;
	while (!stopping) {
		arena_reset(a);
		struct db_rows rows;
		if (outbox_due(db, a, st.batch, &rows) < 0) {
			/* MariaDB away: try again, less often the longer it lasts */
			db_failures++;
			sleep_ms(db_failures < 10 ? 1000L * db_failures : 10000L);
			continue;
		}
		if (db_failures)
			log_info("database reachable again");
		db_failures = 0;
		int ok = 1;
		for (size_t i = 0; i < rows.nrows && !stopping && ok; i++)
			ok = deliver(db, a, smtp, &st, &rows, i) == 0;
		if (rows.nrows < (size_t)st.batch || !ok)
			sleep_ms(st.poll_ms);
	}

	log_info("stopping");
	smtp_free(smtp);
	db_close(db);
	arena_free(a);
	free(envelope_from);
	free(db_password);
	free(smtp_password);
	pidfile_remove(pidfile);
	hdf_destroy(&cfg);
	return 0;
}
