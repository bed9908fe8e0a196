/* staff_notices.h - the e-mails staff get about cases, found by a periodic
 * scan in the notifier: "nuova pratica nel tuo ufficio", "assegnata a te",
 * "il cittadino ha risposto", "riaperta" (the citizen's "non risolto"), the
 * citizen's verdict and rating, "in scadenza", "scaduta" (escalation by
 * thresholds), and the daily digest. Each is sent once (store/
 * staff_notice_store.h) and only to those who want it (/admin/profilo/notifiche).
 *
 * Why in the notifier: the facts are all in the database (events, the audit
 * log, due dates), so one scan derives every notice, whoever wrote the fact
 * and whatever program; time-driven notices (due dates, the digest) need a
 * clock that runs when no request comes, which the notifier's loop already
 * is; and the programs that serve citizens need no right to read staff. */
#ifndef MAIL_STAFF_NOTICES_H
#define MAIL_STAFF_NOTICES_H

#include <ClearSilver.h>

#include "store/staff_notice_store.h"

#define NOTICE_MAX_THRESHOLDS 4

struct notice_settings {
	int scan_seconds;          /* Notices.ScanSeconds: between scans */
	int due_soon_days;         /* Notices.DueSoonDays: the warning's lead */
	int digest_hour;           /* Notices.DigestHour: the digest goes from this hour on */
	int max_per_scan;          /* Notices.MaxPerScan: e-mails one scan may queue */
	struct {
		int days;              /* Notices.Overdue.N.Days past the due date (ascending) ... */
		enum notice_level to;  /* ... to Notices.Overdue.N.To: assignee, office, managers */
	} overdue[NOTICE_MAX_THRESHOLDS];
	int noverdue;
	const char *base_url, *site_name;   /* Site.BaseUrl, Site.Name */
};
void staff_notices_settings(HDF *cfg, struct notice_settings *ns);

/* One scan: every notice due now, each sent once. The number sent, or -1. */
int staff_notices_scan(struct db *db, struct arena *a, const struct notice_settings *ns);

#endif
