/* staff_notices.c - the staff's e-mails about cases: the words of each
 * notice and the scan that sends what is due (see staff_notices.h). */
#include "staff_notices.h"

#include <string.h>
#include <time.h>

#include "core/arena.h"
#include "core/log.h"
#include "vocab/case_vocab.h"

void staff_notices_settings(HDF *cfg, struct notice_settings *ns)
{
	*ns = (struct notice_settings){
		.scan_seconds = hdf_get_int_value(cfg, "Notices.ScanSeconds", 60),
		.due_soon_days = hdf_get_int_value(cfg, "Notices.DueSoonDays", 3),
		.digest_hour = hdf_get_int_value(cfg, "Notices.DigestHour", 7),
		.max_per_scan = hdf_get_int_value(cfg, "Notices.MaxPerScan", 500),
		.base_url = hdf_get_value(cfg, "Site.BaseUrl", ""),
		.site_name = hdf_get_value(cfg, "Site.Name", ""),
	};
	for (HDF *t = hdf_get_child(cfg, "Notices.Overdue"); t && ns->noverdue < NOTICE_MAX_THRESHOLDS;
	     t = hdf_obj_next(t)) {
		const char *to = hdf_get_value(t, "To", "assignee");
		ns->overdue[ns->noverdue].days = hdf_get_int_value(t, "Days", 1);
		ns->overdue[ns->noverdue++].to = strcmp(to, "managers") == 0 ? TO_MANAGERS
						 : strcmp(to, "office") == 0 ? TO_OFFICE : TO_ASSIGNEE;
	}
}

static const char *day_it(struct arena *a, const char *iso)
{
	return strlen(iso) >= 10 ? arena_printf(a, "%.2s/%.2s/%.4s", iso + 8, iso + 5, iso) : "-";
}

/* The subject and the first paragraph of notice K about R. */
static void words(struct arena *a, enum notice_kind k, const struct notice_row *r, int days,
		  const char **subject, const char **what)
{
	const char *due = day_it(a, r->due_date);
	switch (k) {
	case NOTICE_NEW_CASE:
		*subject = arena_printf(a, "Nuova pratica nel tuo ufficio: %s", r->title);
		*what = arena_printf(a, "una nuova pratica è arrivata all'ufficio %s, da concludere "
				     "entro il %s.", r->office_name, due);
		break;
	case NOTICE_ASSIGNED:
		*subject = arena_printf(a, "Pratica assegnata a te: %s", r->title);
		*what = arena_printf(a, "ti è stata assegnata una pratica dell'ufficio %s, da "
				     "concludere entro il %s.", r->office_name, due);
		break;
	case NOTICE_REPLIED:
		*subject = arena_printf(a, "Il cittadino ha risposto: %s", r->title);
		*what = arena_printf(a, "il cittadino ha scritto sulla pratica (scadenza %s).", due);
		break;
	case NOTICE_REOPENED:
		*subject = arena_printf(a, "Pratica riaperta dal cittadino: %s", r->title);
		*what = arena_printf(a, "il cittadino ha risposto che il problema non è risolto e la "
				     "pratica è tornata all'ufficio %s. Il suo motivo:\n\n%s", r->office_name,
				     r->detail);
		break;
	case NOTICE_VERDICT:
		*subject = arena_printf(a, "Il cittadino ha valutato la pratica: %s", r->title);
		*what = arena_printf(a, "il cittadino ha risposto sulla pratica chiusa: %s.", r->detail);
		break;
	case NOTICE_DUE_SOON:
		*subject = arena_printf(a, "Pratica in scadenza il %s: %s", due, r->title);
		*what = arena_printf(a, "il termine della pratica scade il %s.", due);
		break;
	default:
		*subject = arena_printf(a, "Pratica scaduta il %s: %s", due, r->title);
		*what = arena_printf(a, "il termine della pratica dell'ufficio %s è scaduto il %s, "
				     "da %d o più giorni.", r->office_name, due, days);
	}
}

static const char *footer(struct arena *a, const struct notice_settings *ns)
{
	return arena_printf(a, "Puoi scegliere quali e-mail ricevere: %s/admin/profilo/notifiche\n"
			    "\n-- \n%s\n", ns->base_url, ns->site_name);
}

/* The e-mails of R (N notices of kind K; DAYS: the threshold), each sent once.
 * The number sent now, or -1. */
static int send_rows(struct db *db, struct arena *a, const struct notice_settings *ns,
		     enum notice_kind k, int days, const struct notice_row *r, size_t n)
{
	int sent = 0;
	for (size_t i = 0; i < n; i++) {
		const char *subject, *what;
		words(a, k, &r[i], days, &subject, &what);
		const char *body = arena_printf(a, "Gentile %s,\n\n%s\n\nPratica \"%s\", codice %s.\n"
						"Apri la pratica: %s/admin/pratiche/%s\n\n%s",
						r[i].display_name, what, r[i].title,
						case_code_display(a, r[i].code), ns->base_url,
						r[i].code, footer(a, ns));
		int rc = notice_send(db, &r[i], k, subject, body);
		if (rc < 0)
			return -1;
		sent += rc;
	}
	return sent;
}

/* Up to LIMIT notices of an event's kind K. The number sent, or -1. */
static int send_kind(struct db *db, struct arena *a, const struct notice_settings *ns,
		     enum notice_kind k, int limit)
{
	struct notice_row *r;
	size_t n;
	if (limit <= 0)
		return 0;
	if (notices_due(db, a, k, limit, &r, &n) < 0)
		return -1;
	return send_rows(db, a, ns, k, 0, r, n);
}

/* Up to LIMIT notices of a due date's threshold (K, DAYS, UNTIL: the next
 * one, LEVEL), then its watermark moved past what is through: all of it, or
 * under the cap up to the day before the last due date queued (that day's
 * other recipients may still wait); never past a case not queued yet. */
static int send_crossed(struct db *db, struct arena *a, const struct notice_settings *ns,
			enum notice_kind k, int days, int until, enum notice_level level, int limit)
{
	struct notice_window w;
	struct notice_row *r;
	size_t n;
	if (limit <= 0)
		return 0;
	if (notice_window_read(db, a, k, days, until, level, &w) < 0 ||
	    notices_crossed(db, a, &w, limit, &r, &n) < 0)
		return -1;
	int sent = send_rows(db, a, ns, k, days, r, n);
	if (sent < 0)
		return -1;
	int rc = n < (size_t)limit ? notice_window_advance(db, &w, w.upto, 0, w.next_since)
				   : notice_window_advance(db, &w, r[n - 1].due_date, 1, w.since);
	return rc < 0 ? -1 : sent;
}

/* The digest's body for D: the counts and the cases due soonest. */
static const char *digest_body(struct db *db, struct arena *a, const struct notice_settings *ns,
			       const struct digest_row *d)
{
	struct notice_row *r;
	size_t n;
	if (notices_digest_cases(db, a, d->staff_id, ns->due_soon_days, &r, &n) < 0)
		return NULL;
	const char *list = "";
	for (size_t i = 0; i < n; i++)
		list = arena_printf(a, "%s- %s \"%s\" (%s), scadenza %s: %s/admin/pratiche/%s\n", list,
				    case_code_display(a, r[i].code), r[i].title, r[i].office_name,
				    day_it(a, r[i].due_date), ns->base_url, r[i].code);
	return arena_printf(a, "Gentile %s,\n\nil riepilogo di oggi delle pratiche dei tuoi uffici:\n"
			    "- aperte: %d (assegnate a te: %d)\n- scadute: %d\n"
			    "- in scadenza entro %d giorni: %d\n- in attesa del cittadino: %d\n\n%s%s",
			    d->display_name, d->open_cases, d->mine, d->overdue, ns->due_soon_days,
			    d->due_soon, d->waiting,
			    n ? arena_printf(a, "Le più urgenti:\n%s\n", list) : "", footer(a, ns));
}

/* Up to LIMIT of today's digests, from Notices.DigestHour on. The number sent, or -1. */
static int send_digests(struct db *db, struct arena *a, const struct notice_settings *ns, int limit)
{
	time_t now = time(NULL);
	struct tm tm;
	localtime_r(&now, &tm);
	if (tm.tm_hour < ns->digest_hour)
		return 0;
	struct digest_row *d;
	size_t n;
	int sent = 0;
	if (notices_digests(db, a, ns->due_soon_days, &d, &n) < 0)
		return -1;
	for (size_t i = 0; i < n && sent < limit; i++) {
		const char *body = digest_body(db, a, ns, &d[i]);
		struct notice_row r = { .staff_id = d[i].staff_id, .ref = d[i].ref, .email = d[i].email };
		int rc = body ? notice_send(db, &r, NOTICE_DIGEST,
					    arena_printf(a, "Riepilogo del giorno: %d pratiche aperte",
							 d[i].open_cases), body) : -1;
		if (rc < 0)
			return -1;
		sent += rc;
	}
	return sent;
}

/* The running count of a scan: stops at the first database error. */
static void tally(int *total, int rc)
{
	*total = *total < 0 || rc < 0 ? -1 : *total + rc;
}

/* Every kind in turn, each up to what is left of Notices.MaxPerScan: a first
 * deploy over a backlog queues it over several scans, not all at once. */
int staff_notices_scan(struct db *db, struct arena *a, const struct notice_settings *ns)
{
	int total = 0, max = ns->max_per_scan;
	tally(&total, send_kind(db, a, ns, NOTICE_NEW_CASE, max));
	if (total >= 0)
		tally(&total, send_kind(db, a, ns, NOTICE_ASSIGNED, max - total));
	if (total >= 0)
		tally(&total, send_kind(db, a, ns, NOTICE_REPLIED, max - total));
	if (total >= 0)
		tally(&total, send_kind(db, a, ns, NOTICE_REOPENED, max - total));
	if (total >= 0)
		tally(&total, send_kind(db, a, ns, NOTICE_VERDICT, max - total));
	if (total >= 0)
		tally(&total, send_crossed(db, a, ns, NOTICE_DUE_SOON, ns->due_soon_days, 0,
					   TO_ASSIGNEE, max - total));
	for (int i = 0; i < ns->noverdue && total >= 0; i++)
		tally(&total, send_crossed(db, a, ns, NOTICE_OVERDUE, ns->overdue[i].days,
					   i + 1 < ns->noverdue ? ns->overdue[i + 1].days : 0,
					   ns->overdue[i].to, max - total));
	if (total >= 0)
		tally(&total, send_digests(db, a, ns, max - total));
	if (total < 0)
		log_error("staff notices: the scan stopped (database), the next one retries");
	else if (total >= max)
		log_info("staff notices: %d queued, the most for one scan; the rest in the next", total);
	return total;
}
