/* notifier.c - delivers the e-mails queued in the outbox table (a daemon, not
 * a FastCGI program).
 *
 *   notifier --config conf/notifier.hdf [--set KEY=VALUE]... [--pidfile PATH]
 *
 * Loop: list up to Mail.BatchSize due messages, and for each one claim it
 * (see store/outbox_store.h: the claim counts the attempt, which is logged),
 * build it with its stable Message-ID <outbox-ID.KEY@domain>, hand it to the
 * SMTP server -- renewing the claim every third of Mail.ClaimSeconds while
 * the send lasts -- and mark it sent, only once the server answered 250, or
 * failed, to be tried again after Mail.RetryBaseSeconds * 2^(failures so
 * far), at most Mail.RetryMaxSeconds. Sleeps Mail.PollMs when there is
 * nothing to do, and after a send that got no answer at all (server
 * unreachable: the rest of the batch would only wait for the same timeout).
 * Every Reminder.EverySeconds it also queues the reminders of tomorrow's
 * appointments (mail/reminder.h; --once reminders: only that, once; --once notices: one
 * scan of the staff notices).
 * SIGTERM/SIGINT: finishes the message in hand and exits. MariaDB going away
 * is survived (core/db.c reconnects); so is the mail server being down (the
 * messages wait in the outbox).
 *
 * Delivery is at least once: a notifier killed between the server's 250 and
 * the mark sends that message again once its claim has run out (at most
 * Mail.ClaimSeconds later), as attempt N+1 but with the same Message-ID, so
 * the copy can be recognised and dropped. Nothing is lost.
 *
 * Every Notices.ScanSeconds it also queues the staff's e-mails about cases
 * (mail/staff_notices.c: new, assigned, replied, due soon, overdue, digest). */
#include <ClearSilver.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/statvfs.h>
#include <time.h>
#include <unistd.h>

#include "core/arena.h"
#include "core/config.h"
#include "core/db.h"
#include "core/log.h"
#include "core/secret.h"
#include "core/token.h"
#include "mail/message.h"
#include "mail/reminder.h"
#include "mail/smtp.h"
#include "mail/staff_notices.h"
#include "store/outbox_store.h"

#define MAX_SETS 32

static volatile sig_atomic_t stopping;

struct settings {
	const char *from, *domain;      /* Mail.From; its address's domain */
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

/* A claim in hand, renewed while the message is being sent. */
struct claim {
	struct db *db;
	long long id;
	const char *token;
	int lease;
	time_t renewed;
	int lost;
};

/* smtp's progress hook: push the lease on every third of it. */
static void claim_renew(void *ctx)
{
	struct claim *c = ctx;
	time_t now = time(NULL);
	int held;
	if (c->lost || now - c->renewed < (c->lease >= 3 ? c->lease / 3 : 1))
		return;
	c->renewed = now;
	if (outbox_renew(c->db, c->id, c->token, c->lease, &held) < 0)
		return;         /* logged; tried again at the next tick */
	if (!held) {
		c->lost = 1;
		log_warn("outbox %lld: claim lost while sending (another notifier may send it "
			 "too, with the same Message-ID)", c->id);
	}
}

/* Send the message built for claim C; 0 when the server accepted it, else
 * -1 with ERR and *CODE (0: no answer at all) set. */
static int send_claimed(struct smtp *smtp, struct claim *c, const char *to, const char *msg,
			size_t len, char *err, size_t errlen, long *code)
{
	c->renewed = time(NULL);
	smtp_on_progress(smtp, claim_renew, c);
	int rc = smtp_send(smtp, to, msg, len, err, errlen, code);
	smtp_on_progress(smtp, NULL, NULL);
	return rc;
}

/* Record a failed attempt of claim C; -1 when the database failed or the
 * server gave no answer at all (the rest of the batch waits). */
static int attempt_failed(const struct settings *st, struct claim *c, int attempt,
			  const char *err, long code)
{
	int delay = retry_delay(st, attempt - 1);
	if (code >= 500)
		log_error("outbox %lld attempt %d refused by the mail server: %s; retry in %d s",
			  c->id, attempt, err, delay);
	else
		log_warn("outbox %lld attempt %d not delivered: %s; retry in %d s", c->id, attempt,
			 err, delay);
	if (outbox_failed(c->db, c->id, c->token, err, delay) < 0)
		return -1;
	return code == 0 ? -1 : 0;
}

/* Claim, build, send and record due row I. -1 when the database failed or
 * the mail server could not be reached at all: the rest of the batch waits
 * for the next round, rather than each message waiting for its own timeout. */
static int deliver(struct db *db, struct arena *a, struct smtp *smtp, const struct settings *st,
		   const struct db_rows *rows, size_t i)
{
	struct claim c = { .db = db, .id = db_get_ll(rows, i, "id"), .token = token_hex(a, 16),
			   .lease = st->lease };
	int attempt = db_get_int(rows, i, "attempts") + 1, claimed;
	if (outbox_claim(db, c.id, attempt - 1, c.token, c.lease, &claimed) < 0)
		return -1;
	if (!claimed)
		return 0;      /* another notifier took it, or it changed since it was listed */
	log_info("outbox %lld: attempt %d", c.id, attempt);

	struct mail_message m = {
		.from = st->from,
		.to = db_get(rows, i, "recipient"),
		.subject = db_get(rows, i, "subject"),
		.body = db_get(rows, i, "body"),
		.date = time(NULL),
		.message_id = mail_outbox_message_id(a, c.id, db_get(rows, i, "message_key"),
						     st->domain),
		.attachment = db_get(rows, i, "attachment"),
		.attachment_name = db_get(rows, i, "attachment_name"),
		.attachment_type = db_get(rows, i, "attachment_type"),
	};
	size_t len;
	const char *why = "the row has no message_key";
	char *msg = m.message_id ? mail_build(a, &m, &len, &why) : NULL;
	if (!msg) {    /* will not get better by itself: retry rarely, for whoever fixes the row */
		log_error("outbox %lld cannot be sent: %s", c.id, why);
		return outbox_failed(db, c.id, c.token, why, st->retry_max) < 0 ? -1 : 0;
	}
	char err[512];
	long code;
	if (send_claimed(smtp, &c, m.to, msg, len, err, sizeof err, &code) < 0)
		return attempt_failed(st, &c, attempt, err, code);
	mark_sent(db, c.id);
	log_info("outbox %lld delivered (%zu bytes, attempt %d, Message-ID %s)", c.id, len, attempt,
		 m.message_id);
	return 0;
}

/* The filesystem of Disk.Watch (the runtime directory), looked at every
 * minute: a full one loses uploads, e-mails and database writes. */
struct disk_watch {
	const char *dir;
	long min_mb;
	int min_pct, low;
	time_t next, warned;
};

static void disk_check(struct disk_watch *w)
{
	time_t now = time(NULL);
	struct statvfs v;
	if (!w->dir || now < w->next)
		return;
	w->next = now + 60;
	if (statvfs(w->dir, &v) < 0) {
		log_warn("disk: %s: %s", w->dir, strerror(errno));
		return;
	}
	unsigned long long avail = (unsigned long long)v.f_bavail * v.f_frsize;
	unsigned long long size = (unsigned long long)v.f_blocks * v.f_frsize;
	long mb = (long)(avail >> 20);
	int pct = size ? (int)(avail * 100 / size) : 0;
	int low = mb < w->min_mb || pct < w->min_pct;
	if (low && (!w->low || now - w->warned >= 3600)) {   /* then once an hour */
		log_warn("disk: only %ld MB (%d%%) free on the filesystem of %s: uploads, e-mails "
			 "and the database will fail when it is full", mb, pct, w->dir);
		w->warned = now;
	} else if (!low && w->low) {
		log_info("disk: %ld MB (%d%%) free again on the filesystem of %s", mb, pct, w->dir);
	}
	w->low = low;
}

static void usage(const char *prog)
{
	fprintf(stderr,
		"usage: %s --config FILE [--set KEY=VALUE]... [--pidfile FILE]\n"
		"       %s --config FILE [--set KEY=VALUE]... --once reminders|notices\n", prog, prog);
}

static int conf_int(HDF *cfg, const char *name, int defval, int min)
{
	int v = hdf_get_int_value(cfg, name, defval);
	return v < min ? min : v;
}

struct args {
	const char *config, *pidfile, *once, *sets[MAX_SETS];
	int nsets;
};

static int parse_args(int argc, char **argv, struct args *o)
{
	for (int i = 1; i < argc; i += 2) {
		const char *opt = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
		if (v && strcmp(opt, "--config") == 0)
			o->config = v;
		else if (v && strcmp(opt, "--set") == 0 && o->nsets < MAX_SETS)
			o->sets[o->nsets++] = v;
		else if (v && strcmp(opt, "--pidfile") == 0)
			o->pidfile = v;
		else if (v && strcmp(opt, "--once") == 0 &&
			 (strcmp(v, "reminders") == 0 || strcmp(v, "notices") == 0))
			o->once = v;
		else
			return -1;
	}
	return 0;
}

static void read_settings(HDF *cfg, struct settings *st, struct disk_watch *dw)
{
	*st = (struct settings){
		.from = hdf_get_value(cfg, "Mail.From", NULL),
		.batch = conf_int(cfg, "Mail.BatchSize", 20, 1),
		.poll_ms = conf_int(cfg, "Mail.PollMs", 1000, 10),
		.retry_base = conf_int(cfg, "Mail.RetryBaseSeconds", 30, 1),
		.retry_max = conf_int(cfg, "Mail.RetryMaxSeconds", 3600, 1),
		.lease = conf_int(cfg, "Mail.ClaimSeconds", 60, 1),
	};
	*dw = (struct disk_watch){
		.dir = hdf_get_value(cfg, "Disk.Watch", NULL),
		.min_mb = conf_int(cfg, "Disk.MinFreeMB", 500, 0),
		.min_pct = conf_int(cfg, "Disk.MinFreePercent", 5, 0),
	};
	if (st->lease < 3)
		log_warn("Mail.ClaimSeconds (%d) is renewed every third of it while sending: "
			 "less than 3 s may let another notifier take a message in flight", st->lease);
}

/* The mail server's settings; the password (if any) is read into *PASSWORD. */
static void read_smtp_config(HDF *cfg, struct smtp_config *sc, char **password)
{
	const char *tls = hdf_get_value(cfg, "Mail.StartTls", "no");
	*sc = (struct smtp_config){
		.url = hdf_get_value(cfg, "Mail.Server", "smtp://127.0.0.1:2525"),
		.tls = strcasecmp(tls, "required") == 0 ? SMTP_TLS_REQUIRED
		       : strcasecmp(tls, "try") == 0    ? SMTP_TLS_TRY
							: SMTP_TLS_NONE,
		.user = hdf_get_value(cfg, "Mail.User", NULL),
		.ca_file = hdf_get_value(cfg, "Mail.CaFile", NULL),
		.connect_timeout = conf_int(cfg, "Mail.ConnectTimeoutSeconds", 10, 1),
		.timeout = conf_int(cfg, "Mail.TimeoutSeconds", 30, 1),
	};
	if (sc->user && !*sc->user)
		sc->user = NULL;
	*password = sc->user ? secret_read(hdf_get_value(cfg, "Mail.PasswordFile", NULL)) : NULL;
	sc->password = *password;
}

static void read_db_config(HDF *cfg, struct db_config *dbc, char **password)
{
	*password = secret_read(hdf_get_value(cfg, "DB.PasswordFile", NULL));
	*dbc = (struct db_config){
		.socket = hdf_get_value(cfg, "DB.Socket", NULL),
		.host = hdf_get_value(cfg, "DB.Host", NULL),
		.port = (unsigned)hdf_get_int_value(cfg, "DB.Port", 0),
		.user = hdf_get_value(cfg, "DB.User", "portale_notifier"),
		.password = *password,
		.database = hdf_get_value(cfg, "DB.Name", "portale"),
	};
}

/* Mail.From's address, kept outside the arena (reset on every round); its
 * domain names the Message-IDs. NULL when Mail.From is not valid. */
static char *envelope_sender(struct arena *a, struct settings *st)
{
	const char *from_name, *from_addr;
	if (!st->from || mail_parse_from(a, st->from, &from_name, &from_addr) < 0) {
		log_error("Mail.From is missing or not a valid \"Name <address>\"");
		return NULL;
	}
	char *envelope = strdup(from_addr);
	if (!envelope)
		abort();
	st->domain = strrchr(envelope, '@') + 1;
	return envelope;
}

static void on_signals(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_term;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = 0;     /* no SA_RESTART: the signal cuts the idle sleep short */
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);
	signal(SIGHUP, SIG_IGN);
}

/* Rounds until SIGTERM/SIGINT. */
static void run(struct db *db, struct arena *a, struct smtp *smtp, const struct settings *st,
		struct disk_watch *dw, struct reminder_job *rj, const struct notice_settings *ns)
{
	int db_failures = 0;
	time_t next_scan = 0;
	while (!stopping) {
		disk_check(dw);
		arena_reset(a);
		reminder_tick(rj, db, a);
		if (time(NULL) >= next_scan) {   /* what it queues is sent by this same round */
			staff_notices_scan(db, a, ns);
			next_scan = time(NULL) + ns->scan_seconds;
			arena_reset(a);
		}
		struct db_rows rows;
		if (outbox_due(db, a, st->batch, &rows) < 0) {
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
			ok = deliver(db, a, smtp, st, &rows, i) == 0;
		if (rows.nrows < (size_t)st->batch || !ok)
			sleep_ms(st->poll_ms);
	}
}

/* --once JOB: the reminders or one scan of the staff notices, by hand (or
 * from cron), then exit: 0, or 1 after a database error. */
static int run_once(const char *job, const struct db_config *dbc, struct arena *a,
		    const struct reminder_job *rj, const struct notice_settings *ns)
{
	struct db *db = db_open(dbc);
	int n = strcmp(job, "notices") == 0 ? staff_notices_scan(db, a, ns) : reminder_run(db, a, rj);
	log_info("%s: %d queued", job, n);
	db_close(db);
	return n < 0;
}

int main(int argc, char **argv)
{
	log_init("notifier");
	struct args args = { 0 };
	if (parse_args(argc, argv, &args) < 0) {
		usage(argv[0]);
		return 2;
	}
	HDF *cfg = config_load(args.config, args.sets, args.nsets);
	if (!cfg)
		return 1;
	struct settings st;
	struct disk_watch dw;
	struct reminder_job rj = {
		.site_name = hdf_get_value(cfg, "Site.Name", ""),
		.base_url = hdf_get_value(cfg, "Site.BaseUrl", ""),
		.every = conf_int(cfg, "Reminder.EverySeconds", 60, 1),
	};
	struct smtp_config sc;
	struct db_config dbc;
	char *smtp_password = NULL, *db_password = NULL;
	struct smtp *smtp = NULL;
	struct arena *a = arena_new();
	read_settings(cfg, &st, &dw);
	struct notice_settings ns;
	staff_notices_settings(cfg, &ns);
	char *envelope_from = envelope_sender(a, &st);
	int rc = 1;
	if (!envelope_from)
		goto out;
	read_smtp_config(cfg, &sc, &smtp_password);
	sc.from = envelope_from;
	read_db_config(cfg, &dbc, &db_password);
	if (args.once) {
		rc = run_once(args.once, &dbc, a, &rj, &ns);
		goto out;
	}
	on_signals();
	smtp = smtp_new(&sc);
	if (!smtp) {
		log_error("cannot initialise libcurl");
		goto out;
	}
	struct db *db = db_open(&dbc);
	pidfile_write(args.pidfile);
	log_info("started: server %s, batch %d, poll %d ms, retry %d..%d s, claim %d s", sc.url,
		 st.batch, st.poll_ms, st.retry_base, st.retry_max, st.lease);
	run(db, a, smtp, &st, &dw, &rj, &ns);
	log_info("stopping");
	db_close(db);
	pidfile_remove(args.pidfile);
	rc = 0;
out:
	smtp_free(smtp);
	arena_free(a);
	free(envelope_from);
	free(db_password);
	free(smtp_password);
	hdf_destroy(&cfg);
	return rc;
}
